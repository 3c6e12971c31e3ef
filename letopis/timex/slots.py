"""Reading the slots a rule filled: month and day words, years, and the resolver signature."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from letopis.records import DateRange
from letopis.timex import dates
from letopis.timex.lexicon import Lexicon

Resolver = Callable[[dict[str, str], date | None, bool, Lexicon], DateRange | None]


class Absent:
    """No year in the text (as opposed to a relative year that cannot be resolved)."""


ABSENT = Absent()


def key(text: str) -> str:
    return " ".join(text.lower().split())


def month_of(text: str, lex: Lexicon) -> int:
    return lex.months[key(text).rstrip(".")]


def day_of(slots: dict[str, str], name: str, lex: Lexicon) -> int:
    if name in slots:
        return int(slots[name])
    return lex.ordinals[key(slots[name + "w"])]


def year_of(slots: dict[str, str], name: str, anchor: date | None, lex: Lexicon) -> int | Absent | None:
    """The year slot ``name``: digits, a relative year ("прошлого года"), or ABSENT."""
    if name in slots:
        return int(slots[name])
    if name + "mod" in slots:
        return None if anchor is None else anchor.year + lex.modifiers[key(slots[name + "mod"])]
    if name + "this" in slots:
        return None if anchor is None else anchor.year
    return ABSENT


def day_month_year(day: int, month: int, year: int | Absent | None, anchor: date | None,
                    future: bool) -> date | Absent | None:
    """The date; ABSENT when it needs the publication date and there is none; None if impossible."""
    if isinstance(year, int):
        return dates.make_date(year, month, day)
    if year is None or anchor is None:
        return ABSENT
    return dates.nearest_year(month, day, anchor, future)


def month_in_year(month: int, year: int | Absent | None, anchor: date | None, future: bool) -> int | None:
    if isinstance(year, int):
        return year
    if year is None or anchor is None:
        return None
    return dates.month_year(month, anchor, future)
