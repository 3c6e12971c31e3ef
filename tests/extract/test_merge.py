"""Merging the sentences that tell one event, on hand-made candidates."""

from __future__ import annotations

from letopis.extract.candidate import STATUS_DEFAULT, STATUS_TENSE, Candidate, Party
from letopis.extract.merge import merge_candidates, merged_view
from letopis.records import DateRange, EntityKind, EventType, Precision, Role, Status

PUTIN = Party("Владимир Путин", "kb:putin", EntityKind.PERSON, Role.PARTICIPANT, 0, 6)
KIM = Party("Ким Чен Ын", "kb:kim", EntityKind.PERSON, Role.PARTICIPANT, 9, 19)
LAVROV = Party("Сергей Лавров", "kb:lavrov", EntityKind.PERSON, Role.SOURCE, 0, 6)
DPRK = Party("КНДР", "kb:kp", EntityKind.STATE, Role.DESTINATION, 30, 34)
PYONGYANG = Party("Пхеньян", "kb:pyongyang", EntityKind.CITY, Role.DESTINATION, 30, 37)
SEPTEMBER = DateRange("2025-09-01", "2025-09-30", Precision.MONTH)


def cand(
    type_: EventType,
    sentence: int,
    parties,
    status=Status.OCCURRED,
    date=DateRange(None, None),
    strength=STATUS_TENSE,
    rank=0,
) -> Candidate:
    return Candidate(
        type=type_,
        rule=f"r{sentence}",
        sentence=sentence,
        trigger=0,
        trigger_span=(0, 1),
        evidence=(sentence * 100, sentence * 100 + 50),
        parties=tuple(parties),
        status=status,
        status_strength=strength,
        date=date,
        date_rank=rank,
    )


def test_talks_and_a_conversation_of_the_same_sides_are_one_event() -> None:
    groups = merge_candidates(
        [
            cand(EventType.MEETING, 1, [PUTIN, KIM], date=SEPTEMBER, rank=3),
            cand(EventType.TALKS, 2, [PUTIN, KIM]),
            cand(EventType.MEETING, 3, [KIM, PUTIN]),
        ]
    )
    assert len(groups) == 1 and len(groups[0]) == 3
    merged = merged_view(groups[0])
    assert merged.type == EventType.TALKS
    assert merged.date == SEPTEMBER


def test_a_reception_is_more_specific_than_a_meeting() -> None:
    groups = merge_candidates(
        [cand(EventType.MEETING, 0, [PUTIN, KIM]), cand(EventType.RECEPTION, 4, [KIM, PUTIN])]
    )
    assert merged_view(groups[0]).type == EventType.RECEPTION


def test_different_sides_or_dates_stay_apart() -> None:
    october = DateRange("2025-10-01", "2025-10-31", Precision.MONTH)
    groups = merge_candidates(
        [
            cand(EventType.MEETING, 1, [PUTIN, KIM], date=SEPTEMBER, rank=3),
            cand(EventType.MEETING, 2, [PUTIN, KIM], date=october, rank=3),
            cand(EventType.MEETING, 3, [PUTIN, LAVROV.with_role(Role.PARTICIPANT)]),
        ]
    )
    assert len(groups) == 3


def test_occurred_and_planned_never_merge() -> None:
    groups = merge_candidates(
        [
            cand(EventType.VISIT, 1, [LAVROV, DPRK]),
            cand(EventType.VISIT, 2, [LAVROV, DPRK], status=Status.PLANNED),
        ]
    )
    assert len(groups) == 2


def test_a_default_status_yields_to_a_firm_one() -> None:
    groups = merge_candidates(
        [
            cand(EventType.CONFERENCE, 1, [], strength=STATUS_DEFAULT),
            cand(EventType.CONFERENCE, 2, [], status=Status.PLANNED),
        ]
    )
    assert len(groups) == 1
    assert merged_view(groups[0]).status == Status.PLANNED


def test_a_state_destination_stays_and_the_city_becomes_the_place() -> None:
    groups = merge_candidates(
        [cand(EventType.VISIT, 0, [LAVROV, DPRK]), cand(EventType.VISIT, 3, [LAVROV, PYONGYANG])]
    )
    assert len(groups) == 1
    merged = merged_view(groups[0])
    assert [p.name for p in merged.parties if p.role == Role.DESTINATION] == ["КНДР"]
    assert merged.location is not None and merged.location.name == "Пхеньян"


MINSK = Party("Минск", "kb:minsk", EntityKind.CITY, Role.PARTICIPANT, 40, 45)
RUSSIA = Party("Россия", "kb:ru", EntityKind.STATE, Role.DESTINATION, 50, 56)
KIM_GOES = Party("Ким Чен Ын", "kb:kim", EntityKind.PERSON, Role.SOURCE, 9, 19)


def test_a_merged_visit_keeps_no_place_of_another_state_than_where_it_goes() -> None:
    from dataclasses import replace

    # "обсудили в Минске подготовку визита Ким Чен Ына" + "визит Ким Чен Ына в Россию"
    discussed = replace(cand(EventType.VISIT, 1, [KIM_GOES], status=Status.PLANNED), location=MINSK)
    going = cand(EventType.VISIT, 2, [KIM_GOES, RUSSIA], status=Status.PLANNED)
    countries = {"kb:minsk": "kb:by", "kb:kim": "kb:kp"}
    [group] = merge_candidates([discussed, going], countries)
    merged = merged_view(group, countries)
    assert merged.location is None
    assert [p.name for p in merged.parties if p.role == Role.DESTINATION] == ["Россия"]
    # a city of that state stays the place
    in_russia = {"kb:minsk": "kb:ru", "kb:kim": "kb:kp"}
    assert merged_view(merge_candidates([discussed, going], in_russia)[0], in_russia).location == MINSK
