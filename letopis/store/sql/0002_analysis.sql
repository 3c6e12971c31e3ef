-- What the per-document stages find: entities, their mentions, events and quotes.
-- A document's analysis is replaced as a whole in one transaction.

CREATE TABLE entities (
    id       TEXT PRIMARY KEY,                 -- kb:... for knowledge-base entities, doc:<doc>:<n> for new ones
    kind     TEXT NOT NULL,                    -- person, state, city, location, org, event
    name     TEXT NOT NULL,
    aliases  TEXT NOT NULL,                    -- JSON array
    wikidata TEXT,
    iso      TEXT,
    country  TEXT                              -- ISO code of the state a person, city or organisation belongs to
);
CREATE INDEX entities_name ON entities (name);
CREATE INDEX entities_country ON entities (country, kind);

-- every name an entity goes by (name, aliases, ISO code), case-folded: actor look-ups are one index probe
CREATE TABLE entity_names (
    folded    TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (folded, entity_id)
);

CREATE TABLE analyses (
    doc_id      TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    analyzed_at TEXT NOT NULL,
    version     TEXT NOT NULL                  -- letopis version that made it
);

CREATE TABLE mentions (
    doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT NOT NULL,                  -- PER, LOC, ORG, EVENT
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    source     TEXT NOT NULL,                  -- ner, grammar, gazetteer, role, adjective
    descriptor INTEGER NOT NULL,               -- 1 for roles and adjectives
    why        TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE quotes (
    id                TEXT PRIMARY KEY,
    doc_id            TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    speaker_name      TEXT,
    speaker_entity_id TEXT,
    speaker_kind      TEXT,
    text              TEXT NOT NULL,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    direct            INTEGER NOT NULL,
    rule              TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc_id);

CREATE TABLE events (
    id                 TEXT PRIMARY KEY,
    doc_id             TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type               TEXT NOT NULL,
    status             TEXT NOT NULL,
    plover             TEXT,
    date_start         TEXT,
    date_end           TEXT,
    date_precision     TEXT NOT NULL,
    name               TEXT,
    location_name      TEXT,
    location_entity_id TEXT,
    quote_id           TEXT,
    rule               TEXT NOT NULL
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_type_date ON events (type, date_start);

CREATE TABLE event_participants (
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    name      TEXT NOT NULL,
    entity_id TEXT,
    kind      TEXT,
    role      TEXT NOT NULL,
    PRIMARY KEY (event_id, seq)
);
CREATE INDEX event_participants_entity ON event_participants (entity_id);

CREATE TABLE evidence (
    event_id   TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    doc_id     TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    PRIMARY KEY (event_id, seq)
);
