"""Single-document files: text copied off a page, and HTML pages."""

from __future__ import annotations

from collections.abc import Iterator

from letopis.ingest import markup
from letopis.ingest.encoding import DecodeError, decode
from letopis.ingest.errors import IngestError
from letopis.ingest.ids import document_id
from letopis.records import Format, RawDocument


def read_page(data: bytes, source: str, fmt: Format) -> Iterator[RawDocument | IngestError]:
    """One TEXT or HTML document from a whole file's bytes (HTML keeps its markup)."""
    is_html = fmt is Format.HTML
    try:
        text, encoding = decode(data, markup.declared_charset(data) if is_html else None)
    except DecodeError as exc:
        yield IngestError(source, str(exc))
        return
    problem = page_problem(text, is_html)
    if problem:
        yield IngestError(source, problem)
        return
    yield RawDocument(id=document_id(text), source=source, format=fmt, encoding=encoding, content=text,
                      is_html=is_html)


def page_problem(text: str, is_html: bool) -> str | None:
    """Why a decoded page is no document, or None. A truncated page with some text is a document."""
    if not text.strip():
        return "empty file (only whitespace)"
    if is_html and not markup.has_visible_text(text):
        return "no text in the HTML page"
    return None
