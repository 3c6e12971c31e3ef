"""Search finds every form of a word, filters, and marks the matches in snippets."""

from __future__ import annotations

import pytest

from letopis.records import Article, Block, BlockType, Format, RawDocument
from letopis.store import open_store
from letopis.store.search import SearchQuery

PAGES = {
    "5ea10001": ("2023-10-19", "Визит в Пхеньян",
                 "Министр провёл переговоры с северокорейской коллегой. Стороны подписали план обменов."),
    "5ea10002": ("2025-10-27", "Итоги встречи министров",
                 "По итогам переговоров министры заявили о новом импульсе в отношениях двух стран."),
    "5ea10003": ("2025-10-28", "Погода на неделю",
                 "В Москве ожидаются дожди, в выходные похолодает до нуля градусов."),
    "5ea10004": ("2024-06-19", "Саммит в Пхеньяне",
                 "Лидеры провели переговоры в узком составе, затем в переговорах приняли участие делегации."),
}
MENU = "Главная Политика Экономика Переговоры Спорт"  # a menu word must not make a page match


def page(doc_id: str, published: str, title: str, body: str) -> tuple[RawDocument, Article]:
    text = f"{MENU}\n{title}\n{body}"
    t0 = len(MENU) + 1
    blocks = (Block(BlockType.NAVIGATION, 0, len(MENU)), Block(BlockType.TITLE, t0, t0 + len(title)),
              Block(BlockType.BODY, t0 + len(title) + 1, len(text)))
    raw = RawDocument(doc_id, doc_id, Format.TEXT, "utf-8", text)
    return raw, Article(doc_id, doc_id, text, blocks, title=title, body=body, published_at=published,
                        publisher="Вести" if doc_id.endswith("1") else "Звезда")


@pytest.fixture(scope="module")
def store():
    with open_store(":memory:") as s:
        for doc_id, (published, title, body) in PAGES.items():
            s.save_article(*page(doc_id, published, title, body))
        yield s


@pytest.mark.parametrize("query,expected", [
    ("переговоры", {"5ea10001", "5ea10002", "5ea10004"}),
    ("переговоров", {"5ea10001", "5ea10002", "5ea10004"}),
    ("переговорах", {"5ea10001", "5ea10002", "5ea10004"}),
    ("Пхеньян", {"5ea10001", "5ea10004"}),
    ("переговоры Пхеньяне", {"5ea10001", "5ea10004"}),
    ("похолодание", set()),
    ("дождь", {"5ea10003"}),
    ('переговоры" OR "дождь', set()),  # FTS syntax in input is inert: "or" is one more word to find
    ("Политика", set()),                                              # the menu is not indexed
])
def test_morphological_search(store, query, expected):
    assert {h.doc_id for h in store.search(SearchQuery(text=query))} == expected


def test_filters(store):
    hits = store.search(SearchQuery(text="переговоры", date_from="2024-01-01", publisher="звезда"))
    assert {h.doc_id for h in hits} == {"5ea10002", "5ea10004"}
    assert store.search(SearchQuery(text="переговоры", date_to="2023-12-31"))[0].doc_id == "5ea10001"


def test_snippet_marks_the_matched_forms(store):
    [hit] = store.search(SearchQuery(text="переговоры", date_from="2024-06-01", date_to="2024-06-30"))
    marked = [hit.snippet.text[s:e] for s, e in hit.snippet.marks]
    assert marked == ["переговоры", "переговорах"]
