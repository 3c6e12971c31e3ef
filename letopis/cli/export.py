"""``letopis export``: stored records as JSON Lines, CSV, Parquet or PLOVER JSON."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import IO, Annotated, Any

import typer

from letopis.cli.app import app
from letopis.cli.console import err
from letopis.cli.options import DEFAULT_DB, DbOption, FromOption, PublisherOption, ToOption
from letopis.cli.store_access import opened
from letopis.export import (
    COLUMNS,
    article_record,
    entity_record,
    iter_event_records,
    plover_record,
    quote_record,
    write_csv,
    write_jsonl,
    write_parquet,
)
from letopis.store.base import ArticleFilter
from letopis.store.timeline import TimelineQuery

export_app = typer.Typer(help="Write stored records out: JSON Lines (default), CSV, Parquet, or PLOVER JSON.",
                         no_args_is_help=True)
app.add_typer(export_app, name="export")


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    CSV = "csv"
    PARQUET = "parquet"
    PLOVER = "plover"


OutputOption = Annotated[str, typer.Option("--output", "-o", help="Write here instead of stdout (- is stdout; "
                                                                   "Parquet needs a file).")]
FormatOption = Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv, parquet (plover: events "
                                                                           "only).")]
ActorOption = Annotated[str | None, typer.Option(help="Only events with this actor (name, alias, ISO code or id).")]
TypeOption = Annotated[str | None, typer.Option("--type", help="Only events of this type.")]
StatusOption = Annotated[str | None, typer.Option(help="Only events with this status.")]


@contextmanager
def _sink(output: str) -> Iterator[IO[str]]:
    if output == "-":
        yield sys.stdout
    else:
        with open(output, "w", encoding="utf-8", newline="") as fh:
            yield fh


def _write(kind: str, records: Iterable[dict[str, Any]], fmt: ExportFormat, output: str) -> None:
    if fmt is ExportFormat.PARQUET:
        if output == "-":
            err.print("[red]error:[/red] Parquet is binary: give a file with --output")
            raise typer.Exit(2)
        n = write_parquet(records, COLUMNS[kind], output)
    else:
        with _sink(output) as out:
            n = write_csv(records, COLUMNS[kind], out) if fmt is ExportFormat.CSV else write_jsonl(records, out)
    if output != "-":
        err.print(f"wrote {n} {kind} to {output}")


def _no_plover(fmt: ExportFormat) -> None:
    if fmt is ExportFormat.PLOVER:
        err.print("[red]error:[/red] --format plover is for events")
        raise typer.Exit(2)


@export_app.command("articles")
def export_articles(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = ExportFormat.JSONL,
    output: OutputOption = "-",
    date_from: FromOption = None,
    date_to: ToOption = None,
    publisher: PublisherOption = None,
) -> None:
    """Articles with their fields and boilerplate blocks."""
    _no_plover(fmt)
    filt = ArticleFilter(date_from=date_from, date_to=date_to, publisher=publisher)
    with opened(db) as store:
        _write("articles", (article_record(s.article) for s in store.iter_articles(filt)), fmt, output)


@export_app.command("events")
def export_events(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = ExportFormat.JSONL,
    output: OutputOption = "-",
    actor: ActorOption = None,
    with_actor: Annotated[str | None, typer.Option("--with", help="...and also with this actor.")] = None,
    event_type: TypeOption = None,
    status: StatusOption = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
) -> None:
    """Events merged across sources, each with every source and evidence span (DESIGN.md's contract)."""
    query = TimelineQuery(actor=actor, with_actor=with_actor, date_from=date_from, date_to=date_to,
                          types=(event_type,) if event_type else (), status=status)
    with opened(db) as store:
        records: Iterable[dict[str, Any]] = iter_event_records(store, query)
        if fmt is ExportFormat.PLOVER:
            entities = {e.id: {"wikidata": e.wikidata, "iso": e.iso, "kind": str(e.kind)}
                        for e, _, _ in store.entities()}
            plover = (plover_record(r, entities) for r in records)
            with _sink(output) as out:
                write_jsonl((r for r in plover if r is not None), out)
            return
        _write("events", records, fmt, output)


@export_app.command("entities")
def export_entities(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = ExportFormat.JSONL,
    output: OutputOption = "-",
    kind: Annotated[str | None, typer.Option(help="Only this kind: person, state, city, location, org, event.")]
    = None,
) -> None:
    """Entities with kind, name, aliases, Wikidata id, number of mentions and the documents that mention them."""
    _no_plover(fmt)
    with opened(db) as store:
        rows = [entity_record(e, n, docs) for e, n, docs in store.entities() if kind in (None, str(e.kind))]
    _write("entities", rows, fmt, output)


@export_app.command("quotes")
def export_quotes(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = ExportFormat.JSONL,
    output: OutputOption = "-",
    speaker: Annotated[str | None, typer.Option(help="Only quotes of this speaker (name or entity id).")] = None,
) -> None:
    """Quotes: direct and indirect speech with the speaker and the span it came from."""
    _no_plover(fmt)
    wanted = speaker.casefold() if speaker else None
    with opened(db) as store:
        rows = [quote_record(q) for q in store.quotes()
                if wanted is None or (q.speaker and wanted in (q.speaker.name.casefold(),
                                                               (q.speaker.entity_id or "").casefold()))]
    _write("quotes", rows, fmt, output)
