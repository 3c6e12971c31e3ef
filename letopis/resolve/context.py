"""Capital or state? Reading a capital's name from its syntax.

"отношения Москвы и Пхеньяна", "Анкара заявила", "Вашингтон ввёл санкции" speak of
states; "прибыл в Пхеньян", "в Москве открылась выставка" of places. The cues are data
(``letopis/data/kb/metonymy.json``); the parse comes from the NLP stage.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from letopis.records import Token
from letopis.resolve.fold import fold_word

METONYMY_CUES = Path(__file__).resolve().parent.parent / "data" / "kb" / "metonymy.json"


@dataclass(frozen=True, slots=True)
class Cues:
    place_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    relation_prepositions: frozenset[str]
    state_verbs: frozenset[str]
    relation_nouns: frozenset[str]


def load_cues(path: Path = METONYMY_CUES) -> Cues:
    data = json.loads(path.read_text(encoding="utf-8"))
    words = {key: frozenset(fold_word(w) for w in data.get(key, ())) for key in (
        "place_prepositions", "place_nouns", "relation_prepositions", "state_verbs", "relation_nouns")}
    return Cues(**words)


def head_of(tokens: Sequence[Token], first: int, last: int) -> int:
    """The token of a span whose syntactic head lies outside it."""
    for i in range(first, last + 1):
        if not first <= tokens[i].head <= last:
            return i
    return first


def reads_as_state(tokens: Sequence[Token], first: int, last: int, cues: Cues,
                   is_state_at: Callable[[int], bool], depth: int = 0) -> tuple[bool, str]:
    """Whether a capital's name at tokens ``first..last`` stands for its state, and why."""
    i = head_of(tokens, first, last)
    token = tokens[i]
    prepositions = [fold_word(t.lemma) for t in tokens if t.head == i and t.rel == "case"]
    before = fold_word(tokens[first - 1].text) if first > 0 else ""
    if any(p in cues.place_prepositions for p in prepositions) or before in cues.place_prepositions:
        return False, "place:preposition"
    if any(p in cues.relation_prepositions for p in prepositions) or before in cues.relation_prepositions:
        return True, "state:relation_preposition"
    if token.rel == "conj" and 0 <= token.head < len(tokens) and depth < 3:
        head = token.head
        if is_state_at(head):
            return True, "state:coordinated_with_state"
        return reads_as_state(tokens, head, head, cues, is_state_at, depth + 1)
    if 0 <= token.head < len(tokens):
        governor = tokens[token.head]
        lemma = fold_word(governor.lemma)
        if token.rel.startswith("nsubj") and lemma in cues.state_verbs:
            return True, "state:subject_of_" + lemma
        if lemma in cues.place_nouns:
            return False, "place:noun_" + lemma
        if token.rel in ("nmod", "obl") and lemma in cues.relation_nouns:
            return True, "state:relation_" + lemma
    # "Москва и Пхеньян" as the subject of any statement-like verb is covered above;
    # a coordinated state name under the same governor decides the rest
    for j, other in enumerate(tokens):
        if other.rel == "conj" and other.head == i and is_state_at(j):
            return True, "state:coordinated_with_state"
    return False, "place:default"
