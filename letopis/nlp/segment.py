"""Sentences and tokens of the content spans, with offsets into the whole text.

razdel ignores line breaks, so a headline, a date line and a lead would become one
sentence. Every span (title, lead, body block) is cut at line breaks first, and each line
is split into sentences on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from razdel import sentenize, tokenize
from razdel.segmenters.punct import DASHES


@dataclass(frozen=True, slots=True)
class RawToken:
    start: int
    end: int
    text: str

    @property
    def stop(self) -> int:
        """The end under the name razdel and slovnet give it."""
        return self.end


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


# razdel joins two pieces that touch ("5" "." "3", "-" "Привет") by looking one piece further
# on each side, across white space: these are the pieces whose look may reach into the next sentence
GLUE_ANY = frozenset(DASHES + "_")      # joins words: "кто-то", "-Привет" after a word
GLUE_DIGITS = frozenset(".,/\\")       # joins numbers: "2,4", "5.3", "1/2"
DIGIT = re.compile(r"\d")


def _glued(glue: str, neighbour: str, far: str) -> bool:
    """Would razdel's dash, underscore, decimal or fraction rule join at ``glue``, touching
    ``neighbour`` on one side, if it saw ``far`` (the piece across the border) on the other?"""
    return glue in GLUE_ANY or (glue in GLUE_DIGITS and bool(DIGIT.match(neighbour)) and bool(DIGIT.match(far)))


def _may_join_across(text: str, left: RawSentence, right: RawSentence) -> bool:
    """Could razdel, reading both sentences as one text, join pieces that it splits in each alone?

    Only those four rules look past the piece next to a split, and so across white space, and
    only from a glue character at a sentence's edge that touches the piece beside it. Where
    this says no, tokenizing the two sentences together gives the tokens of each alone."""
    end, start = left.end, right.start
    last, first = text[end - 1], text[start]
    if end - 2 >= left.start and not text[end - 2].isspace() and _glued(last, text[end - 2], first):
        return True
    return start + 1 < right.end and not text[start + 1].isspace() and _glued(first, text[start + 1], last)


def block_tokens(text: str, start: int, end: int, sentences: Sequence[RawSentence]) -> list[RawToken]:
    """razdel's tokens of ``text[start:end]``, with offsets into ``text``, from the sentences already split.

    NER reads whole blocks, the other models read sentences: the block's tokens are usually
    the sentences' tokens one after another, and then razdel need not run twice. That holds
    when the sentences (in text order) cover every non-space character of the block, white
    space separates them, and no razdel rule joins across their borders; otherwise the block
    is tokenized afresh."""
    first = bisect_left(sentences, start, key=lambda s: s.start)
    inside: list[RawSentence] = []
    for sent in sentences[first:]:
        if sent.start >= end:
            break
        inside.append(sent)
    if _covered(text, start, end, inside) and (first == 0 or sentences[first - 1].end <= start):
        return [token for sent in inside for token in sent.tokens]
    return [RawToken(start + t.start, start + t.stop, t.text) for t in tokenize(text[start:end])]


def _covered(text: str, start: int, end: int, inside: Sequence[RawSentence]) -> bool:
    """Do these sentences, and white space between them, make up ``text[start:end]`` with no
    border razdel might join across?"""
    if not inside or inside[-1].end > end:
        return False
    gaps = [text[start:inside[0].start], text[inside[-1].end:end]]
    if any(gap and not gap.isspace() for gap in gaps):
        return False
    for left, right in pairwise(inside):
        if not text[left.end:right.start].isspace() or _may_join_across(text, left, right):
            return False
    return True
