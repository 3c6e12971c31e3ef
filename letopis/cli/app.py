"""Command definitions. Each command parses options, calls the library, prints."""

import typer

app = typer.Typer(
    name="letopis",
    help="Letopis: a sourced chronicle of political and diplomatic events from raw Russian news.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """Letopis reads saved news pages and builds a chronicle of who met whom, where and when."""
