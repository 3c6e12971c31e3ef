"""Floors refuse a regression and only move up unless told otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from letopis.evaluation.floors import (
    FLOORS_PATH,
    FloorError,
    check_floors,
    load_floors,
    raise_floors,
    save_floors,
    tracked_keys,
)


def result(f1: float) -> dict[str, Any]:
    m = {"exact": {"f1": f1}, "overlap": {"f1": f1}}
    return {"ner": {"all": {"NEREL-v1.1": {t: m for t in ("PER", "LOC", "ORG", "micro")}}}, "meetings": {}}


KEY = "ner/all/NEREL-v1.1/micro/exact/f1"


def test_tolerance_and_failure() -> None:
    assert check_floors(result(0.7995), {KEY: 0.80}) == []
    with pytest.raises(FloorError, match="--allow-lower"):
        check_floors(result(0.798), {KEY: 0.80})
    assert [m.key for m in check_floors(result(0.798), {KEY: 0.80}, allow_lower=True)] == [KEY]


def test_missing_score_fails() -> None:
    with pytest.raises(FloorError, match="missing"):
        check_floors(result(0.9), {"ner/all/factRuEval-2016/micro/exact/f1": 0.5})


def test_raise_only_up_unless_allowed(tmp_path: Path) -> None:
    floors = raise_floors(result(0.85), {KEY: 0.80})
    assert floors[KEY] == 0.85 and len(floors) == len(tracked_keys(result(0.85)))
    assert raise_floors(result(0.8498), floors)[KEY] == 0.85        # within tolerance: kept
    with pytest.raises(FloorError):
        raise_floors(result(0.70), floors)
    assert raise_floors(result(0.70), floors, allow_lower=True)[KEY] == 0.70
    path = tmp_path / "floors.json"
    save_floors(floors, path)
    assert load_floors(path) == floors


def test_committed_floors_cover_both_datasets() -> None:
    floors = load_floors(FLOORS_PATH)
    for ds in ("factRuEval-2016", "NEREL-v1.1"):
        for typ in ("PER", "LOC", "ORG", "micro"):
            assert 0.5 < floors[f"ner/all/{ds}/{typ}/exact/f1"] <= 1
