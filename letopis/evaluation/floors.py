"""Quality floors: the committed scores that a change may not push down.

``floors.json`` maps a path into the scorer's result to the lowest value allowed, e.g.
``"ner/all/NEREL-v1.1/micro/exact/f1": 0.83``. ``check_floors`` fails when a score is
more than ``TOLERANCE`` below its floor; ``raise_floors`` moves floors up to the current
scores and refuses to move one down unless told to.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FLOORS_PATH = Path(__file__).resolve().parent / "floors.json"
TOLERANCE = 0.001
DATASETS = ("factRuEval-2016", "NEREL-v1.1")
TYPES = ("PER", "LOC", "ORG", "micro")


class FloorError(RuntimeError):
    """A score fell below its floor. The message lists every one and how to accept a drop."""


@dataclass(frozen=True, slots=True)
class Miss:
    key: str
    floor: float
    score: float | None      # None: the result has no such score

    def __str__(self) -> str:
        got = "missing" if self.score is None else f"{self.score:.4f}"
        return f"{self.key}: {got} < floor {self.floor:.4f}"


def tracked_keys(result: Mapping[str, Any]) -> list[str]:
    """The scores that have floors: F1, exact, all gold entities, per dataset and type;
    meeting set F1 per dataset once the system reports meetings."""
    keys = [f"ner/all/{ds}/{typ}/exact/f1" for ds in DATASETS if ds in result.get("ner", {}).get("all", {})
            for typ in TYPES]
    for grp, scores in result.get("meetings", {}).items():
        if not grp.startswith("ALL") and scores["set"]["pred"]:
            keys.append(f"meetings/{grp}/set/f1")
    return keys


def lookup(result: Mapping[str, Any], key: str) -> float | None:
    node: Any = result
    for part in key.split("/"):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def load_floors(path: Path | str = FLOORS_PATH) -> dict[str, float]:
    p = Path(path)
    return json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}


def save_floors(floors: Mapping[str, float], path: Path | str = FLOORS_PATH) -> None:
    Path(path).write_text(json.dumps(dict(sorted(floors.items())), indent=1) + "\n", encoding="utf-8")


def misses(result: Mapping[str, Any], floors: Mapping[str, float]) -> list[Miss]:
    out = []
    for key, floor in sorted(floors.items()):
        score = lookup(result, key)
        if score is None or score < floor - TOLERANCE:
            out.append(Miss(key, floor, score))
    return out


def check_floors(result: Mapping[str, Any], floors: Mapping[str, float], allow_lower: bool = False) -> list[Miss]:
    """The scores below their floors; raises ``FloorError`` on any unless ``allow_lower``."""
    found = misses(result, floors)
    if found and not allow_lower:
        lines = "\n  ".join(str(m) for m in found)
        raise FloorError(f"scores fell below their floors:\n  {lines}\n"
                         "fix the regression, or accept it with --update-floors --allow-lower")
    return found


def raise_floors(result: Mapping[str, Any], floors: Mapping[str, float], allow_lower: bool = False
                 ) -> dict[str, float]:
    """Floors moved to the current scores: up always, down only with ``allow_lower``."""
    check_floors(result, floors, allow_lower)
    out = dict(floors)
    for key in tracked_keys(result):
        score = lookup(result, key)
        if score is None:
            continue
        if key not in out or score > out[key] or allow_lower:
            out[key] = round(score, 4)
    return out
