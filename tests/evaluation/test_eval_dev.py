"""The whole pipeline on the dev gold: no score below its committed floor, and the
corrections beat raw natasha NER by a clear margin on both datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.evaluation import check_floors, load_floors, run_eval
from letopis.evaluation.gold import read_gold
from letopis.evaluation.run import natasha_annotator, predict
from letopis.evaluation.scorer import score
from letopis.pipeline import Pipeline

DATASETS = ("factRuEval-2016", "NEREL-v1.1")
MARGIN = 0.02     # the measured margin is about 0.03; this leaves room for noise, not for a regression


def micro(result: dict, ds: str) -> float:
    return float(result["ner"]["all"][ds]["micro"]["exact"]["f1"])


@pytest.mark.slow
def test_dev_scores_hold_their_floors(eval_dev: Path, pipeline: Pipeline) -> None:
    result = run_eval([eval_dev], pipeline)
    assert check_floors(result, load_floors()) == []
    for line in result["predictions"]:
        assert set(line) >= {"id", "entities", "events", "quotes"}

    baseline = score(read_gold([eval_dev]), {p["id"]: p for p in predict(read_gold([eval_dev]),
                                                                              natasha_annotator())})
    for ds in DATASETS:
        assert micro(result, ds) >= micro(baseline, ds) + MARGIN, ds
