"""``letopis search``, ``timeline`` and ``graph``: query the chronicle."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

import networkx as nx
import typer
from rich import box
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from letopis.api import Letopis
from letopis.cli.app import app
from letopis.cli.console import err, out
from letopis.cli.options import DEFAULT_DB, DbOption, FromOption, PublisherOption, ToOption
from letopis.cli.store_access import opened
from letopis.corpus.graph import flat_for_export
from letopis.store.chronicle import ChronicleEvent

LimitOption = Annotated[int, typer.Option(help="Show at most this many results.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON Lines instead of a table.")]


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, in any grammatical form (all must occur).")],
    db: DbOption = DEFAULT_DB,
    date_from: FromOption = None,
    date_to: ToOption = None,
    publisher: PublisherOption = None,
    entity: Annotated[str | None, typer.Option(help="Only articles that mention this entity (name or id).")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Only articles reporting this event type.")] = None,
    limit: LimitOption = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search with Russian morphology: 'переговоры' finds 'переговоров' and 'переговорах'."""
    with opened(db) as store:
        hits = Letopis(store).search(query, date_from=date_from, date_to=date_to, publisher=publisher,
                                     entity=entity, event_type=event_type, limit=limit)
    if as_json:
        for h in hits:
            out.print_json(json.dumps({"id": h.doc_id, "title": h.title, "published_at": h.published_at,
                                       "publisher": h.publisher, "snippet": h.snippet.text}, ensure_ascii=False))
        return
    if not hits:
        err.print(f"nothing found for {query!r}")
        raise typer.Exit(1)
    table = Table(title=f"{len(hits)} articles for {query!r}", title_justify="left", show_lines=True)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("title / snippet")
    for h in hits:
        snippet = Text(h.snippet.text)
        for s, e in h.snippet.marks:
            snippet.stylize("bold yellow", s, e)
        cell = Text.assemble((h.title or "(no title)", "bold"), "\n", snippet)
        table.add_row(h.doc_id[:10], (h.published_at or "—")[:10], cell)
    out.print(table)


def _date(e: ChronicleEvent) -> str:
    """The date as precisely as it is known: 2025-10-27, 2025-09, 2024, 2023-10-18…19, or —."""
    start, end, precision = e.date.start, e.date.end, str(e.date.precision)
    if not start:
        return "—"
    if precision == "month" and start[:7] == (end or start)[:7]:
        return start[:7]
    if precision == "year" and start[:4] == (end or start)[:4]:
        return start[:4]
    if not end or end == start:
        return start
    if precision == "year":
        return f"{start[:4]}…{end[:4]}"
    if precision == "month":
        return f"{start[:7]}…{end[:7]}"
    return f"{start}…{end[8:]}" if start[:7] == end[:7] else f"{start}…{end}"


class TimelineFormat(StrEnum):
    TABLE = "table"
    JSONL = "jsonl"
    HTML = "html"


@app.command()
def timeline(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Events with this actor (name, alias, ISO code or id).")] = None,
    with_actor: Annotated[str | None, typer.Option("--with", help="...and also with this actor.")] = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    event_type: Annotated[list[str] | None, typer.Option("--type", help="Only these event types.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status (occurred, planned, ...).")] = None,
    fmt: Annotated[TimelineFormat, typer.Option("--format", "-f", help="table, jsonl, or a self-contained html "
                                                                       "plot")] = TimelineFormat.TABLE,
    output: Annotated[str, typer.Option("--output", "-o", help="File for --format html.")] = "timeline.html",
) -> None:
    """Events merged across sources, oldest first, with date precision, status and number of sources."""
    with opened(db) as store:
        events = Letopis(store).timeline(actor=actor, with_actor=with_actor, date_from=date_from, date_to=date_to,
                                         types=event_type or (), status=status)
    if fmt is TimelineFormat.HTML:
        from letopis.corpus.plots import timeline_html

        title = " — ".join(x for x in (actor, with_actor) if x) or "all actors"
        path = timeline_html(events, output, title=f"Letopis: {title}")
        err.print(f"wrote {path} ({len(events)} events)")
        return
    if fmt is TimelineFormat.JSONL:
        for e in events:
            out.print(json.dumps(chronicle_record(e), ensure_ascii=False), markup=False)
        return
    table = Table(title=f"{len(events)} events", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("date", "type", "status", "participants", "src", "id"):
        table.add_column(column, style="dim" if column == "id" else None,
                         justify="right" if column == "src" else "left",
                         no_wrap=column in ("date", "type", "status", "id"))
    for e in events:
        who = ", ".join(p.name for p in e.participants)
        if e.location:
            who += f" — {e.location.name}"
        table.add_row(_date(e), str(e.type), e.status, escape(who), str(e.n_sources), e.id[:11])
    out.print(table)


def chronicle_record(e: ChronicleEvent) -> dict:
    return {"id": e.id, "type": str(e.type), "status": e.status, "plover": e.plover,
            "date": {"start": e.date.start, "end": e.date.end, "precision": str(e.date.precision)},
            "participants": [{"name": p.name, "entity_id": p.entity_id, "kind": str(p.kind) if p.kind else None,
                              "role": str(p.role)} for p in e.participants],
            "location": {"name": e.location.name, "entity_id": e.location.entity_id} if e.location else None,
            "name": e.name, "n_sources": e.n_sources, "members": list(e.members)}


class GraphFormat(StrEnum):
    TABLE = "table"
    GRAPHML = "graphml"
    GEXF = "gexf"
    HTML = "html"


@app.command()
def graph(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Centre the graph on this actor.")] = None,
    depth: Annotated[int, typer.Option(help="With --actor: how many contacts away to go.")] = 1,
    date_from: FromOption = None,
    date_to: ToOption = None,
    fmt: Annotated[GraphFormat, typer.Option("--format", "-f", help="table, graphml, gexf, or html.")]
    = GraphFormat.TABLE,
    output: Annotated[str | None, typer.Option("--output", "-o", help="File for graphml, gexf or html.")] = None,
) -> None:
    """Who met, talked to, visited or invited whom: actors, their contacts, weights and dates."""
    with opened(db) as store:
        g = Letopis(store).graph(actor=actor, depth=depth, date_from=date_from, date_to=date_to)
    if fmt is GraphFormat.TABLE:
        table = Table(title=f"{g.number_of_nodes()} actors, {g.number_of_edges()} links", title_justify="left")
        for column in ("actor", "actor ", "weight", "types", "dates"):
            table.add_column(column.strip())
        edges = sorted(g.edges(data=True), key=lambda x: -x[2]["weight"])
        for a, b, data in edges:
            table.add_row(g.nodes[a]["name"], g.nodes[b]["name"], str(data["weight"]), ", ".join(data["types"]),
                          ", ".join(sorted(d for d in data["dates"] if d)))
        out.print(table)
        return
    path = output or f"graph.{fmt}"
    if fmt is GraphFormat.HTML:
        from letopis.corpus.plots import graph_html

        graph_html(g, path, title=f"Letopis: {actor or 'all actors'}")
    elif fmt is GraphFormat.GRAPHML:
        nx.write_graphml(flat_for_export(g), path)
    else:
        nx.write_gexf(flat_for_export(g), path)
    err.print(f"wrote {path} ({g.number_of_nodes()} actors, {g.number_of_edges()} links)")
