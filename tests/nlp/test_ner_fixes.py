"""What the off-the-shelf tagger gets wrong, fixed: table-driven on sentences written for
these tests (many states, many name shapes). Each row: a sentence, and mentions that must
be among the results as (type, text, normal)."""

from __future__ import annotations

import pytest

from letopis.nlp import NlpModels, analyze
from letopis.nlp.spans import Span, _function_word_off, _stray_noun_off
from letopis.records import MentionType, Token

PER, LOC, ORG, EVENT = MentionType.PER, MentionType.LOC, MentionType.ORG, MentionType.EVENT

CASES = [
    # East Asian names: one PER each, nominative normal form
    ("Министр встретился с Ким Чен Ыном в Пхеньяне.", PER, "Ким Чен Ыном", "Ким Чен Ын"),
    ("Визит лидера КНДР Ким Чен Ына готовится.", PER, "Ким Чен Ына", "Ким Чен Ын"),
    ("Глава МИД КНДР Цой Сон Хи прибыла в Москву.", PER, "Цой Сон Хи", "Цой Сон Хи"),
    ("Председатель КНР Си Цзиньпин провел переговоры в Пекине.", PER, "Си Цзиньпин", "Си Цзиньпин"),
    ("Путин направил поздравление Си Цзиньпину.", PER, "Си Цзиньпину", "Си Цзиньпин"),
    ("Министр иностранных дел Китая Ван И посетил Джакарту.", PER, "Ван И", "Ван И"),
    ("Премьер-министр Вьетнама Фам Минь Тинь выступил на форуме.", PER, "Фам Минь Тинь", "Фам Минь Тинь"),
    ("Делегацию принял президент Южной Кореи Мун Чжэ Ин.", PER, "Мун Чжэ Ин", "Мун Чжэ Ин"),
    # nominative of ordinary names; a bare surname stays a surname
    ("По словам Сергея Лаврова, переговоры прошли успешно.", PER, "Сергея Лаврова", "Сергей Лавров"),
    ("Слова Лаврова процитировали агентства.", PER, "Лаврова", "Лавров"),
    ("Заявление сделала Мария Захарова.", PER, "Мария Захарова", "Мария Захарова"),
    ("Он встретился с Анналеной Бербок в Берлине.", PER, "Анналеной Бербок", "Анналена Бербок"),
    # organisation of a state: one ORG, the state stays a LOC inside it
    ("Об этом сообщили в МИД РФ.", ORG, "МИД РФ", "МИД РФ"),
    ("Представитель МИД России ответил журналистам.", ORG, "МИД России", "МИД России"),
    ("Представитель МИД России ответил журналистам.", LOC, "России", "Россия"),
    ("Ноту вручили в Министерстве иностранных дел Японии.", ORG, "Министерстве иностранных дел Японии",
     "Министерство иностранных дел Японии"),
    ("Решение приняло правительство Индии.", ORG, "правительство Индии", "правительство Индии"),
    ("Цветы возложили в Посольстве России в КНДР.", ORG, "Посольстве России в КНДР", "Посольство России в КНДР"),
    ("Письмо передали в посольство Франции в Египте.", ORG, "посольство Франции в Египте",
     "посольство Франции в Египте"),
    ("Сотрудники ФСБ РФ задержали подозреваемого.", ORG, "ФСБ РФ", "ФСБ РФ"),
    # quoted names after an organisation noun
    ("Фото предоставила ТРК «Звезда».", ORG, "ТРК «Звезда»", "ТРК «Звезда»"),
    ("Контракт подписало ОАО «Газпром».", ORG, "ОАО «Газпром»", "ОАО «Газпром»"),
    ("Об этом пишет газета «Коммерсантъ».", ORG, "Коммерсантъ", "Коммерсантъ"),
    # named events
    ("Делегации прибыли на III Международную конференцию по евразийской безопасности.", EVENT,
     "III Международную конференцию по евразийской безопасности",
     "III Международная конференция по евразийской безопасности"),
    ("Договоренности были достигнуты в ходе Пхеньянского саммита.", EVENT, "Пхеньянского саммита",
     "Пхеньянский саммит"),
    ("Он выступил на Петербургском международном экономическом форуме.", EVENT,
     "Петербургском международном экономическом форуме", "Петербургский международный экономический форум"),
    ("Лидеры встретились на Восточном экономическом форуме во Владивостоке.", EVENT,
     "Восточном экономическом форуме", "Восточный экономический форум"),
    ("Вопрос обсудят на саммите ШОС в Астане.", EVENT, "саммите ШОС", "саммит ШОС"),
    # a name in apposition to a place noun stays in the place
    ("Делегация прибыла в Республику Беларусь.", LOC, "Республику Беларусь", "Республика Беларусь"),
    # seats of government and unions of states are organisations in political news
    ("В Кремле прокомментировали заявление.", ORG, "Кремле", "Кремль"),
    ("Санкции продлил ЕС.", ORG, "ЕС", "ЕС"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "span", "normal"), CASES)
def test_mention(nlp_models: NlpModels, text: str, kind: MentionType, span: str, normal: str) -> None:
    found = {(m.type, m.text, m.normal) for m in analyze(nlp_models, text).mentions}
    assert (kind, span, normal) in found, sorted(found)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent"), [
    # the model's pieces of a name are gone once the whole name is found
    ("Министр встретился с Ким Чен Ыном.", {"Ким Чен", "Ким", "Ыном"}),
    # "СМИ" is "the media", not an organisation's name
    ("Об этом сообщают СМИ.", {"СМИ"}),
    # an organisation head no longer stands alone next to its state
    ("Представитель МИД России ответил.", {"МИД"}),
])
def test_pieces_are_gone(nlp_models: NlpModels, text: str, absent: set[str]) -> None:
    found = {m.text for m in analyze(nlp_models, text).mentions}
    assert not found & absent, sorted(found)


@pytest.mark.slow
def test_a_name_in_parentheses_is_its_own_mention(nlp_models: NlpModels) -> None:
    text = "Новым генсеком стал Антониу Гутерриш (António Guterres)."
    found = {(m.type, m.text) for m in analyze(nlp_models, text).mentions}
    assert (PER, "Антониу Гутерриш") in found
    assert not any("(" in t for _, t in found)


def _tokens(text: str, tags: list[str]) -> list[Token]:
    out, offset = [], 0
    for word, pos in zip(text.split(" "), tags, strict=True):
        start = text.index(word, offset)
        out.append(Token(start, start + len(word), word, word.lower(), pos))
        offset = start + len(word)
    return out


@pytest.mark.parametrize(("text", "tags", "kept"), [
    # a capitalised preposition or conjunction opening the sentence is cut off the name
    ("Вместо Акселя Вебера", ["ADP", "PROPN", "PROPN"], "Акселя Вебера"),
    ("И Пекин", ["CCONJ", "PROPN"], "Пекин"),
    # particles of names, initials and words inside the sentence stay
    ("Да Силва", ["ADP", "PROPN"], "Да Силва"),
    ("Фон Браун", ["ADP", "PROPN"], "Фон Браун"),
    ("В.Кулишов", ["ADP", "PROPN"], "В.Кулишов"),
])
def test_a_function_word_opening_the_sentence_is_not_part_of_the_name(text: str, tags: list[str],
                                                                      kept: str) -> None:
    if "." in text:      # one written word: the tokenizer gives "В", ".", "Кулишов" with no space
        tokens = [Token(0, 1, "В", "в", "ADP"), Token(1, 2, ".", ".", "PUNCT"),
                  Token(2, 9, "Кулишов", "кулишов", "PROPN")]
    else:
        tokens = _tokens(text, tags)
    span = _function_word_off(tokens, Span(0, len(text), MentionType.PER))
    assert text[span.start:span.end] == kept


@pytest.mark.parametrize(("words", "kept"), [
    # "в Пхеньяне Договор о ...": the tagger glues the treaty to the place before it
    ([("Пхеньяне", "PROPN", "Loc"), ("Договор", "PROPN", "Acc")], "Пхеньяне"),
    ([("Ханое", "PROPN", "Loc"), ("Декларацию", "PROPN", "Acc")], "Ханое"),
    # a name's own words, or a place name in apposition, stay
    ([("Сектора", "PROPN", "Gen"), ("Газа", "PROPN", "Nom")], "Сектора Газа"),
    ([("Республики", "PROPN", "Gen"), ("Беларусь", "PROPN", "Nom")], "Республики Беларусь"),
    ([("Мёртвое", "ADJ", "Nom"), ("море", "NOUN", "Nom")], "Мёртвое море"),
])
def test_a_document_glued_to_a_place_is_cut_off(words: list[tuple[str, str, str]], kept: str) -> None:
    import pymorphy3

    text = " ".join(w for w, _, _ in words)
    tokens, offset = [], 0
    for word, pos, case in words:
        tokens.append(Token(offset, offset + len(word), word, word.lower(), pos, (("Case", case),)))
        offset += len(word) + 1
    span = _stray_noun_off(tokens, Span(0, len(text), MentionType.LOC), pymorphy3.MorphAnalyzer().parse)
    assert text[span.start:span.end] == kept
