"""The chronicle: reported events merged across sources, kept up to date incrementally.

When a document's events are stored, each one looks for chronicle events that
share a participant and have a compatible type (an index look-up), and asks
``merge.decide`` about each: it joins the first one that is the same event, is
linked to a plan it realises, or starts a chronicle event of its own. Nothing
else in the corpus is recomputed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from letopis.corpus.merge import Decision, Verdict, decide, participant_key, type_group
from letopis.records import DateRange, EntityKind, Event, EventType, Participant, Precision, Role, Status
from letopis.store.analysis import EventFilter, load_events

_INTENT = frozenset({Status.PLANNED, Status.PROPOSED})
_SLACK = timedelta(days=1)
_MAX_CANDIDATES = 200
_LONGEST = timedelta(days=800)   # the longest interval a date can have: a range of two years ("2024–2025 гг.")
# the narrower a date, the better it stands for the merged event
_PRECISION_RANK = {Precision.DAY: 0, Precision.RANGE: 1, Precision.MONTH: 2, Precision.YEAR: 3, Precision.NONE: 4}


@dataclass(frozen=True, slots=True)
class ChronicleEvent:
    id: str
    type: EventType
    status: str
    plover: str | None
    date: DateRange
    name: str | None
    location: Participant | None
    participants: tuple[Participant, ...]
    n_sources: int
    members: tuple[str, ...] = ()


def add_events(conn: sqlite3.Connection, events: Sequence[tuple[Event, str | None]], reported: str | None) -> None:
    """Place each newly stored event in the chronicle (inside the caller's transaction)."""
    for event, plover in events:
        home: str | None = None
        links: list[tuple[str, Decision, bool]] = []   # (chronicle id, decision, the new event is the plan)
        for cid in _candidates(conn, event, reported):
            decision, member = _decide_against(conn, cid, event, reported)
            if decision.verdict is Verdict.SAME:
                _join(conn, cid, event, decision)
                home = cid
                break
            if decision.verdict is Verdict.REALISES and member is not None:
                links.append((cid, decision, member.status not in _INTENT))
        if home is None:
            _create(conn, event, plover)
            home = event.id
        for cid, decision, new_is_plan in links:
            plan, done = (home, cid) if new_is_plan else (cid, home)
            conn.execute("INSERT OR IGNORE INTO chronicle_links (plan_id, realisation_id, why) VALUES (?, ?, ?)",
                         (plan, done, json.dumps(list(decision.why), ensure_ascii=False)))


def _candidates(conn: sqlite3.Connection, event: Event, reported: str | None) -> list[str]:
    """Chronicle events that share participants, have a compatible type and could share the date.

    Each look-up is one range of the (key, date_start) index, however many events an
    actor has: a dated event meets chronicle events whose interval overlaps its own (one
    day of slack) and undated plans of the same actors; an undated plan meets dated events
    after its report. The same event shares two participants (one, where an event names
    only one), so chronicle events sharing fewer are never read.
    """
    keys = sorted({participant_key(p) for p in event.participants})
    if not keys:
        return []
    types = sorted(str(t) for t in type_group(event.type))
    marks = ",".join("?" * len(types))
    select = (f"SELECT p.chronicle_id FROM chronicle_participants p JOIN chronicle c ON c.id = p.chronicle_id"
              f" WHERE p.key = ? AND c.type IN ({marks})")
    if event.date.start:
        start = date.fromisoformat(event.date.start) - _SLACK
        end = (date.fromisoformat(event.date.end or event.date.start) + _SLACK).isoformat()
        # an overlapping interval starts at most _LONGEST before this one; vaguer dates (decades) never merge
        queries = [(select + " AND p.date_start BETWEEN ? AND ? AND p.date_end >= ?",
                    [(start - _LONGEST).isoformat(), end, start.isoformat()]),
                   (select + " AND p.date_start IS NULL AND c.status IN ('planned', 'proposed')", [])]
    elif event.status in _INTENT and reported:
        queries = [(select + " AND p.date_start >= ? AND c.status = 'occurred'",
                    [(date.fromisoformat(reported[:10]) - _LONGEST).isoformat()]),
                   (select + " AND p.date_start IS NULL AND c.status = ?", [str(event.status)])]
    else:
        return []
    shared: Counter[str] = Counter()
    for key in keys:
        for sql, extra in queries:
            shared.update(r[0] for r in conn.execute(sql, [key, *types, *extra]))
    need = 1 if len(keys) == 1 else 2
    return sorted(cid for cid, n in shared.items() if n >= need)[:_MAX_CANDIDATES]


# A chronicle event's members in the order ``load_events`` lists them (date, then id); the member
# that stands for it is the first of those with the narrowest date. Reading only the rows needed
# keeps adding a report to a chronicle event of many reports as cheap as to one of few.
_FROM = "FROM chronicle_members m JOIN events e ON e.id = m.event_id"
_OF = " WHERE m.chronicle_id = ?"
_ORDER = "e.date_start IS NULL, e.date_start, e.date_end, e.id"
_RANK = "CASE e.date_precision " + " ".join(f"WHEN '{p}' THEN {r}" for p, r in _PRECISION_RANK.items()) + " END"
_BEST = f"SELECT e.id, e.date_start, e.date_end, e.date_precision {_FROM}{_OF} ORDER BY {_RANK}, {_ORDER} LIMIT 1"
_NAME = f"SELECT e.name {_FROM}{_OF} AND e.name != '' ORDER BY {_ORDER} LIMIT 1"
_LOCATION = (f"SELECT e.location_name, e.location_entity_id {_FROM}{_OF} AND e.location_name != ''"
             f" ORDER BY {_ORDER} LIMIT 1")
_SOURCES = f"SELECT count(*) FROM (SELECT DISTINCT ev.doc_id {_FROM} JOIN evidence ev ON ev.event_id = e.id{_OF})"


def _decide_against(conn: sqlite3.Connection, cid: str, event: Event,
                    reported: str | None) -> tuple[Decision, Event | None]:
    row = conn.execute(_BEST, (cid,)).fetchone()
    if row is None:
        return Decision(Verdict.DIFFERENT, ("empty chronicle event",)), None
    [(best, _)] = load_events(conn, EventFilter(ids=(row[0],)))
    return decide(event, best, a_reported=reported, b_reported=_reported(conn, best)), best


def _reported(conn: sqlite3.Connection, event: Event) -> str | None:
    docs = sorted({ev.doc_id for ev in event.evidence})
    if not docs:
        return None
    row = conn.execute(
        f"SELECT min(published_at) FROM articles WHERE doc_id IN ({','.join('?' * len(docs))})", docs
    ).fetchone()
    return row[0]


def _create(conn: sqlite3.Connection, event: Event, plover: str | None) -> None:
    conn.execute(
        "INSERT INTO chronicle (id, type, status, plover, date_start, date_end, date_precision, name, location_name,"
        " location_entity_id, n_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (event.id, str(event.type), str(event.status), plover, event.date.start, event.date.end,
         str(event.date.precision), event.name, event.location.name if event.location else None,
         event.location.entity_id if event.location else None, len({ev.doc_id for ev in event.evidence})),
    )
    conn.execute("INSERT INTO chronicle_members (event_id, chronicle_id, why) VALUES (?, ?, ?)",
                 (event.id, event.id, json.dumps(["first report"])))
    _add_participants(conn, event.id, event.participants, event.date)


def _add_participants(conn: sqlite3.Connection, cid: str, participants: Sequence[Participant],
                      when: DateRange) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO chronicle_participants (chronicle_id, key, name, kind, role, date_start, date_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(cid, participant_key(p), p.name, str(p.kind) if p.kind else None, str(p.role), when.start, when.end)
         for p in participants],
    )


def _join(conn: sqlite3.Connection, cid: str, event: Event, decision: Decision) -> None:
    conn.execute("INSERT INTO chronicle_members (event_id, chronicle_id, why) VALUES (?, ?, ?)",
                 (event.id, cid, json.dumps(list(decision.why), ensure_ascii=False)))
    _add_participants(conn, cid, event.participants, event.date)
    refresh(conn, cid)


def refresh(conn: sqlite3.Connection, cid: str) -> None:
    """Recompute a chronicle event's date, name, location and source count from its members: the date
    of the member with the narrowest one, the first name and place the members give, the documents
    of all their evidence."""
    best = conn.execute(_BEST, (cid,)).fetchone()
    if best is None:
        conn.execute("DELETE FROM chronicle WHERE id = ?", (cid,))
        return
    _, start, end, precision = best
    name = conn.execute(_NAME, (cid,)).fetchone()
    location = conn.execute(_LOCATION, (cid,)).fetchone()
    sources = conn.execute(_SOURCES, (cid,)).fetchone()[0]
    conn.execute(
        "UPDATE chronicle SET date_start = ?, date_end = ?, date_precision = ?, name = ?, location_name = ?,"
        " location_entity_id = ?, n_sources = ? WHERE id = ?",
        (start, end, precision, name[0] if name else None, location[0] if location else None,
         location[1] if location else None, sources, cid),
    )
    conn.execute("UPDATE chronicle_participants SET date_start = ?, date_end = ? WHERE chronicle_id = ?",
                 (start, end, cid))


def forget_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Before a document's events are replaced: drop them from the chronicle and mend what they were part of."""
    affected = [r[0] for r in conn.execute(
        "SELECT DISTINCT m.chronicle_id FROM chronicle_members m JOIN events e ON e.id = m.event_id"
        " WHERE e.doc_id = ?", (doc_id,))]
    gone = {r[0] for r in conn.execute("SELECT id FROM events WHERE doc_id = ?", (doc_id,))}
    conn.execute("DELETE FROM chronicle_members WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)",
                 (doc_id,))
    for cid in affected:
        refresh(conn, cid)
        if cid in gone:
            # the chronicle event was named after a report of this document: it now takes the name of a
            # remaining report, so that the report, stored again, can found or join one freely
            left = conn.execute("SELECT min(event_id) FROM chronicle_members WHERE chronicle_id = ?",
                                (cid,)).fetchone()[0]
            if left is not None:
                _rename(conn, cid, left)


def _rename(conn: sqlite3.Connection, old: str, new: str) -> None:
    """Give a chronicle event another id (that of one of its own members, so no other chronicle event has it)."""
    columns = [r[1] for r in conn.execute("PRAGMA table_info(chronicle)") if r[1] != "id"]
    listed = ", ".join(columns)
    conn.execute(f"INSERT INTO chronicle (id, {listed}) SELECT ?, {listed} FROM chronicle WHERE id = ?", (new, old))
    conn.execute("UPDATE chronicle_members SET chronicle_id = ? WHERE chronicle_id = ?", (new, old))
    conn.execute("UPDATE chronicle_participants SET chronicle_id = ? WHERE chronicle_id = ?", (new, old))
    conn.execute("UPDATE chronicle_links SET plan_id = ? WHERE plan_id = ?", (new, old))
    conn.execute("UPDATE chronicle_links SET realisation_id = ? WHERE realisation_id = ?", (new, old))
    conn.execute("DELETE FROM chronicle WHERE id = ?", (old,))


def load(conn: sqlite3.Connection, cid: str) -> ChronicleEvent | None:
    row = conn.execute(
        "SELECT id, type, status, plover, date_start, date_end, date_precision, name, location_name, n_sources,"
        " location_entity_id FROM chronicle WHERE id = ?", (cid,)).fetchone()
    if row is None:
        return None
    return from_row(conn, row)


def from_row(conn: sqlite3.Connection, row: Sequence) -> ChronicleEvent:
    return from_rows(conn, [row])[0]


def from_rows(conn: sqlite3.Connection, rows: Sequence[Sequence]) -> list[ChronicleEvent]:
    """Chronicle rows (id, type, status, plover, date_start, date_end, date_precision, name, location_name,
    n_sources, location_entity_id) with their participants and members, read in two queries."""
    ids = [row[0] for row in rows]
    parts: dict[str, list[Participant]] = {}
    members: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for cid, name, key, kind, role in conn.execute(
                f"SELECT chronicle_id, name, key, kind, role FROM chronicle_participants"
                f" WHERE chronicle_id IN ({marks}) ORDER BY rowid", chunk):
            parts.setdefault(cid, []).append(Participant(name, None if key.startswith("name:") else key,
                                                         EntityKind(kind) if kind else None, Role(role)))
        for cid, event_id in conn.execute(
                f"SELECT chronicle_id, event_id FROM chronicle_members WHERE chronicle_id IN ({marks})"
                f" ORDER BY event_id", chunk):
            members.setdefault(cid, []).append(event_id)
    out = []
    for row in rows:
        location = Participant(row[8], row[10], None, Role.DESTINATION) if row[8] else None
        out.append(ChronicleEvent(row[0], EventType(row[1]), row[2], row[3],
                                  DateRange(row[4], row[5], Precision(row[6])), row[7], location,
                                  tuple(parts.get(row[0], ())), row[9], tuple(members.get(row[0], ()))))
    return out


def why(conn: sqlite3.Connection, cid: str) -> list[tuple[str, list[str]]]:
    """For each member event of a chronicle event, the reasons it was merged in."""
    return [(r[0], json.loads(r[1])) for r in conn.execute(
        "SELECT event_id, why FROM chronicle_members WHERE chronicle_id = ? ORDER BY rowid", (cid,))]
