"""Writing and reading a document's analysis: entities, mentions, events, quotes."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from letopis import __version__
from letopis.corpus.merge import fold
from letopis.records import (
    Analysis,
    DateRange,
    Entity,
    EntityKind,
    Event,
    EventType,
    Evidence,
    LinkedMention,
    Mention,
    MentionType,
    Participant,
    Precision,
    Quote,
    Role,
    Status,
)

PloverFn = Callable[[Event], str | None]


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    actor: str | None = None        # entity id, or a name (case-insensitive, any participant)
    actors: tuple[str, ...] = ()    # any of these participant keys (entity ids or name:<folded name>)
    type: str | None = None
    status: str | None = None
    date_from: str | None = None    # events whose interval ends on or after this date
    date_to: str | None = None      # events whose interval starts on or before this date
    doc_id: str | None = None
    ids: tuple[str, ...] | None = None
    limit: int | None = None


def save_analysis(conn: sqlite3.Connection, analysis: Analysis, plover: PloverFn) -> None:
    """Replace the document's analysis, and its place in the chronicle, in one transaction."""
    from letopis.store import chronicle  # the chronicle reads events back through this module

    doc = analysis.doc_id
    conn.execute("BEGIN IMMEDIATE")
    try:
        chronicle.forget_document(conn, doc)
        _delete(conn, doc)
        conn.executemany(
            "INSERT INTO entities (id, kind, name, aliases, wikidata, iso, country) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
            " aliases = excluded.aliases, wikidata = excluded.wikidata, iso = excluded.iso,"
            " country = coalesce(excluded.country, entities.country)",
            [(e.id, str(e.kind), e.name, json.dumps(list(e.aliases), ensure_ascii=False), e.wikidata, e.iso,
              e.country) for e in analysis.entities],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO entity_names (folded, entity_id) VALUES (?, ?)",
            [(fold(name), e.id) for e in analysis.entities for name in (e.name, *e.aliases, e.iso) if name],
        )
        conn.executemany(
            "INSERT INTO mentions (doc_id, seq, span_start, span_end, text, type, entity_id, name, kind,"
            " source, descriptor, why) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc, n, m.mention.start, m.mention.end, m.mention.text, str(m.mention.type), m.entity_id, m.name,
              str(m.kind), m.mention.source, int(m.mention.descriptor), m.why)
             for n, m in enumerate(analysis.mentions)],
        )
        conn.executemany(
            "INSERT INTO quotes (id, doc_id, speaker_name, speaker_entity_id, speaker_kind, text, span_start,"
            " span_end, direct, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(q.id, doc, q.speaker.name if q.speaker else None, q.speaker.entity_id if q.speaker else None,
              str(q.speaker.kind) if q.speaker and q.speaker.kind else None, q.text, q.start, q.end,
              int(q.direct), q.rule) for q in analysis.quotes],
        )
        placed = [(event, plover(event)) for event in analysis.events]
        for event, code in placed:
            _insert_event(conn, doc, event, code)
        row = conn.execute("SELECT published_at FROM articles WHERE doc_id = ?", (doc,)).fetchone()
        chronicle.add_events(conn, placed, row[0] if row else None)
        conn.execute(
            "INSERT INTO analyses (doc_id, analyzed_at, version) VALUES (?, ?, ?)",
            (doc, datetime.now(UTC).isoformat(timespec="seconds"), __version__),
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _delete(conn: sqlite3.Connection, doc: str) -> None:
    for table in ("analyses", "mentions", "quotes"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc,))
    # participants and evidence go with their events (ON DELETE CASCADE)
    conn.execute("DELETE FROM events WHERE doc_id = ?", (doc,))


def _insert_event(conn: sqlite3.Connection, doc: str, e: Event, plover: str | None) -> None:
    conn.execute(
        "INSERT INTO events (id, doc_id, type, status, plover, date_start, date_end, date_precision, name,"
        " location_name, location_entity_id, quote_id, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (e.id, doc, str(e.type), str(e.status), plover, e.date.start, e.date.end, str(e.date.precision), e.name,
         e.location.name if e.location else None, e.location.entity_id if e.location else None, e.quote_id, e.rule),
    )
    conn.executemany(
        "INSERT INTO event_participants (event_id, seq, name, entity_id, kind, role) VALUES (?, ?, ?, ?, ?, ?)",
        [(e.id, n, p.name, p.entity_id, str(p.kind) if p.kind else None, str(p.role))
         for n, p in enumerate(e.participants)],
    )
    conn.executemany(
        "INSERT INTO evidence (event_id, seq, doc_id, span_start, span_end, text) VALUES (?, ?, ?, ?, ?, ?)",
        [(e.id, n, ev.doc_id, ev.start, ev.end, ev.text) for n, ev in enumerate(e.evidence)],
    )


def analyzed_ids(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT doc_id FROM analyses")}


def load_events(conn: sqlite3.Connection, filt: EventFilter) -> list[tuple[Event, str | None]]:
    """Events (with their stored PLOVER code), oldest first, undated last."""
    clauses, params = _event_where(filt)
    sql = (
        "SELECT id, type, status, plover, date_start, date_end, date_precision, name, location_name,"
        " location_entity_id, quote_id, rule FROM events e"
        + (" WHERE " + " AND ".join(clauses) if clauses else "")
        + " ORDER BY date_start IS NULL, date_start, date_end, id"
        + (f" LIMIT {int(filt.limit)}" if filt.limit else "")
    )
    rows = conn.execute(sql, params).fetchall()
    ids = [r[0] for r in rows]
    parts = _grouped(conn, "SELECT event_id, name, entity_id, kind, role FROM event_participants"
                           " WHERE event_id IN ({}) ORDER BY event_id, seq", ids)
    evidence = _grouped(conn, "SELECT event_id, doc_id, span_start, span_end, text FROM evidence"
                              " WHERE event_id IN ({}) ORDER BY event_id, seq", ids)
    out = []
    for r in rows:
        location = Participant(r[8], r[9], None, Role.DESTINATION) if r[8] else None
        event = Event(
            id=r[0], type=EventType(r[1]), status=Status(r[2]),
            participants=tuple(Participant(p[0], p[1], EntityKind(p[2]) if p[2] else None, Role(p[3]))
                               for p in parts.get(r[0], ())),
            date=DateRange(r[4], r[5], Precision(r[6])),
            evidence=tuple(Evidence(*ev) for ev in evidence.get(r[0], ())),
            location=location, name=r[7], quote_id=r[10], rule=r[11],
        )
        out.append((event, r[3]))
    return out


def _event_where(filt: EventFilter) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    ids = [*filt.actors, *([filt.actor] if filt.actor else [])]
    if ids:
        # fold() is merge.fold, registered with every connection by the Store
        names = [k[len("name:"):] for k in ids if k.startswith("name:")] + ([fold(filt.actor)] if filt.actor else [])
        id_marks, name_marks = ",".join("?" * len(ids)), ",".join("?" * len(names)) or "NULL"
        clauses.append(f"e.id IN (SELECT event_id FROM event_participants WHERE entity_id IN ({id_marks})"
                       f" OR fold(name) IN ({name_marks}))")
        params += [*ids, *names]
    for column, value in (("type", filt.type), ("status", filt.status), ("doc_id", filt.doc_id)):
        if value:
            clauses.append(f"e.{column} = ?")
            params.append(value)
    if filt.ids is not None:
        clauses.append(f"e.id IN ({','.join('?' * len(filt.ids))})")
        params += list(filt.ids)
    if filt.date_from:
        clauses.append("coalesce(e.date_end, e.date_start) >= ?")
        params.append(filt.date_from)
    if filt.date_to:
        clauses.append("e.date_start <= ?")
        params.append(filt.date_to)
    return clauses, params


def _grouped(conn: sqlite3.Connection, sql: str, ids: list[str]) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row in conn.execute(sql.format(",".join("?" * len(chunk))), chunk):
            out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def load_quotes(conn: sqlite3.Connection, doc_id: str | None = None) -> list[Quote]:
    sql = ("SELECT id, doc_id, speaker_name, speaker_entity_id, speaker_kind, text, span_start, span_end, direct,"
           " rule FROM quotes" + (" WHERE doc_id = ?" if doc_id else "") + " ORDER BY doc_id, span_start")
    out = []
    for r in conn.execute(sql, (doc_id,) if doc_id else ()):
        speaker = (Participant(r[2], r[3], EntityKind(r[4]) if r[4] else None, Role.SPEAKER) if r[2] else None)
        out.append(Quote(r[0], r[1], speaker, r[5], r[6], r[7], bool(r[8]), r[9]))
    return out


def load_entities(conn: sqlite3.Connection, ids: Iterable[str] | None = None) -> list[tuple[Entity, int, list[str]]]:
    """Entities with their mention count and the documents that mention them."""
    rows = conn.execute(
        "SELECT e.id, e.kind, e.name, e.aliases, e.wikidata, e.iso, count(m.doc_id),"
        " group_concat(DISTINCT m.doc_id), e.country FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id"
        " GROUP BY e.id ORDER BY count(m.doc_id) DESC, e.name"
    ).fetchall()
    wanted = set(ids) if ids is not None else None
    out = []
    for r in rows:
        if wanted is not None and r[0] not in wanted:
            continue
        entity = Entity(r[0], EntityKind(r[1]), r[2], tuple(json.loads(r[3])), r[4], r[5], r[8])
        out.append((entity, r[6], sorted(r[7].split(",")) if r[7] else []))
    return out


def load_mentions(conn: sqlite3.Connection, doc_id: str) -> list[LinkedMention]:
    """A document's linked mentions in text order."""
    return [
        LinkedMention(Mention(r[0], r[1], r[2], MentionType(r[3]), source=r[4], descriptor=bool(r[5])),
                      r[6], r[7], EntityKind(r[8]), r[9])
        for r in conn.execute(
            "SELECT span_start, span_end, text, type, source, descriptor, entity_id, name, kind, why FROM mentions"
            " WHERE doc_id = ? ORDER BY span_start, span_end", (doc_id,))
    ]
