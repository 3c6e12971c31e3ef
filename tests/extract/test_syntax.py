"""Which sentences the parser must read for extraction, told from their words."""

from __future__ import annotations

import pytest

from letopis.extract import load_lexicon
from letopis.extract.syntax import stem, tree_wanted


@pytest.fixture(scope="module")
def wanted():
    return tree_wanted(load_lexicon())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Индонезия и Малайзия подпишут соглашение о границе.", True),    # подписать -> подпишут
        ("Президент Турции примет своего иранского коллегу.", True),      # принять -> примет
        ("Путин встретился с Си Цзиньпином.", True),
        ("Лидеры обменялись мнениями.", True),
        ("Министр посетит Пекин в мае.", True),
        ("Он пригласит коллегу в Москву.", True),                         # пригласить -> пригласит
        ("Стороны договорились о продолжении контактов.", True),
        ("«Мы готовы», — сказал министр.", True),
        ("Курс доллара вырос на два процента.", False),
        ("Погода в Москве на выходных будет облачной.", False),
    ],
)
def test_sentences_with_event_words_are_parsed(wanted, sentence: str, expected: bool) -> None:
    words = sentence.replace(".", " .").replace(",", " ,").split()
    assert wanted(words) is expected


@pytest.mark.parametrize(
    ("lemma", "verb", "expected"),
    [("встретиться", True, "встрет"), ("обменяться", True, "обмен"), ("конференция", False, "конференц"),
     ("переговоры", False, "переговор"), ("визит", False, "визит")],
)
def test_stems_drop_the_ending(lemma: str, verb: bool, expected: str) -> None:
    assert stem(lemma, verb) == expected
