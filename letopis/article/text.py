"""Small text helpers shared by the article modules: folding, line spans, word shapes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# a count as sites print it: "3259", "14 820", "2 317" (with a plain, no-break or thin space)
COUNT = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+"
DIGIT = re.compile(r"\d")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a sentence end: terminal punctuation, optionally followed by closing quotes or brackets
SENTENCE_END = re.compile(r"[.!?…][»\"”’)\]]*$")
# any punctuation that plain lists of names and menu items never carry
SENTENCE_PUNCT = re.compile(r"[.,!?;:…«»\"“”()]")
TIME_LED = re.compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d\s+\S")
AGE_RATING = re.compile(r"(?<![\w+])(?:0|6|12|16|18)\+(?!\w)")


def fold(text: str) -> str:
    """The form lines and cue words are compared in: NFC, ё→е, casefold, spaces collapsed."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return " ".join(text.casefold().replace("ё", "е").split())


def collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: offsets of its text without surrounding spaces."""

    start: int
    end: int
    blank_before: bool  # a blank line (or the page start) separates it from the previous line


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with offsets into ``text``; surrounding whitespace is left out."""
    lines: list[Line] = []
    blank = True
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + (len(raw) - len(raw.lstrip()))
            lines.append(Line(start, start + len(stripped), blank))
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return lines


def words(text: str) -> list[str]:
    return WORD.findall(text)


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def starts_with_phrase(folded: str, phrases: tuple[str, ...]) -> str | None:
    """The longest phrase the folded text starts with, ending at a word boundary."""
    match = phrase_pattern(phrases).match(folded)
    return match[0] if match else None


def contains_phrase(folded: str, phrases: tuple[str, ...]) -> bool:
    return phrase_pattern(phrases, anchored=False).search(folded) is not None


@lru_cache(maxsize=64)
def phrase_pattern(phrases: tuple[str, ...], anchored: bool = True) -> re.Pattern[str]:
    """One compiled alternation per word list (longest phrase first), built once per process."""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"
    if anchored:
        return re.compile(rf"(?:{alternatives})(?![\w-])")
    return re.compile(alternatives)


def strip_spans(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of ``text[start:end]`` without leading/trailing spaces and separators."""
    while start < end and (text[start].isspace() or text[start] in "|·•,;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "|·•,;"):
        end -= 1
    return start, end
