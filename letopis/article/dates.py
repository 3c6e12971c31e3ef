"""Publication dates as pages print them, normalised to ISO 8601.

Forms read: ``2025-10-27 12:34:36``, ``2025-10-27T12:34:36+03:00``, ``19.10.2023``,
``19.10.23``, ``05/08/2008``, ``27 октября 2025, 12:34``, ``27 окт 2025 г. в 12:34``, ``12:34 27.10.2025``.
A date needs its year: a page's dateline always prints it, and a day without a year
cannot be placed without a reference date, which is the timex stage's job.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

from letopis.article.text import fold

YEAR_RANGE = (1990, 2100)

_ISO = re.compile(
    r"(?<![\d.-])(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)"
)
# "19.10.2023", "19.10.23", "05/08/2008": day first, as Russian pages print it
_NUMERIC = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(?![./]\d)")
_TIME = r"([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?"
_TIME_AFTER = re.compile(r"[\s,|·—–-]*(?:в\s+)?" + _TIME + r"(?![\d:])")
_TIME_BEFORE = re.compile(r"(?<![\d:])" + _TIME + r"[\s,|·—–-]*$")


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a line: offsets (time included) and its ISO value."""

    start: int
    end: int
    iso: str          # "2025-10-27" or "2025-10-27T12:34:36"

    @property
    def has_time(self) -> bool:
        return "T" in self.iso


def _word_pattern(months: Mapping[str, int]) -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    return re.compile(
        r"(?<!\d)(\d{1,2})\s+(" + names + r")\.?,?\s+(\d{4})(?!\d)(?:\s*(?:г\.|года|г(?!\w)))?",
        re.IGNORECASE,
    )


def _iso(year: int, month: int, day: int, time: tuple[str | None, ...] | None = None) -> str | None:
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        return None
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not time or time[0] is None:
        return date.isoformat()
    hour, minute, second = (int(part) if part else 0 for part in time)
    return f"{date.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"


def _two_digit_year(year: str) -> int:
    # "19.10.23" is 2023 on a news page; the century is never printed for old dates
    value = int(year)
    return value if len(year) == 4 else 2000 + value


def find_dates(line: str, months: Mapping[str, int], pattern: re.Pattern[str] | None = None) -> list[DateHit]:
    """Every date of ``line`` with its time of day when one stands right before or after it."""
    hits: list[DateHit] = []
    for match in _ISO.finditer(line):
        iso = _iso(int(match[1]), int(match[2]), int(match[3]), (match[4], match[5], match[6]))
        if iso:
            hits.append(DateHit(match.start(), match.end(), iso))
    for match in _NUMERIC.finditer(line):
        iso = _iso(_two_digit_year(match[4]), int(match[3]), int(match[1]))
        if iso:
            hits.append(DateHit(match.start(), match.end(), iso))
    for match in (pattern or _word_pattern(months)).finditer(line):
        month = months.get(fold(match[2]))
        iso = _iso(int(match[3]), month, int(match[1])) if month else None
        if iso:
            hits.append(DateHit(match.start(), match.end(), iso))
    hits.sort(key=lambda hit: hit.start)
    return [_with_time(line, hit) for hit in _without_overlaps(hits)]


def _without_overlaps(hits: list[DateHit]) -> list[DateHit]:
    kept: list[DateHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _with_time(line: str, hit: DateHit) -> DateHit:
    if hit.has_time:
        return hit
    after = _TIME_AFTER.match(line, hit.end)
    if after:
        return DateHit(hit.start, after.end(), _iso_with_time(hit.iso, after.groups()))
    before = _TIME_BEFORE.search(line, 0, hit.start)
    if before:
        return DateHit(before.start(), hit.end, _iso_with_time(hit.iso, before.groups()))
    return hit


def _iso_with_time(date_iso: str, time: tuple[str | None, ...]) -> str:
    hour, minute, second = (int(part) if part else 0 for part in time[:3])
    return f"{date_iso}T{hour:02d}:{minute:02d}:{second:02d}"


def day_month_pattern(months: Mapping[str, int]) -> re.Pattern[str]:
    """A day and a month without a year, "27 окт, 12:34": a dateline shape that dates nothing."""
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    return re.compile(r"(?<!\d)\d{1,2}\s+(?:" + names + r")(?![^\W\d_])\.?", re.IGNORECASE)


def month_pattern(months: Mapping[str, int]) -> re.Pattern[str]:
    """The compiled pattern for dates with month words; build once and pass to :func:`find_dates`."""
    return _word_pattern(months)


def normalise_date(value: str | None, months: Mapping[str, int]) -> str | None:
    """A date given by a container (JSON field, RSS entry, HTML metadata) as ISO 8601, or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    hits = find_dates(value, months)
    if hits:
        return hits[0].iso
    try:
        parsed = parsedate_to_datetime(value)   # RFC 822, as RSS prints dates
    except (TypeError, ValueError, IndexError):
        return None
    return _iso(parsed.year, parsed.month, parsed.day, (str(parsed.hour), str(parsed.minute), str(parsed.second)))


def better_date(page: str | None, container: str | None) -> str | None:
    """The page's own date, unless the container gives the same day with a time of day."""
    if not page:
        return container
    if container and container[:10] == page[:10] and len(container) > len(page):
        return container
    return page
