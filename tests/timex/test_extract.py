"""Time expressions found and normalised against the publication date, one row per case."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from letopis.records import Precision, Timex
from letopis.timex import extract_timexes

MON = "2025-10-27T12:34:36"  # a Monday
WED = "2025-10-29"           # the Wednesday of the same week

D, M, Y, R, N = Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.RANGE, Precision.NONE


@dataclass(frozen=True)
class Case:
    text: str
    published: str | None
    start: str | None
    end: str | None
    precision: Precision
    rule: str | None = None
    span: str | None = None      # the expression's text when it is not the whole input
    future: bool = False


CASES = [
    # absolute days and day ranges
    Case("18–19 октября 2023 года", None, "2023-10-18", "2023-10-19", R, "day_range"),
    Case("18–19 октября", "2023-10-19", "2023-10-18", "2023-10-19", R, "day_range"),
    Case("18-19 октября", "2023-10-19", "2023-10-18", "2023-10-19", R),
    Case("с 1 по 3 марта", MON, "2025-03-01", "2025-03-03", R, "day_range"),
    Case("с 1 по 3 марта 2024 года", MON, "2024-03-01", "2024-03-03", R),
    Case("с 30 сентября по 2 октября", MON, "2025-09-30", "2025-10-02", R, "cross_month_range"),
    Case("30 декабря 2024 года – 2 января 2025 года", None, "2024-12-30", "2025-01-02", R),
    Case("19.10.23", MON, "2023-10-19", "2023-10-19", D, "numeric_date"),
    Case("19.10.23", None, "2023-10-19", "2023-10-19", D, "numeric_date"),
    Case("01.02.99", MON, "1999-02-01", "1999-02-01", D),
    Case("Опубликовано 19.10.2023.", None, "2023-10-19", "2023-10-19", D, span="19.10.2023"),
    Case("2025-10-27 12:34:36", None, "2025-10-27", "2025-10-27", D, "iso_date"),
    Case("2025-10-27", None, "2025-10-27", "2025-10-27", D, "iso_date"),
    Case("27 октября", MON, "2025-10-27", "2025-10-27", D, "day_month"),
    Case("27 октября", "2025-01-15", "2024-10-27", "2024-10-27", D),
    Case("30 декабря", "2026-01-05", "2025-12-30", "2025-12-30", D),
    Case("5 января", "2025-12-20", "2026-01-05", "2026-01-05", D),
    Case("27 октября", None, None, None, N, "day_month"),
    Case("27 октября прошлого года", MON, "2024-10-27", "2024-10-27", D),
    Case("двадцать седьмого октября 2023 года", None, "2023-10-27", "2023-10-27", D),
    Case("1-го сентября", MON, "2025-09-01", "2025-09-01", D, "day_month"),
    Case("25 окт. 2025 г.", None, "2025-10-25", "2025-10-25", D, "day_month"),
    Case("2–3 октября", MON, "2025-10-02", "2025-10-03", R, "day_range"),
    Case("первого сентября", MON, "2025-09-01", "2025-09-01", D),
    Case("в пятницу, 24 октября", MON, "2025-10-24", "2025-10-24", D, "day_month"),
    Case("в среду — 3 июля 2013 года", MON, "2013-07-03", "2013-07-03", D, "day_month"),
    Case("31 февраля 2024 года и 29 февраля 2024 года", None, "2024-02-29", "2024-02-29", D,
         span="29 февраля 2024 года"),
    # months, years, their parts and ranges
    Case("в июне 2024 года", None, "2024-06-01", "2024-06-30", M, "month_year"),
    Case("июнь 2024 г.", None, "2024-06-01", "2024-06-30", M, "month_year"),
    Case("в июне прошлого года", MON, "2024-06-01", "2024-06-30", M, "month_year"),
    Case("в сентябре с. г.", "2015-10-01", "2015-09-01", "2015-09-30", M),
    Case("в 2024 году", None, "2024-01-01", "2024-12-31", Y, "year"),
    Case("в 2024-м", None, "2024-01-01", "2024-12-31", Y, "year"),
    Case("в 1480 году", None, "1480-01-01", "1480-12-31", Y, "year"),
    Case("в мае 1500 года", None, "1500-05-01", "1500-05-31", M, "month_year"),
    Case("2024–2025 гг.", None, "2024-01-01", "2025-12-31", Y, "year_range"),
    Case("в 2024–2025 годах", None, "2024-01-01", "2025-12-31", Y, "year_range"),
    Case("с 2020 по 2024 год", None, "2020-01-01", "2024-12-31", Y, "year_range"),
    Case("в 1990-е годы", None, "1990-01-01", "1999-12-31", Y, "decade"),
    Case("в 90-х годах", MON, "1990-01-01", "1999-12-31", Y, "decade_short"),
    Case("в марте–апреле 2024 года", None, "2024-03-01", "2024-04-30", M, "month_range"),
    Case("с ноября по февраль", "2025-03-10", "2024-11-01", "2025-02-28", M, "month_range"),
    Case("в начале сентября", MON, "2025-09-01", "2025-09-10", M, "month_part"),
    Case("в середине сентября 2024 года", MON, "2024-09-11", "2024-09-20", M, "month_part"),
    Case("в конце февраля 2024 года", None, "2024-02-21", "2024-02-29", M, "month_part"),
    Case("в конце 2024 года", None, "2024-10-01", "2024-12-31", M, "year_part"),
    Case("в первом квартале 2024 года", None, "2024-01-01", "2024-03-31", M, "year_part"),
    Case("в первом полугодии 2023 года", None, "2023-01-01", "2023-06-30", M, "year_part"),
    Case("в III квартале 2025 года", None, "2025-07-01", "2025-09-30", M, "year_part"),
    Case("в конце прошлого года", MON, "2024-10-01", "2024-12-31", M, "year_part"),
    Case("летом 2011 года", None, "2011-06-01", "2011-08-31", M, "season_year"),
    Case("зимой 2023 года", None, "2022-12-01", "2023-02-28", M, "season_year"),
    Case("этим летом", MON, "2025-06-01", "2025-08-31", M, "relative_season"),
    Case("прошлой осенью", MON, "2024-09-01", "2024-11-30", M, "relative_season"),
    Case("весной этого года", MON, "2025-03-01", "2025-05-31", M, "season_year"),
    Case("с лета 2019 года", None, "2019-06-01", "2019-08-31", M, "season_year", span="лета 2019 года"),
    Case("летом", "2025-03-01", "2024-06-01", "2024-08-31", M, "season"),
    Case("летом", "2025-03-01", "2025-06-01", "2025-08-31", M, "season", future=True),
    Case("зимой", "2025-12-15", "2025-12-01", "2026-02-28", M, "season"),
    # months named without a year
    Case("в сентябре", MON, "2025-09-01", "2025-09-30", M, "month"),
    Case("в ноябре", MON, "2024-11-01", "2024-11-30", M, "month"),
    Case("в ноябре", MON, "2025-11-01", "2025-11-30", M, "month", future=True),
    Case("в октябре", MON, "2025-10-01", "2025-10-31", M, "month", future=True),
    Case("в сентябре", MON, "2026-09-01", "2026-09-30", M, "month", future=True),
    Case("в ходе сентябрьской встречи", MON, "2025-09-01", "2025-09-30", M, "month_adjective",
         span="сентябрьской"),
    # days counted from publication
    Case("сегодня", MON, "2025-10-27", "2025-10-27", D, "relative_day"),
    Case("вчера", MON, "2025-10-26", "2025-10-26", D, "relative_day"),
    Case("позавчера", MON, "2025-10-25", "2025-10-25", D),
    Case("завтра", MON, "2025-10-28", "2025-10-28", D),
    Case("Накануне министр заявил", MON, "2025-10-26", "2025-10-26", D, "eve", span="Накануне"),
    Case("накануне визита", MON, None, None, N, "eve_of", span="накануне"),
    Case("накануне 80-летия Победы", MON, None, None, N, "eve_of", span="накануне"),
    Case("накануне 9 мая", MON, None, None, N, "eve_of", span="накануне"),
    Case("в понедельник", WED, "2025-10-27", "2025-10-27", D, "weekday"),
    Case("в понедельник", MON, "2025-10-27", "2025-10-27", D, "weekday"),
    Case("в пятницу", MON, "2025-10-24", "2025-10-24", D, "weekday"),
    Case("в пятницу", MON, "2025-10-31", "2025-10-31", D, "weekday", future=True),
    Case("во вторник", MON, "2025-10-21", "2025-10-21", D, "weekday"),
    Case("в прошлую пятницу", WED, "2025-10-24", "2025-10-24", D, "relative_weekday"),
    Case("в прошлый понедельник", WED, "2025-10-20", "2025-10-20", D, "relative_weekday"),
    Case("в следующий вторник", WED, "2025-11-04", "2025-11-04", D, "relative_weekday"),
    Case("три дня назад", MON, "2025-10-24", "2025-10-24", D, "ago"),
    Case("неделю назад", MON, "2025-10-20", "2025-10-20", D, "ago"),
    Case("узнала об этом месяц назад", MON, "2025-09-01", "2025-09-30", M, "ago", span="месяц назад"),
    Case("два года назад", MON, "2023-01-01", "2023-12-31", Y, "ago"),
    Case("через неделю", MON, "2025-11-03", "2025-11-03", D, "later", future=True),
    Case("через неделю", MON, None, None, N, "later"),
    Case("через два дня после визита", MON, None, None, N, "after_event", span="через два дня"),
    Case("через два дня после визита", MON, None, None, N, "after_event", span="через два дня", future=True),
    # weeks, months and years counted from publication
    Case("на прошлой неделе", WED, "2025-10-20", "2025-10-26", R, "relative_period"),
    Case("на этой неделе", WED, "2025-10-27", "2025-11-02", R, "relative_period"),
    Case("на следующей неделе", WED, "2025-11-03", "2025-11-09", R, "relative_period"),
    Case("в прошлом месяце", "2025-01-15", "2024-12-01", "2024-12-31", M, "relative_period"),
    Case("в этом году", MON, "2025-01-01", "2025-12-31", Y, "relative_period"),
    Case("в прошлом году", MON, "2024-01-01", "2024-12-31", Y, "relative_period"),
    Case("в позапрошлом году", MON, "2023-01-01", "2023-12-31", Y, "relative_period"),
    Case("в минувшие выходные", WED, "2025-10-25", "2025-10-26", R, "relative_period"),
    Case("в выходные", WED, "2025-10-25", "2025-10-26", R, "weekend"),
    Case("в выходные", WED, "2025-11-01", "2025-11-02", R, "weekend", future=True),
    Case("в конце прошлой недели", WED, "2025-10-24", "2025-10-26", R, "period_part"),
    Case("в начале этого месяца", MON, "2025-10-01", "2025-10-10", M, "period_part"),
    # open ranges
    Case("до конца года", MON, "2025-10-27", "2025-12-31", R, "open_until"),
    Case("до конца месяца", MON, "2025-10-27", "2025-10-31", R, "open_until"),
    Case("до конца 2026 года", MON, "2025-10-27", "2026-12-31", R, "open_until"),
    Case("к концу сентября", "2025-07-01", "2025-07-01", "2025-09-30", R, "open_until"),
    Case("до конца 2026 года", None, None, "2026-12-31", N, "open_until"),
    Case("с начала года", MON, "2025-01-01", "2025-10-27", R, "open_since"),
    # no date at all
    Case("в ближайшее время", MON, None, None, N, "vague_future"),
    Case("не так давно", MON, None, None, N, "vague_past"),
    # relative expressions without a publication date stay unresolved
    Case("вчера", None, None, None, N, "relative_day"),
    Case("в сентябре", None, None, None, N, "month"),
    Case("на прошлой неделе", None, None, None, N, "relative_period"),
    Case("в понедельник", None, None, None, N, "weekday"),
]


def _only(found: list[Timex], case: Case) -> Timex:
    wanted = case.span or case.text
    matching = [timex for timex in found if timex.text == wanted]
    assert len(matching) == 1, f"{case.text!r}: expected one timex {wanted!r}, got {found}"
    return matching[0]


def _case_id(case: Case) -> str:
    return f"{case.text}@{case.published}{'+future' if case.future else ''}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_normalises(case: Case) -> None:
    timex = _only(extract_timexes(case.text, published=case.published, future=case.future), case)
    value = timex.value
    assert (value.start, value.end, value.precision) == (case.start, case.end, case.precision)
    if case.rule:
        assert timex.rule == case.rule
    assert case.text[timex.start:timex.end] == timex.text


NOT_DATES = [
    "в 12:30",
    "встреча началась в 12.30 по московскому времени",
    "самолёт Ту-154",
    "рост на 5 процентов",
    "1:10 Вокруг света пешком. Израиль. Швиль Исраэль 12+",
    "звоните +7 (495) 123-45-67 или 8-800-2000-600",
    "телефон 8 (800) 555-35-35, факс 8.800.555.35.35",
    "пандемия COVID-19",
    "саммит G20",
    "версия 1.2.3, адрес 192.168.10.12",
    "беседовали около 2,5 часа",
    "к празднованию 75-летия",
    "заплатил 2000 рублей",
    "ему 150 лет",
    "на Октябрьской площади",
    "в конце концов",
    "в 20-х числах",
    "работает в выходные дни",
    "в прошлые годы",
    "в 1500 км",
    "2,5 года назад",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert extract_timexes(text, published=MON) == []
