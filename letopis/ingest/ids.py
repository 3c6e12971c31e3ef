"""Document identity: the hash of normalised content."""

from __future__ import annotations

import hashlib
import unicodedata

# separates the parts of a record's identity; it cannot occur in normalised page text
_FIELD_SEPARATOR = "\x1f"


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no byte-order mark: the form every RawDocument holds."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def document_id(content: str, *, url: str | None = None, title: str | None = None) -> str:
    """First 16 hex digits of the SHA-256 of the normalised content (UTF-8).

    Records of container formats pass their ``url`` and ``title`` too, so that two
    different records with the same short (or empty-ish) text stay two documents.
    """
    key = normalise_text(content)
    if url or title:
        key = _FIELD_SEPARATOR.join((key, url or "", title or ""))
    # surrogatepass: a lone surrogate (from a JSON escape) must not make hashing fail
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
