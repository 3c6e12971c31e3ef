-- Full-text search over lemmas of each article's title, lead and body, so that a
-- search for "переговоры" finds "переговоров" and "переговорах".
CREATE VIRTUAL TABLE search_index USING fts5 (
    doc_id UNINDEXED,
    lemmas,
    tokenize = 'unicode61 remove_diacritics 0'
);
