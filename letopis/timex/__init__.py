"""Time expressions in Russian news text, normalised against the publication date.

    >>> [(t.text, t.value.start, t.value.end, t.value.precision.value, t.rule)
    ...  for t in extract_timexes("18–19 октября министр посетил Пхеньян", published="2023-10-19")]
    [('18–19 октября', '2023-10-18', '2023-10-19', 'range', 'day_range')]

The grammar is a set of named regular-expression rules over a vocabulary kept in
``letopis/data/timex/`` (see ``grammar.py``); the reading of each rule against the
publication date is in ``resolve.py``. Relative expressions ("вчера", "в сентябре")
stay unresolved (precision NONE) when the publication date is unknown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from letopis.records import Article, Timex
from letopis.timex.dates import parse_anchor
from letopis.timex.grammar import Grammar, build_grammar
from letopis.timex.lexicon import DATA_DIR, load_lexicon
from letopis.timex.resolve import TENSE_SENSITIVE, resolve_match, rule_name

__all__ = ["Grammar", "article_timexes", "extract_timexes", "load_grammar", "resolve_relative"]


def load_grammar(directory: Path = DATA_DIR) -> Grammar:
    """Build the grammar from the vocabulary in ``directory``. Costs ~50 ms: do it once per process."""
    return build_grammar(load_lexicon(directory))


@cache
def default_grammar() -> Grammar:
    """The grammar over the packaged vocabulary, built on first use and shared (it is immutable)."""
    return load_grammar()


def extract_timexes(
    text: str,
    spans: Sequence[tuple[int, int]] | None = None,
    published: str | date | None = None,
    *,
    future: bool = False,
    grammar: Grammar | None = None,
) -> list[Timex]:
    """Time expressions in ``text``, in text order, offsets into ``text``.

    ``spans``: look only inside these (start, end) pieces, e.g. ``Article.content_spans()``;
    ``None`` reads the whole text. ``published``: ISO date or datetime the relative
    expressions are read against. ``future``: read expressions without a year or week as
    lying ahead of publication rather than behind it (see ``resolve_relative`` to re-read one
    expression once the tense of its verb is known).
    """
    grammar = grammar or default_grammar()
    anchor = parse_anchor(published)
    found: list[Timex] = []
    for start, end in _pieces(text, spans):
        for match in grammar.matches(text, start, end):
            value = resolve_match(match, anchor, future, grammar.lexicon)
            if value is not None:
                rule = rule_name(match, grammar.lexicon)
                found.append(Timex(match.start, match.end, match.text, value, rule))
    return found


def article_timexes(article: Article, *, grammar: Grammar | None = None) -> tuple[Timex, ...]:
    """The time expressions of an article's title, lead and body, read against its publication date."""
    found = extract_timexes(article.text, article.content_spans(), article.published_at, grammar=grammar)
    return tuple(found)


def resolve_relative(
    timex: Timex,
    published: str | date | None,
    *,
    future: bool,
    grammar: Grammar | None = None,
) -> Timex:
    """``timex`` read again against ``published`` in the given tense.

    Only expressions whose reading depends on tense change ("27 октября", "в сентябре",
    "в понедельник"); the others come back as they were.
    """
    if timex.rule not in TENSE_SENSITIVE:
        return timex
    grammar = grammar or default_grammar()
    for match in grammar.matches(timex.text):
        if match.rule == timex.rule and match.start == 0 and match.end == len(timex.text):
            value = resolve_match(match, parse_anchor(published), future, grammar.lexicon)
            if value is not None:
                return dataclasses.replace(timex, value=value)
    return timex


def _pieces(text: str, spans: Sequence[tuple[int, int]] | None) -> Iterable[tuple[int, int]]:
    if spans is None:
        return [(0, len(text))]
    return sorted((max(0, start), min(len(text), end)) for start, end in spans if start < end)
