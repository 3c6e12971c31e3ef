"""Who is and who is not a side: the representative of a state, the one who stays away from a summit."""

from __future__ import annotations

from letopis.records import EventType, Status


def _names(event) -> set[str]:
    return {p.name for p in event.participants}


def test_a_representative_joins_the_event_told_before(read_passage) -> None:
    reading = read_passage(
        "В Дохе в среду пройдет встреча по Судану. В ней примут участие министр иностранных дел Египта Бадр "
        "Абдель Аты и спецпосланник ООН Рамтане Ламамра. Позицию Саудовской Аравии будет представлять министр "
        "иностранных дел Фейсал бин Фархан.",
        "2025-04-07",
    )
    contacts = [e for e in reading.events if e.type in (EventType.MEETING, EventType.TALKS)]
    assert len(contacts) == 1, reading.debug
    [meeting] = contacts
    assert len(meeting.participants) == 3
    assert any("Фархан" in n for n in _names(meeting))
    # three sentences tell it; the first dates it
    assert len(meeting.evidence) == 3
    assert meeting.date.start == "2025-04-09" and meeting.status == Status.PLANNED


def test_who_stays_away_from_a_summit_is_not_in_it(read_passage) -> None:
    reading = read_passage(
        "Премьер-министр Канады Марк Карни заявил, что не поедет на саммит АТЭС в Кёнджу.", "2025-10-20"
    )
    summits = [e for e in reading.events if e.type == EventType.SUMMIT]
    assert summits, reading.debug
    for summit in summits:
        assert summit.status == Status.PLANNED
        assert not any("Карни" in n for n in _names(summit))


def test_presenting_a_book_is_no_representation(read_passage) -> None:
    reading = read_passage("Министр культуры Армении представил на выставке новую книгу.", "2025-10-20")
    assert not [e for e in reading.events if e.type != EventType.STATEMENT], reading.debug


def test_a_meeting_named_with_initials_has_both_sides(read_passage) -> None:
    reading = read_passage(
        "Представитель правительства сообщил об итогах встречи А.Вебера и канцлера ФРГ А.Меркель.", "2011-02-16"
    )
    meetings = [e for e in reading.events if e.type.value == "meeting"]
    assert meetings, reading.debug
    names = " ".join(p.name for p in meetings[0].participants)
    assert "Вебер" in names and "Меркель" in names
