-- The chronicle: events merged across sources. Each reported event (events table)
-- belongs to exactly one chronicle event; a plan and the event that realised it are linked.

CREATE TABLE chronicle (
    id                 TEXT PRIMARY KEY,       -- the id of its first reported event
    type               TEXT NOT NULL,
    status             TEXT NOT NULL,
    plover             TEXT,
    date_start         TEXT,
    date_end           TEXT,
    date_precision     TEXT NOT NULL,
    name               TEXT,
    location_name      TEXT,
    location_entity_id TEXT,
    n_sources          INTEGER NOT NULL
);
CREATE INDEX chronicle_date ON chronicle (date_start, date_end);
CREATE INDEX chronicle_type ON chronicle (type, date_start);

CREATE TABLE chronicle_members (
    event_id     TEXT PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    chronicle_id TEXT NOT NULL REFERENCES chronicle (id) ON DELETE CASCADE,
    why          TEXT NOT NULL                 -- JSON array: the reasons it joined
);
CREATE INDEX chronicle_members_chronicle ON chronicle_members (chronicle_id);

CREATE TABLE chronicle_participants (
    chronicle_id TEXT NOT NULL REFERENCES chronicle (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,                -- entity id, or name:<folded name>
    name         TEXT NOT NULL,
    kind         TEXT,
    role         TEXT NOT NULL,
    -- copies of the chronicle event's dates: an actor's events in a date window are one index range
    date_start   TEXT,
    date_end     TEXT,
    PRIMARY KEY (chronicle_id, key)
);
CREATE INDEX chronicle_participants_key ON chronicle_participants (key, date_start, chronicle_id);

CREATE TABLE chronicle_links (
    plan_id        TEXT NOT NULL REFERENCES chronicle (id) ON DELETE CASCADE,
    realisation_id TEXT NOT NULL REFERENCES chronicle (id) ON DELETE CASCADE,
    why            TEXT NOT NULL,
    PRIMARY KEY (plan_id, realisation_id)
);
