"""The chronicle in the store: one event per real-world event, with all its sources, kept incrementally."""

from __future__ import annotations

from letopis.records import EventType
from letopis.store.timeline import TimelineQuery
from tests.corpus.conftest import CHOE, KIM, LAVROV, RU, event, store_doc


def test_same_event_from_two_sources_is_one_chronicle_event(store):
    events = store.timeline(TimelineQuery(actor="Сергей Лавров"))
    assert [(e.type, e.date.start, e.n_sources) for e in events] == [
        (EventType.TALKS, "2023-10-19", 1), (EventType.MEETING, "2025-10-27", 2)]
    why = store.chronicle_why(events[1].id)
    assert why[1][0] == "d2025b01-1" and any("participants agree" in w for w in why[1][1])


def test_timeline_by_alias_iso_code_and_second_actor(store):
    assert len(store.timeline(TimelineQuery(actor="лавров"))) == 2
    assert [e.type for e in store.timeline(TimelineQuery(actor="RU", members=False))] == [EventType.VISIT]
    assert len(store.timeline(TimelineQuery(actor="Лавров", with_actor="Цой Сон Хи", date_from="2025-01-01"))) == 1
    assert store.timeline(TimelineQuery(actor="Лавров", with_actor="Ким Чен Ын")) == []


def test_a_state_stands_for_its_officials(store):
    # Россия–КНДР relations: the ministers' talks and meeting, and the planned visit of the DPRK's leader
    kinds = [(e.type, e.date.start) for e in store.timeline(TimelineQuery(actor="Россия", with_actor="КНДР"))]
    assert kinds == [(EventType.TALKS, "2023-10-19"), (EventType.MEETING, "2025-10-27"), (EventType.VISIT, None)]


def test_reanalysis_does_not_duplicate_and_plan_is_linked_to_realisation(store):
    store_doc(store, "d2025b01", "2025-10-27", [event("d2025b01", 1, "talks", [CHOE, LAVROV], "2025-10-27")])
    assert [e.n_sources for e in store.timeline(TimelineQuery(actor="Лавров"))] == [1, 2]
    store_doc(store, "d2026a01", "2026-05-10", [event("d2026a01", 1, "visit", [KIM, RU], "2026-05-09")])
    [(plan, done)] = store.chronicle_links()
    assert plan == "d2025a01-2" and done == "d2026a01-1"
    kinds = [(e.type, e.status) for e in store.timeline(TimelineQuery(actor="Ким Чен Ын"))]
    assert kinds == [(EventType.VISIT, "occurred"), (EventType.VISIT, "planned")]  # dated first, undated last


def test_api_events_by_alias_come_oldest_first_and_the_limit_holds(store):
    from letopis.api import Letopis

    api = Letopis(store)
    dates = [e.date.start for e, _ in api.events(actor="лавров")]
    assert dates == ["2023-10-19", "2025-10-27", "2025-10-27"]
    assert len(api.events(actor="лавров", limit=1)) == 1
    assert [e.type for e, _ in api.events(actor="RU")] == [EventType.VISIT]
