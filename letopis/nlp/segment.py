"""Sentences and tokens of the content spans, with offsets into the whole text.

razdel ignores line breaks, so a headline, a date line and a lead would become one
sentence. Every span (title, lead, body block) is cut at line breaks first, and each line
is split into sentences on its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from razdel import sentenize, tokenize


@dataclass(frozen=True, slots=True)
class RawToken:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class RawSentence:
    start: int
    end: int
    text: str
    tokens: tuple[RawToken, ...]


def lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Non-blank lines of ``text[start:end]``, stripped, as offsets into ``text``."""
    pos = start
    while pos < end:
        brk = text.find("\n", pos, end)
        stop = end if brk == -1 else brk
        left, right = pos, stop
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if left < right:
            yield left, right
        pos = stop + 1


def split_sentences(text: str, spans: Sequence[tuple[int, int]]) -> list[RawSentence]:
    """Sentences of the given spans in text order; no sentence crosses a line or a span border."""
    out: list[RawSentence] = []
    for span_start, span_end in sorted(spans):
        for line_start, line_end in lines(text, span_start, span_end):
            line = text[line_start:line_end]
            for sent in sentenize(line):
                base = line_start + sent.start
                tokens = tuple(
                    RawToken(base + tok.start, base + tok.stop, tok.text) for tok in tokenize(sent.text)
                )
                if tokens:
                    out.append(RawSentence(base, line_start + sent.stop, sent.text, tokens))
    return out
