-- Near-duplicate articles: MinHash signatures split into LSH bands, so that a new
-- article finds its candidates with an index look-up instead of a scan.

CREATE TABLE minhash_bands (
    band    INTEGER NOT NULL,
    hash    TEXT NOT NULL,                     -- hex digest of the band's rows
    doc_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, doc_id)
);
CREATE INDEX minhash_bands_doc ON minhash_bands (doc_id);

CREATE TABLE minhash_signatures (
    doc_id    TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    signature TEXT NOT NULL                    -- JSON array of the MinHash values
);

CREATE TABLE duplicate_of (
    doc_id       TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    canonical_id TEXT NOT NULL REFERENCES documents (id),
    similarity   REAL NOT NULL                 -- estimated Jaccard similarity of their shingles
);
CREATE INDEX duplicate_of_canonical ON duplicate_of (canonical_id);
