"""East Asian names from syllable inventories, on hand-made tokens (no models)."""

from __future__ import annotations

import pytest

from letopis.nlp.lexicon import load_lexicon
from letopis.nlp.names import find_names, strip_ending, syllable_split
from letopis.records import Token

LEX = load_lexicon()


def tokens(text: str, case: str | None = None) -> list[Token]:
    out, pos = [], 0
    for word in text.split():
        start = text.index(word, pos)
        pos = start + len(word)
        feats = (("Case", case),) if case else ()
        out.append(Token(start, pos, word, word.lower(), "PROPN", feats))
    return out


@pytest.mark.parametrize(("word", "ok"), [
    ("цзиньпин", True), ("кэцян", True), ("ын", True), ("хи", True), ("минь", True),
    ("кардашьян", False), ("президент", False), ("москва", False),
])
def test_syllable_split(word: str, ok: bool) -> None:
    assert syllable_split(word, LEX.syllables) is ok


@pytest.mark.parametrize(("word", "normal"), [
    ("Ыном", "Ын"), ("Ына", "Ын"), ("Цзиньпина", "Цзиньпин"), ("Цзиньпину", "Цзиньпин"),
    ("Тиня", "Тинь"), ("Тинем", "Тинь"), ("Чонга", "Чонг"),
])
def test_strip_ending(word: str, normal: str) -> None:
    assert strip_ending(word, LEX.syllables) == normal


@pytest.mark.parametrize(("text", "case", "expected"), [
    ("Ким Чен Ын", None, ["Ким Чен Ын"]),
    ("Ким Чен Ыном", "Ins", ["Ким Чен Ын"]),
    ("Ким Чен Ына", "Gen", ["Ким Чен Ын"]),
    ("Цой Сон Хи", None, ["Цой Сон Хи"]),
    ("Си Цзиньпин", None, ["Си Цзиньпин"]),
    ("Си Цзиньпина", "Gen", ["Си Цзиньпин"]),
    ("Ли Кэцян", None, ["Ли Кэцян"]),
    ("Ван И", None, ["Ван И"]),
    ("Фам Минь Тинь", None, ["Фам Минь Тинь"]),
    ("Фам Минь Тиня", "Gen", ["Фам Минь Тинь"]),
    ("Нгуен Фу Чонг", None, ["Нгуен Фу Чонг"]),
    ("Хо Ши Мин", None, ["Хо Ши Мин"]),
    ("Пак Кын Хе", None, ["Пак Кын Хе"]),
    ("Мун Чжэ Ин", None, ["Мун Чжэ Ин"]),
    ("Кима Чен Ира Ким Ир Сен", "Gen", ["Ким Чен Ир", "Ким Ир Сен"]),
    # not names: a Korean surname before a non-syllable word, a Russian preposition
    ("Ким Кардашьян", None, []),
    ("О Лаосе", None, []),
    ("Ким", None, []),
])
def test_find_names(text: str, case: str | None, expected: list[str]) -> None:
    assert [m.normal for m in find_names(tokens(text, case), LEX)] == expected


def test_name_stops_at_a_lowercase_word() -> None:
    found = find_names(tokens("Ким Чен Ын заявил"), LEX)
    assert [(m.first, m.last) for m in found] == [(0, 2)]
