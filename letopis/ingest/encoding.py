"""Bytes to text: byte-order marks, UTF-8, declared charsets, and detection for the rest.

Order of trust: a byte-order mark; valid UTF-8 (non-ASCII text in another encoding
is almost never valid UTF-8, so this is both fast and safe); a charset the container
declared (HTTP header, ``<meta>``, XML declaration); UTF-8 with a few damaged bytes;
UTF-16 without a mark; and last, detection over the single-byte encodings, where the
Russian-text scorer decides between cp1251 and koi8-r and charset-normalizer covers
the rest.
"""

from __future__ import annotations

import codecs
import re

from letopis.ingest.cyrillic import RUSSIAN_CODECS, best_reading, readings
from letopis.ingest.ids import normalise_text


class DecodeError(ValueError):
    """Bytes that are not text in any encoding this stage reads; the message is the reason."""


# UTF-32 first: its little-endian mark begins with the UTF-16 one
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_CODEC = {"utf-8-sig": "utf-8"}

# what charset-normalizer may choose from when the Russian scorer finds no Russian:
# the other Cyrillic code pages and the Western ones a news page may come in
_DETECTION_CANDIDATES = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5", "cp1252")
# browsers read these labels as windows-1252, and so do we
_WESTERN_LABELS = frozenset({
    "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "iso-8859-15", "windows-1252",
    "cp1252",
})
# a declared Russian code page gives way to the other one only if that one reads this much
# better: real text scores 4 to 6 apart in the two, and a short all-caps line 1 to 2
_DECLARATION_MARGIN = 2.5

_NOT_CHARSETS = frozenset({"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-7"})

_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# a text with more control characters than this is not text
BINARY_CONTROL_SHARE = 0.05
_SAMPLE = 8192
# UTF-8 with at most one damaged character in this many good non-ASCII ones is still UTF-8
_GOOD_PER_DAMAGED = 4
BINARY_REASON = "binary file, not a news page"


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)``: NFC text with ``\\n`` line ends and no byte-order mark.

    ``declared`` is a charset label from the container (HTTP header, HTML ``<meta>``,
    XML declaration). Raises :class:`DecodeError` for bytes that are not text.
    """
    text, encoding = _decode(data, declared)
    return normalise_text(text), encoding


def codec_for_label(label: str | None) -> str | None:
    """The Python codec for a charset label as pages write it ("Windows-1251", "utf8"), or None."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _WESTERN_LABELS:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # bytes-to-bytes codecs (base64) and escape codecs are not what a page's charset can mean
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_CHARSETS:
        return None
    return info.name


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            # the mark is the strongest evidence there is; damage after it is replaced, not guessed at
            return data[len(bom):].decode(_BOM_CODEC.get(name, name), errors="replace"), name
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _CONTROL_TEXT.search(text[:_SAMPLE]) is None:
            return text, "utf-8"
        # UTF-16 without a mark is often valid UTF-8 too: ASCII and control characters
        utf16 = utf16_without_bom(data)
        if utf16:
            return utf16
        if _control_share_text(text) > BINARY_CONTROL_SHARE:
            raise DecodeError(BINARY_REASON)
        return text, "utf-8"
    declared_reading = _decode_declared(data, codec_for_label(declared))
    if declared_reading:
        return declared_reading
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    utf16 = utf16_without_bom(data)
    if utf16:
        return utf16
    sample = data[:_SAMPLE]
    if len(_CONTROL_BYTES.findall(sample)) > BINARY_CONTROL_SHARE * len(sample):
        raise DecodeError(BINARY_REASON)
    codec = _detect_single_byte(data)
    return data.decode(codec, errors="replace"), codecs.lookup(codec).name


def _decode_declared(data: bytes, codec: str | None) -> tuple[str, str] | None:
    if codec is None or codec == "utf-8":
        return None   # declared UTF-8 that is not valid UTF-8: the declaration is wrong
    if codec == "cp1252":
        # old Russian sites often declare latin-1 while serving cp1251
        reading = best_reading(data)
        if reading.plausible:
            codec = reading.codec
    elif codec in RUSSIAN_CODECS:
        # servers that recoded pages on the fly left the original charset in <meta>
        declared, other = sorted(readings(data), key=lambda reading: reading.codec != codec)
        if other.plausible and other.score > declared.score + _DECLARATION_MARGIN:
            codec = other.codec
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        if codec.startswith("utf-"):
            return None
        return data.decode(codec, errors="replace"), codec


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a cut, a stray byte) keeps its good text; bad bytes become U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - damaged
    if good >= _GOOD_PER_DAMAGED * damaged:
        return text
    return None


def utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a mark: the high bytes of its code units take very few values.

    Latin text puts 0x00 there and Russian text 0x04, every other byte.
    """
    if len(data) < 4:
        return None
    sample = data[:_SAMPLE] if len(data) % 2 == 0 else data[: min(_SAMPLE, len(data) - 1)]
    for name, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        usual = high.count(0) + high.count(4)
        if usual < 0.7 * len(high) or low.count(0) > 0.1 * len(low):
            continue
        try:
            text = data[: len(data) - len(data) % 2].decode(name)
        except UnicodeDecodeError:
            continue
        if _control_share_text(text) <= 0.01:
            return text, name
    return None


def _control_share_text(text: str) -> float:
    sample = text[:_SAMPLE]
    return len(_CONTROL_TEXT.findall(sample)) / max(1, len(sample))


def _detect_single_byte(data: bytes) -> str:
    reading = best_reading(data)
    if reading.plausible:
        return reading.codec
    # imported here: only input that is neither UTF-8 nor Russian needs it
    from charset_normalizer import from_bytes

    match = from_bytes(data[:65536], cp_isolation=list(_DETECTION_CANDIDATES)).best()
    # the bytes passed the binary test, so they are text in some encoding: take the likeliest
    return match.encoding if match else reading.codec
