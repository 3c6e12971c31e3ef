"""One event told in several sentences of one article becomes one event with several evidence spans.

"Путин и Ким Чен Ын провели отдельные переговоры" and "Главы государств беседовали около 2,5 часа"
name the same sides: one contact, two evidence spans. Two candidates merge when

- their types agree (meeting, talks and reception are one family; the more specific type is kept),
- their sides agree: the same set for contacts and invitations, the same traveller for visits, one
  set inside the other for gatherings, agreements and cultural events,
- their names, places, dates (intervals that overlap, or one without a date) and statuses agree;
  a status read from tense or a cue beats a default, ``planned`` absorbs ``proposed``; an
  ``occurred`` contact absorbs a ``planned`` one with no date of its own and no "снова", "следующий"
  (the article's agenda of the contact it reports), and otherwise never merges with one;
- statements merge only when they carry the same quote, commemorations only within one sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from letopis.extract.candidate import STATUS_DEFAULT, Candidate, Party
from letopis.extract.participants import dedupe, place_within
from letopis.records import DateRange, EntityKind, EventType, Precision, Role, Status

# most specific first; "talks" (they discussed) joins any contact, a phone call never joins a meeting
CONTACT_FAMILY = (EventType.PHONE_CALL, EventType.RECEPTION, EventType.TALKS, EventType.MEETING)
SUBSET_TYPES = frozenset(
    {EventType.SUMMIT, EventType.CONFERENCE, EventType.AGREEMENT, EventType.CULTURAL_EVENT}
)


def merge_candidates(
    candidates: list[Candidate], countries: Mapping[str, str] | None = None
) -> list[list[Candidate]]:
    """Groups of candidates that tell one event, in order of first mention. ``countries`` maps a
    person's entity id to their state's: "переговоры Турции и Ирана" and "Фидан провел переговоры с
    Аракчи" are one event when the two ministers are of those two states."""
    countries = countries or {}
    groups: list[list[Candidate]] = []
    merged: list[Candidate] = []
    for cand in candidates:
        for n in reversed(range(len(merged))):
            if compatible(merged[n], cand, countries):
                merged[n] = combine(merged[n], cand, countries)
                groups[n].append(cand)
                break
        else:
            merged.append(cand)
            groups.append([cand])
    return groups


def merged_view(group: list[Candidate], countries: Mapping[str, str] | None = None) -> Candidate:
    out = group[0]
    for cand in group[1:]:
        out = combine(out, cand, countries)
    return out


def _types_ok(a: EventType, b: EventType) -> bool:
    if a == b:
        return True
    pair = {a, b}
    if pair <= set(CONTACT_FAMILY):
        return EventType.TALKS in pair or pair == {EventType.MEETING, EventType.RECEPTION}
    return False


def _states_of(c: Candidate, countries: Mapping[str, str]) -> frozenset[str] | None:
    """The states a contact's people belong to, when every side is a person of a known state."""
    people = [p for p in c.parties if p.kind == EntityKind.PERSON]
    if not people or len(people) != len(c.parties) or not all(p.entity_id in countries for p in people):
        return None
    return frozenset(countries[p.entity_id or ""] for p in people)


def _state_level(c: Candidate) -> bool:
    return bool(c.parties) and all(p.kind == EntityKind.STATE for p in c.parties)


def _same_contact(a: Candidate, b: Candidate, countries: Mapping[str, str]) -> bool:
    if _sides(a) == _sides(b) and bool(_sides(a)):
        return True
    for states, people in ((a, b), (b, a)):
        if _state_level(states) and len(states.parties) >= 2 and _states_of(people, countries) == _sides(states):
            return True
    return False


def _sides(c: Candidate, *roles: Role) -> frozenset[str]:
    return frozenset(p.key for p in c.parties if not roles or p.role in roles)


def compatible(a: Candidate, b: Candidate, countries: Mapping[str, str] | None = None) -> bool:
    if not _types_ok(a.type, b.type):
        return False
    if not (_status_ok(a, b) and _dates_ok(a.date, b.date) and _places_ok(a.location, b.location)):
        return False
    if a.type == EventType.STATEMENT:
        return a.quote_id is not None and a.quote_id == b.quote_id
    if a.type == EventType.COMMEMORATION:
        return a.sentence == b.sentence and bool(a.keys & b.keys)
    if a.type == EventType.VISIT:
        travellers_a, travellers_b = _sides(a, Role.SOURCE), _sides(b, Role.SOURCE)
        if not travellers_a or not travellers_b:
            # "завершил визит в КНДР" with the traveller missed: the same destination is the same visit
            return (bool(_sides(a, Role.DESTINATION)) and bool(_sides(b, Role.DESTINATION))
                    and _destinations_ok(a, b, countries or {}))
        return travellers_a == travellers_b and _destinations_ok(a, b, countries or {})
    if a.type in SUBSET_TYPES:
        if a.name and b.name and not (a.name_weak or b.name_weak) and _fold(a.name) != _fold(b.name):
            return False
        sa, sb = _sides(a), _sides(b)
        if not (sa <= sb or sb <= sa):
            return False
        return (
            bool(sa & sb) or bool(a.name and b.name) or ((not sa or not sb) and a.sentence + 1 >= b.sentence)
        )
    if a.type in CONTACT_FAMILY:
        return _same_contact(a, b, countries or {})
    return _sides(a) == _sides(b) and bool(_sides(a))


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("ё", "е").split())


def _status_ok(a: Candidate, b: Candidate) -> bool:
    if a.status == b.status or STATUS_DEFAULT in (a.status_strength, b.status_strength):
        return True
    if {a.status, b.status} == {Status.PLANNED, Status.PROPOSED}:
        return True
    return _plan_of_the_contact(a, b) is not None


def _plan_of_the_contact(a: Candidate, b: Candidate) -> Candidate | None:
    """"Президент прибыл, чтобы обсудить с коллегой ..." and "лидеры намерены обменяться мнениями" in an
    article on a contact that took place: the plan with no date of its own and no "снова"/"следующий" is
    the contact's agenda, not another contact. Returns the planned one."""
    if {a.status, b.status} != {Status.OCCURRED, Status.PLANNED}:
        return None
    if a.type not in CONTACT_FAMILY or b.type not in CONTACT_FAMILY:
        return None
    plan, done = (a, b) if a.status == Status.PLANNED else (b, a)
    if done.background:
        return None     # "договоренности, достигнутые на сентябрьской встрече": another, earlier contact
    return plan if plan.date_rank == 0 and "repetition" not in plan.cues else None


def _dates_ok(a: DateRange, b: DateRange) -> bool:
    if a.precision == Precision.NONE or b.precision == Precision.NONE:
        return True
    if not (a.start and a.end and b.start and b.end):
        return True
    return a.start <= b.end and b.start <= a.end


def _places_ok(a: Party | None, b: Party | None) -> bool:
    if a is None or b is None or a.key == b.key:
        return True
    # a city and a state (or an organisation inside them) can both be right: only two cities clash
    return not (a.kind == EntityKind.CITY and b.kind == EntityKind.CITY)


def _destinations_ok(a: Candidate, b: Candidate, countries: Mapping[str, str]) -> bool:
    """The same destination, or a city and a state it may lie in (one it is known to lie in, when known)."""
    da = [p for p in a.parties if p.role == Role.DESTINATION]
    db = [p for p in b.parties if p.role == Role.DESTINATION]
    if not da or not db or {p.key for p in da} & {p.key for p in db}:
        return True
    if _sites(da) or _sites(db):
        # "посетил Запретный город", "посетил завод" during a visit to the country: a site on the way
        return True
    for x in da:
        for y in db:
            city, state = (x, y) if x.kind == EntityKind.CITY else (y, x)
            if city.kind == EntityKind.CITY and state.kind == EntityKind.STATE and (
                city.entity_id not in countries or countries[city.entity_id] == state.entity_id
            ):
                return True
    return False


def _sites(destinations: list[Party]) -> list[Party]:
    """Destinations that are a site (a landmark, a plant, a museum) rather than a state or a city."""
    return [p for p in destinations if p.kind in (EntityKind.LOCATION, EntityKind.ORG)]


def _better_date(a: Candidate, b: Candidate) -> Candidate:
    if a.date_rank != b.date_rank:
        return a if a.date_rank > b.date_rank else b
    return a if _width(a.date) <= _width(b.date) else b


def _width(d: DateRange) -> int:
    order = {Precision.DAY: 0, Precision.RANGE: 1, Precision.MONTH: 2, Precision.YEAR: 3, Precision.NONE: 4}
    return order[d.precision]


def combine(a: Candidate, b: Candidate, countries: Mapping[str, str] | None = None) -> Candidate:
    """``a`` with what ``b`` adds: sides, name, place, the firmer date and status."""
    type_ = a.type
    if a.type in CONTACT_FAMILY and b.type in CONTACT_FAMILY:
        type_ = min(a.type, b.type, key=CONTACT_FAMILY.index)
    status_src = a if a.status_strength >= b.status_strength else b
    plan = _plan_of_the_contact(a, b)
    if plan is not None:
        status_src = b if plan is a else a     # it took place: the plan was its agenda
    status = status_src.status
    if {a.status, b.status} == {Status.PLANNED, Status.PROPOSED}:
        status = Status.PLANNED
    dated = _better_date(a, b)
    named = b if b.name and (not a.name or (a.name_weak and not b.name_weak)) else a
    parties = dedupe([*a.parties, *b.parties])
    if type_ in CONTACT_FAMILY and (_state_level(a) != _state_level(b)):
        # the people stand for their states: keep the people
        parties = [p for p in parties if p.kind != EntityKind.STATE]
    location = a.location or b.location
    if type_ == EventType.VISIT:
        parties, location = _visit_places(parties, location)
        destinations = [p for p in parties if p.role == Role.DESTINATION]
        if location is not None and destinations and not any(
                place_within(location, d, countries or {}) for d in destinations):
            # where one sentence discussed the visit is not where it goes
            location = next((d for d in destinations if d.kind == EntityKind.CITY), None)
    return replace(
        a,
        type=type_,
        rule=a.rule if b.rule in a.rule.split("+") else f"{a.rule}+{b.rule}",
        parties=tuple(parties),
        location=location,
        name=named.name,
        name_span=named.name_span,
        name_weak=named.name_weak,
        status=status,
        status_strength=max(a.status_strength, b.status_strength),
        status_why=status_src.status_why,
        date=dated.date,
        date_rank=dated.date_rank,
        date_why=dated.date_why,
        notes=a.notes + b.notes,
        quote_id=a.quote_id or b.quote_id,
    )


def _visit_places(parties: list[Party], location: Party | None) -> tuple[list[Party], Party | None]:
    """A state destination and a city destination: the state stays the destination, the city is the place."""
    dest = [p for p in parties if p.role == Role.DESTINATION]
    if _sites(dest) and len(_sites(dest)) < len(dest):
        # the visit goes to the country or city; the sites seen on the way are no destination of it
        parties = [p for p in parties if p not in _sites(dest)]
        dest = [p for p in dest if p in parties]
    states = [p for p in dest if p.kind == EntityKind.STATE]
    cities = [p for p in dest if p.kind == EntityKind.CITY]
    if states and cities:
        parties = [p for p in parties if p not in cities]
        location = location if location is not None and location.kind == EntityKind.CITY else cities[0]
    return parties, location
