"""Thresholds and cue words of the article stage, read once from ``letopis/data/article/``.

Every ``.txt`` file there is UTF-8, one entry a line; a line starting with ``#`` is a
comment. Entries are folded (NFC, ё→е, casefold) when read, so files may be written in
any case. ``thresholds.json`` holds the numbers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from letopis.article.dates import day_month_pattern, month_pattern
from letopis.article.text import COUNT, fold

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "article"


@dataclass(frozen=True, slots=True)
class Cues:
    """Word lists, all folded. Phrases are tuples sorted longest first so the longest cue wins."""

    teaser: tuple[str, ...]
    tags: tuple[str, ...]
    subscribe: tuple[str, ...]
    subscribe_topics: tuple[str, ...]
    footer: tuple[str, ...]
    chrome_lines: frozenset[str]
    ui_phrases: tuple[str, ...]
    credit: tuple[str, ...]
    publisher: tuple[str, ...]
    author: tuple[str, ...]
    date: frozenset[str]
    update: frozenset[str]
    views: tuple[str, ...]
    dateline_words: frozenset[str]
    months: Mapping[str, int]
    meta_labels: tuple[str, ...]
    surname_endings: tuple[str, ...]
    lead_classes: tuple[str, ...]
    html_skip_tags: frozenset[str]
    month_re: re.Pattern[str]     # dates spelt with a month word
    day_month_re: re.Pattern[str]  # a day and a month without a year
    views_re: re.Pattern[str]     # a view counter: a whole line, or a part of a dateline


@dataclass(frozen=True, slots=True)
class ArticleSettings:
    """Everything the article stage may be tuned by. Build it with :func:`load_settings`."""

    cues: Cues
    title_min_words: int = 3
    title_max_chars: int = 250
    title_short_words: int = 8
    lead_min_words: int = 5
    lead_max_lines: int = 2
    lead_max_chars: int = 600
    body_min_words: int = 5
    body_unpunctuated_min_chars: int = 120
    dateline_max_extra_words: int = 8
    dateline_max_chars: int = 200
    credit_max_chars: int = 200
    credit_bare_max_words: int = 5
    footer_max_chars: int = 400
    cta_max_words: int = 16
    cta_short_words: int = 10
    link_run_min_lines: int = 3
    navigation_min_words: int = 5
    breadcrumb_min_items: int = 3
    path_min_items: int = 2
    breadcrumb_item_max_words: int = 4
    menu_run_min_lines: int = 3
    menu_item_max_words: int = 3
    menu_item_max_chars: int = 40
    header_run_max_lines: int = 15
    listed_line_max_chars: int = 200
    time_run_min_lines: int = 2
    reopen_min_chars: int = 300
    caption_max_words: int = 4
    repeat_min_other_pages: int = 2
    repeat_max_chars: int = 200


def read_list(path: Path) -> list[str]:
    """The folded, non-comment entries of one word-list file, in file order."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(fold(line))
    return entries


def _phrases(path: Path) -> tuple[str, ...]:
    return tuple(sorted(set(read_list(path)), key=lambda s: (-len(s), s)))


def _months(path: Path) -> Mapping[str, int]:
    table: dict[str, int] = {}
    for entry in read_list(path):
        number, *forms = entry.split()
        for form in forms:
            table[form] = int(number)
    return MappingProxyType(table)


def load_cues(data_dir: Path = DATA_DIR) -> Cues:
    months = _months(data_dir / "months.txt")
    views = _phrases(data_dir / "views_cues.txt")
    return Cues(
        teaser=_phrases(data_dir / "teaser_cues.txt"),
        tags=_phrases(data_dir / "tag_cues.txt"),
        subscribe=_phrases(data_dir / "subscribe_cues.txt"),
        subscribe_topics=_phrases(data_dir / "subscribe_topics.txt"),
        footer=_phrases(data_dir / "footer_cues.txt"),
        chrome_lines=frozenset(read_list(data_dir / "chrome_lines.txt")),
        ui_phrases=_phrases(data_dir / "ui_phrases.txt"),
        credit=_phrases(data_dir / "credit_cues.txt"),
        publisher=_phrases(data_dir / "publisher_cues.txt"),
        author=_phrases(data_dir / "author_cues.txt"),
        date=frozenset(read_list(data_dir / "date_cues.txt")),
        update=frozenset(read_list(data_dir / "update_cues.txt")),
        views=views,
        dateline_words=frozenset(read_list(data_dir / "dateline_words.txt")),
        months=months,
        meta_labels=_phrases(data_dir / "meta_labels.txt"),
        surname_endings=_phrases(data_dir / "surname_endings.txt"),
        lead_classes=_phrases(data_dir / "lead_classes.txt"),
        html_skip_tags=frozenset(read_list(data_dir / "html_skip_tags.txt")),
        month_re=month_pattern(months),
        day_month_re=day_month_pattern(months),
        views_re=views_pattern(views),
    )


def views_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(cue) for cue in cues)
    # "👁 14 820", "Просмотров: 1 846", "Прочитано 389 раз", "3259 просмотров", a bare "3259"
    return re.compile(
        rf"(?:👁\s*(?:{COUNT})|(?:{words})\s*:?\s*(?:{COUNT})(?:\s+раза?)?|(?:{COUNT})(?:\s*(?:{words}))?)",
        re.IGNORECASE,
    )


def load_settings(data_dir: Path = DATA_DIR, **overrides: int | float) -> ArticleSettings:
    """Settings from a data folder (the package's own by default), with keyword overrides.

    An unknown threshold name is an error rather than silently ignored, so a typo in a
    settings file or an override cannot pass unnoticed.
    """
    known = {f.name for f in fields(ArticleSettings)} - {"cues"}
    raw = json.loads((data_dir / "thresholds.json").read_text(encoding="utf-8"))
    values = {key: value for key, value in raw.items() if not key.startswith("_")}
    values.update(overrides)
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"unknown article thresholds: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return ArticleSettings(cues=load_cues(data_dir), **values)


@lru_cache(maxsize=1)
def default_settings() -> ArticleSettings:
    """The package's settings, read once per process (the result is immutable)."""
    return load_settings()
