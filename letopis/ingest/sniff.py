"""What a file is, from its first bytes: a binary kind to refuse, or the Format to read it as.

Content decides; the file name is only a hint for content that could be either
(a JSON Lines file whose first line is broken, an HTML fragment with one tag).
"""

from __future__ import annotations

import codecs
import json
import zlib

from letopis.ingest import markup
from letopis.ingest.encoding import utf16_without_bom
from letopis.records import Format

# how much of a file format detection looks at
HEAD_BYTES = 65536

# (magic bytes at offset 0, what to call the file)
_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"PK\x07\x08", "ZIP"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"OggS", "Ogg"),
    (b"fLaC", "FLAC"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF font"),
    (b"\x00asm", "WebAssembly"),
    (b"\xca\xfe\xba\xbe", "Java class"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"\x1a\x45\xdf\xa3", "WebM"),
)
_RIFF_KINDS = {b"WEBP": "WebP", b"WAVE": "WAV", b"AVI ": "AVI"}
_GZIP = b"\x1f\x8b"

_JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".jsonl.txt")
_FEED_EXTENSIONS = (".rss", ".atom")
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
# this many HTML tags make markup that does not start with "<" an HTML page
_TAGS_FOR_HTML = 3


def binary_kind(data: bytes) -> str | None:
    """A name for a binary file format recognised by its magic bytes, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"RIFF") and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4"
    if data.startswith(b"ID3") and data[3:4] in (b"\x02", b"\x03", b"\x04"):
        return "MP3"
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":
        return "bzip2"
    if data.startswith(b"MZ") and b"\x00" in data[:64]:
        return "Windows executable"
    if data.startswith(_GZIP) and not is_warc(data):
        return "gzip"
    return None


def is_warc(data: bytes) -> bool:
    """A WARC file, plain or gzip-compressed, by its first record's version line."""
    if data.startswith(_GZIP):
        try:
            # only the first bytes of the first member: enough for the version line
            data = zlib.decompressobj(wbits=31).decompress(data[:4096], 64)
        except zlib.error:
            return False
    return data.lstrip(b"\r\n").startswith(b"WARC/")


def detect_format(data: bytes, name: str) -> Format:
    """The format to read ``data`` as: by content first, the extension of ``name`` as a hint."""
    if is_warc(data):
        return Format.WARC
    head = _head_text(data[:HEAD_BYTES])
    lower_name = name.lower()
    stripped = head.lstrip()
    root = markup.root_element(head) if stripped.startswith("<") else None
    if root in markup.FEED_ROOTS:
        return Format.RSS
    if root is not None:
        if root in markup.HTML_ELEMENTS or markup.has_doctype_html(head[:1024]):
            return Format.HTML
        # other XML: a feed by name, else markup for the article stage to read
        return Format.RSS if lower_name.endswith(_FEED_EXTENSIONS) else Format.HTML
    cut = len(data) > HEAD_BYTES
    if stripped.startswith("{") and (lower_name.endswith(_JSONL_EXTENSIONS) or _first_line_is_record(stripped, cut)):
        return Format.JSONL
    if markup.has_doctype_html(head[:1024]) or "<html" in head[:1024].lower():
        return Format.HTML
    if lower_name.endswith(_JSONL_EXTENSIONS):
        return Format.JSONL
    enough = 1 if lower_name.endswith(_HTML_EXTENSIONS) else _TAGS_FOR_HTML
    if markup.count_html_tags(head, enough) >= enough:
        return Format.HTML
    return Format.TEXT


def _head_text(head: bytes) -> str:
    """The head as text good enough for ASCII markers: byte-order marks honoured, else latin-1."""
    for bom, codec in ((codecs.BOM_UTF8, "latin-1"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace")
    if b"\x00" in head[:256]:
        utf16 = utf16_without_bom(head)
        if utf16:
            return utf16[0]
    # every other encoding this stage reads writes ASCII as ASCII
    return head.decode("latin-1")


def _first_line_is_record(text: str, cut: bool) -> bool:
    first, newline, _ = text.partition("\n")
    if not newline and cut:
        return True   # a first line longer than the head: a long JSON record, not a page of text
    try:
        record = json.loads(first)
    except ValueError:
        return False
    return isinstance(record, dict)
