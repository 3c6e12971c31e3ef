"""The store on its own: idempotent saves, URL versions, filters, migrations."""

from __future__ import annotations

import sqlite3

import pytest

from letopis.records import Article, Block, BlockType, Format, RawDocument
from letopis.store import SaveOutcome, StoreError, open_store
from letopis.store.base import ArticleFilter
from letopis.store.migrations import available


def make(doc_id: str, text: str, *, url: str | None = None, published: str | None = None,
         publisher: str | None = "Вести") -> tuple[RawDocument, Article]:
    raw = RawDocument(id=doc_id, source=f"{doc_id}.txt", format=Format.TEXT, encoding="utf-8",
                      content=text, url=url)
    title_end = text.index("\n")
    article = Article(
        doc_id=doc_id, source=raw.source, text=text,
        blocks=(Block(BlockType.TITLE, 0, title_end), Block(BlockType.BODY, title_end + 2, len(text)),
                Block(BlockType.NAVIGATION, 0, 0)),
        publisher=publisher, published_at=published, title=text[:title_end], body=text[title_end + 2:],
        hashtags=("Россия", "цой сон хи"), credits=("Фото: ТАСС",), views=12,
    )
    return raw, article


@pytest.fixture
def store():
    with open_store(":memory:") as s:
        yield s


def test_save_is_idempotent_by_content_hash(store):
    raw, article = make("a1b2c3d4", "Заголовок\n\nТекст статьи.")
    assert store.save_article(raw, article) is SaveOutcome.STORED
    assert store.save_article(raw, article) is SaveOutcome.UNCHANGED
    assert store.count_documents() == 1


def test_round_trip_keeps_every_field(store):
    raw, article = make("a1b2c3d4", "Заголовок\n\nТекст статьи.", published="2025-10-27T12:34:36")
    store.save_article(raw, article)
    back = store.get_article("a1b2").article
    assert back == article


def test_same_url_new_content_is_a_new_version(store):
    store.save_article(*make("00000001", "Первая\n\nверсия", url="https://x.ru/a"))
    store.save_article(*make("00000002", "Вторая\n\nверсия", url="https://x.ru/a"))
    assert store.get_article("00000002").previous_version == "00000001"
    assert store.get_article("00000001").previous_version is None


def test_filters_by_date_and_publisher_case_insensitive(store):
    store.save_article(*make("00000001", "А\n\nа", published="2023-10-19", publisher="Большая Азия"))
    store.save_article(*make("00000002", "Б\n\nб", published="2025-10-27T12:34:36", publisher="Звезда"))
    store.save_article(*make("00000003", "В\n\nв", published=None, publisher="Звезда"))
    ids = [s.article.doc_id for s in store.iter_articles()]
    assert ids == ["00000001", "00000002", "00000003"]  # oldest first, undated last
    got = [s.article.doc_id for s in store.iter_articles(ArticleFilter(date_from="2024-01-01"))]
    assert got == ["00000002"]
    got = [s.article.doc_id for s in store.iter_articles(ArticleFilter(publisher="звезда"))]
    assert got == ["00000002", "00000003"]


def test_id_prefix_must_be_unambiguous(store):
    store.save_article(*make("abcd0001", "А\n\nа"))
    store.save_article(*make("abcd0002", "Б\n\nб"))
    with pytest.raises(KeyError, match="ambiguous"):
        store.get_article("abcd")
    with pytest.raises(KeyError, match="no such document"):
        store.get_article("ffff")


def test_failed_write_leaves_nothing_behind(store):
    raw, article = make("a1b2c3d4", "Заголовок\n\nТекст статьи.")
    bad = Article(**{**{f: getattr(article, f) for f in article.__slots__}, "hashtags": (object(),)})
    with pytest.raises(TypeError):
        store.save_article(raw, bad)
    assert store.count_documents() == 0
    assert store.save_article(raw, article) is SaveOutcome.STORED


def test_migrations_are_recorded_and_applied_once(db_path):
    open_store(db_path).close()
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [m.version for m in available()]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("это не база данных " * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a Letopis database"):
        open_store(path)
