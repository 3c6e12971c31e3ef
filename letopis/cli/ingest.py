"""``letopis ingest``: read files into the store."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from letopis.batch import IngestReport, ingest_paths
from letopis.cli.app import app
from letopis.cli.console import err
from letopis.cli.events import KbOption, run_analysis
from letopis.cli.options import DEFAULT_DB, DbOption
from letopis.ingest import IngestError, IngestSettings
from letopis.store import StoreError, open_store

# below this many files a progress bar is more noise than help
PROGRESS_MIN_FILES = 6


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, folders (read recursively), globs, or - for standard input."),
    ],
    db: DbOption = DEFAULT_DB,
    max_mb: Annotated[float, typer.Option(help="Refuse files larger than this many megabytes.")] = 20.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary table.")] = False,
    analyze: Annotated[bool, typer.Option(help="Also find entities, events and quotes in the new articles (and in "
                                               "any left unanalysed).")] = True,
    kb: KbOption = None,
) -> None:
    """Read news pages (.txt, .html, .jsonl, .warc[.gz], RSS/Atom) and store them as articles.

    The format is recognised by content. The same content is stored once however often
    it is ingested. Problems are reported as 'path: reason' on stderr, the rest of the
    batch is stored, and the exit code is 1 if anything failed.
    """
    settings = IngestSettings(max_file_bytes=int(max_mb * 1024 * 1024))
    try:
        store = open_store(db)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc

    def report_error(error: IngestError) -> None:
        err.print(f"[red]{error.path}[/red]: {error.reason}", markup=True, highlight=False)

    with store:
        stdin = sys.stdin.buffer if "-" in paths else None
        if quiet:
            report = ingest_paths(paths, store, settings=settings, on_error=report_error, stdin=stdin)
        else:
            report = _with_progress(paths, store, settings, report_error, stdin)
        total = store.count_documents()
        failed_analyses = 0
        if analyze:
            from letopis.analyze import pending

            _, failed_analyses = run_analysis(store, pending(store), kb, quiet=quiet)
    if not quiet:
        err.print(_summary(report, total))
    raise typer.Exit(0 if report.ok and not failed_analyses else 1)


def _with_progress(paths, store, settings, on_error, stdin) -> IngestReport:
    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.description}", style="dim"))
    with Progress(*columns, console=err, transient=True) as bar:
        task = None

        def progress(done: int, total: int, path: str) -> None:
            nonlocal task
            if total < PROGRESS_MIN_FILES:
                return
            if task is None:
                task = bar.add_task("", total=total)
            bar.update(task, completed=done, description=path[-50:])

        return ingest_paths(paths, store, settings=settings, progress=progress, on_error=on_error,
                            stdin=stdin)


def _summary(report: IngestReport, total: int) -> Table:
    table = Table(title=f"{report.files} files read; {total} documents in the store", title_justify="left")
    for column in ("format", "stored", "unchanged", "failed"):
        table.add_column(column, justify="left" if column == "format" else "right")
    for fmt in report.formats():
        table.add_row(fmt, str(report.stored[fmt]), str(report.unchanged[fmt]), str(report.failed[fmt]))
    table.add_row("all", str(report.stored.total()), str(report.unchanged.total()),
                  str(report.failed.total()), style="bold")
    return table
