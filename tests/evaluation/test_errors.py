"""The per-document list of missed and spurious meetings agrees with the set scores."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from letopis.cli.eval_cmds import register
from letopis.evaluation.errors import meeting_errors
from letopis.evaluation.scorer import matching, score

TEXT = "Сергей Лавров встретился с Ван И. Позже Владимир Путин провел переговоры с Си Цзиньпином."
GOLD = [{
    "id": "g1", "source_dataset": "test", "fact_annotation": "gold", "text": TEXT, "entities": [],
    "facts": [
        {"type": "meeting", "participants": ["Лавров Сергей", "Ван И"], "participant_keys": ["лавров", "ван"],
         "evidence": [0, 33], "status": "occurred"},
        {"type": "meeting", "participants": ["Путин Владимир", "Си Цзиньпин"], "participant_keys": ["путин", "си"],
         "evidence": [34, len(TEXT)], "status": "occurred"},
    ]}, {
    "id": "g2", "source_dataset": "test", "fact_annotation": "gold", "text": "Ничего.", "entities": [], "facts": []},
]
PRED = {
    "g1": {"id": "g1", "events": [
        {"type": "meeting", "status": "occurred", "participants": [{"name": "Лавровым"}, {"name": "Ван И"}],
         "evidence": [{"text": "Сергей Лавров встретился с Ван И."}]},
        {"type": "talks", "status": "occurred", "participants": [{"name": "Путин"}, {"name": "Китай"}],
         "evidence": [{"text": "Позже Владимир Путин провел переговоры с Си Цзиньпином."}]},
        {"type": "statement", "status": "occurred", "participants": [{"name": "Путин"}, {"name": "Си"}]},
    ]},
    "g2": {"id": "g2", "events": [
        {"type": "summit", "status": "planned", "participants": ["Франция", "Германия"], "evidence": []}]},
}


def test_matching_is_maximum_and_one_to_one() -> None:
    # greedy would give 0 -> 0 and leave 1 unmatched; the maximum matching pairs both
    pairs = matching([0, 1], ["a", "b"], lambda i, r: r == "a" or (i == 0 and r == "b"))
    assert pairs == {0: 1, 1: 0}


def test_errors_are_what_the_set_score_counts() -> None:
    records = list(meeting_errors(GOLD, PRED))
    assert [r["id"] for r in records] == ["g1", "g2"]
    first, second = records
    assert first["matched"] == 1
    assert [m["participants"] for m in first["missed"]] == [["Путин Владимир", "Си Цзиньпин"]]
    assert first["missed"][0]["evidence"] == "Позже Владимир Путин провел переговоры с Си Цзиньпином."
    assert [s["participants"] for s in first["spurious"]] == [["Путин", "Китай"]]   # statements are not meetings
    assert second["missed"] == [] and second["spurious"][0]["type"] == "summit"
    meetings = score(GOLD, PRED)["meetings"]["test (gold)"]["set"]
    assert meetings["tp"] == sum(r["matched"] for r in records)
    assert meetings["gold"] - meetings["tp"] == sum(len(r["missed"]) for r in records)
    assert meetings["pred"] - meetings["tp"] == sum(len(r["spurious"]) for r in records)


def test_cli_writes_the_errors(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in GOLD), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in PRED.values()), encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text("{}", encoding="utf-8")
    out = tmp_path / "errors.jsonl"
    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--floors", str(floors),
                                      "--errors", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 missed and 2 spurious in 2 documents" in result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["g1", "g2"]
