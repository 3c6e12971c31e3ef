"""Office holders of the states added to the knowledge base beyond the large powers: who held an
office on a date, and bare roles in sentences resolved to them through the NLP stage."""

from __future__ import annotations

import pytest

from letopis.nlp import analyze
from letopis.records import EntityKind, LinkedMention
from letopis.resolve.kb import KnowledgeBase

P = EntityKind.PERSON

# (office, state, day, the one holder on that day)
HOLDERS = [
    ("head_of_government", "ES", "2015-05-01", "Мариано Рахой"),
    ("head_of_government", "ES", "2018-06-03", "Педро Санчес"),
    ("foreign_minister", "ES", "2019-01-15", "Жозеп Боррель"),
    ("monarch", "ES", "2010-01-01", "Хуан Карлос I"),
    ("monarch", "ES", "2014-06-20", "Филипп VI"),
    ("head_of_state", "PL", "2020-01-01", "Анджей Дуда"),
    ("foreign_minister", "PL", "2024-06-01", "Радослав Сикорский"),
    ("foreign_minister", "HU", "2016-03-01", "Петер Сийярто"),
    ("head_of_government", "AT", "2019-09-01", "Бригитте Бирляйн"),
    ("head_of_government", "AT", "2025-02-01", "Александер Шалленберг"),
    ("head_of_state", "FI", "2013-01-01", "Саули Ниинистё"),
    ("head_of_government", "CZ", "2026-01-15", "Андрей Бабиш"),
    ("head_of_state", "CH", "2022-07-01", "Иньяцио Кассис"),
    ("head_of_state", "CH", "2023-07-01", "Ален Берсе"),
    ("head_of_state", "BG", "2026-02-01", "Илияна Йотова"),
    ("head_of_state", "IQ", "2016-01-01", "Фуад Масум"),
    ("monarch", "JO", "2012-01-01", "Абдалла II"),
    ("foreign_minister", "JO", "2018-01-01", "Айман Сафади"),
    ("head_of_government", "QA", "2021-01-01", "Халид бен Халифа Аль Тани"),
    ("monarch", "KW", "2021-01-01", "Наваф аль-Ахмед аль-Джабер ас-Сабах"),
    ("head_of_state", "DZ", "2021-01-01", "Абдельмаджид Теббун"),
    ("foreign_minister", "MA", "2020-01-01", "Насер Бурита"),
    ("head_of_state", "NG", "2019-01-01", "Мухаммаду Бухари"),
    ("head_of_state", "KE", "2015-01-01", "Ухуру Кениата"),
    ("head_of_government", "TH", "2016-01-01", "Прают Чан-Оча"),
    ("head_of_government", "SG", "2020-01-01", "Ли Сянь Лун"),
    ("head_of_state", "PH", "2019-01-01", "Родриго Дутерте"),
    ("head_of_government", "BD", "2026-03-01", "Тарик Рахман"),
    ("head_of_state", "LK", "2023-01-01", "Ранил Викрамасингхе"),
    ("head_of_state", "CL", "2023-01-01", "Габриэль Борич"),
    ("head_of_state", "CL", "2026-03-12", "Хосе Антонио Каст"),
    ("head_of_state", "CO", "2015-01-01", "Хуан Мануэль Сантос"),
    ("head_of_state", "BO", "2021-01-01", "Луис Арсе"),
    ("head_of_state", "UY", "2012-01-01", "Хосе Мухика"),
    ("foreign_minister", "VE", "2016-01-01", "Делси Родригес"),
    ("head_of_state", "VE", "2026-02-01", "Делси Родригес"),
]


@pytest.mark.parametrize(("role", "where", "day", "expected"), HOLDERS, ids=[f"{h[0]}-{h[1]}@{h[2]}" for h in HOLDERS])
def test_one_holder_on_a_date(kb: KnowledgeBase, role: str, where: str, day: str, expected: str):
    assert [entry.name for entry, _ in kb.holders(role, where, day)] == [expected]


def test_people_cover_many_states(kb: KnowledgeBase):
    states = {t.state for e in kb.entries.values() if e.type == "person" for t in e.tenures if t.state}
    assert len(states) >= 100


def test_nobody_between_two_known_terms(kb: KnowledgeBase):
    # the knowledge base names no foreign minister of Venezuela between two ministers of 2017
    assert kb.holders("foreign_minister", "VE", "2017-07-15") == ()


def test_head_of_state_of_a_parliamentary_republic_is_ceremonial(kb: KnowledgeBase):
    for where, day in (("HU", "2015-01-01"), ("IQ", "2020-01-01"), ("PT", "2020-01-01"), ("SG", "2020-01-01")):
        held = kb.holders("head_of_state", where, day)
        assert held and all(tenure.ceremonial for _, tenure in held), where


# (text, publication date, mention as written, expected canonical name)
SENTENCES = [
    ("Премьер-министр Испании прибыл в Лиссабон.", "2019-03-01", "Премьер-министр Испании", "Педро Санчес"),
    ("Король Испании открыл выставку.", "2012-05-10", "Король Испании", "Хуан Карлос I"),
    ("Глава МИД Венгрии провёл переговоры в Белграде.", "2020-02-10", "Глава МИД Венгрии", "Петер Сийярто"),
    ("Канцлер Австрии выступил в парламенте.", "2018-04-12", "Канцлер Австрии", "Себастьян Курц"),
    ("Президент Чехии принял верительные грамоты.", "2018-06-01", "Президент Чехии", "Милош Земан"),
    ("Президент Финляндии позвонил коллеге.", "2015-09-01", "Президент Финляндии", "Саули Ниинистё"),
    ("Лидер Португалии выступил на саммите.", "2017-05-20", "Лидер Португалии", "Антониу Кошта"),
    ("Лидер Ирака посетил Тегеран.", "2016-09-01", "Лидер Ирака", "Хайдер аль-Абади"),
    ("Король Иордании встретился с делегацией.", "2019-11-05", "Король Иордании", "Абдалла II"),
    ("Президент Нигерии провёл совещание.", "2019-07-01", "Президент Нигерии", "Мухаммаду Бухари"),
    ("Премьер Таиланда отправился в Токио.", "2016-09-26", "Премьер Таиланда", "Прают Чан-Оча"),
    ("Президент Чили посетил Пекин.", "2023-10-16", "Президент Чили", "Габриэль Борич"),
    ("Министр иностранных дел Уругвая прибыл в Брюссель.", "2021-06-01",
     "Министр иностранных дел Уругвая", "Франсиско Бустильо"),
]


@pytest.fixture(scope="module")
def resolved(nlp_models, resolver):
    def run(text: str, day: str) -> tuple[LinkedMention, ...]:
        result = analyze(nlp_models, text)
        return resolver.resolve(text, result.sentences, result.mentions, day, "t")[0]

    return run


@pytest.mark.slow
@pytest.mark.parametrize(("text", "day", "written", "expected"), SENTENCES, ids=[f"{s[2]}@{s[1]}" for s in SENTENCES])
def test_bare_role_resolves_to_the_holder(resolved, text: str, day: str, written: str, expected: str):
    linked = [lm for lm in resolved(text, day) if lm.mention.text == written]
    assert linked, f"no mention {written!r} in {[lm.mention.text for lm in resolved(text, day)]}"
    assert any(lm.name == expected and lm.kind is P for lm in linked), [(lm.name, lm.kind, lm.why) for lm in linked]
