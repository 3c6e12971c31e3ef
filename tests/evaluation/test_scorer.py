"""Our scorer agrees with the reference ``score.py`` on the same prediction files."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from letopis.evaluation.gold import read_gold
from letopis.evaluation.scorer import Party, party_match, score, tok_eq


def perturbed_predictions(gold: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Gold with entities dropped, shifted, retyped or aliased, and meeting facts of every shape."""
    rng = random.Random(seed)
    out = []
    for doc in gold:
        if rng.random() < 0.05:
            continue                                   # a missing document
        ents = []
        for e in doc["entities"]:
            r = rng.random()
            if r < 0.15:
                continue
            start, end, typ = e["start"], e["end"], e["type"]
            if r < 0.3:
                end = max(start + 1, end - rng.randint(1, 3))
            elif r < 0.4:
                typ = rng.choice(["PERSON", "location", "GPE", "ORGANIZATION", "EVENT"])
            ent = {"start": start, "end": end, "type": typ}
            if r > 0.9:
                ent["text"] = doc["text"][start:end] + ("x" if r > 0.97 else "")
            ents.append(ent)
        facts = []
        for f in doc.get("facts", []):
            parts = list(f["participants"])
            if rng.random() < 0.3:
                parts = [*parts[:1], "глава МИД"]
            facts.append({"type": rng.choice(["meeting", "talks", "visit"]),
                          "participants": [{"name": p} if rng.random() < 0.5 else p for p in parts],
                          "status": rng.choice([None, "occurred", "planned"])})
        out.append({"id": doc["id"], "entities": ents, "events": facts})
    out.append({"id": "not/in/gold", "entities": []})
    return out


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("occurred_only", [False, True])
def test_agrees_with_reference(eval_dev: Path, tmp_path: Path, seed: int, occurred_only: bool) -> None:
    gold = read_gold([eval_dev])
    pred_path = tmp_path / "pred.jsonl"
    preds = perturbed_predictions(gold, seed)
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    ref_path = tmp_path / "ref.json"
    args = [sys.executable, str(eval_dev / "score.py"), str(eval_dev), "--pred", str(pred_path),
            "--json", str(ref_path)]
    if occurred_only:
        args.append("--occurred-only")
    subprocess.run(args, check=True, capture_output=True)
    reference = json.loads(ref_path.read_text(encoding="utf-8"))
    ours = score(gold, {p["id"]: p for p in preds}, occurred_only=occurred_only)
    reference.pop("settings")
    assert json.loads(json.dumps(ours)) == reference


@pytest.mark.parametrize(("a", "b", "equal"), [
    ("путин", "путиным", True), ("лавров", "лаврова", True), ("медведев", "медведчук", False),
    ("си", "си", True), ("си", "сию", False),
])
def test_tok_eq(a: str, b: str, equal: bool) -> None:
    assert tok_eq(a, b) is equal


@pytest.mark.parametrize(("gold", "key", "system", "match"), [
    ("Лавров Сергей", "лавров", "Сергей Лавров", True),
    ("Лавров Сергей", "лавров", "С. Лавров", True),
    ("Лавров Сергей", "лавров", "Лавровым", True),
    ("Лавров Сергей", "лавров", "Сергей", False),
    ("Лавров Сергей", "лавров", "глава МИД", False),
    ("США", None, "Госдепартамент США", True),
])
def test_party_match(gold: str, key: str | None, system: str, match: bool) -> None:
    assert party_match(Party(gold, key), Party(system)) is match


def test_exact_and_overlap_counts() -> None:
    gold = [{"id": "d", "source_dataset": "X", "text": "Сергей Лавров в Москве",
             "entities": [{"start": 0, "end": 13, "type": "PER"}, {"start": 16, "end": 22, "type": "LOC",
                                                                   "nested": False}]}]
    pred = {"d": {"id": "d", "entities": [{"start": 7, "end": 13, "type": "PER"},
                                          {"start": 16, "end": 22, "type": "LOC"}]}}
    micro = score(gold, pred)["ner"]["all"]["X"]["micro"]
    assert micro["exact"]["tp"] == 1 and micro["overlap"]["tp"] == 2
