"""Options shared by several commands, defined once."""

from typing import Annotated

import typer

DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="LETOPIS_DB",
        help="Database: a SQLite file path or sqlite:/// URL (env LETOPIS_DB).",
        show_default=True,
    ),
]
DEFAULT_DB = "letopis.db"

FromOption = Annotated[
    str | None, typer.Option("--from", help="Only from this date on (YYYY-MM-DD, inclusive).")
]
ToOption = Annotated[str | None, typer.Option("--to", help="Only up to this date (YYYY-MM-DD, inclusive).")]
PublisherOption = Annotated[
    str | None, typer.Option("--publisher", "-p", help="Only articles whose publisher contains this text.")
]
