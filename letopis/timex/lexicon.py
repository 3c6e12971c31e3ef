"""The words of the time-expression grammar, read from ``letopis/data/timex/``.

Every file is UTF-8, one entry a line, columns separated by tabs, forms inside a column
separated by commas (``-`` for none); ``#`` starts a comment line. Forms are stored lowercase.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

T = TypeVar("T")

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "timex"

# Column order of months.tsv and weekdays.tsv.
MONTH_CASES = ("nom", "gen", "dat", "ins", "loc", "abbr")
WEEKDAY_CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


@dataclass(frozen=True, slots=True)
class Part:
    """A part of a period: the day / month / weekday interval it covers in each unit, if any."""

    month: tuple[int, int] | None   # days of the month (31 stands for the last day)
    year: tuple[int, int] | None    # months of the year
    week: tuple[int, int] | None    # weekdays, Monday = 1


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Form -> meaning tables. Each maps a lowercase surface form to what it denotes."""

    months: Mapping[str, int]                 # any noun form or abbreviation -> 1..12
    month_cases: Mapping[str, frozenset[str]]  # case name -> forms of that case
    month_adjective_stems: Mapping[str, int]
    weekdays: Mapping[str, int]                # any form -> 1..7
    weekday_cases: Mapping[str, frozenset[str]]
    modifiers: Mapping[str, int]               # "прошлой" -> -1
    periods: Mapping[str, str]                 # "неделе", "недель" -> "week"
    period_singular: frozenset[str]            # the forms that name one period ("неделе")
    relative_days: Mapping[str, int]           # "вчера" -> -1
    numerals: Mapping[str, int]
    ordinals: Mapping[str, int]                # "двадцать седьмого" -> 27
    parts: Mapping[str, Part]
    vague: Mapping[str, str]                   # phrase -> past / present / future
    seasons: Mapping[str, tuple[int, int]]     # any form -> (first month, last month)
    season_adverbs: frozenset[str]             # the forms that stand alone ("летом")


def _rows(path: Path) -> Iterator[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield line.rstrip("\n").split("\t")


def _forms(cell: str) -> list[str]:
    return [form.strip().lower() for form in cell.split(",") if form.strip() not in ("", "-")]


def _interval(cell: str) -> tuple[int, int] | None:
    if cell.strip() == "-":
        return None
    first, _, last = cell.partition("-")
    return int(first), int(last)


def _by_case(path: Path, cases: tuple[str, ...]) -> tuple[dict[str, int], dict[str, frozenset[str]]]:
    meaning: dict[str, int] = {}
    by_case: dict[str, set[str]] = {case: set() for case in cases}
    for row in _rows(path):
        number = int(row[0])
        for case, cell in zip(cases, row[1:], strict=False):
            for form in _forms(cell):
                meaning[form] = number
                by_case[case].add(form)
    return meaning, {case: frozenset(forms) for case, forms in by_case.items()}


def _table(path: Path, convert: Callable[[str], T]) -> dict[str, T]:
    table: dict[str, T] = {}
    for row in _rows(path):
        for form in _forms(row[1]):
            table[form] = convert(row[0])
    return table


def load_lexicon(directory: Path = DATA_DIR) -> Lexicon:
    """Read the grammar's vocabulary; a user may point ``directory`` at a copy with more words."""
    months, month_cases = _by_case(directory / "months.tsv", MONTH_CASES)
    weekdays, weekday_cases = _by_case(directory / "weekdays.tsv", WEEKDAY_CASES)
    parts: dict[str, Part] = {}
    for row in _rows(directory / "parts.tsv"):
        part = Part(*(_interval(cell) for cell in row[1:4]))
        for form in _forms(row[0]):
            parts[form] = part
    period_rows = list(_rows(directory / "periods.tsv"))
    periods = {form: row[0].strip() for row in period_rows for cell in row[1:] for form in _forms(cell)}
    seasons: dict[str, tuple[int, int]] = {}
    season_adverbs: set[str] = set()
    for row in _rows(directory / "seasons.tsv"):
        months_of_season = _interval(row[0])
        season_adverbs.update(_forms(row[1]))
        for form in _forms(row[1]) + _forms(row[2]):
            seasons[form] = months_of_season  # type: ignore[assignment]
    frozen = MappingProxyType
    return Lexicon(
        months=frozen(months),
        month_cases=frozen(month_cases),
        month_adjective_stems=frozen(
            {row[1].strip().lower(): int(row[0]) for row in _rows(directory / "month_adjectives.tsv")}
        ),
        weekdays=frozen(weekdays),
        weekday_cases=frozen(weekday_cases),
        modifiers=frozen(_table(directory / "modifiers.tsv", int)),
        periods=frozen(periods),
        period_singular=frozenset(form for row in period_rows for form in _forms(row[1])),
        relative_days=frozen(_table(directory / "relative_days.tsv", int)),
        numerals=frozen(_table(directory / "numerals.tsv", int)),
        ordinals=frozen(_table(directory / "ordinals.tsv", int)),
        parts=frozen(parts),
        vague=frozen(_table(directory / "vague.tsv", str)),
        seasons=frozen(seasons),
        season_adverbs=frozenset(season_adverbs),
    )
