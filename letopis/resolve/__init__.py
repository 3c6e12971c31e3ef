"""The resolve stage: every mention linked to a knowledge-base entity or a new one.

    kb = load_kb()
    resolver = Resolver(kb)                       # once per process
    linked, entities = resolver.resolve(text, sentences, mentions, "2023-10-19", doc_id)

Rules, each named in ``LinkedMention.why``: a name or alias in any case form; a surname
or short form back to a full name earlier in the document (or to the office holder of
the day); a knowledge-base surname the tagger missed ("Путин встречается с ..."); role
descriptions read from the tokens ("глава российского МИД" -> the minister on the
article's date; with no date, the person the article itself names in that office, or the
one person named in it who ever held the office; a plural role over several states is
read once per state); a capital standing for its state ("отношения Москвы и Пхеньяна");
a state adjective ("российская сторона").
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from letopis.records import Entity, EntityKind, LinkedMention, Mention, MentionType, Sentence, Token
from letopis.resolve.context import load_cues, reads_as_state
from letopis.resolve.document import DocumentState, Link, kb_entity_id
from letopis.resolve.fold import fold
from letopis.resolve.kb import KbEntry, KbError, KnowledgeBase, RoleDescriptor, load_kb
from letopis.resolve.names import NameIndex
from letopis.resolve.normal import person_nominative, phrase_nominative, read_family_names
from letopis.resolve.people import PeopleLinker
from letopis.resolve.roles import Office, RoleMatch, RoleMatcher, ever_held, holders_on, office_of, pick_descriptor

__all__ = ["KbError", "KnowledgeBase", "Resolver", "load_kb"]

ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
PARSE_CACHE = 100_000
MAX_SLOT_WORDS = 4
# shorter surnames ("Ли", "Си", "Мун", "Дар") are too often other words or parts of other names
MIN_SURNAME = 4
# "новый глава Кубы", "новоизбранный президент": of the holders the article names, the latest
NEW_IN_OFFICE = frozenset({"новый", "новоизбранный", "избранный", "нынешний", "действующий"})
GLUED_INITIALS = re.compile(r"(?:\b[А-ЯЁA-Z]\.\s?){1,2}$")


class Resolver:
    """Links mentions to entities. Build once per process: it indexes the KB (~0.2 s)."""

    def __init__(self, kb: KnowledgeBase, morph: Any | None = None):
        if morph is None:
            import pymorphy3

            morph = pymorphy3.MorphAnalyzer()
        self.kb = kb
        self._parse = lru_cache(maxsize=PARSE_CACHE)(morph.parse)
        self.names = NameIndex(kb, self._parse)
        self.roles = RoleMatcher(kb, self.names.lemmas)
        self.cues = load_cues()
        self.family_names = read_family_names()
        self.people = PeopleLinker(kb, self.names, self.family_names)
        # first and last words of the org kinds' heads: most ORG mentions are not of a kind
        self._kind_words = frozenset(w for kind in kb.org_kinds for head in kind.heads
                                     for w in (fold(head).split()[0], fold(head).split()[-1]))

    # ------------------------------------------------------------------ public helpers

    def state_of(self, entity_id: str) -> str | None:
        """The state entity a KB city, national body or state belongs to ("kb:city:moskva" -> "kb:state:RU")."""
        if not entity_id.startswith("kb:"):
            return None
        iso = self.kb.state_of(entity_id[3:])
        if iso is None and entity_id.startswith("kb:kind:"):
            # "kb:kind:mfa:LA", "kb:kind:embassy:RU:in:KP": the body's own state comes first
            parts = entity_id.split(":")
            iso = parts[3] if len(parts) > 3 else None
        state = self.kb.state(iso) if iso else None
        return kb_entity_id(state) if state else None

    def nominative(self, text: str, kind: MentionType) -> str:
        if kind is MentionType.PER:
            return person_nominative(text, self._parse, self.family_names)
        return phrase_nominative(text, self._parse)

    # ------------------------------------------------------------------ the stage

    def resolve(self, text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                date: str | None, doc_id: str) -> tuple[tuple[LinkedMention, ...], tuple[Entity, ...]]:
        day = date[:10] if date and ISO_DAY.match(date[:10]) else None
        doc = DocumentState(doc_id, text, sentences, self.kb, day)
        # every mention given is linked, descriptors from an earlier component included
        names = sorted(mentions, key=lambda m: (m.start, -m.end))
        # places first: "МИД" + "КНДР" split by the NER composes from the state beside it
        for mention in sorted((m for m in names if m.type is not MentionType.PER),
                              key=lambda m: m.type is not MentionType.LOC):
            doc.add(mention, self._link_name(doc, mention))
        self._merge_split_orgs(doc, names)
        people = [m for m in names if m.type is MentionType.PER]
        people.extend(self._missed_surnames(text, sentences, names))
        self.people.link(doc, sorted(people, key=lambda m: m.start), day, self.nominative)
        for mention in names:
            if mention.type is MentionType.LOC:
                self._metonymy(doc, mention)
        self._roles(doc, day)
        for sentence in sentences:
            self._adjectives(doc, sentence)
        return doc.result()

    # ------------------------------------------------------------------ names of places and bodies

    def _link_name(self, doc: DocumentState, mention: Mention) -> Link:
        lemmas = doc.lemmas(mention)
        if mention.type is MentionType.EVENT:
            return doc.local(EntityKind.EVENT, mention.normal or self.nominative(mention.text, mention.type),
                             mention.text, "new:event")
        preferred = ("state", "city") if mention.type is MentionType.LOC else ("org",)
        for types in (preferred, None):
            for written, given in ((mention.text, lemmas), (mention.normal, None)):
                if not written:
                    continue
                found, how = self.names.find(written, types, given)
                entry = _prefer(found, preferred)
                if entry is not None:
                    return doc.kb_link(entry, f"kb:{how}")
            if mention.type is MentionType.ORG:
                composed = self._compose_org(doc, mention)
                if composed is not None:
                    return composed
        kind = EntityKind.LOCATION if mention.type is MentionType.LOC else EntityKind.ORG
        name = mention.normal or self.nominative(mention.text, mention.type)
        return doc.local(kind, name, mention.text, "new:" + kind.value)

    def _merge_split_orgs(self, doc: DocumentState, names: Sequence[Mention]) -> None:
        """'Совбез' + 'ООН' split by the NER: the two together name a KB organisation."""
        for left, right in itertools.pairwise(names):
            if left.type is not MentionType.ORG or right.type is MentionType.PER:
                continue
            if right.start <= left.end or doc.text[left.end:right.start].strip():
                continue
            written = doc.text[left.start:right.end]
            found, how = self.names.find(written, ("org",))
            if len(found) == 1:
                merged = Mention(left.start, right.end, written, MentionType.ORG, found[0].name, "gazetteer")
                doc.add(merged, doc.kb_link(found[0], f"kb:{how}+merged"))

    def _compose_org(self, doc: DocumentState, mention: Mention) -> Link | None:
        """'МИД Лаоса', 'лаосский МИД': a national body of a kind the KB describes."""
        written = fold(mention.normal or mention.text)
        if written.split(" ", 1)[0] not in self._kind_words and written.rsplit(" ", 1)[-1] not in self._kind_words:
            return None
        for kind in self.kb.org_kinds:
            for head in kind.heads:
                head_f = fold(head)
                if written.startswith(head_f + " "):
                    rest = (mention.normal or mention.text)[len(head_f) + 1:]
                    rest, _, host_written = rest.partition(" в ")
                    found, _ = self.names.find(rest, ("state",))
                    state = found[0] if len(found) == 1 else None
                    host, _ = self.names.find(host_written, ("state",)) if host_written else ([], "")
                    if state is not None and len(host) == 1:
                        # "Посольство России в КНДР": a body of one state in another
                        name = mention.normal or self.nominative(mention.text, mention.type)
                        return doc.composed(kind, state, "kb:org_kind_in_state", host[0], name)
                elif written.endswith(" " + head_f):
                    iso = self.kb.adjective_state(written.split()[0])
                    state = self.kb.state(iso) if iso else None
                elif written == head_f:
                    state = self._state_around(doc, mention)
                else:
                    continue
                if state is not None and state.iso2:
                    explicit = self.kb.org_by_state_kind.get((state.iso2, kind.head_role or ""))
                    if explicit and kind.head_role:
                        return doc.kb_link(self.kb.entries[explicit], "kb:org_of_state")
                    return doc.composed(kind, state, "kb:org_kind")
        return None

    def _state_around(self, doc: DocumentState, mention: Mention) -> KbEntry | None:
        """'российского МИД', 'МИД КНДР' when the NER split them: the state beside a bare head."""
        located = doc.locate(mention)
        if located is None:
            return None
        tokens = located.tokens
        if located.first > 0 and tokens[located.first - 1].pos == "ADJ":
            iso = self.kb.adjective_state(tokens[located.first - 1].text)
            if iso:
                return self.kb.state(iso)
        if located.last + 1 < len(tokens):
            after = doc.kb_name_at(located.sentence, located.last + 1)
            if after is not None and after[0].type == "state":
                return after[0]
        return None

    def _missed_surnames(self, text: str, sentences: Sequence[Sentence], names: Sequence[Mention]) -> list[Mention]:
        """"Путин встречается с Моди", "Б.Обама назначил": a proper noun that is the surname of a
        knowledge-base person, that no mention covers and that is no common word ("Лиги"), is a person
        the tagger missed (most often at the start of a headline); initials glued before it belong to it."""
        covered = [(m.start, m.end) for m in names]
        out = []
        for sentence in sentences:
            for token in sentence.tokens:
                if token.pos != "PROPN" or len(token.text) < MIN_SURNAME or not token.text[:1].isupper():
                    continue
                if not (fold(token.text) in self.kb.by_surname or fold(token.lemma) in self.kb.by_surname):
                    continue
                if any(start < token.end and token.start < end for start, end in covered):
                    continue
                if self._common_word(token.text):
                    continue
                glued = GLUED_INITIALS.search(text, max(0, token.start - 8), token.start)
                start = glued.start() if glued else token.start
                out.append(Mention(start, token.end, text[start:token.end], MentionType.PER, None, "gazetteer"))
        return out

    def _common_word(self, word: str) -> bool:
        """Known to the dictionary, and never as a name."""
        parses = self._parse(word)
        known = [p for p in parses if p.is_known]
        return bool(known) and not any({"Surn", "Name", "Patr"} & p.tag.grammemes for p in parses)

    # ------------------------------------------------------------------ capitals as states

    def _metonymy(self, doc: DocumentState, mention: Mention) -> None:
        link = doc.links.get(mention)
        entry = doc.entry_of(link)
        if entry is None or entry.type != "city" or not (entry.capital_of or entry.metonym):
            return
        located = doc.locate(mention)
        if located is None:
            return
        as_state, why = reads_as_state(located.tokens, located.first, located.last, self.cues,
                                       lambda j: doc.is_state_token(located.sentence, j))
        if not as_state:
            doc.add(mention, Link(link.entity_id, link.name, EntityKind.CITY, f"{link.why};{why}"))
            return
        target = self.kb.get(entry.metonym) if entry.metonym else self.kb.state(entry.capital_of or "")
        if target is not None:
            doc.add(mention, doc.kb_link(target, f"metonymy:{why}"))

    # ------------------------------------------------------------------ role descriptions

    def _roles(self, doc: DocumentState, day: str | None) -> None:
        """Role phrases linked to people.

        A role with a name beside it is that person ("министр ... России Сергей Лавров"). A bare
        role is the office holder on the article's date; failing that (no date, or an office the
        knowledge base does not list), the person the same document names in that office, or the
        one person named in the document who ever held it and is not given another office there.
        A plural role over coordinated states ("президенты России и Сербии") is read once per state,
        as a person mention over that state's name."""
        bare: list[tuple[bool, RoleMatch, RoleDescriptor, Mention]] = []
        plural: list[tuple[int, RoleMatch]] = []
        named = _NamedOffices(doc.people_named())
        for index, sentence in enumerate(doc.sentences):
            tokens = sentence.tokens
            for match in self.roles.find(tokens, lambda i, s=index, t=tokens: self._slot(doc, s, t, i)):
                if match.plural or self._plural(tokens[match.phrase_start]):
                    plural.append((index, match))
                    continue
                descriptor = pick_descriptor(match)
                if descriptor is None:
                    continue
                start, end = tokens[match.start].start, tokens[match.end - 1].end
                role_mention = Mention(start, end, doc.text[start:end], MentionType.PER, None, "role", True)
                # "полпред президента РФ Александр Хлопонин": the name is the envoy's, not the role's
                owned = match.start > 0 and _is_person_noun(tokens[match.start - 1])
                person = None if owned else doc.person_next_to(index, match.start, match.end)
                if person is None:
                    before = tokens[max(0, match.start - 2):match.phrase_start]
                    newly = any(fold(t.lemma) in NEW_IN_OFFICE for t in before)
                    bare.append((newly, match, descriptor, role_mention))
                    continue
                doc.add(role_mention, Link(person.entity_id, person.name, person.kind, "role+name"))
                if descriptor.needs not in ("name", "document"):   # "коллега", "министр": no one office
                    named.add(office_of(match, descriptor), person)
        for newly, match, descriptor, role_mention in bare:
            link = self._holder(doc, match, descriptor, day, named, newly)
            if link is not None:
                doc.add(role_mention, link)
        for index, match in plural:
            self._plural_role(doc, index, match, day, named)

    def _holder(self, doc: DocumentState, match: RoleMatch, descriptor: RoleDescriptor, day: str | None,
                named: _NamedOffices, newly: bool = False) -> Link | None:
        """The one person a bare role stands for, or None."""
        office = office_of(match, descriptor) if descriptor.needs != "name" else None
        if office is None:
            return None
        if day is not None and descriptor.needs != "document":
            people = holders_on(self.kb, office, day)
            if len(people) == 1:
                return doc.kb_link(people[0], f"role:{descriptor.role}@{day}")
            if people:
                return None
        person = named.holder(office)
        if person is not None:
            return Link(person.entity_id, person.name, person.kind, f"role:{descriptor.role}:named-here")
        ever = [p for p in ever_held(self.kb, office)
                if kb_entity_id(p) in named.people and not named.elsewhere(kb_entity_id(p), office)]
        if len(ever) == 1:
            return doc.kb_link(ever[0], f"role:{descriptor.role}:held-by-one-named-here")
        if len(ever) > 1 and newly:
            # "телефонный разговор с новым главой Кубы": of those named, the one who came to office last
            latest = max(ever, key=lambda p: _took_office(p, office))
            return doc.kb_link(latest, f"role:{descriptor.role}:newest-named-here")
        return None

    def _plural_role(self, doc: DocumentState, index: int, match: RoleMatch, day: str | None,
                     named: _NamedOffices) -> None:
        """"президентов России, Украины и Франции": a person mention over each state's name."""
        if match.slot is None or match.slot.type != "state" or match.slot_start < 0:
            return
        tokens = doc.sentences[index].tokens
        states = [(match.slot, match.slot_start, match.end)]
        j = match.end
        while j + 1 < len(tokens) and tokens[j].text in (",", "и"):
            found = doc.kb_name_at(index, j + 1)
            if found is None or found[0].type != "state":
                break
            states.append((found[0], j + 1, found[1]))
            j = found[1]
        if len(states) < 2 and not match.plural:
            return
        for state, first, after in states:
            one = dataclasses.replace(match, slot=state, plural=False)
            descriptor = pick_descriptor(one)
            link = self._holder(doc, one, descriptor, day, named) if descriptor is not None else None
            if link is None:
                continue
            start, end = tokens[first].start, tokens[after - 1].end
            mention = Mention(start, end, doc.text[start:end], MentionType.PER, None, "role", True)
            doc.add(mention, Link(link.entity_id, link.name, link.kind, link.why + ";plural"))

    def _plural(self, token: Token) -> bool:
        """'Президенты России и Казахстана': the tagger may miss the plural of a capitalised word."""
        readings = [p for p in self._parse(token.text) if p.normal_form.replace("ё", "е") == fold(token.lemma)]
        return bool(readings) and all("plur" in p.tag for p in readings)

    def _slot(self, doc: DocumentState, index: int, tokens: Sequence[Token], i: int) -> tuple[KbEntry, int] | None:
        """A state or organisation named from token ``i`` on, and the token after it."""
        by_mention = doc.kb_name_at(index, i)
        if by_mention is not None:
            return by_mention
        if not tokens[i].text[:1].isupper():
            return None
        for size in range(min(MAX_SLOT_WORDS, len(tokens) - i), 0, -1):
            last = tokens[i + size - 1]
            if not last.text[:1].isalnum():
                continue
            lemmas = [t.lemma for t in tokens[i:i + size]]
            found, _ = self.names.find(doc.text[tokens[i].start:last.end], ("state", "org"), lemmas)
            if len(found) == 1:
                return found[0], i + size
        return None

    # ------------------------------------------------------------------ state adjectives

    def _adjectives(self, doc: DocumentState, sentence: Sentence) -> None:
        for position, token in enumerate(sentence.tokens):
            if token.pos != "ADJ" or (position > 0 and token.text[:1].isupper()):
                continue        # "Американский университет": part of a name the NER missed
            if not any(self.kb.adjective_state(part) for part in token.text.split("-")):
                continue
            if doc.inside_name(token.start, token.end):
                continue
            offset = token.start
            for part in token.text.split("-"):
                iso = self.kb.adjective_state(part)
                state = self.kb.state(iso) if iso else None
                if state is not None:
                    mention = Mention(offset, offset + len(part), part, MentionType.LOC, state.name,
                                      "adjective", True)
                    doc.add(mention, doc.kb_link(state, "adjective"))
                offset += len(part) + 1


class _NamedOffices:
    """Offices the document gives a name to ("министр ... Грузии Александр Налбандов"), and back; and
    the people it names (``people``: entity ids)."""

    def __init__(self, people: set[str]) -> None:
        self.people = people
        self._holders: dict[Office, Link | None] = {}
        self._offices: dict[str, set[Office]] = {}

    def add(self, office: Office | None, person: Link) -> None:
        if office is None:
            return
        self._offices.setdefault(person.entity_id, set()).add(office)
        known = self._holders.get(office, person)
        # two people named in one office (a predecessor and a successor): the bare role is left alone
        self._holders[office] = person if known is not None and known.entity_id == person.entity_id else None

    def holder(self, office: Office) -> Link | None:
        """The one person the document names in this office, or in one it may be ("лидер" and "президент"
        of one state)."""
        exact = self._holders.get(office)
        if exact is not None or office in self._holders:
            return exact
        people = {link.entity_id: link for other, link in self._holders.items()
                  if link is not None and _posts(office) & _posts(other)}
        return next(iter(people.values())) if len(people) == 1 else None

    def elsewhere(self, entity_id: str, office: Office) -> bool:
        """The person is named in the document in other offices only ("лидер" and "президент" of one
        state share the head of state's office)."""
        offices = self._offices.get(entity_id, set())
        return bool(offices) and not any(_posts(office) & _posts(other) for other in offices)


def _took_office(person: KbEntry, office: Office) -> str:
    """When the person last came to (any form of) the office."""
    posts = _posts(office)
    starts = [t.start for t in person.tenures if (t.role, t.state or t.org or "") in posts]
    return max(starts, default="")


def _posts(office: Office) -> set[tuple[str, str]]:
    """The (role, state or body) pairs an office may be: "лидер России" is the president or the premier."""
    return {(target.partition(":")[0], office.where) for target in office.targets}


def _is_person_noun(token: Token) -> bool:
    return token.pos == "NOUN" and token.feat("Animacy") == "Anim"


def _prefer(found: Sequence[KbEntry], types: Sequence[str]) -> KbEntry | None:
    """One entry, or the one of the preferred type when a state and a city share a name."""
    if len(found) == 1:
        return found[0]
    for wanted in types:
        of_type = [e for e in found if e.type == wanted]
        if len(of_type) == 1:
            return of_type[0]
    return None



