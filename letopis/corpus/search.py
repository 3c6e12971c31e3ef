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


def snippet(text: str, query_lemmas: Iterable[str], text_lemmas: list[str]) -> Snippet:
    """The words around the first match, with every matched word marked.

    ``text_lemmas`` are the lemmas the index holds for ``text``, one per word in order,
    so nothing is lemmatised again at query time.
    """
    wanted = set(query_lemmas)
    words = list(WORD.finditer(text))
    if len(words) != len(text_lemmas):     # an index made by another lemmatiser: mark nothing rather than guess
        return Snippet(text[:200], ())
    hits = [i for i, lemma in enumerate(text_lemmas) if lemma in wanted]
    if not hits:
        return Snippet(text[:200], ())
    first = hits[0]
    lo = max(0, first - SNIPPET_WORDS)
    hi = min(len(words) - 1, first + SNIPPET_WORDS)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(words) - 1 else ""
    pieces: list[str] = [prefix]
    marks = []
    pos = len(prefix)
    for i in range(lo, hi + 1):
        if i > lo:
            pieces.append(" ")
            pos += 1
        word = words[i].group()
        if text_lemmas[i] in wanted:
            marks.append((pos, pos + len(word)))
        pieces.append(word)
        pos += len(word)
    pieces.append(suffix)
    return Snippet("".join(pieces), tuple(marks))
