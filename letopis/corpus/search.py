"""Search with Russian morphology: an index over lemmas, snippets over the original words.

Indexing and querying lemmatise the same way (pymorphy3's most frequent reading of
each word, out of context), so a query word and its forms in the text meet at one
lemma whatever the case or number. Snippets are cut from the article text itself,
with the words whose lemma matched marked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from letopis.records import Article

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*", re.UNICODE)
SNIPPET_WORDS = 14      # words of context on each side of the first match

Lemmatizer = Callable[[str], str]


def default_lemmatizer() -> Lemmatizer:
    """A cached word -> lemma function (the analyser loads once, in about 0.1 s)."""
    import pymorphy3  # imported here: only indexing and search need it

    analyzer = pymorphy3.MorphAnalyzer()

    @lru_cache(maxsize=200_000)
    def lemma(word: str) -> str:
        word = word.lower().replace("ё", "е")
        parses = analyzer.parse(word)
        return parses[0].normal_form.replace("ё", "е") if parses else word

    return lemma


def lemmas(text: str, lemma: Lemmatizer) -> list[str]:
    return [lemma(m.group()) for m in WORD.finditer(text)]


def index_text(article: Article) -> str:
    return "\n".join(article.text[s:e] for s, e in article.content_spans())


def fts_query(query: str, lemma: Lemmatizer) -> str:
    """Every query word must occur (in any form); quoted so FTS5 syntax in user input is inert."""
    words = lemmas(query, lemma)
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    marks: tuple[tuple[int, int], ...]   # offsets of matched words inside ``text``


def snippet(text: str, query_lemmas: Iterable[str], lemma: Lemmatizer) -> Snippet:
    wanted = set(query_lemmas)
    words = list(WORD.finditer(text))
    hits = [i for i, m in enumerate(words) if lemma(m.group()) in wanted]
    if not hits:
        return Snippet(text[:200], ())
    first = hits[0]
    lo = max(0, first - SNIPPET_WORDS)
    hi = min(len(words) - 1, first + SNIPPET_WORDS)
    start, end = words[lo].start(), words[hi].end()
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(words) - 1 else ""
    body = " ".join(text[start:end].split())
    # marks are found again in the whitespace-folded text
    marks = []
    for m in WORD.finditer(body):
        if lemma(m.group()) in wanted:
            marks.append((m.start() + len(prefix), m.end() + len(prefix)))
    return Snippet(prefix + body + suffix, tuple(marks))
