"""Fixtures for the corpus tests: a small store with events about the same people on different dates."""

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
    Participant,
    Precision,
    Role,
    Status,
)
from letopis.store import open_store
from tests.store.test_store import make

LAVROV = Entity("kb:person:lavrov", EntityKind.PERSON, "Сергей Лавров", ("Лавров",), country="RU")
CHOE = Entity("kb:person:choe", EntityKind.PERSON, "Цой Сон Хи", country="KP")
KIM = Entity("kb:person:kim", EntityKind.PERSON, "Ким Чен Ын", country="KP")
RU = Entity("kb:state:RU", EntityKind.STATE, "Россия", ("РФ", "Российская Федерация"), "Q159", "RU")
KP = Entity("kb:state:KP", EntityKind.STATE, "КНДР", ("Северная Корея",), "Q423", "KP")


def event(doc: str, n: int, kind: str, who: list[Entity], day: str, status: str = "occurred",
          precision: Precision = Precision.DAY) -> Event:
    end = day if precision is Precision.DAY else day[:8] + "28"
    return Event(
        id=f"{doc}-{n}", type=EventType(kind), status=Status(status),
        participants=tuple(Participant(e.name, e.id, e.kind, Role.PARTICIPANT) for e in who),
        date=DateRange(day if status == "occurred" or day else None, end if day else None,
                       precision if day else Precision.NONE),
        evidence=(Evidence(doc, 0, 5, "Текст"),),
    )


def store_doc(store, doc: str, published: str, events: list[Event]) -> None:
    raw, article = make(doc, f"Заголовок {doc}\n\nТекст статьи {doc}.", published=published)
    store.save_article(raw, article)
    store.save_analysis(Analysis(doc, entities=(LAVROV, CHOE, KIM, RU, KP), events=tuple(events)),
                        lambda e: "CONSULT")


@pytest.fixture
def store_path(tmp_path):
    return tmp_path / "chronicle.db"


@pytest.fixture
def store(store_path):
    with open_store(store_path) as s:
        store_doc(s, "d2023a01", "2023-10-19", [event("d2023a01", 1, "talks", [LAVROV, CHOE], "2023-10-19")])
        store_doc(s, "d2025a01", "2025-10-27T12:34:36",
                  [event("d2025a01", 1, "meeting", [LAVROV, CHOE], "2025-10-27"),
                   event("d2025a01", 2, "visit", [KIM, RU], "", "planned")])
        store_doc(s, "d2025b01", "2025-10-27", [event("d2025b01", 1, "talks", [CHOE, LAVROV], "2025-10-27")])
        yield s
