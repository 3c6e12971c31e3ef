"""JSON Lines: one article per line, ``text`` or ``html`` plus optional metadata.

Read line by line from a stream, so a dump may be far larger than one page. A broken
line is reported with its number and the other lines still come through.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from letopis.ingest.encoding import DecodeError, decode
from letopis.ingest.errors import IngestError
from letopis.ingest.ids import document_id, normalise_text
from letopis.ingest.settings import IngestSettings, human_size
from letopis.records import Format, RawDocument

METADATA_FIELDS = ("url", "title", "published_at", "publisher", "author")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(stream: BinaryIO, source: str, settings: IngestSettings) -> Iterator[RawDocument | IngestError]:
    for number, raw in _numbered_lines(stream, settings):
        if not raw.strip():
            continue
        where = f"{source}#{number}"
        if len(raw) > settings.max_file_bytes:
            yield IngestError(where, f"line {number}: record too large: {human_size(len(raw))} > "
                                     f"{human_size(settings.max_file_bytes)} limit")
            continue
        yield _read_line(raw, number, where)


def _read_line(raw: bytes | str, number: int, where: str) -> RawDocument | IngestError:
    if isinstance(raw, bytes):
        try:
            line, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            try:
                line, encoding = decode(raw)
            except DecodeError:
                return IngestError(where, f"line {number}: not valid JSON (not text)")
    else:
        line, encoding = raw, "utf-16"
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        # some of json's messages end in "at" already ("Invalid control character at")
        message = exc.msg.removesuffix(" at")
        return IngestError(where, f"line {number}: not valid JSON ({message} at column {exc.colno})")
    except RecursionError:
        return IngestError(where, f"line {number}: not valid JSON (nested too deeply)")
    if not isinstance(record, dict):
        return IngestError(where, f"line {number}: not a JSON object")
    html, text = _text_field(record, "html"), _text_field(record, "text")
    content = html or text
    if content is None:
        return IngestError(where, f"line {number}: no text or html")
    meta = {name: _meta_field(record, name) for name in METADATA_FIELDS}
    return RawDocument(id=document_id(content, url=meta["url"], title=meta["title"]), source=where,
                       format=Format.JSONL, encoding=encoding, content=content, is_html=html is not None, **meta)


def _numbered_lines(stream: BinaryIO, settings: IngestSettings) -> Iterable[tuple[int, bytes | str]]:
    first = stream.readline()
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if first.startswith(bom):
            # UTF-16 lines do not split on b"\n"; such files are rare and small, so read them whole
            rest = stream.read(settings.max_archive_bytes)
            text = (first + rest)[len(bom):].decode(codec, errors="replace")
            return enumerate(normalise_text(text).split("\n"), 1)
    if first.startswith(codecs.BOM_UTF8):
        first = first[len(codecs.BOM_UTF8):]
    return _with_first(first, stream)


def _with_first(first: bytes, stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    yield 1, first
    yield from enumerate(stream, 2)


def _text_field(record: dict, name: str) -> str | None:
    value = record.get(name)
    if not isinstance(value, str) or not value.strip():
        return None
    return _clean(value)


def _meta_field(record: dict, name: str) -> str | None:
    value = record.get(name)
    if not isinstance(value, str):
        return None
    return _clean(value).strip() or None


def _clean(value: str) -> str:
    # a lone surrogate from a "\\ud800" escape cannot be stored or printed as UTF-8
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = _LONE_SURROGATE.sub("\ufffd", value)
    return normalise_text(value)
