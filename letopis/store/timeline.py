"""Querying the chronicle: timelines of an actor, optionally with a second actor."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from letopis.corpus.merge import fold
from letopis.store.chronicle import ChronicleEvent, from_rows

_COLUMNS = ("c.id, c.type, c.status, c.plover, c.date_start, c.date_end, c.date_precision, c.name, c.location_name,"
            " c.n_sources, c.location_entity_id")


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelineQuery:
    actor: str | None = None          # a name, alias, ISO code or entity id
    with_actor: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()
    status: str | None = None
    members: bool = True              # a state also stands for its officials and bodies
    limit: int | None = None


def actor_keys(conn: sqlite3.Connection, text: str, *, members: bool = False) -> list[str]:
    """The participant keys an actor may go by: entities with that name, alias or ISO code, and the plain name.

    With ``members`` a state also stands for the people and organisations that belong to it
    (its officials by office, its ministries): "Россия" then finds a meeting of its foreign minister.
    """
    folded = fold(text)
    keys = {text.strip(), "name:" + folded}
    keys.update(r[0] for r in conn.execute("SELECT entity_id FROM entity_names WHERE folded = ?", (folded,)))
    if members:
        marks = ",".join("?" * len(keys))
        isos = [r[0] for r in conn.execute(
            f"SELECT iso FROM entities WHERE kind = 'state' AND iso IS NOT NULL AND id IN ({marks})", sorted(keys))]
        for iso in isos:
            keys.update(r[0] for r in conn.execute(
                "SELECT id FROM entities WHERE country = ? AND kind IN ('person', 'org')", (iso,)))
    return sorted(keys)


def timeline(conn: sqlite3.Connection, query: TimelineQuery) -> list[ChronicleEvent]:
    """Chronicle events oldest first (undated last) that match the query."""
    clauses: list[str] = []
    params: list[object] = []
    for actor in (query.actor, query.with_actor):
        if actor:
            keys = actor_keys(conn, actor, members=query.members)
            # the participant index holds the dates too, so an actor's date window is one range scan
            window = ""
            if query.date_to:
                window += " AND date_start <= ?"
            if query.date_from:
                window += " AND coalesce(date_end, date_start) >= ?"
            clauses.append(f"c.id IN (SELECT chronicle_id FROM chronicle_participants"
                           f" WHERE key IN ({','.join('?' * len(keys))}){window})")
            params += keys + [d for d in (query.date_to, query.date_from) if d]
    if query.date_from:
        clauses.append("coalesce(c.date_end, c.date_start) >= ?")
        params.append(query.date_from)
    if query.date_to:
        clauses.append("c.date_start <= ?")
        params.append(query.date_to)
    if query.types:
        clauses.append(f"c.type IN ({','.join('?' * len(query.types))})")
        params += list(query.types)
    if query.status:
        clauses.append("c.status = ?")
        params.append(query.status)
    sql = (f"SELECT {_COLUMNS} FROM chronicle c"
           + (" WHERE " + " AND ".join(clauses) if clauses else "")
           + " ORDER BY c.date_start IS NULL, c.date_start, c.date_end, c.id"
           + (f" LIMIT {int(query.limit)}" if query.limit else ""))
    return from_rows(conn, conn.execute(sql, params).fetchall())


def links(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(plan, realisation) pairs of chronicle event ids."""
    return [(r[0], r[1]) for r in conn.execute("SELECT plan_id, realisation_id FROM chronicle_links ORDER BY 1, 2")]
