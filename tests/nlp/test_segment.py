"""Sentences never cross a line break or a span border; offsets index the whole text."""

from __future__ import annotations

from letopis.nlp.segment import lines, split_sentences


def test_lines_are_stripped_and_skip_blank_ones() -> None:
    text = "  Заголовок \n\n Первый абзац.\n"
    assert [text[a:b] for a, b in lines(text, 0, len(text))] == ["Заголовок", "Первый абзац."]


def test_headline_and_lead_are_separate_sentences() -> None:
    text = "Лавров прибыл в Пхеньян\n19.10.2023\nМинистр встретился с коллегой. Стороны обсудили план."
    sents = split_sentences(text, [(0, len(text))])
    assert [s.text for s in sents] == [
        "Лавров прибыл в Пхеньян", "19.10.2023", "Министр встретился с коллегой.", "Стороны обсудили план."]
    for sent in sents:
        assert text[sent.start:sent.end] == sent.text
        for tok in sent.tokens:
            assert text[tok.start:tok.end] == tok.text


def test_only_given_spans_are_read() -> None:
    text = "Меню: Абхазия Азербайджан\nГлава МИД заявил.\nПодпишитесь на рассылку"
    start = text.index("Глава")
    sents = split_sentences(text, [(start, start + len("Глава МИД заявил."))])
    assert [s.text for s in sents] == ["Глава МИД заявил."]
