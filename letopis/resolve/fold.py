"""Folding written forms for look-up: case, ё, quotes, dashes and spaces."""

from __future__ import annotations

import re

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "—": "-", "–": "-", "‑": "-"})
_DROP = re.compile(r"[«»\"“”„]")
_SPACED_DASH = re.compile(r"\s*-\s*")
# characters that need the slow path; most names have none of them
_SPECIAL = frozenset("’‘`ʼ—–‑-«»\"“”„")


def fold(text: str) -> str:
    """'Кот-д’Ивуар' and 'кот-д'ивуар', 'Соединённые Штаты' and 'соединенные  штаты' fold alike."""
    low = text.lower()
    if "ё" in low:
        low = low.replace("ё", "е")
    if not _SPECIAL.isdisjoint(low):
        low = _SPACED_DASH.sub("-", _DROP.sub("", low.translate(_QUOTES)))
    return " ".join(low.split())


def fold_word(word: str) -> str:
    low = word.lower()
    return low.replace("ё", "е").replace("’", "'") if ("ё" in low or "’" in low) else low
