"""Finding knowledge-base entries by a name in any case form.

Three ways, tried in order, so that the cheapest and surest answers first:

1. the written form, folded (case, ё, quotes): "КНДР", "МИД РФ";
2. the lemma sequence: every word reduced to its dictionary forms by pymorphy3, on the
   entry side and on the mention side, so "Российской Федерации", "Соединённых Штатов"
   and "МИДом России" find "Российская Федерация", "Соединённые Штаты", "МИД России";
3. word by word with Russian case endings: for names pymorphy does not know
   ("Ким Чен Ыном" ~ "Ким Чен Ын", "Цзиньпина" ~ "Цзиньпин").
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from letopis.resolve.fold import fold, fold_word
from letopis.resolve.kb import KbEntry, KnowledgeBase

# case endings of nouns, adjectives and surnames: what a nominative form may gain when inflected
ENDINGS = frozenset((
    "а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ым", "им", "ою", "ею", "ого", "его",
    "ому", "ему", "ую", "юю", "ых", "их", "ыми", "ими", "ам", "ям", "ами", "ями", "ах", "ях", "ов", "ев",
))
# what a nominative form loses before the ending: "Сергей" -> "Серге-я", "Захарова" -> "Захаров-ой"
DROPPABLE = frozenset("айяьоеыи")
MAX_KEYS = 16          # lemma-sequence combinations tried for one name
MAX_WORDS = 6          # longer spans are not names
FIND_CACHE = 100_000


def words(text: str) -> list[str]:
    return fold(text).split()


def word_matches(query: str, name: str) -> bool:
    """Is ``query`` a case form of the name word ``name``? Both folded."""
    if query == name:
        return True
    if len(name) < 2 or not query.startswith(name[:1]):
        return False
    stems = [name]
    if name[-1] in DROPPABLE and len(name) > 2:
        stems.append(name[:-1])
        if len(name) > 3 and name[-2] in DROPPABLE:
            stems.append(name[:-2])
    return any(query.startswith(stem) and query[len(stem):] in ENDINGS for stem in stems)


def name_matches(query: Sequence[str], name: Sequence[str], family_first: bool = False) -> bool:
    """Word by word; in an East Asian name only the last word declines ("Ким Чен Ыном")."""
    if len(query) != len(name):
        return False
    last = len(name) - 1
    for i, (q, n) in enumerate(zip(query, name, strict=True)):
        if family_first and i != last:
            if q != n:
                return False
        elif not word_matches(q, n):
            return False
    return True


class NameIndex:
    """Look-up of KB entries by any case form of their names; built once per process."""

    def __init__(self, kb: KnowledgeBase, parse: Callable[[str], list[Any]]):
        self.kb = kb
        self._parse = parse
        self._by_lemmas: dict[tuple[str, ...], list[str]] = defaultdict(list)
        self._by_prefix: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        # names recur from article to article: each written form is looked up once per process
        self._cached_find = lru_cache(maxsize=FIND_CACHE)(self._find)
        for entry in kb.entries.values():
            for written in entry.names:
                ws = words(written)
                if not ws or len(ws) > MAX_WORDS:
                    continue
                for key in self.lemma_keys(ws, nominative=True):
                    if entry.id not in self._by_lemmas[key]:
                        self._by_lemmas[key].append(entry.id)
                self._by_prefix[_prefix_key(ws)].append((entry.id, tuple(ws)))

    def lemmas(self, word: str, nominative: bool = False) -> set[str]:
        """Dictionary forms of a word; for a name as written, of its nominative readings."""
        parses = self._parse(word)
        if nominative:
            nominal = [p for p in parses if "nomn" in p.tag or "Fixd" in p.tag]
            parses = nominal or parses
        forms = {fold_word(p.normal_form) for p in parses[:4]}
        return forms or {word}

    def lemma_keys(self, ws: Sequence[str], nominative: bool = False,
                   given: Sequence[str | None] | None = None) -> list[tuple[str, ...]]:
        options = []
        for i, w in enumerate(ws):
            if not any(ch.isalpha() for ch in w):
                options.append([w])
                continue
            forms = self.lemmas(w, nominative)
            if given and given[i]:
                forms.add(fold_word(given[i] or ""))
            options.append(sorted(forms))
        return list(itertools.islice(itertools.product(*options), MAX_KEYS))

    def find(self, text: str, types: Iterable[str] | None = None,
             lemmas: Sequence[str | None] | None = None) -> tuple[list[KbEntry], str]:
        """Entries named by ``text`` (any case), with the way they were found.

        ``lemmas`` are the NLP stage's lemmas of the words, when the text is a mention.
        """
        found, how = self._cached_find(text, tuple(types) if types else None,
                                       tuple(lemmas) if lemmas is not None else None)
        return list(found), how

    def _find(self, text: str, types: tuple[str, ...] | None,
              lemmas: tuple[str | None, ...] | None) -> tuple[tuple[KbEntry, ...], str]:
        found, how = self._find_uncached(text, types, lemmas)
        return tuple(found), how

    def _find_uncached(self, text: str, types: tuple[str, ...] | None,
                       lemmas: tuple[str | None, ...] | None) -> tuple[list[KbEntry], str]:
        wanted = set(types) if types else None

        def keep(ids: Iterable[str]) -> list[KbEntry]:
            found = [self.kb.entries[i] for i in dict.fromkeys(ids)]
            return [e for e in found if wanted is None or e.type in wanted]

        exact = keep(self.kb.by_name.get(fold(text), ()))
        if exact:
            return exact, "name"
        ws = words(text)
        if not ws or len(ws) > MAX_WORDS:
            return [], ""
        given = lemmas if lemmas is not None and len(lemmas) == len(ws) else None
        by_lemma = keep(i for key in self.lemma_keys(ws, given=given) for i in self._by_lemmas.get(key, ()))
        if by_lemma:
            return by_lemma, "lemmas"
        by_form = keep(
            entry_id for entry_id, name in self._by_prefix.get(_prefix_key(ws), ())
            if name_matches(ws, name, self.kb.entries[entry_id].family_first)
        )
        return by_form, ("case_form" if by_form else "")


def _prefix_key(ws: Sequence[str]) -> tuple[str, ...]:
    # case endings never touch the first two letters of a name word
    return tuple(w[:2] for w in ws)
