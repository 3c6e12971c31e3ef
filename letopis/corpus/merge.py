"""Are two reported events the same real-world event?

A pure decision over two ``Event`` records, with the reasons spelled out so that
a person can check it (``letopis events show ID --why``). The rules:

* types must be compatible (a meeting one outlet calls talks is the same contact);
* the participants, after entity resolution, must be the same people or states:
  every named participant of the smaller side is on the other side, and at least
  two are shared (one where an event has a single participant);
* the dates must be compatible given their precision: a day inside a month is
  compatible with that month; two day-precise dates must overlap, with one day of
  slack for time zones; an undated event that happened never merges (we cannot
  tell a 2023 meeting from a 2025 one), while undated plans of the same people
  reported within a month of each other are one plan;
* known locations must agree (the same entity, one of them unknown, or of different scale: a state
  and a city, or a building; two cities or two states clash);
* a planned or proposed event and one that occurred are never merged: the later
  report *realises* the plan, and the two are linked instead; other differences
  of status (a denied meeting against a reported one) keep two events apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from letopis.records import EntityKind, Event, EventType, Participant, Precision, Status

# types that a second outlet may use for the same real-world event
_GROUPS: tuple[frozenset[EventType], ...] = (
    frozenset({EventType.MEETING, EventType.TALKS, EventType.RECEPTION}),
    frozenset({EventType.SUMMIT, EventType.CONFERENCE}),
)
_INTENT = frozenset({Status.PLANNED, Status.PROPOSED})
# statements are quotes: two sources quoting one speaker are two statements
NEVER_MERGED = frozenset({EventType.STATEMENT})
DAY_SLACK = timedelta(days=1)
# undated plans of the same people reported this close together are taken for one plan
ANNOUNCEMENT_WINDOW = timedelta(days=31)


class Verdict(StrEnum):
    SAME = "same"
    REALISES = "realises"     # b reports that the plan a came true (or the reverse)
    DIFFERENT = "different"


@dataclass(frozen=True, slots=True)
class Decision:
    verdict: Verdict
    why: tuple[str, ...] = field(default=())

    @property
    def same(self) -> bool:
        return self.verdict is Verdict.SAME


def type_group(kind: EventType) -> frozenset[EventType]:
    for group in _GROUPS:
        if kind in group:
            return group
    return frozenset({kind})


def fold(name: str) -> str:
    """The form names are compared in: case-folded, ё as е, spaces collapsed."""
    return " ".join(name.casefold().replace("ё", "е").split())


def participant_key(p: Participant) -> str:
    return p.entity_id or "name:" + fold(p.name)


# a contact has two sides: one named participant is not enough to tell which contact it was
_TWO_SIDED = frozenset({EventType.MEETING, EventType.TALKS, EventType.RECEPTION, EventType.PHONE_CALL})


def participants_match(a: Event, b: Event) -> tuple[bool, str]:
    ka = {participant_key(p) for p in a.participants}
    kb = {participant_key(p) for p in b.participants}
    if a.type in _TWO_SIDED and min(len(ka), len(kb)) < 2:
        return False, "a contact with fewer than two named participants"
    shared = ka & kb
    need = 1 if min(len(ka), len(kb)) <= 1 else 2
    small, large = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if not small:
        return False, "an event has no participants"
    if len(shared) < need:
        return False, f"{len(shared)} shared participants, {need} needed"
    if not small <= large:
        return False, f"participants {sorted(small - large)} are not on the other side"
    return True, f"participants agree ({len(shared)} shared)"


def _interval(e: Event) -> tuple[date, date] | None:
    if e.date.precision is Precision.NONE or not e.date.start:
        return None
    start = date.fromisoformat(e.date.start)
    end = date.fromisoformat(e.date.end or e.date.start)
    return start, end


def dates_match(a: Event, b: Event) -> tuple[bool, str]:
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False, "an event has no date"
    slack = DAY_SLACK if a.date.precision is Precision.DAY and b.date.precision is Precision.DAY else timedelta(0)
    if ia[0] - slack <= ib[1] and ib[0] - slack <= ia[1]:
        return True, f"dates overlap ({a.date.start}..{a.date.end} {a.date.precision}" \
                     f" ~ {b.date.start}..{b.date.end} {b.date.precision})"
    return False, f"dates differ ({a.date.start} vs {b.date.start})"


def locations_match(a: Event, b: Event) -> tuple[bool, str]:
    if a.location is None or b.location is None:
        return True, "a location is unknown"
    if participant_key(a.location) == participant_key(b.location):
        return True, f"same location ({a.location.name})"
    kinds = {a.location.kind, b.location.kind}
    if kinds == {EntityKind.CITY, EntityKind.STATE} or EntityKind.ORG in kinds:
        # one report names the country, the other the capital; or a building ("в Кремле") and its city
        return True, f"locations of different scale ({a.location.name} ~ {b.location.name})"
    return False, f"locations differ ({a.location.name} vs {b.location.name})"


def decide(a: Event, b: Event, *, a_reported: str | None = None, b_reported: str | None = None) -> Decision:
    """Whether ``a`` and ``b`` report the same event, with the reasons.

    ``a_reported``/``b_reported`` are the (earliest) publication dates of the
    articles that report each event: a plan can only come true after it was reported.
    """
    why: list[str] = []
    if a.type in NEVER_MERGED or b.type in NEVER_MERGED:
        return Decision(Verdict.DIFFERENT, (f"{a.type} events are not merged",))
    if b.type not in type_group(a.type):
        return Decision(Verdict.DIFFERENT, (f"types {a.type} and {b.type} are not compatible",))
    why.append(f"types compatible ({a.type} ~ {b.type})")
    for check in (participants_match, locations_match):
        ok, reason = check(a, b)
        why.append(reason)
        if not ok:
            return Decision(Verdict.DIFFERENT, tuple(why))
    if (a.status in _INTENT) != (b.status in _INTENT):
        plan, done = (a, b) if a.status in _INTENT else (b, a)
        reported = a_reported if plan is a else b_reported
        if done.status is Status.OCCURRED:
            ok, reason = _realisation_dates(plan, done, reported)
            why.append(reason)
            if ok:
                return Decision(Verdict.REALISES, (*why, f"{plan.status} event came true"))
        return Decision(Verdict.DIFFERENT, (*why, f"status {a.status} vs {b.status}"))
    if a.status is not b.status:
        return Decision(Verdict.DIFFERENT, (*why, f"status {a.status} vs {b.status}"))
    if a.status in _INTENT and _interval(a) is None and _interval(b) is None:
        ok, reason = _same_announcement(a_reported, b_reported)
    else:
        ok, reason = dates_match(a, b)
    why.append(reason)
    if not ok:
        return Decision(Verdict.DIFFERENT, tuple(why))
    return Decision(Verdict.SAME, tuple(why))


def _same_announcement(a_reported: str | None, b_reported: str | None) -> tuple[bool, str]:
    """Two undated plans of the same people are one plan when they were reported close together."""
    if not a_reported or not b_reported:
        return False, "undated plans whose reports cannot be dated"
    gap = abs(date.fromisoformat(a_reported[:10]) - date.fromisoformat(b_reported[:10]))
    if gap <= ANNOUNCEMENT_WINDOW:
        return True, f"undated plans reported {gap.days} days apart"
    return False, f"undated plans reported {gap.days} days apart (more than {ANNOUNCEMENT_WINDOW.days})"


def _realisation_dates(plan: Event, done: Event, reported: str | None) -> tuple[bool, str]:
    """A plan is realised by an event on its planned date, or (undated plan) by one after it was reported."""
    if _interval(plan) is not None:
        return dates_match(plan, done)
    span = _interval(done)
    if span is None or reported is None:
        return False, "an undated plan and an event that cannot be placed after it"
    if span[1] < date.fromisoformat(reported[:10]):
        return False, f"the event ({done.date.start}) is older than the plan's report ({reported[:10]})"
    return True, f"undated plan reported {reported[:10]}, event on {done.date.start}"
