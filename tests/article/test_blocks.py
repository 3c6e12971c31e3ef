"""Block typing on pages in the shapes of different outlets: every line gets the type it should."""

from __future__ import annotations

import pytest

from letopis.article import parse_article
from letopis.records import Article, BlockType
from tests.article.pages import PAGES, text_doc

T = BlockType

# (page, the start of a line or a part of one, its block type)
TYPED = [
    ("agency", "Политика", T.OTHER),
    ("agency", "Лавров прибыл в Ханой", T.TITLE),
    ("agency", "Министр иностранных дел России проведет", T.LEAD),
    ("agency", "27 октября 2025, 12:34", T.DATELINE),
    ("agency", "обновлено: 27 октября", T.DATELINE),
    ("agency", "ХАНОЙ, 27 октября.", T.BODY),
    ("agency", "В ходе визита", T.BODY),
    ("agency", "Теги", T.HASHTAGS),
    ("agency", "Вьетнам\nМИД", T.HASHTAGS),
    ("agency", "Читайте также", T.TEASER),
    ("agency", "Путин провел телефонный", T.TEASER),
    ("agency", "© 2025 ИА", T.FOOTER),
    ("agency_counter", "Лавров заявил", T.TITLE),
    ("agency_counter", "12:05 03.09.2025", T.DATELINE),
    ("agency_counter", "4 512", T.VIEWS),
    ("agency_counter", "ВЬЕНТЬЯН, 3 сен", T.BODY),
    ("agency_counter", '"Мы договорились', T.BODY),
    ("agency_counter", "Читайте также: Путин", T.TEASER),
    ("agency_counter", "Ранее стороны подписали", T.BODY),
    ("agency_counter", "РИА Вектор / Иван Иванов", T.NAVIGATION),
    ("agency_counter", "Добавьте РИА Вектор", T.SUBSCRIBE),
    ("newspaper", "Газета «Деловой курьер»", T.DATELINE),
    ("newspaper", "Москва и Пекин сверили", T.TITLE),
    ("newspaper", "Главы МИД двух стран", T.LEAD),
    ("newspaper", "Текст: Ольга Смирнова", T.DATELINE),
    ("newspaper", "Министр иностранных дел России провел", T.BODY),
    ("newspaper", "Фото: Петр Сидоров", T.CREDITS),
    ("business", "Политика, 21 ноя 2024, 09:15", T.DATELINE),
    ("business", "3 102", T.VIEWS),
    ("business", "Кремль назвал сроки", T.TITLE),
    ("business", "Визит премьер-министра Индии в Россию", T.BODY),
    ("business", "Фото: Александр Петров", T.CREDITS),
    ("business", "Подписывайтесь", T.SUBSCRIBE),
    ("business", "Реклама", T.NAVIGATION),
    ("business", "Самое читаемое", T.TEASER),
    ("business", "Рубль укрепился", T.TEASER),
    ("regional", "Главная / Новости / Общество", T.NAVIGATION),
    ("regional", "Губернатор встретился", T.TITLE),
    ("regional", "Кирилл Петров", T.DATELINE),
    ("regional", "11.03.2025 10:20", T.DATELINE),
    ("regional", "Просмотров: 845", T.VIEWS),
    ("regional", "Губернатор области провел", T.BODY),
    ("regional", "«Мы заинтересованы", T.BODY),
    ("regional", "Нашли ошибку?", T.FOOTER),
    ("regional", "Комментарии (0)", T.NAVIGATION),
    ("tv_channel", "Телеканал «Север-ТВ»", T.OTHER),
    ("tv_channel", "Прямой эфир", T.NAVIGATION),
    ("tv_channel", "Премьер Монголии прибыл", T.TITLE),
    ("tv_channel", "сегодня, 18:45", T.DATELINE),
    ("tv_channel", "© Фото: Север-ТВ", T.CREDITS),
    ("tv_channel", "© Видео: Север-ТВ", T.CREDITS),
    ("tv_channel", "Премьер-министр Монголии прибыл", T.BODY),
    ("tv_channel", "Переговоры глав правительств", T.BODY),
    ("tv_channel", "#Монголия", T.HASHTAGS),
    ("tv_channel", "Сейчас в эфире", T.NAVIGATION),
    ("tv_channel", "18:00 Новости 16+", T.SCHEDULE),
    ("tv_channel", "18:30 Вечерний выпуск", T.SCHEDULE),
]


@pytest.fixture(scope="module")
def parsed() -> dict[str, Article]:
    return {name: parse_article(text_doc(content)) for name, content in PAGES.items()}


def block_at(article: Article, text: str) -> BlockType:
    start = article.text.index(text)
    for block in article.blocks:
        if block.start <= start < block.end:
            return block.type
    raise AssertionError(f"{text!r} is in no block")


@pytest.mark.parametrize(("page", "text", "expected"), TYPED, ids=[f"{p}:{t[:24]}" for p, t, _ in TYPED])
def test_line_type(parsed: dict[str, Article], page: str, text: str, expected: BlockType) -> None:
    assert block_at(parsed[page], text) is expected


@pytest.mark.parametrize("page", sorted(PAGES))
def test_blocks_cover_every_line_in_order(parsed: dict[str, Article], page: str) -> None:
    article = parsed[page]
    assert article.text == PAGES[page]
    ends = [0]
    for block in article.blocks:
        assert ends[-1] <= block.start < block.end <= len(article.text)
        assert article.text[block.start:block.end] == article.text[block.start:block.end].strip()
        ends.append(block.end)
    covered = "".join(article.text[b.start:b.end] for b in article.blocks)
    assert "".join(covered.split()) == "".join(article.text.split())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("© Фото: ТАСС © Видео: RT", [T.CREDITS, T.CREDITS]),
        ("Фото: © Пресс-служба Кремля", [T.CREDITS]),
        ("Фото: ТАСС Видео: Первый канал", [T.CREDITS, T.CREDITS]),
        ("© 2024 АО «Издательский дом». Все права защищены.", [T.FOOTER]),
        ("19.10.2023 Медиаресурс «Азия сегодня» 3259", [T.DATELINE, T.VIEWS]),
        ("15 сентября 2024, 21:48  |  👁 6 031  |  💬 87", [T.DATELINE, T.VIEWS, T.OTHER]),
        ("Газета «Курьер» №195 от 28.10.2025, стр. 6", [T.DATELINE]),
        ("ПЯТНИЦА, 4 АПРЕЛЯ 2025 · 08:12", [T.DATELINE]),
        ("21 марта 2024 · 17:30 · Прочитано 389 раз", [T.DATELINE, T.VIEWS]),
        ("Автор: Мария Сидорова", [T.DATELINE]),
        ("Просмотров: 1 846", [T.VIEWS]),
        ("👁 968", [T.VIEWS]),
        ("12+", [T.FOOTER]),
        ("#МИД РФ #цой сон хи", [T.HASHTAGS]),
        ("Теги: Россия, КНДР, дипломатия", [T.HASHTAGS]),
        ("Казань  Набережные Челны  Альметьевск  Елабуга", [T.NAVIGATION]),
        ("Город | Страна | Мир | Деньги", [T.NAVIGATION]),
        ("Мир / Дипломатия", [T.NAVIGATION]),
        ("Абхазия Азербайджан Армения Афганистан Бангладеш", [T.NAVIGATION]),
        ("Получайте лучшие новости от нашего канала", [T.SUBSCRIBE]),
        ("Подпишитесь на рассылку последних новостей.", [T.SUBSCRIBE]),
        ("2:07 Кухня народов Азии. Вьетнам 6+", [T.SCHEDULE]),
        ("Сетевое издание зарегистрировано в Роскомнадзоре", [T.FOOTER]),
        ("Рубрика: Мир и мы", [T.OTHER]),
        ("Политика, 27 окт, 12:34", [T.DATELINE]),
        ("сегодня, 18:45", [T.DATELINE]),
        ("Перейти в медиабанк", [T.SUBSCRIBE]),
        ("Мнение автора может не совпадать с позицией редакции.", [T.FOOTER]),
        ("Фото на обложке: архив редакции", [T.CREDITS]),
        ("Фото пресс-службы губернатора", [T.CREDITS]),
        ("Фото Видео", [T.OTHER]),   # a menu of two links, not a credit
    ],
)
def test_one_line_shape(line: str, expected: list[BlockType]) -> None:
    # a body sentence after the line gives it a page to stand on
    page = f"{line}\n\nМинистр провел переговоры с коллегой, стороны обсудили двусторонние отношения."
    article = parse_article(text_doc(page))
    line_blocks = [b.type for b in article.blocks if b.end <= len(line)]
    assert line_blocks == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Подробнее о встрече рассказал пресс-секретарь министерства иностранных дел.",
        "27 октября 2025 года Лавров встретился с министром иностранных дел КНДР.",
        "Фото, опубликованные в сети, показывают делегацию у входа в здание министерства.",
        "По теме переговоров высказался и председатель комитета по международным делам.",
        "Популярное мнение о том, что визит отложат, не подтвердилось, сообщил источник.",
    ],
)
def test_sentences_that_open_like_furniture_stay_body(sentence: str) -> None:
    page = ("Заголовок новости о важной встрече\n\n"
            f"Первый абзац текста о встрече министров иностранных дел.\n\n{sentence}")
    article = parse_article(text_doc(page))
    assert block_at(article, sentence) is T.BODY
