"""A contact whose sides hold both states and their people keeps the people."""

from __future__ import annotations

from letopis.extract.people import people_for_states
from letopis.records import DateRange, EntityKind, Event, EventType, Participant, Role, Status

RU = Participant("Россия", "kb:state:RU", EntityKind.STATE, Role.PARTICIPANT)
AZ = Participant("Азербайджан", "kb:state:AZ", EntityKind.STATE, Role.PARTICIPANT)
LAVROV = Participant("Сергей Лавров", "kb:person:lavrov", EntityKind.PERSON, Role.PARTICIPANT)
MAMMADYAROV = Participant("Эльмар Мамедъяров", "kb:person:mammadyarov", EntityKind.PERSON, Role.PARTICIPANT)
PUTIN = Participant("Владимир Путин", "kb:person:putin", EntityKind.PERSON, Role.PARTICIPANT)
COUNTRIES = {LAVROV.entity_id: RU.entity_id, MAMMADYAROV.entity_id: AZ.entity_id, PUTIN.entity_id: RU.entity_id}


def event(kind: EventType, *sides: Participant) -> Event:
    return Event("e", kind, Status.OCCURRED, sides, DateRange(None, None), ())


def sides(e: Event) -> list[str]:
    return [p.name for p in people_for_states([e], COUNTRIES)[0].participants]


def test_states_with_their_people_give_way_to_the_people():
    assert sides(event(EventType.TALKS, RU, AZ, LAVROV, MAMMADYAROV)) == ["Сергей Лавров", "Эльмар Мамедъяров"]


def test_a_state_without_a_person_of_its_own_stays():
    assert sides(event(EventType.TALKS, RU, AZ, LAVROV, PUTIN)) == ["Россия", "Азербайджан", "Сергей Лавров",
                                                                    "Владимир Путин"]


def test_only_contacts_change():
    assert sides(event(EventType.AGREEMENT, RU, AZ, LAVROV, MAMMADYAROV)) == [
        "Россия", "Азербайджан", "Сергей Лавров", "Эльмар Мамедъяров"]
