"""A read-only view of one parsed sentence: children, subtrees, prepositions, and the entity mention
under each token.

The rules of the event families ask the same few questions of the dependency tree; this module
answers them once, on the ``Sentence``/``Token`` records of the NLP stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from letopis.extract.lexicon import Requirement, fold
from letopis.records import LinkedMention, Sentence, Token

# Relations that open a clause of their own: a cue or a date inside one does not reach across.
CLAUSE_RELS = frozenset({"ccomp", "advcl", "parataxis", "acl:relcl", "csubj", "conj"})
SUBJECT_RELS = ("nsubj", "nsubj:pass")
# Words that open a relative clause ("..., который встретится", "..., с которым встречался", "..., где").
RELATIVE_WORDS = frozenset({"который", "где", "куда", "откуда", "чей"})


@dataclass(frozen=True, slots=True)
class SentenceView:
    index: int  # position of the sentence in the document
    sentence: Sentence
    children: tuple[tuple[int, ...], ...]
    mentions: tuple[LinkedMention | None, ...]  # the smallest mention covering each token
    lemmas: tuple[str, ...]  # each token's lemma folded once: the rules ask for it many times

    @classmethod
    def build(cls, index: int, sentence: Sentence, mentions: Sequence[LinkedMention]) -> SentenceView:
        tokens = sentence.tokens
        kids: list[list[int]] = [[] for _ in tokens]
        for i, token in enumerate(tokens):
            if 0 <= token.head < len(tokens) and token.head != i:
                kids[token.head].append(i)
        inside = [m for m in mentions if m.mention.start < sentence.end and m.mention.end > sentence.start]
        under: list[LinkedMention | None] = []
        for token in tokens:
            covering = [m for m in inside if m.mention.start <= token.start and token.end <= m.mention.end]
            # of two over the same words, a person read from a plural role ("президентов России и
            # Сербии": a person over each state's name) stands before the state
            covering.sort(key=lambda m: (m.mention.end - m.mention.start, not _role_person(m)))
            under.append(covering[0] if covering else None)
        folded = tuple(fold(t.lemma or t.text) for t in tokens)
        return cls(index, sentence, tuple(tuple(k) for k in kids), tuple(under), folded)

    # -- tokens

    @property
    def parsed(self) -> bool:
        """False when the NLP stage left the sentence without a tree (no event word in it)."""
        return any(t.rel for t in self.sentence.tokens)

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.sentence.tokens

    def __len__(self) -> int:
        return len(self.sentence.tokens)

    def lemma(self, i: int) -> str:
        return self.lemmas[i]

    def pos(self, i: int) -> str:
        return self.tokens[i].pos

    def rel(self, i: int) -> str:
        return self.tokens[i].rel

    def feat(self, i: int, name: str) -> str | None:
        return self.tokens[i].feat(name)

    def head(self, i: int) -> int:
        h = self.tokens[i].head
        return h if 0 <= h < len(self.tokens) and h != i else -1

    def kids(self, i: int, *rels: str) -> list[int]:
        """Children of ``i``; with ``rels``, only those whose relation (or its base before ':') is listed."""
        if not rels:
            return list(self.children[i])
        return [k for k in self.children[i] if self.rel(k) in rels or self.rel(k).split(":")[0] in rels]

    def subtree(self, i: int, stop: Iterable[str] = ()) -> list[int]:
        """``i`` and everything under it, leaving out branches whose relation is in ``stop``."""
        stops = frozenset(stop)
        seen, todo = {i}, [i]
        while todo:
            j = todo.pop()
            for k in self.children[j]:
                # the parser can close a cycle; each token is visited once
                if k not in seen and self.rel(k) not in stops:
                    seen.add(k)
                    todo.append(k)
        return sorted(seen)

    def relative_word(self, i: int) -> int:
        """The relative word that opens the clause headed by ``i`` ("который", "с которым", "в ходе
        которого", "где"), -1 when none: it comes first in the clause, before its head."""
        before = 0  # words before it, adverbs aside ("который, вероятно, завтра будет")
        for j in self.subtree(i, stop=CLAUSE_RELS):
            if j >= i or before >= 3:
                break
            if self.lemma(j) in RELATIVE_WORDS:
                return j
            before += self.pos(j) not in ("PUNCT", "ADV")
        return -1

    def opens_relative(self, i: int) -> bool:
        """``i`` heads a relative clause, however the parser attached it (acl:relcl, a second root,
        parataxis)."""
        return (self.rel(i) == "acl:relcl" or self.is_verb(i)) and self.relative_word(i) >= 0

    def governor(self, i: int) -> int:
        """The head of ``i``, repairing one frequent parser slip: a genitive noun hung on the verb
        instead of on the noun just before it ("встретились в преддверии | конференции")."""
        head = self.head(i)
        if (
            head < 0
            or self.pos(i) not in ("NOUN", "PROPN")
            or self.feat(i, "Case") != "Gen"
            or self.preposition(i)
        ):
            return head
        if not self.is_verb(head):
            return head
        first = self.subtree(i)[0]
        for s in self.kids(head, "obl", "obj", "nmod"):
            if s < i and self.pos(s) == "NOUN" and self.subtree(s)[-1] == first - 1:
                return s
        return head

    def governors(self, i: int) -> list[int]:
        """Like ``ancestors``, through ``governor``."""
        out, seen = [], {i}
        j = self.governor(i)
        while j >= 0 and j not in seen:
            out.append(j)
            seen.add(j)
            j = self.governor(j)
        return out

    def ancestors(self, i: int) -> list[int]:
        out, seen = [], {i}
        j = self.head(i)
        while j >= 0 and j not in seen:
            out.append(j)
            seen.add(j)
            j = self.head(j)
        return out

    def is_verb(self, i: int) -> bool:
        return self.pos(i) in ("VERB", "AUX") or (self.pos(i) == "ADJ" and self.feat(i, "Variant") == "Short")

    def is_finite(self, i: int) -> bool:
        return self.is_verb(i) and (
            self.feat(i, "VerbForm") == "Fin"
            or self.feat(i, "Variant") == "Short"
            or (self.feat(i, "Tense") is not None and self.feat(i, "VerbForm") != "Conv")
        )

    def preposition(self, i: int) -> str:
        """The preposition of a noun, with its fixed parts: "с", "в ход", "в время", "" when none."""
        for k in self.kids(i, "case"):
            words = [self.lemma(k)] + [self.lemma(f) for f in self.kids(k, "fixed")]
            return " ".join(words)
        return ""

    def has_child_lemma(self, i: int, lemmas: frozenset[str], *rels: str) -> bool:
        return any(self.lemma(k) in lemmas for k in self.kids(i, *rels))

    def negated(self, i: int) -> bool:
        return any(self.lemma(k) == "не" for k in self.kids(i, "advmod", "discourse", "dep"))

    def holds(self, i: int, req: Requirement) -> bool:
        """A ``requires`` condition of the vocabulary files (see the header of triggers.tsv)."""
        near = [*self.children[i], *(g for k in self.children[i] for g in self.children[k])]
        if req.kind == "child":
            return any(self.lemma(k) in req.lemmas for k in near)
        if req.kind == "mod":
            return any(self.lemma(k) in req.lemmas for k in near if self.rel(k) == "amod")
        if req.kind == "head":
            head = self.head(i)
            # or its participle, also one slipped onto its genitive ("договоренностей лидеров, достигнутых")
            return (head >= 0 and self.lemma(head) in req.lemmas) or any(
                self.lemma(k) in req.lemmas and self.rel(k) in ("acl", "amod") for k in near
            )
        if req.kind == "sing":
            return self.feat(i, "Number") != "Plur"
        return True

    # -- spans

    def span(self, indices: Iterable[int]) -> tuple[int, int]:
        idx = list(indices)
        return min(self.tokens[j].start for j in idx), max(self.tokens[j].end for j in idx)

    def mention(self, i: int) -> LinkedMention | None:
        return self.mentions[i]

    def token_at(self, offset: int) -> int | None:
        for j, token in enumerate(self.tokens):
            if token.start <= offset < token.end:
                return j
        return None


def _role_person(m: LinkedMention) -> bool:
    return m.mention.source == "role" and m.mention.type == "PER"
