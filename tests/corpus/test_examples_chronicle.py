"""The chronicle of the example corpus and of the two seed articles, end to end.

examples/ holds several outlets' reports of the same events (docs/examples.md lists them);
each real-world event must come out once, with every source. The seeds' `across_documents`
rules (../shared/seeds/expected.json) must hold on a store holding just the two seeds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import letopis
from letopis.records import EventType
from letopis.store.chronicle import ChronicleEvent
from tests.conftest import EXAMPLES, SEEDS

pytestmark = pytest.mark.slow
CONTACTS = {EventType.MEETING, EventType.TALKS, EventType.RECEPTION}


@pytest.fixture(scope="module")
def pipeline():
    from letopis.pipeline import Pipeline

    return Pipeline.load()


def build(tmp_path_factory, name: str, paths: list[Path], pipeline) -> letopis.Letopis:
    from letopis.analyze import analyze_documents

    chronicle = letopis.open(tmp_path_factory.mktemp(name) / "chronicle.db")
    report = chronicle.ingest([str(p) for p in paths], analyze=False)
    assert report.ok, report.errors
    analyze_documents(chronicle.store, report.stored_ids, pipeline=pipeline)
    return chronicle


@pytest.fixture(scope="module")
def examples(tmp_path_factory, pipeline):
    if not any(EXAMPLES.glob("*.txt")):
        pytest.skip("examples/ is empty")
    with build(tmp_path_factory, "examples", [EXAMPLES], pipeline) as chronicle:
        yield chronicle


@pytest.fixture(scope="module")
def seeds(tmp_path_factory, pipeline):
    if not (SEEDS / "expected.json").exists():
        pytest.skip("the seeds are not here")
    with build(tmp_path_factory, "seeds", sorted(SEEDS.glob("*.txt")), pipeline) as chronicle:
        yield chronicle


def names(event: ChronicleEvent) -> set[str]:
    return {p.name for p in event.participants}


def source_files(chronicle: letopis.Letopis, event: ChronicleEvent) -> set[str]:
    docs = {ev.doc_id for report in chronicle.events_by_id(event.members) for ev in report.evidence}
    return {Path(chronicle.article(d).article.source).name for d in docs}


def contacts(chronicle: letopis.Letopis, month: str, who: set[str]) -> list[ChronicleEvent]:
    return [e for e in chronicle.timeline(date_from=f"{month}-01", date_to=f"{month}-31")
            if e.type in CONTACTS and who <= names(e) and e.status == "occurred"]


def test_each_lavrov_choe_meeting_comes_out_once_with_its_sources(examples):
    who = {"Сергей Лавров", "Цой Сон Хи"}
    [meeting_2025] = contacts(examples, "2025-10", who)
    assert {"000_c8aaeff7c53f1191.txt", "010_meridian_lavrov_choe_minsk.txt",
            "011_vostok24_lavrov_choe_minsk.html"} <= source_files(examples, meeting_2025)
    talks_2023 = [e for e in contacts(examples, "2023-10", who) if e.type is not EventType.RECEPTION]
    assert len(talks_2023) == 1
    assert {"002_3149399ee9fd2710.txt", "020_primsegodnya_lavrov_pyongyang.html",
            "021_mid_press_release_lavrov_choe_2023.html"} <= source_files(examples, talks_2023[0])
    assert meeting_2025.id != talks_2023[0].id


def test_the_two_lavrov_choe_events_are_never_merged(seeds):
    who = {"Сергей Лавров", "Цой Сон Хи"}
    [in_2023] = [e for e in contacts(seeds, "2023-10", who) if e.type is EventType.TALKS]
    [in_2025] = contacts(seeds, "2025-10", who)
    assert in_2023.id != in_2025.id


def test_russia_dprk_timeline_runs_oldest_first(seeds):
    timeline = seeds.timeline(actor="Россия", with_actor="КНДР")

    def first(test) -> int:
        return next(i for i, e in enumerate(timeline) if test(e))

    visit_2023 = first(lambda e: e.type is EventType.VISIT and (e.date.start or "").startswith("2023-10"))
    summit_2024 = first(lambda e: e.type in (EventType.SUMMIT, EventType.AGREEMENT)
                        and (e.date.start or "").startswith("2024-06"))
    putin_kim_2025 = first(lambda e: e.type in CONTACTS and (e.date.start or "").startswith("2025-09")
                           and {"Владимир Путин", "Ким Чен Ын"} <= names(e))
    lavrov_choe_2025 = first(lambda e: e.type in CONTACTS and (e.date.start or "").startswith("2025-10")
                             and {"Сергей Лавров", "Цой Сон Хи"} <= names(e))
    planned_visit = first(lambda e: e.type is EventType.VISIT and e.status == "planned"
                          and "Ким Чен Ын" in names(e))
    assert visit_2023 < summit_2024 < putin_kim_2025 < lavrov_choe_2025 < planned_visit


def test_search_with_morphology_finds_both_seeds(seeds):
    expected = json.loads((SEEDS / "expected.json").read_text(encoding="utf-8"))
    assert any("переговоры" in rule["rule"] for rule in expected["across_documents"])
    assert len(seeds.search("Лавров")) == 2
    found = {Path(h.doc_id).name for h in seeds.search("переговоры")}
    # one seed says "переговоров" and "переговоры", the other "переговоры": both are found
    assert len(found) == 2
