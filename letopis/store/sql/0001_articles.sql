-- Documents as read, their parsed articles and the typed blocks of each page.
-- Plain SQL types (TEXT, INTEGER) that PostgreSQL holds with the same meaning;
-- JSON lists are stored as TEXT holding a JSON array.

CREATE TABLE documents (
    id               TEXT PRIMARY KEY,          -- hash of the normalised content
    source           TEXT NOT NULL,             -- path, path#record or URL
    url              TEXT,
    format           TEXT NOT NULL,             -- text, html, jsonl, warc, rss
    encoding         TEXT NOT NULL,
    content          TEXT NOT NULL,             -- decoded, normalised input (HTML source for pages)
    ingested_at      TEXT NOT NULL,             -- ISO 8601, UTC
    previous_version TEXT REFERENCES documents (id)  -- the older document with the same URL
);
CREATE INDEX documents_url ON documents (url);

CREATE TABLE articles (
    doc_id       TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    publisher    TEXT,
    published_at TEXT,                          -- ISO 8601, date or date and time
    author       TEXT,
    title        TEXT,
    lead         TEXT,
    body         TEXT NOT NULL,
    hashtags     TEXT NOT NULL,                 -- JSON array
    credits      TEXT NOT NULL,                 -- JSON array
    views        INTEGER,
    text         TEXT NOT NULL                  -- the page text all offsets index into
);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_publisher ON articles (publisher);

CREATE TABLE blocks (
    doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
