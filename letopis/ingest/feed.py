"""RSS and Atom feeds (feedparser): every entry with content or a summary is a document."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from letopis.ingest import markup
from letopis.ingest.encoding import DecodeError, decode
from letopis.ingest.errors import IngestError
from letopis.ingest.ids import document_id, normalise_text
from letopis.records import Format, RawDocument

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Russian news feeds made for Yandex News carry the whole article in <yandex:full-text>
_FULL_TEXT_KEYS = ("yandex_full-text",)
# feedparser calls every RSS description HTML; without a tag or an entity it is plain text
_MARKUP = re.compile(r"<[A-Za-z!/]|&#?\w+;")
# RSS <author> is "email (Name)"
_EMAIL_AND_NAME = re.compile(r"^\s*\S+@\S+\s+\((.+)\)\s*$")
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def read_feed(data: bytes, source: str) -> Iterator[RawDocument | IngestError]:
    # imported here: only feed input pays for its import time
    import feedparser

    try:
        _, encoding = decode(data, markup.declared_charset(data))
    except DecodeError as exc:
        yield IngestError(source, str(exc))
        return
    # our detection, handed over as an HTTP charset: feedparser alone guesses latin-1 for
    # undeclared cp1251 and koi8-r. A stream, never a string: a string may be taken for a URL
    headers = {"content-type": f"application/xml; charset={encoding.removesuffix('-sig')}"}
    try:
        parsed = feedparser.parse(io.BytesIO(data), response_headers=headers, resolve_relative_uris=False)
    except Exception as exc:  # feedparser is lenient, but must not stop the batch if it is not
        yield IngestError(source, f"not a valid RSS/Atom feed ({exc.__class__.__name__})")
        return
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield IngestError(source, f"not a valid RSS/Atom feed ({_short(problem)})" if problem
                          else "feed has no entries")
        return
    publisher = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        yield _entry_document(entry, number, source, encoding, publisher)


def _entry_document(entry: Any, number: int, source: str, encoding: str,
                    publisher: str | None) -> RawDocument | IngestError:
    content, is_html = _entry_content(entry)
    if content is None:
        return IngestError(f"{source}#{number}", f"entry {number}: no content or summary")
    link = _clean(entry.get("link"))
    # feedparser falls back on the entry id, which need not be a URL
    url = link if link and _URL.match(link) else None
    title = _clean(entry.get("title"))
    return RawDocument(id=document_id(content, url=url, title=title), source=url or f"{source}#{number}",
                       format=Format.RSS, encoding=encoding, content=content, url=url, title=title,
                       published_at=_entry_date(entry), publisher=publisher, author=_author(entry),
                       is_html=is_html)


def _entry_content(entry: Any) -> tuple[str | None, bool]:
    """The fullest text the entry has: its longest content, else its summary."""
    candidates = [(item.get("value"), item.get("type")) for item in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary"), detail.get("type")))
    candidates.extend((entry.get(key), "text/html") for key in _FULL_TEXT_KEYS)
    candidates = [(value, kind) for value, kind in candidates if isinstance(value, str) and value.strip()]
    if not candidates:
        return None, False
    value, kind = max(candidates, key=lambda item: len(item[0]))
    is_html = (kind or "text/html").lower() in _HTML_TYPES and _MARKUP.search(value) is not None
    return normalise_text(value), is_html


def _author(entry: Any) -> str | None:
    author = _clean(entry.get("author"))
    if author:
        match = _EMAIL_AND_NAME.match(author)
        return match.group(1).strip() if match else author
    return None


def _entry_date(entry: Any) -> str | None:
    """The entry's date as ISO 8601, in the feed's own time zone (which decides the local date)."""
    for name in ("published", "updated", "created"):
        # dict.get: feedparser's own get maps "updated" to "published" with a deprecation warning
        raw = dict.get(entry, name)
        if isinstance(raw, str) and raw.strip():
            parsed = _parse_date(raw.strip())
            if parsed:
                return parsed.isoformat()
        struct = dict.get(entry, f"{name}_parsed")
        if struct:
            return datetime(*struct[:6], tzinfo=UTC).isoformat()
    return None


def _parse_date(raw: str) -> datetime | None:
    try:
        return datetime.fromisoformat(raw)          # Atom: RFC 3339
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(raw)           # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return normalise_text(value).strip() or None


def _short(problem: object) -> str:
    text = str(problem).strip().splitlines()[0] if str(problem).strip() else problem.__class__.__name__
    return text[:80]
