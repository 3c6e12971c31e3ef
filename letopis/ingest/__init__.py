"""Ingest: files to RawDocuments, one reader per format, with encoding detection.

    files, problems = expand_paths(["pages/", "feeds/*.xml", "-"])
    for item in read_path(files[0]):
        ...  # a RawDocument, or an IngestError saying what was wrong with which input

Formats are recognised by content (text, HTML, JSON Lines, WARC, RSS/Atom); bytes are
decoded (UTF-8, UTF-16, cp1251, koi8-r, ...) and normalised to NFC with ``\\n`` line ends.
"""

from letopis.ingest.encoding import DecodeError, decode
from letopis.ingest.errors import IngestError
from letopis.ingest.ids import document_id, normalise_text
from letopis.ingest.paths import expand_paths
from letopis.ingest.reader import DEFAULT_SETTINGS, STDIN_SOURCE, read_bytes, read_path
from letopis.ingest.settings import IngestSettings
from letopis.ingest.sniff import detect_format

__all__ = [
    "DEFAULT_SETTINGS",
    "STDIN_SOURCE",
    "DecodeError",
    "IngestError",
    "IngestSettings",
    "decode",
    "detect_format",
    "document_id",
    "expand_paths",
    "normalise_text",
    "read_bytes",
    "read_path",
]
