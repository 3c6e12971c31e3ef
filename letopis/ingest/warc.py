"""WARC and WARC.gz archives: every successful HTML response is a document.

warcio reads the records. It stops quietly at a cut-off file, so the reader checks
itself that each record's payload is whole and that no bytes are left over after the
last record; a broken record is reported with its number and the earlier records
still come through.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any, BinaryIO

from letopis.ingest import markup
from letopis.ingest.encoding import DecodeError, decode
from letopis.ingest.errors import IngestError
from letopis.ingest.ids import document_id
from letopis.ingest.settings import IngestSettings, human_size
from letopis.ingest.text import page_problem
from letopis.records import Format, RawDocument

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# records that carry a page; request, metadata, revisit and warcinfo records do not
_PAGE_RECORDS = frozenset({"response", "resource"})
WARC_TYPES = frozenset({"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion",
                        "continuation"})
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_BROKEN = "broken or truncated WARC record"
_CHUNK = 1 << 16


def read_warc(stream: BinaryIO, source: str, settings: IngestSettings) -> Iterator[RawDocument | IngestError]:
    # imported here: only WARC input needs it
    from warcio.archiveiterator import ArchiveIterator

    gzipped = stream.read(2) == b"\x1f\x8b"
    stream.seek(0)
    plain = _Gunzip(stream) if gzipped else stream
    records = ArchiveIterator(plain)
    iterator = iter(records)
    number = 0
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            break
        except Exception:  # warcio fails on broken headers with many kinds of error
            yield _broken(source, number + 1)
            return
        number += 1
        try:
            item = _read_record(record, number, source, settings)
            _drain(record.raw_stream)
        except Exception:  # a broken gzip member, a payload that does not decompress
            yield _broken(source, number)
            return
        if not _whole(record):
            yield _broken(source, number)
            return
        if item is not None:
            yield item
    # and it ends quietly when the next record's headers are cut off: look for unread bytes,
    # or compressed data that stops inside a gzip member
    if records.fh.tell() > records.offset or (isinstance(plain, _Gunzip) and plain.cut):
        yield _broken(source, number + 1)


def _read_record(record: Any, number: int, source: str,
                 settings: IngestSettings) -> RawDocument | IngestError | None:
    if record.rec_type not in _PAGE_RECORDS:
        return None
    http = record.http_headers
    if record.rec_type == "response":
        if http is None or not http.get_statuscode().startswith("2"):
            return None   # redirects and error pages are not news pages
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if content_type.split(";")[0].strip().lower() not in HTML_TYPES:
        return None
    where = f"{source}#{number}"
    payload = record.content_stream().read(settings.max_file_bytes + 1)
    if len(payload) > settings.max_file_bytes:
        return IngestError(where, f"record {number}: page too large: more than "
                                  f"{human_size(settings.max_file_bytes)} limit")
    if not payload.strip():
        return None   # an empty body (a HEAD request, a beacon) is not a page
    match = _CHARSET.search(content_type)
    declared = match.group(1) if match else markup.declared_charset(payload)
    try:
        html, encoding = decode(payload, declared)
    except DecodeError as exc:
        return IngestError(where, f"record {number}: {exc}")
    problem = page_problem(html, is_html=True)
    if problem:
        return IngestError(where, f"record {number}: {problem}")
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    return RawDocument(id=document_id(html), source=url or where, format=Format.WARC, encoding=encoding,
                       content=html, url=url, published_at=_iso(record.rec_headers.get_header("WARC-Date")),
                       is_html=True)


class _Gunzip:
    """Gzip (one member per record, or one for the whole file) as a stream that ends quietly
    where the data ends; ``cut`` tells afterwards whether the last member was incomplete.

    Python's gzip module raises at a cut-off end before the records in front of it can be
    read, and warcio reads only one member per record.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._inflate = zlib.decompressobj(wbits=31)
        self._buffer = bytearray()
        self._offset = 0
        self.cut = False

    def tell(self) -> int:
        return self._offset

    def read(self, size: int = -1) -> bytes:
        while (size < 0 or len(self._buffer) < size) and self._fill():
            pass
        size = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._offset += len(out)
        return out

    def _fill(self) -> bool:
        inflate = self._inflate
        if inflate.eof:
            data = inflate.unused_data or self._raw.read(_CHUNK)
            if not data:
                return False
            self._inflate = inflate = zlib.decompressobj(wbits=31)
        else:
            data = inflate.unconsumed_tail or self._raw.read(_CHUNK)
            if not data:
                self.cut = True
                return False
        # bounded output: a small member may inflate to a great deal
        self._buffer += inflate.decompress(data, 4 * _CHUNK)
        return True


def _whole(record: Any) -> bool:
    """warcio hands out a record cut short, even one with cut-off headers, as if it were whole."""
    headers = record.rec_headers
    return (record.rec_type in WARC_TYPES and (headers.get_header("Content-Length") or "").strip().isdigit()
            and getattr(record.raw_stream, "limit", 0) == 0)


def _drain(stream: Any) -> None:
    while stream.read(_CHUNK):
        pass


def _broken(source: str, number: int) -> IngestError:
    return IngestError(f"{source}#{number}", f"record {number}: {_BROKEN}")


def _iso(value: str | None) -> str | None:
    """WARC-Date (when the page was fetched, a hint for when it was published) as ISO 8601."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None
