"""Visits: who travels (source) and where to (destination), with the place as location.

Rules:

- ``visit-verb``: "X посетил Пхеньян", "X прибыл в Москву (с визитом)", "пригласил посетить" (the
  invited visit: its doer is the invitee, its status ``proposed`` by the cue on "пригласил");
- ``visit-noun``: "визит X в Y", "X находится с визитом в Y", "в ходе визита в КНДР" (the doer of the
  clause around it), "проработка будущего визита в Россию лидера КНДР" (planned).

A city destination is also the location; merging later keeps a state as destination and the city as
location when one article names both.
"""

from __future__ import annotations

from dataclasses import replace

from letopis.extract.candidate import Candidate, Party, Rejection
from letopis.extract.common import build, genitive_sides, reject, subject_of
from letopis.extract.contacts import governing
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger
from letopis.extract.participants import (
    GEO_KINDS,
    PLACE_KINDS,
    PLACE_NOUNS,
    dedupe,
    destination_of,
    location_of,
    parties_at,
    place_within,
)
from letopis.extract.tree import SentenceView
from letopis.records import EntityKind, EventType, Role

# Motion verbs that make a visit only with a destination or a visit noun ("прибыл в Пекин с визитом").
NEEDS_DESTINATION = frozenset({"прибыть", "приехать"})
OBJECT_DESTINATION = frozenset({"посетить", "посещать"})
# Verbs whose subject is the traveller of the visit they take as object when no one else is named.
OWN_VISIT = frozenset({"отменить", "отменять", "перенести", "переносить", "отложить", "откладывать", "прервать",
                       "сократить", "продлить", "запланировать", "планировать", "начать", "завершить"})
# How far back "в ходе визита" looks for the visit it names.
VISIT_WINDOW = 6


def visit(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    rule = f"visit-{entry.pos.lower()}:{entry.lemma}"
    nodes = [i]
    if view.pos(i) == "NOUN":
        head = view.head(i)
        if (
            head >= 0
            and view.is_verb(head)
            and view.preposition(i) == "с"
            and any(t.type == EventType.VISIT for t in ctx.lexicon.triggers_for(view.lemma(head), "VERB"))
        ):
            return reject(view, i, rule, "part of the visit its verb tells")
        travellers = genitive_sides(ctx, view, i, Role.SOURCE)
        head, _rel, inside = governing(ctx, view, i)
        if inside and not travellers and destination_of(view, [i]) is None:
            # "В ходе визита стороны намерены ...": the visit told before, if there is one
            earlier = next((c for c in reversed(ctx.history) if c.type == EventType.VISIT
                            and view.index - c.sentence <= VISIT_WINDOW and c.sides(Role.SOURCE)), None)
            if earlier is not None:
                cand = build(ctx, view, i, entry, list(earlier.parties), location=earlier.location, rule=rule)
                return replace(cand, anaphoric=True)
        if (head >= 0 and view.is_verb(head) and not travellers and view.lemma(head) in OWN_VISIT
                and not view.preposition(i)):
            # "Петро отменил визит в Вашингтон": who cancels, puts off or plans a visit of no one named makes it
            nodes.append(head)
            travellers = subject_of(ctx, view, head)
        elif head >= 0 and view.is_verb(head) and (inside or view.lemma(head) in ctx.lexicon.light_verbs):
            nodes.append(head)
            if not travellers:
                travellers = subject_of(ctx, view, head)
        destination = destination_of(view, nodes)
    else:
        travellers = subject_of(ctx, view, i)
        destination = destination_of(view, nodes)
        objects = view.kids(i, "obj")
        if destination is None and view.lemma(i) in OBJECT_DESTINATION and objects:
            m = view.mention(objects[0])
            if m is not None and m.kind in PLACE_KINDS:
                destination = Party.of(m, Role.DESTINATION, "object")
            elif view.lemma(objects[0]) not in PLACE_NOUNS:
                return reject(view, i, rule, f"visited '{view.tokens[objects[0]].text}' is not a place")
    hosts = [
        p
        for n in nodes
        for k in view.kids(n, "obl", "nmod")
        if view.preposition(k) == "к"
        for p in parties_at(ctx, view, k, Role.PARTICIPANT, "host")
        if p.kind == EntityKind.PERSON
    ]
    if hosts and travellers:
        # "визит к президенту", "приехал к Ким Чен Ыну": calling on a person is meeting them
        return build(ctx, view, i, EventType.MEETING, dedupe([*travellers, *hosts]), rule="visit-to-person")
    if (
        view.lemma(i) in NEEDS_DESTINATION
        and destination is None
        and not view.has_child_lemma(i, frozenset({"визит"}))
    ):
        return reject(view, i, rule, "arrival without a destination or a visit")
    travellers = [
        p.with_role(Role.SOURCE) for p in travellers if destination is None or p.key != destination.key
    ]
    location = location_of(view, nodes)
    if destination is not None and destination.kind == EntityKind.CITY and location is None:
        location = destination
    if destination is None and location is not None and location.kind in GEO_KINDS:
        # "находится с визитом во Вьетнаме": where the visit takes place is where it goes
        destination = location.with_role(Role.DESTINATION, "place")
    if not travellers and destination is None:
        return reject(view, i, rule, "neither a traveller nor a destination")
    parties = dedupe([*travellers, *([destination] if destination else [])])
    cand = build(ctx, view, i, entry, parties, location=location, rule=rule)
    if (destination is not None and cand.location is not None
            and not place_within(cand.location, destination, ctx.countries)):
        # "в Минске Лавров заявил, что готовится визит Ким Чен Ына в Россию": Minsk is where it was said
        cand = replace(cand, location=destination if destination.kind == EntityKind.CITY else None)
    # a visit with no one travelling only adds a sentence to the visit it is part of
    return replace(cand, anaphoric=True) if not travellers else cand

