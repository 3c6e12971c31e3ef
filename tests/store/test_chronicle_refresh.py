"""What a chronicle event shows of its reports: read from the reports that stand for it, kept as reports come and go."""

from __future__ import annotations

from dataclasses import replace

from letopis.records import Participant, Precision, Role
from letopis.store import open_store
from letopis.store.timeline import TimelineQuery
from tests.corpus.conftest import CHOE, LAVROV, event, store_doc

TALLINN = Participant("Таллин", None, None, Role.DESTINATION)


def test_date_name_place_and_sources_follow_the_reports(tmp_path) -> None:
    with open_store(tmp_path / "c.db") as store:
        # a month only, then two reports of the day: the first to name it, the later one with the place
        store_doc(store, "dA", "2025-03-02",
                  [event("dA", 1, "meeting", [LAVROV, CHOE], "2025-03-01", precision=Precision.MONTH)])
        store_doc(store, "dB", "2025-03-06",
                  [replace(event("dB", 1, "meeting", [CHOE, LAVROV], "2025-03-05"), name="Встреча в Таллине")])
        store_doc(store, "dC", "2025-03-07",
                  [replace(event("dC", 1, "meeting", [LAVROV, CHOE], "2025-03-05"), location=TALLINN)])
        [merged] = store.timeline(TimelineQuery(actor="Лавров"))
        assert merged.members == ("dA-1", "dB-1", "dC-1")
        assert (merged.date.start, merged.date.precision) == ("2025-03-05", Precision.DAY)
        assert merged.name == "Встреча в Таллине"
        assert merged.location is not None and merged.location.name == "Таллин"
        assert merged.n_sources == 3

        store_doc(store, "dB", "2025-03-06", [])        # the naming report re-analysed with no event left
        [merged] = store.timeline(TimelineQuery(actor="Лавров"))
        assert merged.members == ("dA-1", "dC-1")
        assert (merged.date.start, merged.name, merged.n_sources) == ("2025-03-05", None, 2)

        store_doc(store, "dC", "2025-03-07", [])        # only the month is left
        [merged] = store.timeline(TimelineQuery(actor="Лавров"))
        assert (merged.date.start, merged.date.end, merged.date.precision) == ("2025-03-01", "2025-03-28",
                                                                                Precision.MONTH)
        assert merged.location is None and merged.n_sources == 1


def test_the_founding_report_stored_again_joins_or_founds_freely(tmp_path) -> None:
    with open_store(tmp_path / "c.db") as store:
        store_doc(store, "dA", "2025-03-06", [event("dA", 1, "meeting", [LAVROV, CHOE], "2025-03-05")])
        store_doc(store, "dB", "2025-03-06", [event("dB", 1, "meeting", [CHOE, LAVROV], "2025-03-05")])
        [merged] = store.timeline(TimelineQuery(actor="Лавров"))
        assert merged.id == "dA-1" and merged.members == ("dA-1", "dB-1")

        # the founding report is re-analysed into another event: the chronicle event lives on under the
        # remaining report's id, and the new reading founds its own
        store_doc(store, "dA", "2025-03-06",
                  [event("dA", 1, "meeting", [LAVROV, CHOE], "2024-11-20")])
        events = store.timeline(TimelineQuery(actor="Лавров"))
        assert sorted((e.id, e.members) for e in events) == [("dA-1", ("dA-1",)), ("dB-1", ("dB-1",))]

        # and read as before, it joins the report that carries the event now
        store_doc(store, "dA", "2025-03-06", [event("dA", 1, "meeting", [LAVROV, CHOE], "2025-03-05")])
        events = store.timeline(TimelineQuery(actor="Лавров"))
        assert [(e.id, e.members) for e in events] == [("dB-1", ("dA-1", "dB-1"))]
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
