"""The ``annotate`` contract: JSON Lines in, one line out per document, offsets into the
input text as given; and the ``annotate`` / ``eval`` commands around it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from letopis.cli.eval_cmds import register
from letopis.pipeline import Pipeline

ENTITY_KEYS = {"start", "end", "type", "text", "entity_id", "name", "kind"}
EVENT_KEYS = ["id", "type", "plover", "status", "participants", "location", "date", "name", "quote", "evidence",
              "sources"]


@pytest.mark.slow
def test_seed_pages(pipeline: Pipeline, seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out = pipeline.annotate({"id": path.stem, "text": text, "published_at": "2025-10-27"})
        assert out["id"] == path.stem
        # events and quotes in the shape of `letopis export events|quotes`, with offsets into the text
        assert out["events"] and out["quotes"]
        for event in out["events"]:
            assert list(event) == EVENT_KEYS
            for ev in event["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"]
        for quote in out["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
        assert out["entities"]
        for e in out["entities"]:
            assert set(e) == ENTITY_KEYS and e["type"] in ("PER", "LOC", "ORG")
            assert text[e["start"]:e["end"]] == e["text"]
        names = {e["name"] for e in out["entities"] if e["type"] == "PER"}
        assert {"Сергей Лавров", "Ким Чен Ын", "Цой Сон Хи"} <= names
        # boilerplate is not read: TV schedule, country menus, hashtags
        texts = {e["text"] for e in out["entities"]}
        assert "Швиль Исраэль" not in texts and "Абхазия" not in texts
        assert all(text[e["start"] - 1] != "#" for e in out["entities"] if e["start"])
        for ev in out["named_events"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.slow
def test_offsets_are_into_the_text_as_given(pipeline: Pipeline) -> None:
    text = "\ufeff  Путин\r\nпринял в Кремле Си Цзиньпина.\r\n"
    out = pipeline.annotate({"id": "x", "text": text})
    got = {(e["type"], e["text"]) for e in out["entities"]}
    assert ("PER", "Си Цзиньпина") in got
    for e in out["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]


@pytest.mark.slow
def test_batch_equals_single(pipeline: Pipeline) -> None:
    records = [{"id": str(i), "text": t} for i, t in enumerate(
        ["Лавров прибыл в Пхеньян.", "", "Саммит ШОС прошел в Астане. Его открыл Касым-Жомарт Токаев."])]
    assert pipeline.annotate_many(records) == [pipeline.annotate(r) for r in records]


@pytest.mark.slow
def test_cli_annotate_and_eval(tmp_path: Path, eval_dev: Path) -> None:
    app = typer.Typer()
    register(app)
    runner = CliRunner()
    lines = "".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(["Сергей Лавров встретился с Ван И.", "В МИД РФ заявили."]))
    result = runner.invoke(app, ["annotate", "-"], input=lines)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [o["id"] for o in out] == ["d0", "d1"]
    assert {e["text"] for e in out[1]["entities"]} >= {"МИД РФ"}

    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text('{"ner/all/NEREL-v1.1/micro/exact/f1": 0.9}', encoding="utf-8")
    report = tmp_path / "r.json"
    failed = runner.invoke(app, ["eval", str(eval_dev), "--pred", str(pred), "--floors", str(floors),
                                 "--json", str(report)])
    assert failed.exit_code == 1 and "floor" in failed.output
    assert json.loads(report.read_text(encoding="utf-8"))["ner"]["all"]["NEREL-v1.1"]["micro"]["exact"]["tp"] == 0


def test_every_option_has_help() -> None:
    app = typer.Typer()
    register(app)
    command_line = typer.main.get_command(app)
    for name, command in command_line.commands.items():  # type: ignore[attr-defined]
        assert command.help, name
        for param in command.params:
            assert getattr(param, "help", None), f"{name} {param.name}"
