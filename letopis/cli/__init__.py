"""The ``letopis`` command: a thin Typer layer over the library."""

from letopis.cli import articles, corpus, events, export, ingest  # noqa: F401  (commands register on import)
from letopis.cli.app import app
from letopis.cli.eval_cmds import register as _register_eval

_register_eval(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
