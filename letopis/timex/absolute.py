"""Expressions that name a calendar day, month, season or year.

A day or month named without its year takes one from the publication date (see
``dates.nearest_year`` and ``dates.month_year``); one that names its year needs nothing else.
"""

from __future__ import annotations

from datetime import date

from letopis.records import DateRange
from letopis.timex import dates
from letopis.timex.dates import UNRESOLVED
from letopis.timex.lexicon import Lexicon
from letopis.timex.slots import Absent, day_month_year, day_of, key, month_in_year, month_of, year_of


def iso_date(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    day = dates.make_date(int(slots["y"]), int(slots["m"]), int(slots["d"]))
    return dates.day_range(day) if day else None


def numeric_date(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    year = int(slots["y"])
    if len(slots["y"]) == 2:
        year = dates.two_digit_year(year, anchor)
    day = dates.make_date(year, int(slots["m"]), int(slots["d"]))
    return dates.day_range(day) if day else None


def day_month(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    year = year_of(slots, "y", anchor, lex)
    day = day_month_year(day_of(slots, "d", lex), month_of(slots["m"], lex), year, anchor, future)
    if isinstance(day, Absent):
        return UNRESOLVED
    return dates.day_range(day) if day else None


def day_range(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    first, last = day_of(slots, "d1", lex), day_of(slots, "d2", lex)
    month = month_of(slots["m"], lex)
    if last <= first:
        return None
    end = day_month_year(last, month, year_of(slots, "y", anchor, lex), anchor, future)
    if isinstance(end, Absent):
        return UNRESOLVED
    start = dates.make_date(end.year, month, first) if end else None
    return dates.day_range(start, end) if start and end else None


def cross_month_range(slots: dict[str, str], anchor: date | None, future: bool,
                      lex: Lexicon) -> DateRange | None:
    first_day, first_month = day_of(slots, "d1", lex), month_of(slots["m1"], lex)
    last_day, last_month = day_of(slots, "d2", lex), month_of(slots["m2"], lex)
    first_year, last_year = year_of(slots, "y1", anchor, lex), year_of(slots, "y2", anchor, lex)
    if isinstance(last_year, Absent) and isinstance(first_year, int):
        last_year = first_year if (last_month, last_day) >= (first_month, first_day) else first_year + 1
    end = day_month_year(last_day, last_month, last_year, anchor, future)
    if isinstance(end, Absent):
        return UNRESOLVED
    if end is None:
        return None
    if not isinstance(first_year, int):
        first_year = end.year if (first_month, first_day) <= (last_month, last_day) else end.year - 1
    start = dates.make_date(first_year, first_month, first_day)
    return dates.day_range(start, end) if start and start < end else None


def month_range(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    first, last = month_of(slots["m1"], lex), month_of(slots["m2"], lex)
    if first == last:
        return None
    last_year = month_in_year(last, year_of(slots, "y", anchor, lex), anchor, future)
    if last_year is None:
        return UNRESOLVED
    first_year = last_year if first < last else last_year - 1
    return dates.months_range((first_year, first), (last_year, last))


def month_year(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    year = year_of(slots, "y", anchor, lex)
    return dates.month_range(year, month_of(slots["m"], lex)) if isinstance(year, int) else UNRESOLVED


def month(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    number = month_of(slots["m"], lex)
    if anchor is None:
        return UNRESOLVED
    return dates.month_range(dates.month_year(number, anchor, future), number)


def month_adjective(slots: dict[str, str], anchor: date | None, future: bool,
                    lex: Lexicon) -> DateRange | None:
    word = key(slots["adj"])
    number = next(n for stem, n in lex.month_adjective_stems.items() if word.startswith(stem))
    if anchor is None:
        return UNRESOLVED
    return dates.month_range(dates.month_year(number, anchor, future), number)


def month_part(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    number = month_of(slots["m"], lex)
    year = month_in_year(number, year_of(slots, "y", anchor, lex), anchor, future)
    if year is None:
        return UNRESOLVED
    return dates.month_range(year, number, lex.parts[key(slots["part"])].month)


def year_part(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    months = lex.parts[key(slots["part"])].year
    if "y" in slots:
        year = int(slots["y"])
    elif anchor is None:
        return UNRESOLVED
    else:
        year = anchor.year + (lex.modifiers[key(slots["mod"])] if "mod" in slots else 0)
    return dates.months_range((year, months[0]), (year, months[1])) if months else None


def _season(first: int, last: int, year: int) -> DateRange:
    """The season of ``year``; a winter is the one whose January falls in ``year``."""
    return dates.months_range((year - 1 if first > last else year, first), (year, last))


def season_year(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    year = year_of(slots, "y", anchor, lex)
    return _season(*lex.seasons[key(slots["s"])], year) if isinstance(year, int) else UNRESOLVED


def relative_season(slots: dict[str, str], anchor: date | None, future: bool,
                    lex: Lexicon) -> DateRange | None:
    if anchor is None:
        return UNRESOLVED
    first, last = lex.seasons[key(slots["s"])]
    # In December "этой зимой" is the winter just begun, which belongs to the next year.
    year = anchor.year + (1 if first > last and anchor.month == 12 else 0)
    return _season(first, last, year + lex.modifiers[key(slots["mod"])])


def season(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    """"летом": the latest such season begun by publication, or in a future reading the first
    one not yet over."""
    if anchor is None:
        return UNRESOLVED
    first, last = lex.seasons[key(slots["s"])]
    now = (anchor.year, anchor.month)
    years = range(anchor.year, anchor.year + 3) if future else range(anchor.year + 1, anchor.year - 2, -1)
    for year in years:
        start = (year - 1 if first > last else year, first)
        if (future and (year, last) >= now) or (not future and start <= now):
            return _season(first, last, year)
    return None


def year_range(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    first, last = int(slots["y1"]), int(slots["y2"])
    if len(slots["y2"]) == 2:
        last += first - first % 100
    return dates.year_range(first, last) if first < last else None


def decade(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    first = int(slots["y"])
    if len(slots["y"]) == 2:
        # "в 90-е годы": the latest such decade that has begun by publication (1900s without one).
        century = 1900 if anchor is None else anchor.year - anchor.year % 100
        first += century if anchor is None or century + first <= anchor.year else century - 100
    return dates.year_range(first, first + 9)


def year(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    return dates.year_range(int(slots["y"]))
