"""Folding written forms for look-up: case, ё, quotes, dashes and spaces."""

from __future__ import annotations

import re

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "—": "-", "–": "-", "‑": "-", "ё": "е", "Ё": "е"})
_DROP = re.compile(r"[«»\"“”„]")
_SPACE = re.compile(r"\s+")
_SPACED_DASH = re.compile(r"\s*-\s*")


def fold(text: str) -> str:
    """'Кот-д’Ивуар' and 'кот-д'ивуар', 'Соединённые Штаты' and 'соединенные  штаты' fold alike."""
    text = _DROP.sub("", text.translate(_QUOTES)).lower()
    text = _SPACED_DASH.sub("-", text)
    return _SPACE.sub(" ", text).strip()


def fold_word(word: str) -> str:
    low = word.lower()
    return low.replace("ё", "е").replace("’", "'") if ("ё" in low or "’" in low) else low
