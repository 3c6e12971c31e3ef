"""States and their people on the same side of a contact: keep the people.

"Переговоры России и Азербайджана провели Сергей Лавров и Эльмар Мамедъяров" reads with four
sides, two states and two ministers; the ministers are the states' sides, so the contact is
theirs. The states stay reachable through the people's entities (each person's country).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from letopis.records import EntityKind, Event, EventType

CONTACTS = frozenset({EventType.MEETING, EventType.TALKS, EventType.RECEPTION, EventType.PHONE_CALL})


def people_for_states(events: Sequence[Event], countries: Mapping[str, str]) -> list[Event]:
    """Drop the state sides of a contact when each of them has a person of that state among the sides."""
    return [_people(e, countries) if e.type in CONTACTS else e for e in events]


def _people(event: Event, countries: Mapping[str, str]) -> Event:
    states = [p for p in event.participants if p.kind == EntityKind.STATE and p.entity_id]
    people = [p for p in event.participants if p.kind == EntityKind.PERSON and p.entity_id]
    if not states or len(people) < 2:
        return event
    represented = {countries.get(p.entity_id or "") for p in people}
    if not all(s.entity_id in represented for s in states):
        return event
    return replace(event, participants=tuple(p for p in event.participants if p not in states))
