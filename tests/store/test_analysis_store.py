"""A document's analysis round-trips through the store and is replaced as a whole."""

from __future__ import annotations

import pytest

from letopis.records import (
    Analysis,
    DateRange,
    Entity,
    EntityKind,
    Event,
    EventType,
    Evidence,
    LinkedMention,
    Mention,
    MentionType,
    Participant,
    Precision,
    Quote,
    Role,
    Status,
)
from letopis.store import open_store
from letopis.store.analysis import EventFilter
from tests.store.test_store import make

TEXT = "Визит в Ханой\n\nПремьер-министр Индии прибыл в Ханой. Он провёл переговоры с Фам Минь Тинем."
SENT = TEXT.index("Он провёл")


def analysis(doc_id: str, status: Status = Status.OCCURRED) -> Analysis:
    india = Entity("kb:state:IN", EntityKind.STATE, "Индия", ("Республика Индия",), "Q668", "IN")
    pham = Entity(f"doc:{doc_id}:1", EntityKind.PERSON, "Фам Минь Тинь")
    start = TEXT.index("Фам")
    mention = Mention(start, len(TEXT) - 1, TEXT[start:-1], MentionType.PER, normal="Фам Минь Тинь")
    quote = Quote("q1", doc_id, Participant("Индия", india.id, EntityKind.STATE, Role.SPEAKER), "переговоры",
                  40, 50, direct=False, rule="indirect")
    event = Event(
        id=f"e-{doc_id}", type=EventType.TALKS, status=status,
        participants=(Participant("Индия", india.id, EntityKind.STATE, Role.PARTICIPANT),
                      Participant("Фам Минь Тинь", pham.id, EntityKind.PERSON, Role.PARTICIPANT)),
        date=DateRange("2024-07-30", "2024-07-30", Precision.DAY),
        evidence=(Evidence(doc_id, SENT, len(TEXT), TEXT[SENT:]),),
        location=Participant("Ханой", "kb:city:hanoi", EntityKind.CITY, Role.DESTINATION),
        name=None, quote_id="q1", rule="contact.verb",
    )
    return Analysis(doc_id, mentions=(LinkedMention(mention, pham.id, pham.name, EntityKind.PERSON, "new"),),
                    entities=(india, pham), events=(event,), quotes=(quote,))


@pytest.fixture
def store():
    with open_store(":memory:") as s:
        s.save_article(*make("d0c00001", TEXT))
        yield s


def test_events_round_trip(store):
    store.save_analysis(analysis("d0c00001"), lambda e: "CONSULT")
    [(event, plover)] = store.events()
    assert plover == "CONSULT"
    original = analysis("d0c00001").events[0]
    for name in ("id", "type", "status", "participants", "date", "evidence", "name", "quote_id", "rule"):
        assert getattr(event, name) == getattr(original, name), name
    assert (event.location.name, event.location.entity_id) == ("Ханой", "kb:city:hanoi")
    assert [p.name for p in event.participants] == ["Индия", "Фам Минь Тинь"]
    assert event.evidence[0].text.startswith("Он провёл переговоры")
    assert store.quotes("d0c00001")[0].speaker.entity_id == "kb:state:IN"
    [(pham, count, docs)] = [row for row in store.entities() if row[0].kind is EntityKind.PERSON]
    assert (pham.name, count, docs) == ("Фам Минь Тинь", 1, ["d0c00001"])


def test_reanalysis_replaces_and_filters_work(store):
    store.save_analysis(analysis("d0c00001"), lambda e: "CONSULT")
    store.save_analysis(analysis("d0c00001", Status.PLANNED), lambda e: "AGREE")
    rows = store.events()
    assert len(rows) == 1 and rows[0][0].status is Status.PLANNED and rows[0][1] == "AGREE"
    assert store.analyzed_ids() == {"d0c00001"}
    assert store.events(EventFilter(actor="фам минь тинь"))
    assert store.events(EventFilter(actor="kb:state:IN", date_from="2024-07-01", date_to="2024-07-31"))
    assert not store.events(EventFilter(date_from="2024-08-01"))
    assert not store.events(EventFilter(type="visit"))
