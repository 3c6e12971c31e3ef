"""``letopis analyze`` and ``letopis events``: run extraction, list and inspect events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from letopis.api import Letopis
from letopis.cli.app import app
from letopis.cli.console import err, out
from letopis.cli.options import DEFAULT_DB, DbOption, FromOption, ToOption
from letopis.cli.store_access import opened
from letopis.store import Store

KbOption = Annotated[list[Path] | None, typer.Option("--kb", help="A folder of extra knowledge-base files "
                                                                  "(repeatable).")]


def run_analysis(store: Store, doc_ids: list[str], kb: list[Path] | None, *,
                 quiet: bool = False) -> tuple[int, int]:
    """Analyse documents with a progress bar on stderr (the models load once); (analysed, failed)."""
    from letopis.analyze import analyze_documents
    from letopis.pipeline import Pipeline

    if not doc_ids:
        return 0, 0
    if not quiet:
        err.print(f"analysing {len(doc_ids)} articles (loading models)…")
    pipeline = Pipeline.load(kb_dirs=kb or ())
    failed: list[str] = []

    def report(source: str, reason: str) -> None:
        failed.append(source)
        err.print(f"[red]{escape(source)}[/red]: {escape(reason)}")

    if quiet:
        done = analyze_documents(store, doc_ids, pipeline=pipeline, on_error=report)
    else:
        columns = (TextColumn("analyse"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("", total=len(doc_ids))
            done = analyze_documents(store, doc_ids, pipeline=pipeline, on_error=report,
                                     progress=lambda n, total: bar.update(task, completed=n))
    return done, len(failed)


@app.command()
def analyze(
    docs: Annotated[list[str] | None, typer.Argument(help="Document ids or prefixes; none: every article not "
                                                          "analysed yet.")] = None,
    db: DbOption = DEFAULT_DB,
    all_docs: Annotated[bool, typer.Option("--all", help="Analyse every stored article again.")] = False,
    kb: KbOption = None,
) -> None:
    """Find entities, events and quotes in stored articles (ingest does this for new articles)."""
    from letopis.analyze import pending

    with opened(db) as store:
        if docs:
            try:
                ids = [store.resolve_id(d) for d in docs]
            except KeyError as exc:
                err.print(f"[red]error:[/red] {exc.args[0]}")
                raise typer.Exit(2) from exc
        elif all_docs:
            ids = [s.article.doc_id for s in store.iter_articles(with_blocks=False)]
        else:
            ids = pending(store)
        n, failed = run_analysis(store, ids, kb)
    err.print(f"analysed {n} articles" + (f", {failed} failed" if failed else ""))
    raise typer.Exit(1 if failed else 0)


events_app = typer.Typer(help="Events as each article reported them; 'events show ID' for one merged event.",
                         invoke_without_command=True)
app.add_typer(events_app, name="events")


@events_app.callback()
def list_events(
    ctx: typer.Context,
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Only events with this actor (name, alias, ISO code or id).")]
    = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Only this event type.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status: occurred, planned, proposed, denied, "
                                                    "uncertain.")] = None,
    date_from: FromOption = None,
    date_to: ToOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event (the export contract).")]
    = False,
) -> None:
    """List events as reported by each article, oldest first, with status and evidence."""
    if ctx.invoked_subcommand is not None:
        return
    from letopis.extract.contract import event_record

    with opened(db) as store:
        rows = Letopis(store).events(actor=actor, type=event_type, status=status, date_from=date_from,
                                     date_to=date_to)
    if as_json:
        for event, plover in rows:
            out.print(json.dumps(event_record(event, plover=plover), ensure_ascii=False), markup=False)
        return
    table = Table(title=f"{len(rows)} reported events", title_justify="left", show_lines=True)
    for column in ("date", "type", "status", "participants", "evidence", "id"):
        table.add_column(column, style="dim" if column == "id" else None, no_wrap=column in ("date", "id"))
    for event, _ in rows:
        when = event.date.start or "—"
        if event.date.end and event.date.end != event.date.start:
            when += f"…{event.date.end}"
        who = "; ".join(f"{p.name} ({p.role})" for p in event.participants)
        evidence = event.evidence[0].text if event.evidence else ""
        table.add_row(f"{when}\n{event.date.precision}", str(event.type), str(event.status), escape(who),
                      escape(evidence[:160]), event.id[:12])
    out.print(table)


@events_app.command("show")
def show_event(
    event_id: Annotated[str, typer.Argument(help="A chronicle event id, or the id of any report merged into it.")],
    db: DbOption = DEFAULT_DB,
    why: Annotated[bool, typer.Option("--why", help="Show why each report was merged into this event.")] = False,
) -> None:
    """One event merged across sources: participants, date, every source and evidence span."""
    with opened(db) as store:
        cid = store.chronicle_id_of(event_id)
        event = store.chronicle_event(cid) if cid else None
        if event is None:
            err.print(f"[red]error:[/red] {event_id}: no such event (see 'letopis events' or 'letopis timeline')")
            raise typer.Exit(2)
        reasons = dict(store.chronicle_why(cid))
        reports = Letopis(store).events_by_id(event.members)
    out.print(f"[bold]{event.type}[/bold] ({event.status}) {escape(event.name or '')}")
    out.print("participants: " + ", ".join(f"{escape(p.name)} [{p.role}]" for p in event.participants))
    when = event.date.start if event.date.end in (None, event.date.start) else f"{event.date.start} – {event.date.end}"
    out.print(f"date: {when or '—'} ({event.date.precision}); sources: {event.n_sources}; plover: {event.plover}")
    if event.location:
        out.print(f"location: {escape(event.location.name)}")
    for report in reports:
        out.print(f"\n[cyan]{report.id}[/cyan] {report.type} ({report.status}) rule {report.rule}")
        for ev in report.evidence:
            out.print(f"  {ev.doc_id[:10]} {ev.start}-{ev.end}: {escape(ev.text)}")
        if why:
            for reason in reasons.get(report.id, []):
                out.print(f"  [dim]why:[/dim] {escape(reason)}")
