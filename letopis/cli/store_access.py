"""Opening the store for a command, with the error a user can act on."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from letopis.cli.console import err
from letopis.store import Store, StoreError, open_store


@contextmanager
def opened(db: str, *, must_exist: bool = True) -> Iterator[Store]:
    if must_exist and "://" not in db and db != ":memory:" and not Path(db).exists():
        err.print(f"[red]error:[/red] {db}: no such database; run 'letopis ingest PATH --db {db}' first")
        raise typer.Exit(2)
    try:
        store = open_store(db)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    with store:
        yield store
