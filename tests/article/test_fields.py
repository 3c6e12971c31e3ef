"""Fields read out of typed blocks: dates, publisher, author, tags, credits, counters."""

from __future__ import annotations

import pytest

from letopis.article import default_settings, parse_article
from letopis.article.dates import find_dates, normalise_date
from letopis.article.fields import normalise_publisher, read_datelines, read_hashtags
from tests.article.pages import BOILERPLATE, PAGES, text_doc

MONTHS = default_settings().cues.months


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2025-10-27 12:34:36", "2025-10-27T12:34:36"),
        ("2025-10-27T12:34:36+03:00", "2025-10-27T12:34:36"),
        ("2025-10-27", "2025-10-27"),
        ("19.10.2023", "2023-10-19"),
        ("19.10.23", "2023-10-19"),
        ("19.10.2023 18:40", "2023-10-19T18:40:00"),
        ("12:05 03.09.2025", "2025-09-03T12:05:00"),
        ("27 октября 2025, 12:34", "2025-10-27T12:34:00"),
        ("27 октября 2025 года в 9:05", "2025-10-27T09:05:00"),
        ("21 ноя 2024, 09:15", "2024-11-21T09:15:00"),
        ("ВТОРНИК, 19 НОЯБРЯ 2024 · 08:12", "2024-11-19T08:12:00"),
        ("3 марта 2025 г.", "2025-03-03"),
        ("№ 24 (1187) от 19 июня 2025", "2025-06-19"),
    ],
)
def test_dates(line: str, iso: str) -> None:
    assert [hit.iso for hit in find_dates(line, MONTHS)] == [iso]


@pytest.mark.parametrize("line", ["31.02.2025", "1987-19-10-2023", "18 октября", "IP 10.0.0.1", "в 2025 году"])
def test_not_dates(line: str) -> None:
    assert find_dates(line, MONTHS) == []


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2025-02-20T16:40:00+07:00", "2025-02-20T16:40:00"),
        ("Mon, 27 Oct 2025 19:30:00 +0300", "2025-10-27T19:30:00"),
        ("27.10.2025", "2025-10-27"),
        ("", None),
        ("вчера", None),
    ],
)
def test_container_dates(value: str, iso: str | None) -> None:
    assert normalise_date(value, MONTHS) == iso


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("МЕДИАГРУППА «ЗВЕЗДА»", "Звезда"),
        ("Медиаресурс «Большая Азия»", "Большая Азия"),
        ("«РОССИЯ СЕГОДНЯ»", "Россия сегодня"),
        ("ТАСС", "ТАСС"),
        ("ИА Восток-Пресс", "Восток-Пресс"),
        ("Радио Вектор", "Радио Вектор"),
        ("Евразия Сегодня — все новости", "Евразия Сегодня"),
        ("  ", None),
    ],
)
def test_publisher_names(raw: str, name: str | None) -> None:
    assert normalise_publisher(raw, default_settings().cues) == name


@pytest.mark.parametrize(
    ("blocks", "tags"),
    [
        (["#Россия #КНДР #МИД РФ #цой сон хи"], ("Россия", "КНДР", "МИД РФ", "цой сон хи")),
        (["Теги: Россия, КНДР, дипломатия"], ("Россия", "КНДР", "дипломатия")),
        (["Теги\nРоссия\nВьетнам"], ("Россия", "Вьетнам")),
        (["Тэги: #библиотека #литература"], ("библиотека", "литература")),
        (["#Россия #КНДР", "#КНДР #Китай"], ("Россия", "КНДР", "Китай")),
    ],
)
def test_hashtags(blocks: list[str], tags: tuple[str, ...]) -> None:
    assert read_hashtags(blocks, default_settings().cues) == tags


# every field each synthetic page must yield
FIELDS = {
    "agency": dict(
        publisher="Восток-Пресс", published_at="2025-10-27T12:34:00", author=None,
        title="Лавров прибыл в Ханой с официальным визитом",
        lead="Министр иностранных дел России проведет переговоры с вьетнамским коллегой",
        hashtags=("Россия", "Вьетнам", "МИД"), credits=(), views=None,
    ),
    "agency_counter": dict(
        publisher="РИА Вектор", published_at="2025-09-03T12:05:00", author=None,
        title="Лавров заявил о новом этапе в отношениях с Лаосом", lead=None, hashtags=(), credits=(), views=4512,
    ),
    "newspaper": dict(
        publisher="Деловой курьер", published_at="2025-02-14", author="Ольга Смирнова",
        title="Москва и Пекин сверили позиции перед саммитом", lead="Главы МИД двух стран встретились в Пекине",
        hashtags=(), credits=("Фото: Петр Сидоров / «Деловой курьер»",), views=None,
    ),
    "business": dict(
        publisher=None, published_at="2024-11-21T09:15:00", author=None,
        title="Кремль назвал сроки визита премьер-министра Индии", lead=None,
        hashtags=(), credits=("Фото: Александр Петров / «Бизнес-День»",), views=3102,
    ),
    "regional": dict(
        publisher=None, published_at="2025-03-11T10:20:00", author="Кирилл Петров",
        title="Губернатор встретился с делегацией из Монголии", lead=None, hashtags=(), credits=(), views=845,
    ),
    "tv_channel": dict(
        publisher=None, published_at=None, author=None, title="Премьер Монголии прибыл в Москву", lead=None,
        hashtags=("Монголия", "Россия", "визит правительства"),
        credits=("Фото: Север-ТВ", "Видео: Север-ТВ"), views=None,
    ),
}


@pytest.mark.parametrize("page", sorted(FIELDS))
def test_page_fields(page: str) -> None:
    article = parse_article(text_doc(PAGES[page]))
    found = {name: getattr(article, name) for name in FIELDS[page]}
    assert found == FIELDS[page]


@pytest.mark.parametrize("page", sorted(PAGES))
def test_no_boilerplate_in_body(page: str) -> None:
    article = parse_article(text_doc(PAGES[page]))
    assert article.body
    for text in BOILERPLATE[page]:
        assert text not in article.body, text
        assert text not in (article.title or "") and text not in (article.lead or "")


def test_container_metadata_fills_gaps() -> None:
    page = "Короткая заметка о переговорах министров\n\nМинистры обсудили двустороннее сотрудничество в Москве."
    article = parse_article(text_doc(page, publisher="«Северная газета»", published_at="2025-01-15T08:00:00+03:00",
                                     author="Иван Петров"))
    assert (article.publisher, article.published_at, article.author) == (
        "Северная газета", "2025-01-15T08:00:00", "Иван Петров")


def test_container_time_refines_a_page_date_of_the_same_day() -> None:
    page = "Заголовок заметки о визите министра\n15.01.2025\n\nМинистр прибыл в столицу с официальным визитом."
    article = parse_article(text_doc(page, published_at="2025-01-15T08:30:00+03:00"))
    assert article.published_at == "2025-01-15T08:30:00"
    other_day = parse_article(text_doc(page, published_at="2025-01-20T08:30:00"))
    assert other_day.published_at == "2025-01-15"


def test_container_title_picks_the_title_line() -> None:
    page = ("Новости региона всегда первыми\n\nМэр открыл новый мост через реку\n\n"
            "Мэр города открыл мост, строительство шло три года.")
    assert parse_article(text_doc(page)).title == "Новости региона всегда первыми"
    article = parse_article(text_doc(page, title="Мэр открыл новый мост через реку — Новости региона"))
    assert article.title == "Мэр открыл новый мост через реку"


@pytest.mark.parametrize(
    ("lines", "published_at", "publisher", "author"),
    [
        (["date 2025-10-27 МЕДИАГРУППА «ЗВЕЗДА»", "Ян Брацкий 2025-10-27 12:34:36"],
         "2025-10-27T12:34:36", "Звезда", "Ян Брацкий"),
        (["Денис Уваров · 25 апреля 2024, 19:05 · Газета № 74 (5821)"], "2024-04-25T19:05:00", None, "Денис Уваров"),
        (["Информационное агентство Регион Медиа, 27.10.2025"], "2025-10-27", "Регион Медиа", None),
        (['Газета "Северный курьер" №12 от 03.03.2025, стр. 2'], "2025-03-03", "Северный курьер", None),
        (["16:05 27.10.2025 (обновлено: 17:42 28.10.2025)"], "2025-10-27T16:05:00", None, None),
        (["Обновлено: 28.10.2025 10:00", "Опубликовано: 27.10.2025 09:00"], "2025-10-27T09:00:00", None, None),
        (["27 октября 2025, 12:34 ТАСС"], "2025-10-27T12:34:00", "ТАСС", None),
        (["Автор: Мария Сидорова"], None, None, "Мария Сидорова"),
    ],
)
def test_datelines(lines: list[str], published_at: str | None, publisher: str | None, author: str | None) -> None:
    byline = read_datelines(lines, default_settings())
    assert (byline.published_at, byline.publisher, byline.author) == (published_at, publisher, author)
