"""Every command explains itself: --help works and every option has help text."""

from __future__ import annotations

import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from letopis.cli import app

runner = CliRunner()


def commands(group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    """Every command and sub-command, by path (Typer's own click-like objects)."""
    out = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        out.append((path, command))
        if hasattr(command, "commands"):
            out += commands(command, path)
    return out


ROOT = typer.main.get_command(app)
ALL = commands(ROOT)


def test_there_are_commands():
    names = {" ".join(path) for path, _ in ALL}
    assert {"ingest", "ls", "show", "export", "export articles"} <= names


@pytest.mark.parametrize("path,command", ALL, ids=[" ".join(p) for p, _ in ALL])
def test_every_command_and_option_has_help(path, command):
    assert (command.help or command.short_help), f"{' '.join(path)} has no help text"
    for param in command.params:
        if getattr(param, "param_type_name", "") == "option" and param.name != "help":
            assert param.help, f"{' '.join(path)} {param.opts[0]} has no help text"
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "letopis", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "ingest" in result.stdout
