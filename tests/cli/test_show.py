"""``letopis show`` after analysis: entities with resolved names, events with their evidence, --debug."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from letopis.cli import app

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture(scope="module")
def analysed_db(tmp_path_factory, seeds_dir):
    db = tmp_path_factory.mktemp("show") / "show.db"
    result = runner.invoke(app, ["ingest", str(seeds_dir / "002_3149399ee9fd2710.txt"), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    return db


def test_show_lists_entities_and_events_with_evidence(analysed_db):
    result = runner.invoke(app, ["show", "d5623314", "--db", str(analysed_db)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    entities = out[out.index("entities"):out.index("events")]
    assert "Сергей Лавров" in entities and "kb:person:" in entities and "глава российского МИД" in entities
    events = out[out.index("events"):]
    assert "visit [occurred] 2023-10-18…2023-10-19 (range)" in events
    assert "[1]" in out[:out.index("entities")]        # the evidence of event 1 is marked in the page text


def test_show_debug_gives_the_reasons(analysed_db):
    result = runner.invoke(app, ["show", "d5623314", "--db", str(analysed_db), "--debug", "--no-blocks"])
    assert result.exit_code == 0, result.stderr
    why = result.stdout[result.stdout.index("why"):]
    assert "status occurred" in why and "visit-verb:посетить" in why
    assert "Цой Сон Хи" in why
