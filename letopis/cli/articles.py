"""``letopis ls`` and ``letopis show``: browse stored articles."""

from __future__ import annotations

from typing import Annotated

import typer
from rich import box
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from letopis.cli.app import app
from letopis.cli.console import err, out
from letopis.cli.options import DEFAULT_DB, DbOption, FromOption, PublisherOption, ToOption
from letopis.cli.store_access import opened
from letopis.records import Event, LinkedMention
from letopis.store.analysis import EventFilter
from letopis.store.base import ArticleFilter, StoredArticle

BLOCK_STYLES = {"title": "bold", "lead": "italic", "body": "", "dateline": "cyan"}


@app.command("ls")
def list_articles(
    db: DbOption = DEFAULT_DB,
    date_from: FromOption = None,
    date_to: ToOption = None,
    publisher: PublisherOption = None,
    limit: Annotated[int | None, typer.Option(help="Show at most this many articles.")] = None,
) -> None:
    """List stored articles oldest first: id, date, publisher, title."""
    filt = ArticleFilter(date_from=date_from, date_to=date_to, publisher=publisher, limit=limit)
    with opened(db) as store:
        rows = list(store.iter_articles(filt, with_blocks=False))
    table = Table(title=f"{len(rows)} articles", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("publisher", no_wrap=True)
    table.add_column("title", no_wrap=True)
    # one line per article: cut long fields to what the terminal holds
    title_width = max(24, out.width - 10 - 16 - 20 - 14)
    for row in rows:
        a = row.article
        table.add_row(a.doc_id[:10], (a.published_at or "—").replace("T", " ")[:16], _cut(a.publisher or "—", 20),
                      escape(_cut(a.title or "(no title)", title_width)))
    out.print(table)


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document id or an unambiguous prefix of it (see 'letopis ls').")],
    db: DbOption = DEFAULT_DB,
    blocks: Annotated[bool, typer.Option(help="Print the page text with each block's type in the margin.")] = True,
    debug: Annotated[bool, typer.Option("--debug", help="Analyse the article again and print why each event was "
                                                        "found (rule, tokens, status, date) and each candidate "
                                                        "rejected.")] = False,
) -> None:
    """Show one article: its fields, its page text block by block with event evidence marked, the
    entities it mentions and the events it reports."""
    with opened(db) as store:
        try:
            stored = store.get_article(doc)
        except KeyError as exc:
            err.print(f"[red]error:[/red] {exc.args[0]}")
            raise typer.Exit(2) from exc
        doc_id = stored.article.doc_id
        mentions = store.mentions(doc_id)
        events = [e for e, _ in store.events(EventFilter(doc_id=doc_id))]
    _print_fields(stored)
    if blocks:
        _print_blocks(stored, events)
    _print_entities(mentions)
    _print_events(events)
    if debug:
        from letopis.pipeline import Pipeline

        err.print("analysing again with reasons (loading models)…")
        _, lines = Pipeline.load().explain(stored.article)
        out.print("\n[bold]why[/bold]")
        for line in lines:
            out.print(escape(line))


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _print_fields(stored: StoredArticle) -> None:
    a = stored.article
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold cyan", no_wrap=True)
    fields.add_column()
    for name, value in (
        ("id", a.doc_id), ("source", a.source), ("format", f"{stored.format} ({stored.encoding})"),
        ("publisher", a.publisher), ("published_at", a.published_at), ("author", a.author),
        ("title", a.title), ("lead", a.lead), ("hashtags", ", ".join(a.hashtags)),
        ("credits", "; ".join(a.credits)), ("views", a.views),
        ("previous version", stored.previous_version),
    ):
        if value not in (None, ""):
            fields.add_row(name, escape(str(value)))
    out.print(fields)
    out.print()


def _print_blocks(stored: StoredArticle, events: list[Event]) -> None:
    """The page block by block; the evidence of each event underlined, with the event's number after it."""
    a = stored.article
    marks = sorted((ev.start, ev.end, n) for n, e in enumerate(events, 1) for ev in e.evidence)
    table = Table(show_header=True, box=None, padding=(0, 1))
    table.add_column("block", style="magenta", no_wrap=True)
    table.add_column("span", style="dim", no_wrap=True, justify="right")
    table.add_column("text")
    for b in a.blocks:
        text = Text(a.text[b.start:b.end], style=BLOCK_STYLES.get(str(b.type), "dim"))
        numbers = []
        for start, end, n in marks:
            if b.start <= start < b.end:
                text.stylize("underline", start - b.start, min(end, b.end) - b.start)
                numbers.append(n)
        if numbers:
            text.append(" " + " ".join(f"[{n}]" for n in dict.fromkeys(numbers)), style="bold cyan")
        table.add_row(str(b.type), f"{b.start}-{b.end}", text)
    out.print(table)


def _print_entities(mentions: list[LinkedMention]) -> None:
    if not mentions:
        return
    by_entity: dict[str, tuple[LinkedMention, list[str]]] = {}
    for m in mentions:
        by_entity.setdefault(m.entity_id, (m, []))[1].append(m.mention.text)
    table = Table(title="entities", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for column in ("name", "kind", "id", "mentions"):
        table.add_column(column, style="dim" if column == "id" else None)
    for entity_id, (first, texts) in by_entity.items():
        table.add_row(escape(first.name), str(first.kind), entity_id, escape(", ".join(dict.fromkeys(texts))))
    out.print(table)


def _print_events(events: list[Event]) -> None:
    if not events:
        return
    out.print("[bold]events[/bold]")
    for n, e in enumerate(events, 1):
        when = e.date.start or "—"
        if e.date.end and e.date.end != e.date.start:
            when += f"…{e.date.end}"
        who = ", ".join(f"{p.name} ({p.role})" for p in e.participants)
        where = f" in {e.location.name}" if e.location else ""
        out.print(f"[bold cyan]\\[{n}][/bold cyan] {e.type} \\[{e.status}] {when} ({e.date.precision}){escape(where)}: "
                  f"{escape(who)}  [dim]{e.id} rule {escape(e.rule)}[/dim]")
