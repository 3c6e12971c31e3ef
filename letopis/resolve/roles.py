"""Role descriptions in sentence tokens: "глава российского МИД", "министр иностранных дел КНДР".

A phrase from the KB's role data matches lemma by lemma; up to two adjectives may stand
inside or just before it ("глава российского МИД", "пресс-секретарь российского
президента"). What completes it is read around the match: a state or organisation
right after it (a genitive "КНДР", "России", "Пентагона"), a state adjective, and a
name next to it ("министром иностранных дел КНДР Цой Сон Хи").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from letopis.records import Token
from letopis.resolve.fold import fold, fold_word
from letopis.resolve.kb import KbEntry, KnowledgeBase, RoleDescriptor, Tenure

MAX_INSERTED_ADJECTIVES = 2
MAX_SLOT_WORDS = 4


@dataclass(frozen=True, slots=True)
class Phrase:
    words: tuple[frozenset[str], ...]       # forms each word may take (lemmas and the written form)
    descriptors: tuple[RoleDescriptor, ...]


@dataclass(frozen=True, slots=True)
class RoleMatch:
    """A role phrase found in one sentence; token indices are into ``Sentence.tokens``."""

    start: int                        # first token, an adjective before the phrase included
    end: int                          # one past the last token, the slot included
    phrase_start: int
    descriptors: tuple[RoleDescriptor, ...]
    adjective_state: str | None       # ISO code from "российского"
    slot: KbEntry | None              # a state or an organisation after the phrase
    plural: bool                      # "главы государств": several people, not one
    slot_start: int = -1              # the slot's first token, when there is a slot


class RoleMatcher:
    def __init__(self, kb: KnowledgeBase, lemmas: Callable[[str], set[str]]):
        self.kb = kb
        grouped: dict[tuple[str, ...], list[RoleDescriptor]] = defaultdict(list)
        for descriptor in kb.descriptors:
            for phrase in descriptor.phrases:
                grouped[tuple(fold(phrase).split())].append(descriptor)
        self._by_first: dict[str, list[Phrase]] = defaultdict(list)
        for ws, descriptors in grouped.items():
            forms = tuple(frozenset({w} | lemmas(w)) for w in ws)
            phrase = Phrase(forms, tuple(descriptors))
            for first in forms[0]:
                self._by_first[first].append(phrase)

    def find(self, tokens: Sequence[Token],
             slot_at: Callable[[int], tuple[KbEntry, int] | None]) -> list[RoleMatch]:
        """Role phrases, longest first, not overlapping. ``slot_at(i)`` names the state or
        organisation starting at token ``i`` and where it ends."""
        matches: list[RoleMatch] = []
        i = 0
        while i < len(tokens):
            best = self._longest_at(tokens, i)
            if best is None:
                i += 1
                continue
            phrase_end, phrase, inserted_state = best
            match = self._complete(tokens, i, phrase_end, phrase, inserted_state, slot_at)
            matches.append(match)
            i = match.end
        return matches

    def _longest_at(self, tokens: Sequence[Token], i: int) -> tuple[int, Phrase, str | None] | None:
        best: tuple[int, Phrase, str | None] | None = None
        for phrase in self._candidates(tokens[i]):
            found = self._match(tokens, i, phrase)
            if found is None:
                continue
            end, state = found
            if best is None or end > best[0] or (end == best[0] and len(phrase.words) > len(best[1].words)):
                best = (end, phrase, state)
        return best

    def _candidates(self, token: Token) -> list[Phrase]:
        lemma = token.lemma if "ё" not in token.lemma else fold_word(token.lemma)
        out = self._by_first.get(lemma, [])
        written = token.text.lower()
        if written != lemma and written in self._by_first:
            out = out + self._by_first[fold_word(written)]
        return out

    def _match(self, tokens: Sequence[Token], i: int, phrase: Phrase) -> tuple[int, str | None] | None:
        j, state, inserted = i + 1, None, 0
        for forms in phrase.words[1:]:
            while j < len(tokens) and not _token_is(tokens[j], forms):
                if tokens[j].pos != "ADJ" or inserted >= MAX_INSERTED_ADJECTIVES:
                    return None
                state = state or self.kb.adjective_state(tokens[j].text)
                inserted += 1
                j += 1
            if j >= len(tokens):
                return None
            j += 1
        return j, state

    def _complete(self, tokens: Sequence[Token], i: int, end: int, phrase: Phrase, state: str | None,
                  slot_at: Callable[[int], tuple[KbEntry, int] | None]) -> RoleMatch:
        start = i
        # an adjective just before the phrase: "российский министр иностранных дел"
        for back in (1, 2):
            k = i - back
            if k < 0 or tokens[k].pos != "ADJ":
                break
            adjective = self.kb.adjective_state(tokens[k].text)
            if adjective:
                state, start = state or adjective, k
                break
        slot_start = end
        slot = slot_at(end) if end < len(tokens) else None
        if slot is not None:
            end = slot[1]
        plural = tokens[i].feat("Number") == "Plur"
        return RoleMatch(start, end, i, phrase.descriptors, state, slot[0] if slot else None, plural,
                         slot_start if slot else -1)


def _token_is(token: Token, forms: frozenset[str]) -> bool:
    return fold_word(token.lemma) in forms or fold_word(token.text) in forms


def pick_descriptor(match: RoleMatch) -> RoleDescriptor | None:
    """The descriptor the completion fits: one needing an organisation when the slot is one."""
    slot_is_org = match.slot is not None and match.slot.type == "org"

    def fits(d: RoleDescriptor) -> bool:
        if d.needs == "org":
            return slot_is_org
        if d.needs == "name" or d.state or d.org:
            return True
        # "лидер КПК": an organisation of a state completes a role of that state
        return not slot_is_org or bool(match.slot and match.slot.state)

    fitting = [d for d in match.descriptors if fits(d)]
    # a phrase naming its own organisation or state is the most specific
    fitting.sort(key=lambda d: (d.needs != "org" or not slot_is_org, not (d.state or d.org)))
    return fitting[0] if fitting else None


@dataclass(frozen=True, slots=True)
class Office:
    """What a role phrase describes: offices tried in order, of a state (ISO code) or organisation."""

    targets: tuple[str, ...]
    where: str
    title_contains: str | None = None


def office_of(match: RoleMatch, descriptor: RoleDescriptor) -> Office | None:
    """The office a matched phrase names once completed, or None when its state or body is unknown."""
    if descriptor.needs == "org":
        org = match.slot
        if org is None or org.type != "org":
            return None
        # "глава Пентагона": the office the organisation's entry names, of its state
        generic = descriptor.role == "org_head"
        role = org.head_role if generic else descriptor.role
        if not role:
            return None
        return Office((role,), org.state if generic and org.state else org.id, descriptor.title_contains)
    if descriptor.org:
        where = descriptor.org
    else:
        where = descriptor.state or _slot_state(match) or match.adjective_state or ""
        if descriptor.state and _slot_state(match) not in (None, descriptor.state):
            return None
    if not where:
        return None
    return Office(descriptor.targets or (descriptor.role,), where, descriptor.title_contains)


def holders_on(kb: KnowledgeBase, office: Office, date: str) -> list[KbEntry]:
    """The one or more people who held the office on ``date``."""
    return _people(kb, office.targets, office.where, date, office.title_contains)


def ever_held(kb: KnowledgeBase, office: Office) -> list[KbEntry]:
    """Everyone the knowledge base knows in any of the office's forms ("лидер": the head of state or
    of government), at any time."""
    people: dict[str, KbEntry] = {}
    for target in office.targets:
        for entry in _people(kb, [target], office.where, None, office.title_contains):
            people.setdefault(entry.id, entry)
    return list(people.values())


def _slot_state(match: RoleMatch) -> str | None:
    if match.slot is None:
        return None
    return match.slot.iso2 if match.slot.type == "state" else match.slot.state


def _people(kb: KnowledgeBase, targets: Sequence[str], where: str, date: str | None,
            title_contains: str | None) -> list[KbEntry]:
    for target in targets:
        role, _, condition = target.partition(":")
        held = [
            (entry, tenure) for entry, tenure in kb.holders(role, where, date)
            if not (condition == "executive" and tenure.ceremonial)
            and (title_contains is None or title_contains in tenure.title.lower())
        ]
        if held:
            return _at_handover(held, date) if date else list({e.id: e for e, _ in held}.values())
    return []


def _at_handover(held: list[tuple[KbEntry, Tenure]], date: str) -> list[KbEntry]:
    """On the day (or month) one holder leaves and the next comes, the newcomer holds it."""
    people = {entry.id: entry for entry, _ in held}
    if len(people) > 1:
        leaving = {entry.id for entry, tenure in held if tenure.end and date.startswith(tenure.end)}
        if 0 < len(leaving) < len(people):
            for gone in leaving:
                people.pop(gone)
    return list(people.values())
