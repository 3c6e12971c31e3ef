"""The README opens with the two commands, and every command it shows exists with the options it uses."""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from letopis.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = [line.split("#")[0].strip() for line in README.splitlines() if line.startswith("letopis ")]
SUBCOMMANDS = {"export": {"articles", "events", "entities", "quotes"}, "events": {"show"}}
runner = CliRunner()


def test_readme_opens_with_demo_and_test():
    first_block = README.split("```")[1]
    assert re.search(r"^make demo\b", first_block, re.M) and re.search(r"^make test\b", first_block, re.M)


@pytest.mark.parametrize("line", COMMANDS)
def test_every_readme_command_and_option_exists(line):
    words = shlex.split(line.replace("|", " "))[1:]
    path = words[:2] if len(words) > 1 and words[1] in SUBCOMMANDS.get(words[0], ()) else words[:1]
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    for option in (w for w in words if w.startswith("--")):
        assert option in result.output, f"{' '.join(path)} has no {option}"


def test_there_are_readme_commands():
    assert len(COMMANDS) >= 10
