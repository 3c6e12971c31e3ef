"""People: full names to the KB or to new entities, then surnames back to them.

Full names go first, so that a surname earlier in the text than the full name
("Лавров:" in a headline, "Сергея Лаврова" in the lead) still finds it. A surname with
no full name in the document goes to the KB person of that surname who held an office
on the article's date, the highest office first ("Путин" in 2025 -> Владимир Путин).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from letopis.records import EntityKind, Mention, MentionType
from letopis.resolve.document import DocumentState, Link
from letopis.resolve.fold import fold
from letopis.resolve.kb import KbEntry, KnowledgeBase
from letopis.resolve.names import NameIndex, word_matches
from letopis.resolve.normal import is_family_first

# which office wins when several people of one surname held office on the day
ROLE_RANK = {"head_of_state": 0, "monarch": 0, "supreme_leader": 0, "party_leader": 0,
             "head_of_government": 1, "foreign_minister": 2, "un_secretary_general": 2}
OTHER_ROLE_RANK = 3
INITIALS = re.compile(r"^(?:\w{1,2}\.)+")


@dataclass(frozen=True, slots=True)
class _Person:
    link: Link
    surnames: frozenset[str]
    start: int


def _surname_part(text: str) -> str:
    """'С.В.Лаврова' -> 'лаврова': the last word without initials glued to it."""
    return INITIALS.sub("", fold(text.split()[-1]))


def _is_initial(word: str) -> bool:
    return word.endswith(".") and len(word) <= 5


def is_short_name(words: Sequence[str]) -> bool:
    """'Лавров', 'С. Лавров', 'В. В. Путин': a surname with initials at most."""
    return len(words) == 1 or all(_is_initial(w) for w in words[:-1])


class PeopleLinker:
    def __init__(self, kb: KnowledgeBase, names: NameIndex, family_names: frozenset[str] = frozenset()):
        self.kb = kb
        self.names = names
        self.family_names = family_names
        self._surnames: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for surname, ids in kb.by_surname.items():
            self._surnames[surname[:2]].append((surname, ids))

    def link(self, doc: DocumentState, mentions: Sequence[Mention], day: str | None,
             nominative: Callable[[str, MentionType], str]) -> None:
        people: list[_Person] = []
        short = []
        for mention in mentions:
            if is_short_name(mention.text.split()):
                short.append(mention)
                continue
            link = self._full(doc, mention, day, nominative)
            doc.add(mention, link)
            people.append(_Person(link, self._surnames_of(doc, link), mention.start))
        for mention in short:
            link = self._short(doc, mention, people, day, nominative)
            doc.add(mention, link)
            if link.entity_id.startswith("doc:"):
                people.append(_Person(link, self._surnames_of(doc, link), mention.start))

    # ------------------------------------------------------------------ full names

    def _full(self, doc: DocumentState, mention: Mention, day: str | None,
              nominative: Callable[[str, MentionType], str]) -> Link:
        lemmas = doc.lemmas(mention)
        for written, given in ((mention.text, lemmas), (mention.normal, None)):
            if not written:
                continue
            found, how = self.names.find(written, ("person",), given)
            entry = _one(found, day)
            if entry is not None:
                return doc.kb_link(entry, f"kb:{how}")
        name = mention.normal or nominative(mention.text, MentionType.PER)
        return doc.local(EntityKind.PERSON, name, mention.text, "new:person")

    # ------------------------------------------------------------------ surnames

    def _short(self, doc: DocumentState, mention: Mention, people: list[_Person], day: str | None,
               nominative: Callable[[str, MentionType], str]) -> Link:
        forms = {_surname_part(mention.text)}
        if mention.normal:
            forms.add(_surname_part(mention.normal))
        same = [p for p in people if any(word_matches(f, s) for f in forms for s in p.surnames)]
        if same:
            before = [p for p in same if p.start < mention.start]
            chosen = max(before, key=lambda p: p.start) if before else min(same, key=lambda p: p.start)
            return Link(chosen.link.entity_id, chosen.link.name, chosen.link.kind, "surname:in_document")
        entry = self._kb_by_surname(forms, day)
        if entry is not None:
            return doc.kb_link(entry, "surname:office_holder" if day else "surname:only_one")
        name = mention.normal or nominative(mention.text, MentionType.PER)
        return doc.local(EntityKind.PERSON, name, mention.text, "new:person")

    def _kb_by_surname(self, forms: set[str], day: str | None) -> KbEntry | None:
        ids: dict[str, None] = {}
        for form in forms:
            for surname, owners in self._surnames.get(form[:2], ()):
                if word_matches(form, surname):
                    ids.update(dict.fromkeys(owners))
        people = [self.kb.entries[i] for i in ids]
        if day is not None:
            ranked = sorted((rank, p.id) for p in people if (rank := _rank_on(p, day)) is not None)
            if ranked and (len(ranked) == 1 or ranked[0][0] < ranked[1][0]):
                return self.kb.entries[ranked[0][1]]
            if ranked:
                return None
        return people[0] if len(people) == 1 else None

    def _surnames_of(self, doc: DocumentState, link: Link) -> frozenset[str]:
        entry = doc.entry_of(link)
        if entry is not None:
            forms = {fold(entry.surname or "")}
            for written in entry.names:
                ws = fold(written).split()
                if ws:
                    forms.add(ws[0] if entry.family_first else ws[-1])
            return frozenset(f for f in forms if f)
        ws = fold(link.name).split()
        if not ws:
            return frozenset()
        return frozenset({ws[0], ws[-1]}) if is_family_first(ws, self.family_names) else frozenset({ws[-1]})


def _rank_on(person: KbEntry, day: str) -> int | None:
    ranks = [ROLE_RANK.get(t.role, OTHER_ROLE_RANK) for t in person.tenures if t.covers(day)]
    return min(ranks) if ranks else None


def _one(found: Sequence[KbEntry], day: str | None) -> KbEntry | None:
    """One person, or the one in office on the day when several share the name."""
    if len(found) == 1:
        return found[0]
    if day is not None:
        in_office = [p for p in found if _rank_on(p, day) is not None]
        if len(in_office) == 1:
            return in_office[0]
    return None
