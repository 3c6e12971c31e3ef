"""Event and quote records in the output contract of DESIGN.md; stable event ids."""

from __future__ import annotations

import json

from letopis.extract import event_id
from letopis.extract.contract import event_record, quote_record
from letopis.records import (
    DateRange,
    EntityKind,
    Event,
    EventType,
    Evidence,
    Participant,
    Precision,
    Quote,
    Role,
    Status,
)

LAVROV = Participant("Сергей Лавров", "kb:lavrov", EntityKind.PERSON, Role.SOURCE)
DPRK = Participant("КНДР", "kb:kp", EntityKind.STATE, Role.DESTINATION)
PYONGYANG = Participant("Пхеньян", "kb:pyongyang", EntityKind.CITY, Role.PARTICIPANT)
TEXT = "18–19 октября министр иностранных дел России Сергей Лавров посетил Пхеньян"


def _visit() -> Event:
    evidence = (Evidence("doc1", 0, len(TEXT), TEXT),)
    return Event(
        event_id("doc1", EventType.VISIT, ["kb:lavrov", "kb:kp"], 0),
        EventType.VISIT,
        Status.OCCURRED,
        (LAVROV, DPRK),
        DateRange("2023-10-18", "2023-10-19", Precision.RANGE),
        evidence,
        location=PYONGYANG,
    )


def test_event_record_has_the_contract_shape() -> None:
    record = event_record(_visit(), plover="CONSULT")
    assert list(record) == [
        "id",
        "type",
        "plover",
        "status",
        "participants",
        "location",
        "date",
        "name",
        "quote",
        "evidence",
        "sources",
    ]
    assert record["type"] == "visit" and record["plover"] == "CONSULT" and record["status"] == "occurred"
    assert record["participants"] == [
        {"name": "Сергей Лавров", "entity_id": "kb:lavrov", "kind": "person", "role": "source"},
        {"name": "КНДР", "entity_id": "kb:kp", "kind": "state", "role": "destination"},
    ]
    assert record["location"] == {"name": "Пхеньян", "entity_id": "kb:pyongyang"}
    assert record["date"] == {"start": "2023-10-18", "end": "2023-10-19", "precision": "range"}
    assert record["name"] is None and record["quote"] is None
    assert record["evidence"] == [{"doc_id": "doc1", "start": 0, "end": len(TEXT), "text": TEXT}]
    assert record["sources"] == ["doc1"]
    assert json.loads(json.dumps(record, ensure_ascii=False)) == record


def test_a_statement_carries_its_quote_text() -> None:
    quote = Quote(
        "q:1",
        "doc1",
        Participant("Сергей Лавров", "kb:lavrov", EntityKind.PERSON, Role.SPEAKER),
        "Мы готовы к диалогу",
        10,
        29,
        True,
        "quote-direct",
    )
    event = Event(
        "ev:s",
        EventType.STATEMENT,
        Status.OCCURRED,
        (quote.speaker,),
        DateRange(None, None),
        (),
        quote_id="q:1",
    )
    assert event_record(event, plover=None, quote=quote)["quote"] == "Мы готовы к диалогу"
    assert quote_record(quote) == {
        "id": "q:1",
        "doc_id": "doc1",
        "speaker": {"name": "Сергей Лавров", "entity_id": "kb:lavrov", "kind": "person", "role": "speaker"},
        "text": "Мы готовы к диалогу",
        "start": 10,
        "end": 29,
        "direct": True,
        "rule": "quote-direct",
    }


def test_event_ids_are_stable_and_ignore_the_order_of_sides() -> None:
    a = event_id("doc1", EventType.MEETING, ["kb:b", "kb:a"], 120)
    assert a == event_id("doc1", EventType.MEETING, ["kb:a", "kb:b"], 120)
    assert a != event_id("doc2", EventType.MEETING, ["kb:a", "kb:b"], 120)
    assert a != event_id("doc1", EventType.TALKS, ["kb:a", "kb:b"], 120)
    assert a != event_id("doc1", EventType.MEETING, ["kb:a", "kb:b"], 121)
