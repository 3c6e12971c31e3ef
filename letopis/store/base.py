"""The SQLite store: one file, WAL mode, one transaction per document."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from letopis.corpus import duplicates
from letopis.corpus.merge import fold
from letopis.corpus.search import Lemmatizer, default_lemmatizer
from letopis.records import (
    Analysis,
    Article,
    Block,
    BlockType,
    Entity,
    Event,
    LinkedMention,
    Quote,
    RawDocument,
)
from letopis.store import analysis as analysis_store
from letopis.store import chronicle, timeline
from letopis.store import search as search_store
from letopis.store.analysis import EventFilter, PloverFn
from letopis.store.chronicle import ChronicleEvent
from letopis.store.filters import article_clauses
from letopis.store.migrations import migrate
from letopis.store.search import SearchHit, SearchQuery
from letopis.store.timeline import TimelineQuery


class StoreError(Exception):
    """A problem with the database itself (not with one document)."""


class SaveOutcome(StrEnum):
    STORED = "stored"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleFilter:
    date_from: str | None = None     # ISO date, inclusive
    date_to: str | None = None       # ISO date, inclusive
    publisher: str | None = None     # case-insensitive substring
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoredArticle:
    article: Article
    format: str
    encoding: str
    ingested_at: str
    previous_version: str | None


def _sqlite_path(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if url.startswith("sqlite://"):
        return url[len("sqlite://"):] or ":memory:"
    return url


def open_store(url: str | Path = "letopis.db") -> Store:
    """Open (and create or migrate) the store at a path or ``sqlite:///path`` URL."""
    url = str(url)
    if url.startswith(("postgresql:", "postgres:")):
        raise StoreError(f"{url}: PostgreSQL is not supported by this version; use a SQLite file")
    return Store(_sqlite_path(url))


class Store:
    def __init__(self, path: str) -> None:
        self.path = path
        self._lemmatizer: Lemmatizer | None = None
        try:
            # writers queue for the lock rather than fail: several ingests may share one file
            self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=60)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open database: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        # SQLite's own lower() folds ASCII only; filters compare Cyrillic names too
        self.conn.create_function("lower", 1, _casefold, deterministic=True)
        self.conn.create_function("fold", 1, fold, deterministic=True)
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{path}: not a Letopis database ({exc})") from exc

    @property
    def lemmatizer(self) -> Lemmatizer:
        """Loaded on first use: listing and showing articles never need it."""
        if self._lemmatizer is None:
            self._lemmatizer = default_lemmatizer()
        return self._lemmatizer

    # -- life cycle -------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def save_article(self, raw: RawDocument, article: Article) -> SaveOutcome:
        """Store a document and its article in one transaction; idempotent by content hash."""
        if self.has_document(raw.id):
            return SaveOutcome.UNCHANGED
        now = datetime.now(UTC).isoformat(timespec="seconds")
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        if self.has_document(raw.id):  # another process stored it while this one waited for the lock
            conn.execute("ROLLBACK")
            return SaveOutcome.UNCHANGED
        try:
            previous = None
            if raw.url:
                row = conn.execute(
                    "SELECT id FROM documents WHERE url = ? ORDER BY ingested_at DESC, rowid DESC LIMIT 1",
                    (raw.url,),
                ).fetchone()
                previous = row[0] if row else None
            conn.execute(
                "INSERT INTO documents (id, source, url, format, encoding, content, ingested_at,"
                " previous_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (raw.id, raw.source, raw.url, str(raw.format), raw.encoding, raw.content, now, previous),
            )
            conn.execute(
                "INSERT INTO articles (doc_id, publisher, published_at, author, title, lead, body,"
                " hashtags, credits, views, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    raw.id, article.publisher, article.published_at, article.author, article.title,
                    article.lead, article.body, _json(article.hashtags), _json(article.credits),
                    article.views, article.text,
                ),
            )
            conn.executemany(
                "INSERT INTO blocks (doc_id, seq, type, span_start, span_end) VALUES (?, ?, ?, ?, ?)",
                [(raw.id, n, str(b.type), b.start, b.end) for n, b in enumerate(article.blocks)],
            )
            duplicates.add_article(conn, article)
            search_store.index_article(conn, article, self.lemmatizer)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return SaveOutcome.STORED

    # -- reading ------------------------------------------------------------

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def resolve_id(self, prefix: str) -> str:
        """A full document id from an unambiguous prefix (at least 4 characters)."""
        if len(prefix) < 4:
            raise KeyError(f"{prefix}: give at least 4 characters of the document id")
        rows = self.conn.execute(
            "SELECT id FROM documents WHERE id LIKE ? ORDER BY id LIMIT 3", (prefix.lower() + "%",)
        ).fetchall()
        if not rows:
            raise KeyError(f"{prefix}: no such document")
        if len(rows) > 1:
            raise KeyError(f"{prefix}: ambiguous, matches {', '.join(r[0] for r in rows)}...")
        return rows[0][0]

    def get_article(self, doc_id: str) -> StoredArticle:
        full = self.resolve_id(doc_id)
        row = self.conn.execute(_ARTICLE_SELECT + " WHERE d.id = ?", (full,)).fetchone()
        blocks = self.conn.execute(
            "SELECT type, span_start, span_end FROM blocks WHERE doc_id = ? ORDER BY seq", (full,)
        ).fetchall()
        return _stored(row, tuple(Block(BlockType(b[0]), b[1], b[2]) for b in blocks))

    def iter_articles(self, filt: ArticleFilter | None = None, *, with_blocks: bool = True) -> Iterator[StoredArticle]:
        """Articles oldest first (undated last), filtered by date range and publisher."""
        filt = filt or ArticleFilter()
        where, params = _article_where(filt)
        sql = (
            _ARTICLE_SELECT
            + where
            + " ORDER BY a.published_at IS NULL, a.published_at, d.ingested_at, d.id"
            + (f" LIMIT {int(filt.limit)}" if filt.limit else "")
        )
        rows = self.conn.execute(sql, params).fetchall()
        blocks: dict[str, list[Block]] = {}
        if with_blocks and rows:
            for b in self.conn.execute(
                "SELECT doc_id, type, span_start, span_end FROM blocks ORDER BY doc_id, seq"
            ):
                blocks.setdefault(b[0], []).append(Block(BlockType(b[1]), b[2], b[3]))
        for row in rows:
            yield _stored(row, tuple(blocks.get(row["id"], ())))

    def duplicate_groups(self) -> dict[str, list[str]]:
        """Canonical article id -> ids of its near-duplicates (reprints)."""
        return duplicates.groups(self.conn)

    def canonical_of(self, doc_id: str) -> str | None:
        row = self.conn.execute("SELECT canonical_id FROM duplicate_of WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def document_ids(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT id FROM documents")}

    # -- analysis -----------------------------------------------------------

    def save_analysis(self, analysis: Analysis, plover: PloverFn) -> None:
        analysis_store.save_analysis(self.conn, analysis, plover)

    def mentions(self, doc_id: str) -> list[LinkedMention]:
        return analysis_store.load_mentions(self.conn, doc_id)

    def analyzed_ids(self) -> set[str]:
        return analysis_store.analyzed_ids(self.conn)

    def events(self, filt: EventFilter | None = None) -> list[tuple[Event, str | None]]:
        return analysis_store.load_events(self.conn, filt or EventFilter())

    def quotes(self, doc_id: str | None = None) -> list[Quote]:
        return analysis_store.load_quotes(self.conn, doc_id)

    def entities(self) -> list[tuple[Entity, int, list[str]]]:
        return analysis_store.load_entities(self.conn)

    # -- search -------------------------------------------------------------

    def search(self, query: SearchQuery) -> list[SearchHit]:
        return search_store.search(self.conn, query, self.lemmatizer)

    # -- chronicle ----------------------------------------------------------

    def timeline(self, query: TimelineQuery | None = None) -> list[ChronicleEvent]:
        return timeline.timeline(self.conn, query or TimelineQuery())

    def chronicle_event(self, cid: str) -> ChronicleEvent | None:
        return chronicle.load(self.conn, cid)

    def chronicle_id_of(self, event_id: str) -> str | None:
        """The chronicle event a reported event belongs to (or the id itself, if it names one)."""
        row = self.conn.execute(
            "SELECT id FROM chronicle WHERE id = ? UNION ALL"
            " SELECT chronicle_id FROM chronicle_members WHERE event_id = ? LIMIT 1", (event_id, event_id)).fetchone()
        if row is None and len(event_id) >= 6:
            row = self.conn.execute("SELECT id FROM chronicle WHERE id LIKE ? LIMIT 2", (event_id + "%",)).fetchone()
        return row[0] if row else None

    def chronicle_why(self, cid: str) -> list[tuple[str, list[str]]]:
        return chronicle.why(self.conn, cid)

    def chronicle_links(self) -> list[tuple[str, str]]:
        return timeline.links(self.conn)


_ARTICLE_SELECT = (
    "SELECT d.id, d.source, d.url, d.format, d.encoding, d.ingested_at, d.previous_version,"
    " a.publisher, a.published_at, a.author, a.title, a.lead, a.body, a.hashtags, a.credits,"
    " a.views, a.text FROM documents d JOIN articles a ON a.doc_id = d.id"
)


def _article_where(filt: ArticleFilter) -> tuple[str, list[object]]:
    clauses, params = article_clauses(filt.date_from, filt.date_to, filt.publisher)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _casefold(value: object) -> object:
    return value.casefold() if isinstance(value, str) else value


def _json(items: Sequence[str]) -> str:
    return json.dumps(list(items), ensure_ascii=False)


def _stored(row: sqlite3.Row, blocks: tuple[Block, ...]) -> StoredArticle:
    article = Article(
        doc_id=row["id"],
        source=row["source"],
        text=row["text"],
        blocks=blocks,
        publisher=row["publisher"],
        published_at=row["published_at"],
        author=row["author"],
        title=row["title"],
        lead=row["lead"],
        body=row["body"],
        hashtags=tuple(json.loads(row["hashtags"])),
        credits=tuple(json.loads(row["credits"])),
        views=row["views"],
        url=row["url"],
    )
    return StoredArticle(article, row["format"], row["encoding"], row["ingested_at"], row["previous_version"])
