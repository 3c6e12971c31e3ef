"""What the resolver knows about one document while it works: links, entities, tokens."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from letopis.records import Entity, EntityKind, LinkedMention, Mention, MentionType, Sentence, Token
from letopis.resolve.fold import fold
from letopis.resolve.kb import KbEntry, KnowledgeBase, OrgKind


@dataclass(frozen=True, slots=True)
class Link:
    entity_id: str
    name: str
    kind: EntityKind
    why: str


@dataclass(frozen=True, slots=True)
class Located:
    """A mention's tokens: ``tokens[first..last]`` of sentence number ``sentence``."""

    sentence: int
    tokens: Sequence[Token]
    first: int
    last: int


def kb_entity_id(entry: KbEntry) -> str:
    return "kb:" + entry.id


def kb_entity(entry: KbEntry, day: str | None = None) -> Entity:
    return Entity(id=kb_entity_id(entry), kind=entry.kind, name=entry.name, aliases=entry.names[1:],
                  wikidata=entry.wikidata, iso=entry.iso2 if entry.type == "state" else None,
                  country=country_of(entry, day))


def country_of(entry: KbEntry, day: str | None) -> str | None:
    """The state an entry belongs to; for a person, the state of a national office held on
    the day, else of the latest national office (offices of international bodies have none)."""
    if entry.type == "state":
        return entry.iso2
    if entry.type != "person":
        return entry.state
    national = [t for t in entry.tenures if t.state]
    held = [t for t in national if day and t.covers(day)]
    chosen = held or sorted(national, key=lambda t: t.start)[-1:]
    return chosen[0].state if chosen else None


class DocumentState:
    def __init__(self, doc_id: str, text: str, sentences: Sequence[Sentence], kb: KnowledgeBase,
                 day: str | None = None):
        self.doc_id = doc_id
        self.day = day
        self.text = text
        self.sentences = sentences
        self.kb = kb
        self.links: dict[Mention, Link] = {}
        self.entities: dict[str, Entity] = {}
        self._local: dict[tuple[EntityKind, str], str] = {}
        self._surfaces: dict[str, list[str]] = {}
        # every token by its start offset, for finding a mention's tokens
        self._starts: list[int] = []
        self._where: list[tuple[int, int]] = []
        for s, sentence in enumerate(sentences):
            for t, token in enumerate(sentence.tokens):
                self._starts.append(token.start)
                self._where.append((s, t))

    # ------------------------------------------------------------------ links and entities

    def add(self, mention: Mention, link: Link) -> None:
        self.links[mention] = link

    def kb_link(self, entry: KbEntry, why: str) -> Link:
        entity = self.entities.get(kb_entity_id(entry)) or kb_entity(entry, self.day)
        self.entities[entity.id] = entity
        return Link(entity.id, entry.name, entry.kind, why)

    def composed(self, kind: OrgKind, state: KbEntry, why: str, host: KbEntry | None = None,
                 written: str | None = None) -> Link:
        entity_id = f"kb:{kind.id}:{state.iso2}" + (f":in:{host.iso2}" if host else "")
        name = written or kind.name.format(gen=state.gen or state.name)
        self.entities.setdefault(entity_id, Entity(entity_id, EntityKind.ORG, name, country=state.iso2))
        return Link(entity_id, name, EntityKind.ORG, why)

    def local(self, kind: EntityKind, name: str, surface: str, why: str) -> Link:
        """A new entity of this document; the same name twice is the same entity."""
        key = (kind, fold(name))
        entity_id = self._local.get(key)
        if entity_id is None:
            entity_id = f"doc:{self.doc_id}:{len(self._local) + 1}"
            self._local[key] = entity_id
            self._surfaces[entity_id] = []
            self.entities[entity_id] = Entity(entity_id, kind, name)
        if surface != name and surface not in self._surfaces[entity_id]:
            self._surfaces[entity_id].append(surface)
        return Link(entity_id, self.entities[entity_id].name, kind, why)

    def entry_of(self, link: Link | None) -> KbEntry | None:
        if link is None or not link.entity_id.startswith("kb:"):
            return None
        return self.kb.get(link.entity_id[3:])

    def result(self) -> tuple[tuple[LinkedMention, ...], tuple[Entity, ...]]:
        linked = tuple(
            LinkedMention(m, link.entity_id, link.name, link.kind, link.why)
            for m, link in sorted(self.links.items(), key=lambda item: (item[0].start, -item[0].end,
                                                                       item[0].descriptor))
        )
        used = dict.fromkeys(lm.entity_id for lm in linked)
        entities = []
        for entity_id in used:
            entity = self.entities[entity_id]
            surfaces = self._surfaces.get(entity_id)
            if surfaces:
                entity = dataclasses.replace(entity, aliases=tuple(surfaces))
            entities.append(entity)
        return linked, tuple(entities)

    # ------------------------------------------------------------------ tokens

    def locate(self, mention: Mention) -> Located | None:
        i = bisect.bisect_left(self._starts, mention.start)
        if i >= len(self._starts) or self._starts[i] != mention.start:
            return None
        s, first = self._where[i]
        tokens = self.sentences[s].tokens
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].end <= mention.end:
            last += 1
        return Located(s, tokens, first, last)

    def lemmas(self, mention: Mention) -> list[str] | None:
        located = self.locate(mention)
        if located is None:
            return None
        return [t.lemma for t in located.tokens[located.first:located.last + 1]]

    def _mentions_at(self, start: int) -> list[tuple[Mention, Link]]:
        return [(m, link) for m, link in self.links.items() if m.start == start and not m.descriptor]

    def is_state_token(self, sentence: int, j: int) -> bool:
        token = self.sentences[sentence].tokens[j]
        return any(link.kind is EntityKind.STATE and m.start <= token.start and token.end <= m.end
                   for m, link in self.links.items() if not m.descriptor)

    def kb_name_at(self, sentence: int, i: int) -> tuple[KbEntry, int] | None:
        """A state or organisation mention starting at token ``i``, and the token after it."""
        tokens = self.sentences[sentence].tokens
        for mention, link in sorted(self._mentions_at(tokens[i].start), key=lambda ml: -ml[0].end):
            entry = self.entry_of(link)
            if entry is None or entry.type not in ("state", "org", "city"):
                continue
            if entry.type == "city":
                entry = self.kb.state(entry.capital_of or "") if entry.capital_of else None
                if entry is None:
                    continue
            j = i
            while j < len(tokens) and tokens[j].end <= mention.end:
                j += 1
            return entry, j
        return None

    def person_next_to(self, sentence: int, first: int, end: int) -> Link | None:
        """The named person right after a role phrase, or right before it after a comma."""
        tokens = self.sentences[sentence].tokens
        # "посол России в Китае Игорь Моргулов", "посол России на Кубе X": a place of office may stand between
        if end + 1 < len(tokens) and tokens[end].text.lower() in ("в", "во", "при", "на"):
            for mention, _link in self._mentions_at(tokens[end + 1].start):
                if mention.type is not MentionType.PER:
                    after = end + 1
                    while after < len(tokens) and tokens[after].end <= mention.end:
                        after += 1
                    found = self._person_at(tokens, after)
                    if found is not None:
                        return found
        found = self._person_at(tokens, end)
        if found is not None:
            return found
        if first >= 2 and tokens[first - 1].text == ",":
            before = tokens[first - 2]
            for mention, link in self.links.items():
                if mention.type is MentionType.PER and not mention.descriptor and mention.end == before.end:
                    return link
        return None

    def _person_at(self, tokens: Sequence[Token], i: int) -> Link | None:
        if i >= len(tokens):
            return None
        for mention, link in self._mentions_at(tokens[i].start):
            if mention.type is MentionType.PER:
                return link
        return None

    def people_named(self) -> set[str]:
        """Entity ids of the people the document names (not those only described by a role)."""
        return {link.entity_id for m, link in self.links.items() if m.type is MentionType.PER and not m.descriptor}

    def inside_name(self, start: int, end: int) -> bool:
        return any(m.start <= start and end <= m.end for m in self.links if not m.descriptor)
