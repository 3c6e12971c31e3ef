"""Near-duplicates: reprints with other boilerplate are grouped; different articles are not."""

from __future__ import annotations

import pytest

from letopis.records import Article, Block, BlockType, Format, RawDocument
from letopis.store import open_store

WIRE = (
    "Министр иностранных дел Турции провёл в Анкаре переговоры со своим иранским коллегой. Стороны обсудили "
    "ситуацию на Ближнем Востоке, торговлю и транзит энергоносителей. По итогам встречи министры заявили о "
    "намерении подготовить визит президента Ирана в Турцию в первой половине следующего года. Кроме того, "
    "они договорились создать рабочую группу по вопросам пограничного сотрудничества."
)
EDITED = WIRE.replace("провёл в Анкаре переговоры", "провёл переговоры в Анкаре").replace(
    "Кроме того, они", "Они также")
OTHER = (
    "Центральный банк сохранил ключевую ставку на прежнем уровне. Аналитики ожидали такого решения: инфляция "
    "замедляется, а рубль остаётся стабильным. Следующее заседание совета директоров состоится в декабре. "
    "Ведущие банки пока не меняют ставки по вкладам и кредитам, следует из их сообщений."
)
MENU = "Главная Политика Экономика Общество Спорт Культура Наука Регионы Мир Происшествия Видео Фото"


def page(doc_id: str, body: str, boilerplate: str) -> tuple[RawDocument, Article]:
    title = "Переговоры в Анкаре"
    text = f"{boilerplate}\n{title}\n{body}\n{boilerplate}"
    t0 = len(boilerplate) + 1
    b0 = t0 + len(title) + 1
    blocks = (Block(BlockType.NAVIGATION, 0, len(boilerplate)), Block(BlockType.TITLE, t0, t0 + len(title)),
              Block(BlockType.BODY, b0, b0 + len(body)), Block(BlockType.FOOTER, b0 + len(body) + 1, len(text)))
    raw = RawDocument(doc_id, f"{doc_id}.txt", Format.TEXT, "utf-8", text)
    return raw, Article(doc_id, raw.source, text, blocks, title=title, body=body)


@pytest.fixture
def store():
    with open_store(":memory:") as s:
        yield s


def test_reprints_with_other_boilerplate_are_grouped(store):
    store.save_article(*page("aaaa0001", WIRE, MENU))
    store.save_article(*page("aaaa0002", EDITED, "Новости Москвы | Афиша | Погода | Пробки | Вакансии"))
    store.save_article(*page("aaaa0003", WIRE, "Читайте нас в Телеграме. Подпишитесь на рассылку"))
    assert store.duplicate_groups() == {"aaaa0001": ["aaaa0002", "aaaa0003"]}
    assert store.canonical_of("aaaa0003") == "aaaa0001"


def test_shared_boilerplate_does_not_make_different_articles_alike(store):
    heavy = " ".join([MENU] * 20)
    store.save_article(*page("bbbb0001", WIRE, heavy))
    store.save_article(*page("bbbb0002", OTHER, heavy))
    assert store.duplicate_groups() == {}
