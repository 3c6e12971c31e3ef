"""Expressions counted from the publication date: "вчера", "на прошлой неделе", "три дня назад".

Without a publication date they resolve to UNRESOLVED.
"""

from __future__ import annotations

from datetime import date, timedelta

from letopis.records import DateRange, Precision
from letopis.timex import dates
from letopis.timex.dates import UNRESOLVED
from letopis.timex.lexicon import Lexicon
from letopis.timex.slots import key, month_in_year, month_of, year_of


def period_part(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    part = lex.parts[key(slots["part"])]
    if anchor is None:
        return UNRESOLVED
    offset = lex.modifiers[key(slots["mod"])] if "mod" in slots else 0
    if lex.periods[key(slots["unit"])] == "month":
        if part.month is None:
            return None
        return dates.month_range(*dates.shift_months(anchor.year, anchor.month, offset), part.month)
    if part.week is None:
        return None
    monday = dates.week_start(anchor) + timedelta(weeks=offset)
    first, last = part.week
    return dates.day_range(monday + timedelta(days=first - 1), monday + timedelta(days=last - 1))


def _period(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange:
    """The period an open range runs to or from: a month, a year, or a relative period."""
    if "month" in slots:
        number = month_of(slots["month"], lex)
        year = month_in_year(number, year_of(slots, "year", anchor, lex), anchor, future)
        return UNRESOLVED if year is None else dates.month_range(year, number)
    if "yearnum" in slots:
        return dates.year_range(int(slots["yearnum"]))
    if anchor is None:
        return UNRESOLVED
    if "mod" in slots:
        return _relative(lex.periods[key(slots["unit"])], lex.modifiers[key(slots["mod"])], anchor)
    return _relative(lex.periods[key(slots["bare"])], 0, anchor)   # "до конца года": this year


def open_until(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    period = _period(slots, anchor, True, lex)
    if anchor is None or period.end is None or period.end < anchor.isoformat():
        return DateRange(None, period.end, Precision.NONE)
    return DateRange(anchor.isoformat(), period.end, Precision.RANGE)


def open_since(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    period = _period(slots, anchor, False, lex)
    if anchor is None or period.start is None or period.start > anchor.isoformat():
        return DateRange(period.start, None, Precision.NONE)
    return DateRange(period.start, anchor.isoformat(), Precision.RANGE)


def _relative(unit: str, offset: int, anchor: date) -> DateRange:
    if unit == "year":
        return dates.year_range(anchor.year + offset)
    if unit == "month":
        return dates.month_range(*dates.shift_months(anchor.year, anchor.month, offset))
    if unit in ("week", "weekend"):
        monday = dates.week_start(anchor) + timedelta(weeks=offset)
        first = monday + timedelta(days=5 if unit == "weekend" else 0)
        return dates.day_range(first, monday + timedelta(days=6))
    return dates.day_range(anchor + timedelta(days=offset))


def relative_period(slots: dict[str, str], anchor: date | None, future: bool,
                    lex: Lexicon) -> DateRange | None:
    if anchor is None:
        return UNRESOLVED
    return _relative(lex.periods[key(slots["unit"])], lex.modifiers[key(slots["mod"])], anchor)


def relative_weekday(slots: dict[str, str], anchor: date | None, future: bool,
                     lex: Lexicon) -> DateRange | None:
    if anchor is None:
        return UNRESOLVED
    monday = dates.week_start(anchor) + timedelta(weeks=lex.modifiers[key(slots["mod"])])
    return dates.day_range(monday + timedelta(days=lex.weekdays[key(slots["wd"])] - 1))


def weekday(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    if anchor is None:
        return UNRESOLVED
    wanted = lex.weekdays[key(slots["wd"])] - 1
    if future:
        return dates.day_range(anchor + timedelta(days=(wanted - anchor.weekday()) % 7))
    return dates.day_range(anchor - timedelta(days=(anchor.weekday() - wanted) % 7))


def weekend(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    """"в выходные": the latest weekend begun by publication, or in a future reading the
    weekend of the publication week (the one under way on a Saturday or Sunday)."""
    if anchor is None:
        return UNRESOLVED
    offset = 0 if future or anchor.weekday() >= 5 else -1
    return _relative("weekend", offset, anchor)


def _count(slots: dict[str, str], lex: Lexicon) -> int | None:
    if "num" in slots:
        return int(slots["num"])
    if "count" in slots:
        return lex.numerals.get(key(slots["count"]))   # "несколько" counts nothing exact
    return 1


def _shifted(slots: dict[str, str], anchor: date | None, sign: int, lex: Lexicon) -> DateRange:
    count = _count(slots, lex)
    if anchor is None or count is None:
        return UNRESOLVED
    unit = lex.periods[key(slots["unit"])]
    if unit == "week":
        unit, count = "day", count * 7
    return _relative(unit, sign * count, anchor)


def ago(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    return _shifted(slots, anchor, -1, lex)


def later(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    # In a past narrative ("через год получил награду") "через" counts from the story's own time.
    if not future:
        return UNRESOLVED
    return _shifted(slots, anchor, 1, lex)


def relative_day(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    if anchor is None:
        return UNRESOLVED
    return dates.day_range(anchor + timedelta(days=lex.relative_days[key(slots["word"])]))


def eve(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    return UNRESOLVED if anchor is None else dates.day_range(anchor - timedelta(days=1))


def unresolved(slots: dict[str, str], anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    return UNRESOLVED
