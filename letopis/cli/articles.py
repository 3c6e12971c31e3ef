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
) -> None:
    """Show one article: its fields, then its page text block by block."""
    with opened(db) as store:
        try:
            stored = store.get_article(doc)
        except KeyError as exc:
            err.print(f"[red]error:[/red] {exc.args[0]}")
            raise typer.Exit(2) from exc
    _print_fields(stored)
    if blocks:
        _print_blocks(stored)


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


def _print_blocks(stored: StoredArticle) -> None:
    a = stored.article
    table = Table(show_header=True, box=None, padding=(0, 1))
    table.add_column("block", style="magenta", no_wrap=True)
    table.add_column("span", style="dim", no_wrap=True, justify="right")
    table.add_column("text")
    for b in a.blocks:
        style = BLOCK_STYLES.get(str(b.type), "dim")
        table.add_row(str(b.type), f"{b.start}-{b.end}", Text(a.text[b.start:b.end], style=style))
    out.print(table)
