"""Search queries over the store's lemma index, with the usual filters."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from letopis.corpus.search import Lemmatizer, Snippet, fts_query, index_text, lemmas, snippet
from letopis.records import Article
from letopis.store.filters import article_clauses
from letopis.store.timeline import actor_keys


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchQuery:
    text: str
    date_from: str | None = None
    date_to: str | None = None
    publisher: str | None = None
    entity: str | None = None       # only articles that mention this entity (name, alias, ISO code or id)
    event_type: str | None = None   # only articles that report an event of this type
    limit: int = 20


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    title: str | None
    published_at: str | None
    publisher: str | None
    snippet: Snippet


def index_article(conn: sqlite3.Connection, article: Article, lemma: Lemmatizer) -> None:
    # the index row shares the article row's rowid: FTS5 finds a row by rowid, never by an unindexed column
    rowid = conn.execute("SELECT rowid FROM articles WHERE doc_id = ?", (article.doc_id,)).fetchone()[0]
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    conn.execute("INSERT INTO search_index (rowid, doc_id, lemmas) VALUES (?, ?, ?)",
                 (rowid, article.doc_id, " ".join(lemmas(index_text(article), lemma))))


def search(conn: sqlite3.Connection, query: SearchQuery, lemma: Lemmatizer) -> list[SearchHit]:
    match = fts_query(query.text, lemma)
    if not match:
        return []
    clauses, params = article_clauses(query.date_from, query.date_to, query.publisher)
    clauses.insert(0, "search_index MATCH ?")
    params.insert(0, match)
    if query.entity:
        keys = actor_keys(conn, query.entity)
        clauses.append(f"(a.doc_id IN (SELECT doc_id FROM mentions WHERE entity_id IN ({','.join('?' * len(keys))})"
                       f" OR lower(name) = ?))")
        params += [*keys, query.entity.casefold()]
    if query.event_type:
        clauses.append("a.doc_id IN (SELECT doc_id FROM events WHERE type = ?)")
        params.append(query.event_type)
    # rank is bm25; the index row shares the article's rowid
    sql = ("SELECT a.doc_id, a.title, a.published_at, a.publisher, a.text, s.lemmas FROM search_index s"
           " JOIN articles a ON a.rowid = s.rowid WHERE " + " AND ".join(clauses)
           + " ORDER BY s.rank LIMIT ?")
    params.append(int(query.limit))
    wanted = lemmas(query.text, lemma)
    hits = []
    for row in conn.execute(sql, params).fetchall():
        blocks = conn.execute("SELECT span_start, span_end FROM blocks WHERE doc_id = ? AND type IN"
                              " ('title', 'lead', 'body') ORDER BY seq", (row[0],)).fetchall()
        content = "\n".join(row[4][s:e] for s, e in blocks)
        hits.append(SearchHit(row[0], row[1], row[2], row[3], snippet(content, wanted, row[5].split(" "))))
    return hits
