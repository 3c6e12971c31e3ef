"""JSON Lines: one document per good line; a bad line is reported and the rest come through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.ingest import IngestError, IngestSettings, document_id, read_bytes, read_path
from letopis.records import Format, RawDocument


def jsonl(*records: object) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                   for r in records).encode()


def test_every_line_is_a_document_with_its_metadata():
    data = jsonl(
        {"text": "Президент провёл переговоры.", "url": "https://a.example/1", "title": "Переговоры",
         "published_at": "2023-10-19T12:00:00", "publisher": "Вестник", "author": "Иван Иванов"},
        {"html": "<p>Министр прибыл.</p>", "url": "https://a.example/2"},
    )
    first, second = read_bytes(data, "dump.jsonl")
    assert first == RawDocument(
        id=document_id("Президент провёл переговоры.", url="https://a.example/1", title="Переговоры"),
        source="dump.jsonl#1", format=Format.JSONL, encoding="utf-8", content="Президент провёл переговоры.",
        url="https://a.example/1", title="Переговоры", published_at="2023-10-19T12:00:00", publisher="Вестник",
        author="Иван Иванов", is_html=False)
    assert (second.source, second.content, second.is_html, second.title) == \
        ("dump.jsonl#2", "<p>Министр прибыл.</p>", True, None)


@pytest.mark.parametrize(("line", "reason"), [
    ("{это не json", "line 2: not valid JSON (Expecting property name enclosed in double quotes at column 2)"),
    ('{"text": "оборвано', "line 2: not valid JSON (Unterminated string starting at column 10)"),
    ('{"title": "только заголовок"}', "line 2: no text or html"),
    ('{"text": "   "}', "line 2: no text or html"),
    ('{"text": 42}', "line 2: no text or html"),
    ('["text", "x"]', "line 2: not a JSON object"),
    ("[" * 100_000, "line 2: not valid JSON (nested too deeply)"),
])
def test_a_bad_line_is_reported_and_the_others_come_through(line, reason):
    data = jsonl({"text": "Первая."}, line, {"text": "Третья."})
    items = list(read_bytes(data, "dump.jsonl"))
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestError", "RawDocument"]
    assert items[1] == IngestError("dump.jsonl#2", reason)
    assert [items[0].source, items[2].source] == ["dump.jsonl#1", "dump.jsonl#3"]


def test_blank_lines_crlf_and_a_byte_order_mark_are_fine():
    data = b"\xef\xbb\xbf" + jsonl({"text": "Один."}).replace(b"\n", b"\r\n") + b"\n  \n" + jsonl({"text": "Два."})
    assert [(d.source, d.content) for d in read_bytes(data, "d.jsonl")] == [("d.jsonl#1", "Один."),
                                                                            ("d.jsonl#4", "Два.")]


def test_utf16_and_cp1251_lines_are_decoded():
    records = ({"text": "Переговоры в столице прошли успешно."}, {"text": "Визит министра завершился."})
    utf16 = jsonl(*records).decode().encode("utf-16")
    cp1251 = jsonl(*records).decode().encode("cp1251")
    for data, encoding in ((utf16, "utf-16"), (cp1251, "cp1251")):
        docs = list(read_bytes(data, "d.jsonl"))
        assert [d.content for d in docs] == [r["text"] for r in records]
        assert {d.encoding for d in docs} == {encoding}


def test_same_text_with_different_urls_is_two_documents_and_rereading_gives_the_same_ids():
    data = jsonl({"text": "Да."}, {"text": "Да.", "url": "https://a.example/2"}, {"text": "Да.", "title": "Б"})
    ids = [d.id for d in read_bytes(data, "d.jsonl")]
    assert len(set(ids)) == 3
    assert ids == [d.id for d in read_bytes(data, "other-name.jsonl")]


def test_text_is_normalised_and_lone_surrogates_do_not_break_it():
    data = jsonl('{"text": "и\\u0306\\r\\nда \\ud800", "title": " Заголовок "}')
    doc = next(read_bytes(data, "d.jsonl"))
    assert doc.content == "й\nда \ufffd" and doc.title == "Заголовок"


def test_a_record_over_the_limit_is_refused_alone(tmp_path: Path):
    path = tmp_path / "big.jsonl"
    path.write_bytes(jsonl({"text": "Короткая."}, {"text": "х" * 2000}, {"text": "Ещё одна."}))
    items = list(read_path(str(path), settings=IngestSettings(max_file_bytes=1000)))
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestError", "RawDocument"]
    assert items[1].path == f"{path}#2" and items[1].reason.startswith("line 2: record too large")


def test_a_dump_larger_than_one_page_is_read_record_by_record(tmp_path: Path):
    path = tmp_path / "dump.jsonl"
    records = [{"text": f"Новость номер {i}. " * 20, "url": f"https://a.example/{i}"} for i in range(300)]
    path.write_bytes(jsonl(*records))
    settings = IngestSettings(max_file_bytes=64 * 1024)
    assert path.stat().st_size > settings.max_file_bytes
    docs = list(read_path(str(path), settings=settings))
    assert len(docs) == 300 and all(isinstance(d, RawDocument) for d in docs)
    assert docs[-1].source == f"{path}#300"
