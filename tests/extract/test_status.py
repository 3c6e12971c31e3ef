"""A planned, future or denied event is never reported as one that happened."""

from __future__ import annotations

import pytest

# (passage, publication date or none): every event read from these lies ahead, was denied or is in doubt
NOT_HAPPENED: list[tuple[str, str | None]] = [
    ("Президент Вьетнама То Лам посетит Москву в мае.", "2025-03-01"),
    (
        "Премьер-министр Индии Нарендра Моди проведет переговоры с президентом Франции Эмманюэлем Макроном "
        "в Париже.",
        "2025-02-01",
    ),
    ("Встреча лидеров Китая и Японии состоится на следующей неделе.", "2025-10-20"),
    ("Готовится визит президента Бразилии Лулы да Силвы в Пекин.", "2025-04-01"),
    ("Ведется подготовка к визиту канцлера Германии Фридриха Мерца в Анкару.", "2025-09-01"),
    ("Планируется встреча министров иностранных дел Армении и Азербайджана.", "2025-03-10"),
    ("Стороны обсудили проработку будущего визита президента Египта в Россию.", "2025-03-10"),
    ("Президент Аргентины Хавьер Милей намерен посетить Израиль.", "2025-05-01"),
    ("Лидеры стран Африканского союза соберутся на саммит в Аддис-Абебе.", "2025-01-20"),
    ("Министры иностранных дел России и Китая проведут телефонный разговор завтра.", "2025-06-01"),
    ("Индонезия и Малайзия подпишут соглашение о морской границе.", "2025-07-01"),
    ("Кремль опроверг информацию о встрече Владимира Путина с Владимиром Зеленским.", "2025-02-01"),
    ("Министр иностранных дел Венгрии Петер Сийярто не встречался с главой МИД Украины.", "2025-02-01"),
    ("Визит премьер-министра Японии в Сеул отменен.", "2025-02-01"),
    ("Встречи Эрдогана и Асада не было.", "2024-11-01"),
    ("Президент Турции не исключил встречи с президентом Сирии.", "2024-11-01"),
    ("По неофициальным данным, Трамп может встретиться с Ким Чен Ыном в Пханмунджоме.", "2025-10-25"),
    ("Возможно, Си Цзиньпин посетит Вашингтон в следующем году.", "2025-06-01"),
    ("Эмманюэль Макрон предложил провести встречу с Владимиром Путиным.", "2025-03-01"),
    ("Президент Кении Уильям Руто пригласил президента Танзании посетить Найроби.", "2025-03-01"),
    # a future inside a relative clause is the clause's own, whatever tense the main verb has
    (
        "Министр иностранных дел Литвы Кястутис Будрис, который завтра будет беседовать с главой МИД Италии "
        "Антонио Таяни, заявил, что переговоры будут трудными.",
        "2025-06-10",
    ),
    (
        "Глава МИД Венгрии Петер Сийярто, который будет вести переговоры с коллегой из Словакии Юраем Бланаром, "
        "подчеркнул, что Будапешт открыт к диалогу.",
        None,
    ),
    (
        "Премьер-министр Хорватии Андрей Пленкович, которого завтра примет канцлер Австрии Кристиан Штокер, "
        "заявил, что сотрудничество растет.",
        "2025-02-10",
    ),
    # an intent with an infinitive: the gathering it is set in lies ahead too
    ("Уругвай, Парагвай и ещё ряд государств собираются поднять во время форума вопрос о квотах.", "2025-04-01"),
    ("Премьер-министр Новой Зеландии Кристофер Лаксон намеревается посетить Сингапур.", None),
]
VISIT_ASKED_FOR = 19  # the passage whose invitation happened; only the visit it asks for is checked


@pytest.mark.slow
@pytest.mark.parametrize(("index", "text", "published"), [(n, t, p) for n, (t, p) in enumerate(NOT_HAPPENED)])
def test_nothing_reported_as_having_happened(read_passage, index: int, text: str, published: str | None) -> None:
    reading = read_passage(text, published)
    events = [e for e in reading.events if e.type.value != "statement"]
    if index == VISIT_ASKED_FOR:
        events = [e for e in events if e.type.value == "visit"]
    assert events, "\n".join(reading.debug)
    for event in events:
        assert event.status.value != "occurred", "\n".join(reading.debug)


# A statement was made whatever doubt the words it reports hold: a cue inside its complement clause is not its own.
SAID_WITH_DOUBT: list[tuple[str, str | None, str | None]] = [
    # (passage, publication date or none, the status of the event the statement reports, if any)
    ("Министр иностранных дел Норвегии Эспен Барт Эйде указал, что миссия возможна.", "2025-06-10", None),
    (
        "Премьер-министр Ирландии Саймон Харрис заявил, что визит президента Кении Уильяма Руто в Дублин возможен.",
        None,
        "uncertain",
    ),
    (
        "Глава МИД Португалии Паулу Рангел сообщил, что переговоры с Испанией, вероятно, будут отложены.",
        "2025-05-05",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "reported"), SAID_WITH_DOUBT)
def test_a_statement_takes_no_cue_from_what_it_reports(
    read_passage, text: str, published: str | None, reported: str | None
) -> None:
    reading = read_passage(text, published)
    said = [e for e in reading.events if e.type.value == "statement"]
    assert said, "\n".join(reading.debug)
    assert all(e.status.value == "occurred" for e in said), "\n".join(reading.debug)
    others = [e.status.value for e in reading.events if e.type.value != "statement"]
    assert others == ([reported] if reported else []), "\n".join(reading.debug)
