"""Single pages: text copied off a page, and HTML in its declared or detected charset."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.ingest import document_id, read_bytes, read_path
from letopis.records import Format, RawDocument

ARTICLE = ("Министр прибыл с визитом\n\n19.10.2023 Новости\n\n"
           "Министр иностранных дел прибыл в столицу с официальным визитом и провёл переговоры.")


def html_page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html>\n<html><head>{head}<title>Визит</title></head><body>{body}</body></html>\n"


def only(items: list) -> RawDocument:
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def test_the_seed_articles_are_read_as_text(seeds_dir: Path):
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = only(list(read_path(str(path))))
        assert doc.format is Format.TEXT and not doc.is_html and doc.encoding == "utf-8"
        assert doc.source == str(path)
        assert doc.content == path.read_text(encoding="utf-8")
        assert doc.id == document_id(doc.content) and len(doc.id) == 16


@pytest.mark.parametrize(("data", "encoding"), [
    (ARTICLE.encode(), "utf-8"),
    (ARTICLE.replace("\n", "\r\n").encode("cp1251"), "cp1251"),
    (ARTICLE.encode("koi8-r"), "koi8-r"),
    (ARTICLE.encode("utf-16"), "utf-16-le"),
])
def test_text_in_any_encoding_is_the_same_document(data, encoding):
    doc = only(list(read_bytes(data, "page.txt")))
    assert (doc.content, doc.encoding, doc.format) == (ARTICLE, encoding, Format.TEXT)
    assert doc.id == document_id(ARTICLE)


@pytest.mark.parametrize(("head", "codec", "encoding"), [
    ('<meta charset="windows-1251">', "cp1251", "cp1251"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8-r", "koi8-r"),
    ("", "cp1251", "cp1251"),                  # undeclared: detected
    ('<meta charset="utf-8">', "utf-8", "utf-8"),
    ('<meta charset="utf-8">', "cp1251", "cp1251"),  # a wrong declaration does not win over the bytes
])
def test_html_is_decoded_with_its_declared_charset(head, codec, encoding):
    page = html_page(f"<article><p>{ARTICLE}</p></article>", head)
    doc = only(list(read_bytes(page.encode(codec), "page.html")))
    assert doc.format is Format.HTML and doc.is_html
    assert doc.encoding == encoding and doc.content == page


def test_truncated_html_with_text_is_still_a_document():
    page = ("<html><head><title>Визит премьера</title></head><body><article><p>Премьер-министр прибыл с "
            "визитом в Ханой, где проведёт переговоры.</p><p>Стороны обсуди")
    doc = only(list(read_bytes(page.encode(), "truncated.html")))
    assert doc.content == page and doc.is_html


@pytest.mark.parametrize("page", [
    "<html><head><script>var a = 1;</script><style>p {}</style></head><body><!-- nothing --></body></html>",
    "<!DOCTYPE html><html><head><meta charset='utf-8'>",
])
def test_html_with_no_text_at_all_is_reported(page):
    assert [str(e) for e in read_bytes(page.encode(), "p.html")] == ["p.html: no text in the HTML page"]


def test_the_same_content_twice_is_the_same_document(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("cp1251"))
    first, second = only(list(read_path(str(tmp_path / "a.txt")))), only(list(read_path(str(tmp_path / "b.txt"))))
    assert first.id == second.id and first.source != second.source
