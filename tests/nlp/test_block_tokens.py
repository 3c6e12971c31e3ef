"""NER's block tokens taken from the sentences are razdel's tokens of the whole block."""

from __future__ import annotations

import pytest
from razdel import tokenize

from letopis.nlp.segment import block_tokens, split_sentences


def razdel_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + t.start, start + t.stop, t.text) for t in tokenize(text[start:end])]


def ours(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    return [(t.start, t.stop, t.text) for t in block_tokens(text, start, end, split_sentences(text, [(0, len(text))]))]


# Each joins across a sentence border when razdel reads the whole block, and not sentence by sentence.
ACROSS = [
    "Инфляция за год 2023.\n4 месяца подряд цены падали.",
    "Итог матча 3.\n1 гол забит с пенальти.",
    "Без точки в конце\n-Нет, ответил министр.",
    "Курс составил 91,\n15 рубля за доллар.",
    "Доля выросла до 1/\n3 рынка.",
    "Файл report_\nfinal лежит в папке.",
    "Глава ведомства\n—так его называли — уехал.",
]


@pytest.mark.parametrize("text", ACROSS)
def test_a_join_across_sentences_is_razdels(text: str) -> None:
    sentence_by_sentence = [(t.start, t.end, t.text) for s in split_sentences(text, [(0, len(text))])
                            for t in s.tokens]
    assert sentence_by_sentence != razdel_tokens(text, 0, len(text))      # the case is a real one
    assert ours(text) == razdel_tokens(text, 0, len(text))


@pytest.mark.parametrize("text", [
    "Премьер Канады прибыл в Оттаву.\nПереговоры прошли 12 мая.  Стороны обсудили торговлю.",
    "Заголовок без точки\nТекст новости: 5,5 млн — много.",
    "Министр — о визите\n— Мы готовы, — сказал он.",
])
def test_sentences_make_up_the_block(text: str) -> None:
    sentences = split_sentences(text, [(0, len(text))])
    tokens = block_tokens(text, 0, len(text), sentences)
    assert [(t.start, t.stop, t.text) for t in tokens] == razdel_tokens(text, 0, len(text))
    assert all(any(t is u for s in sentences for u in s.tokens) for t in tokens)    # reused, not tokenized again


def test_part_of_a_text_and_text_no_sentence_covers() -> None:
    text = "Шапка сайта\n\nПосол Чили вручил грамоты.\nФото: пресс-служба"
    start, end = text.index("Посол"), text.index("\nФото")
    assert ours(text, start, end) == razdel_tokens(text, start, end)
    body = [(start, end)]
    only_body = split_sentences(text, body)
    whole = [(t.start, t.stop, t.text) for t in block_tokens(text, 0, len(text), only_body)]
    assert whole == razdel_tokens(text, 0, len(text))           # lines outside the spans are tokenized afresh
