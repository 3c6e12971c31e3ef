"""``letopis export``: stored records as JSON Lines."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from letopis.cli.app import app
from letopis.cli.options import DEFAULT_DB, DbOption, FromOption, PublisherOption, ToOption
from letopis.cli.store_access import opened
from letopis.export import article_record, write_jsonl
from letopis.store.base import ArticleFilter

export_app = typer.Typer(help="Write stored records out (JSON Lines to stdout or a file).", no_args_is_help=True)
app.add_typer(export_app, name="export")


class ExportFormat(StrEnum):
    JSONL = "jsonl"


OutputOption = Annotated[str, typer.Option("--output", "-o", help="Write here instead of stdout (- is stdout).")]
FormatOption = Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")]


@export_app.command("articles")
def export_articles(
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = ExportFormat.JSONL,
    output: OutputOption = "-",
    date_from: FromOption = None,
    date_to: ToOption = None,
    publisher: PublisherOption = None,
) -> None:
    """Articles with their fields and boilerplate blocks, one JSON object a line."""
    filt = ArticleFilter(date_from=date_from, date_to=date_to, publisher=publisher)
    with opened(db) as store:
        records = (article_record(s.article) for s in store.iter_articles(filt))
        if output == "-":
            write_jsonl(records, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8") as fh:
                write_jsonl(records, fh)
