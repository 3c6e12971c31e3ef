"""WARC archives written by warcio: HTML responses are documents, broken records are reported."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from letopis.ingest import IngestError, IngestSettings, document_id, read_bytes, read_path
from letopis.records import Format, RawDocument
from tests.ingest.builders import Page, build_warc


def article(n: int, charset: str = "utf-8") -> bytes:
    return (f"<html><head><meta charset='{charset}'><title>Новость {n}</title></head><body><p>Министр "
            f"иностранных дел провёл переговоры номер {n}.</p></body></html>").encode(charset)


PAGES = [
    Page("https://a.example/1", article(1)),
    Page("https://a.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"),
    Page("https://a.example/old", b"<html><body>Moved</body></html>", "text/html", "301 Moved Permanently"),
    Page("https://a.example/2", article(2, "cp1251"), "text/html; charset=windows-1251"),
    Page("https://a.example/3", article(3, "koi8-r"), "text/html"),            # charset from <meta>
    Page("https://a.example/4", article(4, "cp1251"), "text/html"),            # meta says cp1251
    Page("https://a.example/robots.txt", b"User-agent: *", "text/plain"),
    Page("https://a.example/5", article(5), "application/xhtml+xml", record_type="resource"),
]
URLS = ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4",
        "https://a.example/5"]


@pytest.mark.parametrize("compressed", [False, True])
def test_html_responses_are_documents_and_other_records_are_skipped(compressed):
    docs = list(read_bytes(build_warc(PAGES, gzip=compressed), "crawl.warc"))
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [d.source for d in docs] == URLS and [d.url for d in docs] == URLS
    assert [d.encoding for d in docs] == ["utf-8", "cp1251", "koi8-r", "cp1251", "utf-8"]
    for n, doc in enumerate(docs, 1):
        assert doc.format is Format.WARC and doc.is_html
        assert f"переговоры номер {n}." in doc.content
        assert doc.published_at == "2023-10-19T10:00:00+00:00"
        assert doc.id == document_id(doc.content)


def test_a_whole_file_gzip_reads_like_a_record_by_record_one():
    plain = build_warc(PAGES, gzip=False)
    assert [d.source for d in read_bytes(gzip.compress(plain), "crawl.warc.gz")] == URLS


@pytest.mark.parametrize("compressed", [False, True])
def test_a_cut_off_archive_keeps_its_earlier_records(compressed):
    pages = [Page(f"https://a.example/{n}", article(n) * 4) for n in range(1, 4)]
    data = build_warc(pages, gzip=compressed)
    third = data.rindex(b"WARC/1.0") if not compressed else data.rindex(b"\x1f\x8b")
    for cut in (third + 40, len(data) - 200):
        items = list(read_bytes(data[:cut], "crawl.warc"))
        assert [getattr(i, "source", None) for i in items[:2]] == ["https://a.example/1", "https://a.example/2"]
        assert items[2:] == [IngestError("crawl.warc#3", "record 3: broken or truncated WARC record")]


def test_a_record_with_broken_headers_is_reported():
    data = gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>")
    assert [str(e) for e in read_bytes(data, "broken.warc.gz")] == \
        ["broken.warc.gz#1: record 1: broken or truncated WARC record"]


def test_a_page_over_the_limit_is_refused_alone(tmp_path: Path):
    pages = [Page("https://a.example/1", article(1)), Page("https://a.example/big", article(2) * 50),
             Page("https://a.example/3", article(3))]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(pages, gzip=True))
    items = list(read_path(str(path), settings=IngestSettings(max_file_bytes=2000)))
    assert [getattr(i, "source", None) for i in items] == ["https://a.example/1", None, "https://a.example/3"]
    assert items[1].path == f"{path}#2" and items[1].reason.startswith("record 2: page too large")


def test_an_archive_larger_than_one_page_is_streamed(tmp_path: Path):
    pages = [Page(f"https://a.example/{n}", article(n) * 10) for n in range(60)]
    path = tmp_path / "crawl.warc"
    path.write_bytes(build_warc(pages, gzip=False))
    settings = IngestSettings(max_file_bytes=8 * 1024)
    assert path.stat().st_size > settings.max_file_bytes
    assert len([d for d in read_path(str(path), settings=settings) if isinstance(d, RawDocument)]) == 60
