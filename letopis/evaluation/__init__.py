"""Scoring Letopis against gold NER and meeting data (the format of ``shared/eval-dev``)."""

from letopis.evaluation.floors import FloorError, check_floors, load_floors, raise_floors, save_floors
from letopis.evaluation.gold import EvalError, read_gold, read_pred
from letopis.evaluation.run import natasha_annotator, predict, run_eval
from letopis.evaluation.scorer import score

__all__ = [
    "EvalError", "FloorError", "check_floors", "load_floors", "natasha_annotator", "predict", "raise_floors",
    "read_gold", "read_pred", "run_eval", "save_floors", "score",
]
