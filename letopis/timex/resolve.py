"""From a matched rule to a date interval, normalised against the publication date.

Each resolver reads the slots of one rule and returns a ``DateRange``, or ``None`` when
the words do not make a real date ("31 февраля", "19–18 октября"): the match is then
dropped. Expressions that need the publication date to mean anything resolve to
``UNRESOLVED`` (precision NONE) when it is unknown, rather than being guessed.

Choices worth knowing:

* Precision says how far start and end can be trusted. DAY: one named day; RANGE: named
  days ("18–19 октября", a week); MONTH: whole months or a part of one ("в июне",
  "в марте–апреле", "в конце 2024 года" = October–December, "летом", "в начале сентября"
  = 1–10 September); YEAR: whole years. A part of a month narrows start/end to the part
  but stays MONTH: the text names a month, and the part is only approximate. Thirds of a
  month are the decades 1–10, 11–20, 21–end; see ``data/timex/parts.tsv``.
* Weeks run Monday to Sunday; "на прошлой неделе" is the whole previous week (RANGE),
  "в прошлую пятницу" the Friday of the previous week.
* ``future`` only changes expressions without a year or week: "27 октября", "в сентябре",
  "в понедельник" are read as the nearest such date behind publication unless the caller
  knows the verb is in the future. "через неделю" is resolved only in a future reading:
  in a past narrative it counts from the story's time, not from publication.
"""

from __future__ import annotations

from datetime import date

from letopis.records import DateRange
from letopis.timex import absolute, relative
from letopis.timex.grammar import RuleMatch
from letopis.timex.lexicon import Lexicon
from letopis.timex.slots import Resolver, key

# The rules whose reading depends on the tense of the verb they go with.
TENSE_SENSITIVE = frozenset({
    "day_month", "day_range", "cross_month_range", "month_range", "month_part",
    "month", "month_adjective", "weekday", "later", "season", "weekend",
})

RESOLVERS: dict[str, Resolver] = {
    "iso_date": absolute.iso_date,
    "numeric_date": absolute.numeric_date,
    "cross_month_range": absolute.cross_month_range,
    "day_range": absolute.day_range,
    "day_month": absolute.day_month,
    "month_range": absolute.month_range,
    "open_until": relative.open_until,
    "open_since": relative.open_since,
    "month_part": absolute.month_part,
    "year_part": absolute.year_part,
    "period_part": relative.period_part,
    "year_range": absolute.year_range,
    "decade": absolute.decade,
    "decade_short": absolute.decade,
    "month_year": absolute.month_year,
    "year": absolute.year,
    "relative_period": relative.relative_period,
    "relative_weekday": relative.relative_weekday,
    "ago": relative.ago,
    "later": relative.later,
    "relative_day": relative.relative_day,
    "eve_of": relative.unresolved,
    "after_event": relative.unresolved,
    "eve": relative.eve,
    "season_year": absolute.season_year,
    "relative_season": absolute.relative_season,
    "season": absolute.season,
    "weekday": relative.weekday,
    "weekend": relative.weekend,
    "month": absolute.month,
    "month_adjective": absolute.month_adjective,
    "vague": relative.unresolved,
}


def resolve_match(match: RuleMatch, anchor: date | None, future: bool, lex: Lexicon) -> DateRange | None:
    return RESOLVERS[match.rule](match.slots, anchor, future, lex)


def rule_name(match: RuleMatch, lex: Lexicon) -> str:
    """The name ``Timex.rule`` reports; vague expressions say which way they point."""
    if match.rule == "vague":
        return f"vague_{lex.vague[key(match.slots['phrase'])]}"
    return match.rule
