"""Linking without the NLP stage: hand-made mentions, no tokens."""

from __future__ import annotations

import pytest

from letopis.records import EntityKind, Mention, MentionType
from letopis.resolve import Resolver
from letopis.resolve.names import name_matches, word_matches


def _mentions(text: str, *spans: tuple[str, MentionType]) -> list[Mention]:
    out, offset = [], 0
    for written, kind in spans:
        start = text.index(written, offset)
        out.append(Mention(start, start + len(written), written, kind))
        offset = start + len(written)
    return out


@pytest.mark.parametrize(("query", "name", "expected"), [
    ("лаврова", "лавров", True),
    ("лаврову", "лавров", True),
    ("сергея", "сергей", True),
    ("захаровой", "захарова", True),
    ("ыном", "ын", True),
    ("цзиньпина", "цзиньпин", True),
    ("медведчук", "медведев", False),
    ("лавр", "лавров", False),
])
def test_word_matches(query: str, name: str, expected: bool):
    assert word_matches(query, name) is expected


def test_east_asian_names_decline_only_at_the_end():
    assert name_matches(["ким", "чен", "ыном"], ["ким", "чен", "ын"], family_first=True)
    assert not name_matches(["кима", "чен", "ын"], ["ким", "чен", "ын"], family_first=True)


@pytest.mark.parametrize(("written", "types", "expected"), [
    ("России", ("state",), "state:RU"),
    ("Россией", ("state",), "state:RU"),
    ("КНДР", ("state",), "state:KP"),
    ("Москвы", ("city",), "city:moskva"),
    ("Пхеньяна", ("city",), "city:pkhenyan"),
    ("Российской Федерации", ("state",), "state:RU"),
    ("Соединённых Штатов", ("state",), "state:US"),
    ("Кот-д'Ивуаре", ("state",), "state:CI"),
    ("МИДом России", ("org",), "org:mfa-ru"),
    ("Госдепа", ("org",), "org:us-state-department"),
    ("Ким Чен Ыну", ("person",), "person:kim-chen-yn"),
    ("Си Цзиньпином", ("person",), "person:si-tszinpin"),
    ("Сергею Викторовичу Лаврову", ("person",), "person:sergey-lavrov"),
])
def test_names_in_case_forms(resolver: Resolver, written: str, types: tuple[str, ...], expected: str):
    found, _ = resolver.names.find(written, types)
    assert [e.id for e in found] == [expected]


def test_surnames_go_back_to_the_full_name_even_when_it_comes_later(resolver: Resolver):
    text = "Лавров: встреча. Позже Сергей Лавров и Андрей Карлов. Лаврову и Карлову вручили награды."
    mentions = _mentions(text, ("Лавров", MentionType.PER), ("Сергей Лавров", MentionType.PER),
                         ("Андрей Карлов", MentionType.PER), ("Лаврову", MentionType.PER),
                         ("Карлову", MentionType.PER))
    linked, entities = resolver.resolve(text, (), mentions, None, "x1")
    names = [(lm.mention.text, lm.entity_id) for lm in linked]
    assert names[0][1] == names[1][1] == names[3][1] == "kb:person:sergey-lavrov"
    assert names[2][1] == names[4][1] == "doc:x1:1"
    assert {e.id: e.name for e in entities}["doc:x1:1"] == "Андрей Карлов"


def test_new_people_are_named_in_the_nominative(resolver: Resolver):
    text = "Награды вручили Андрею Карлову и Пак Чжи Ыну."
    mentions = _mentions(text, ("Андрею Карлову", MentionType.PER), ("Пак Чжи Ыну", MentionType.PER))
    linked, _ = resolver.resolve(text, (), mentions, None, "x2")
    assert [lm.name for lm in linked] == ["Андрей Карлов", "Пак Чжи Ын"]
    assert all(lm.why == "new:person" for lm in linked)


def test_a_bare_surname_goes_to_the_office_holder_of_the_day(resolver: Resolver):
    text = "Заявил Медведев."
    mentions = _mentions(text, ("Медведев", MentionType.PER))
    assert resolver.resolve(text, (), mentions, "2009-01-01", "x3")[0][0].name == "Дмитрий Медведев"
    ambiguous = "Заявил Ким."
    linked, _ = resolver.resolve(ambiguous, (), _mentions(ambiguous, ("Ким", MentionType.PER)), None, "x4")
    assert linked[0].entity_id.startswith("doc:")


def test_kb_entities_carry_wikidata_and_iso(resolver: Resolver):
    text = "Россия и Китай."
    mentions = _mentions(text, ("Россия", MentionType.LOC), ("Китай", MentionType.LOC))
    _, entities = resolver.resolve(text, (), mentions, None, "x5")
    assert [(e.id, e.kind, e.wikidata, e.iso) for e in entities] == [
        ("kb:state:RU", EntityKind.STATE, "Q159", "RU"), ("kb:state:CN", EntityKind.STATE, "Q148", "CN")]


@pytest.mark.parametrize(("written", "kind", "day", "country"), [
    ("Москва", MentionType.LOC, None, "RU"),
    ("МИД КНДР", MentionType.ORG, None, "KP"),
    ("Госдепартамент", MentionType.ORG, None, "US"),
    ("Ван И", MentionType.PER, "2024-01-01", "CN"),
    ("Пан Ги Мун", MentionType.PER, "2005-01-01", "KR"),
    ("Пан Ги Мун", MentionType.PER, "2010-01-01", "KR"),
    ("Антониу Гутерриш", MentionType.PER, "2020-01-01", None),
    ("Кая Каллас", MentionType.PER, "2025-01-01", "EE"),
])
def test_entities_carry_their_country(resolver: Resolver, written: str, kind: MentionType, day: str | None,
                                      country: str | None):
    _, entities = resolver.resolve(written, (), [Mention(0, len(written), written, kind)], day, "x7")
    assert entities[0].country == country


def test_state_of(resolver: Resolver):
    assert resolver.state_of("kb:city:moskva") == "kb:state:RU"
    assert resolver.state_of("kb:org:mfa-kp") == "kb:state:KP"
    assert resolver.state_of("kb:state:US") == "kb:state:US"
    assert resolver.state_of("doc:x:1") is None


def test_every_given_mention_is_linked(resolver: Resolver):
    text = "Глава МИД Пак и некий Смит прибыли в Москву на Форум."
    mentions = _mentions(text, ("Глава МИД", MentionType.PER), ("Пак", MentionType.PER), ("Смит", MentionType.PER),
                         ("Москву", MentionType.LOC), ("Форум", MentionType.EVENT))
    mentions[0] = Mention(mentions[0].start, mentions[0].end, mentions[0].text, MentionType.PER, None, "grammar", True)
    linked, entities = resolver.resolve(text, (), mentions, "2020-01-01", "x6")
    assert {lm.mention for lm in linked} >= set(mentions)
    assert {lm.entity_id for lm in linked} == {e.id for e in entities}
    assert all(e.id.startswith(("kb:", "doc:x6:")) for e in entities)


def test_a_body_of_one_state_in_another(resolver: Resolver):
    text = "цветы в Посольстве России в КНДР"
    mention = Mention(9, 32, "Посольстве России в КНДР", MentionType.ORG, "Посольство России в КНДР")
    linked, entities = resolver.resolve(text, (), [mention], None, "x8")
    assert (linked[0].entity_id, linked[0].name) == ("kb:kind:embassy:RU:in:KP", "Посольство России в КНДР")
    assert resolver.state_of(linked[0].entity_id) == "kb:state:RU"
    assert entities[0].country == "RU"
