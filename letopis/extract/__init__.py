"""Events and quotes from one analysed article.

    events, quotes, debug = extract_events(article, sentences, mentions, timexes, debug=True)

Sentences outside the title, lead and body (menus, teasers, TV schedules) are not read. Each
sentence is read in order: speech first (statements and quotes), then every word whose lemma and
part of speech are a trigger in ``letopis/data/extract/triggers.tsv`` whose requirements hold; the
family module of its event type finds the sides, place and name, ``status`` reads whether it
happened, ``dates`` dates it, and ``merge`` joins the sentences that tell one event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from letopis.extract.agreements import agreement
from letopis.extract.candidate import Candidate, Rejection
from letopis.extract.contacts import contact
from letopis.extract.context import DocContext
from letopis.extract.culture import commemoration, cultural_event
from letopis.extract.dates import attach_dates, finish_date
from letopis.extract.gatherings import gathering
from letopis.extract.invitations import invitation
from letopis.extract.lexicon import Lexicon, Trigger, load_lexicon
from letopis.extract.merge import merge_candidates, merged_view
from letopis.extract.participation import participation, representation, represents, takes_part_in
from letopis.extract.people import people_for_states
from letopis.extract.statements import direct_quotes, statements_in
from letopis.extract.tree import SentenceView
from letopis.extract.visits import visit
from letopis.records import (
    Article,
    Entity,
    EntityKind,
    Event,
    EventType,
    Evidence,
    LinkedMention,
    Quote,
    Role,
    Sentence,
    Status,
    Timex,
)

__all__ = ["Lexicon", "extract_events", "load_lexicon", "plover_code"]

Family = Callable[[DocContext, SentenceView, int, Trigger], "Candidate | Rejection"]
FAMILIES: dict[EventType, Family] = {
    EventType.MEETING: contact,
    EventType.TALKS: contact,
    EventType.RECEPTION: contact,
    EventType.PHONE_CALL: contact,
    EventType.VISIT: visit,
    EventType.SUMMIT: gathering,
    EventType.CONFERENCE: gathering,
    EventType.AGREEMENT: agreement,
    EventType.INVITATION: invitation,
    EventType.COMMEMORATION: commemoration,
    EventType.CULTURAL_EVENT: cultural_event,
}
NOUNS = ("NOUN", "PROPN")


def extract_events(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: Sequence[LinkedMention],
    timexes: Sequence[Timex],
    *,
    debug: bool = False,
    lexicon: Lexicon | None = None,
    entities: Sequence[Entity] = (),
) -> tuple[tuple[Event, ...], tuple[Quote, ...], tuple[str, ...]]:
    """Events, quotes and (with ``debug``) one line per decision: the rule, tokens, status and date of
    every event, and why every rejected trigger was rejected.

    ``entities`` (the resolver's, optional) tell which state each person belongs to, so that a contact
    told once between states and once between their officials is one event."""
    lexicon = lexicon or load_lexicon()
    spans = article.content_spans() or [(0, len(article.text))]
    content = [s for s in sentences if any(a <= s.start < b for a, b in spans)]
    ordered = tuple(sorted(mentions, key=lambda m: (m.mention.start, m.mention.end)))
    views = tuple(SentenceView.build(n, s, ordered) for n, s in enumerate(content))
    countries = states_of(entities)
    ctx = DocContext(article, views, ordered, tuple(timexes), lexicon, countries)
    direct = direct_quotes(ctx, spans)
    quotes: list[Quote] = []
    rejected: list[Rejection] = []
    for view in views:
        said, found_quotes, silent = statements_in(ctx, view, direct)
        ctx.history.extend(said)
        quotes.extend(found_quotes)
        rejected.extend(silent)
        for i in range(len(view)):
            result = _trigger(ctx, view, i)
            if isinstance(result, Candidate):
                ctx.history.append(result)
            elif isinstance(result, Rejection):
                rejected.append(result)
    dated = attach_dates(ctx, list(ctx.history))
    groups = merge_candidates(sorted(dated, key=lambda c: (c.sentence, c.trigger)), countries)
    # a back-reference that joined no event ("встреча прошла" after a planned one) adds nothing of its own
    groups = [g for g in groups if not all(c.anaphoric for c in g)]
    events = _fill_invitations([_event(ctx, group, countries) for group in groups])
    events = _unique_ids(people_for_states(events, countries))
    lines = _debug_lines(ctx, events, groups, rejected) if debug else ()
    return tuple(events), tuple(quotes), lines


def _trigger(ctx: DocContext, view: SentenceView, i: int) -> Candidate | Rejection | None:
    if takes_part_in(view, i):
        return participation(ctx, view, i)
    if represents(view, i):
        return representation(ctx, view, i)
    pos = "NOUN" if view.pos(i) in NOUNS else view.pos(i)
    for entry in ctx.lexicon.triggers_for(view.lemma(i), pos):
        if all(view.holds(i, r) for r in entry.requires):
            return FAMILIES[entry.type](ctx, view, i, entry)
    return None


def event_id(doc_id: str, type_: EventType, entity_ids: Sequence[str], evidence_start: int) -> str:
    """Stable across runs: the document, the type, the sides and where the first evidence starts."""
    key = "|".join([doc_id, type_.value, *sorted(entity_ids), str(evidence_start)])
    return "ev:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def states_of(entities: Sequence[Entity]) -> dict[str, str]:
    """Entity id of a person, city or body -> the entity id of its state (the knowledge base's id of the
    state when the document does not name it: "Минск" lies in Belarus all the same)."""
    states = {e.iso: e.id for e in entities if e.kind == EntityKind.STATE and e.iso}
    return {e.id: states.get(e.country, f"kb:state:{e.country}") for e in entities
            if e.kind != EntityKind.STATE and e.country}


def _event(ctx: DocContext, group: list[Candidate], countries: dict[str, str]) -> Event:
    c = finish_date(ctx, merged_view(group, countries))
    evidence = tuple(
        Evidence(ctx.doc_id, s, e, ctx.text(s, e).strip()) for s, e in sorted({m.evidence for m in group})
    )
    participants = tuple(p.participant() for p in c.parties)
    ids = [p.entity_id or p.name for p in c.parties]
    notes = [
        f"{m.rule} on '{ctx.view(m.sentence).tokens[m.trigger].text}'@{m.trigger_span[0]}"
        f" [{', '.join(f'{p.name}:{p.role.value}/{p.how}' for p in m.parties)}]"
        for m in group
    ]
    if c.name:
        notes.append(f"name '{c.name}'")
    if c.location:
        notes.append(f"location {c.location.name} ({c.location.how})")
    notes.append(f"status {c.status.value}: {c.status_why}")
    notes.append(f"date {c.date.start}..{c.date.end} ({c.date.precision.value}): {c.date_why}")
    return Event(
        id=event_id(ctx.doc_id, c.type, ids, evidence[0].start),
        type=c.type,
        status=c.status,
        participants=participants,
        date=c.date,
        evidence=evidence,
        location=c.location.participant() if c.location else None,
        name=c.name,
        quote_id=c.quote_id,
        rule="+".join(dict.fromkeys(m.rule for m in group)),
        debug=tuple(notes),
    )


def _unique_ids(events: list[Event]) -> list[Event]:
    """Two events of one type and sides that start in one sentence and stay apart (an occurred and a
    planned one) would share an id: the later ones get a counter in theirs, in document order."""
    seen: dict[str, int] = {}
    out = []
    for ev in events:
        n = seen.get(ev.id, 0)
        seen[ev.id] = n + 1
        out.append(replace(ev, id=f"{ev.id}.{n}") if n else ev)
    return out


def _fill_invitations(events: list[Event]) -> list[Event]:
    """ "пригласил его посетить нашу страну": a destination the text leaves to context is the one of
    the visit the invitee is already planning or was invited to make."""
    out = []
    for ev in events:
        if ev.type == EventType.INVITATION and not any(p.role == Role.DESTINATION for p in ev.participants):
            guests = {p.entity_id for p in ev.participants if p.role == Role.TARGET and p.entity_id}
            for other in events:
                if other.type != EventType.VISIT or other.status not in (Status.PLANNED, Status.PROPOSED):
                    continue
                if guests & {p.entity_id for p in other.participants if p.role == Role.SOURCE}:
                    dest = [p for p in other.participants if p.role == Role.DESTINATION]
                    if dest:
                        ev = replace(
                            ev,
                            participants=(*ev.participants, dest[0]),
                            debug=(*ev.debug, "destination from the visit it invites to"),
                        )
                        break
        out.append(ev)
    return out


def _debug_lines(
    ctx: DocContext, events: list[Event], groups: list[list[Candidate]], rejected: list[Rejection]
) -> tuple[str, ...]:
    lines = []
    for ev in events:
        lines.append(f"event {ev.id} {ev.type.value} {ev.status.value}")
        lines.extend(f"  {note}" for note in ev.debug)
    for r in rejected:
        view = ctx.view(r.sentence)
        token = view.tokens[r.trigger]
        lines.append(f"rejected {r.rule} on '{token.text}'@{token.start}: {r.why}")
    return tuple(lines)


def plover_code(event: Event, lexicon: Lexicon | None = None) -> str | None:
    """The PLOVER code of an event by its type and status (``letopis/data/extract/plover.tsv``)."""
    return (lexicon or load_lexicon()).plover_code(event.type, event.status)
