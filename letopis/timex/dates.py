"""Calendar arithmetic for time expressions: month ends, weeks, year choice near an anchor."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from letopis.records import DateRange, Precision

UNRESOLVED = DateRange(None, None, Precision.NONE)

# How far after the publication date a day or month without a year may fall and still be read
# in the publication year: news reports mostly past events, but also announce near ones.
LOOKAHEAD_DAYS = 62


def parse_anchor(published: str | date | None) -> date | None:
    """The publication day of an ISO date or datetime; ``None`` when absent or unreadable.

    An unreadable date is treated as missing rather than raised: one bad header must not
    stop a document, and relative expressions then simply stay unresolved.
    """
    if isinstance(published, datetime):
        return published.date()
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or ``None`` for an impossible one ("31 февраля"); 31 means the month's last day."""
    if not 1 <= month <= 12 or not 1 <= day <= 31 or not 1000 <= year <= 2999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def day_range(start: date, end: date | None = None, precision: Precision | None = None) -> DateRange:
    """One day, or the inclusive interval ``start..end`` (precision RANGE unless given)."""
    if end is None or end == start:
        return DateRange(start.isoformat(), start.isoformat(), precision or Precision.DAY)
    if end < start:
        start, end = end, start
    return DateRange(start.isoformat(), end.isoformat(), precision or Precision.RANGE)


def month_range(year: int, month: int, days: tuple[int, int] | None = None) -> DateRange:
    """A month, or the days ``days`` of it; the precision stays MONTH (the text names a month)."""
    first, last = days or (1, 31)
    end_day = min(last, last_day(year, month))
    return DateRange(
        date(year, month, min(first, end_day)).isoformat(),
        date(year, month, end_day).isoformat(),
        Precision.MONTH,
    )


def months_range(start: tuple[int, int], end: tuple[int, int]) -> DateRange:
    """From the first day of one month to the last day of another (precision MONTH)."""
    if end < start:
        start, end = end, start
    return DateRange(
        date(start[0], start[1], 1).isoformat(),
        date(end[0], end[1], last_day(*end)).isoformat(),
        Precision.MONTH,
    )


def year_range(first: int, last: int | None = None) -> DateRange:
    """The year ``first``, or the years ``first..last`` (precision YEAR)."""
    last = first if last is None else last
    if last < first:
        first, last = last, first
    return DateRange(date(first, 1, 1).isoformat(), date(last, 12, 31).isoformat(), Precision.YEAR)


def nearest_year(month: int, day: int, anchor: date, future: bool) -> date | None:
    """The date ``day.month`` in the year where a news report would mean it.

    Past reading (the default): the latest such date at most LOOKAHEAD_DAYS after
    publication. Future reading: the first such date on or after publication.
    """
    years = range(anchor.year, anchor.year + 9) if future else range(anchor.year + 1, anchor.year - 9, -1)
    horizon = anchor if future else anchor + timedelta(days=LOOKAHEAD_DAYS)
    for year in years:
        candidate = make_date(year, month, day)
        # 29 February outside a leap year is skipped; the loop reaches the next leap year.
        if candidate is not None and (candidate >= horizon if future else candidate <= horizon):
            return candidate
    return None


def month_year(month: int, anchor: date, future: bool) -> int:
    """The year of a month named without one: the publication year unless the month starts
    after publication (then the year before); in a future reading, the first such month that
    does not end before publication."""
    if future:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


def two_digit_year(short: int, anchor: date | None) -> int:
    """A two-digit year read in the century that puts it nearest the publication year.

    Without a publication date, years below 50 are 20xx and the rest 19xx: never 1923 for "23".
    """
    if anchor is None:
        return 2000 + short if short < 50 else 1900 + short
    century = anchor.year - anchor.year % 100
    candidates = (century - 100 + short, century + short, century + 100 + short)
    # On a tie the earlier year wins: news refers back more often than forward.
    return min(candidates, key=lambda year: (abs(year - anchor.year), year))
