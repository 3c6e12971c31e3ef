"""Chronicle events as export records: the output contract of DESIGN.md, and PLOVER-style JSON.

One record per real-world event (merged across sources), with every source and every
evidence span. The PLOVER code comes from the data file through ``letopis.extract``
and is stored with each event.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from letopis.extract.contract import event_record as contract_record
from letopis.records import Event, Quote, Status
from letopis.store import Store
from letopis.store.analysis import EventFilter
from letopis.store.chronicle import ChronicleEvent
from letopis.store.timeline import TimelineQuery

# PLOVER modes for the fine types that have one
PLOVER_MODES = {"visit": "visit", "reception": "host", "phone_call": "phone", "summit": "multilateral",
                "conference": "multilateral", "invitation": "intent"}


def iter_event_records(store: Store, query: TimelineQuery | None = None) -> Iterator[dict[str, Any]]:
    """Contract records, oldest first."""
    quotes: dict[str, Quote] = {}
    for event in store.timeline(query or TimelineQuery()):
        members = [e for e, _ in store.events(EventFilter(ids=event.members))]
        for quote_id in {m.quote_id for m in members if m.quote_id} - set(quotes):
            quotes.update({q.id: q for q in store.quotes(_doc_of(members, quote_id))})
        yield event_record(event, members, quotes)


def _doc_of(members: list[Event], quote_id: str) -> str | None:
    for m in members:
        if m.quote_id == quote_id and m.evidence:
            return m.evidence[0].doc_id
    return None


def event_record(event: ChronicleEvent, members: list[Event], quotes: dict[str, Quote]) -> dict[str, Any]:
    """A chronicle event as one merged ``Event``: its participants, every member's evidence and sources."""
    quote = next((quotes[m.quote_id] for m in members if m.quote_id in quotes), None)
    merged = Event(
        id=event.id, type=event.type, status=Status(event.status), participants=event.participants,
        date=event.date, evidence=tuple(ev for m in members for ev in m.evidence), location=event.location,
        name=event.name, quote_id=quote.id if quote else None,
    )
    return contract_record(merged, plover=event.plover, quote=quote)


def plover_record(record: dict[str, Any], entities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    """A contract record in PLOVER's shape: source actor, target actor, event code, mode, date, location.

    Events without a PLOVER code (statements, denied events) have no PLOVER record.
    """
    if not record["plover"]:
        return None
    parts = record["participants"]
    source = next((p for p in parts if p["role"] == "source"), parts[0] if parts else None)
    target = next((p for p in parts if p is not source and p["role"] in ("target", "destination", "participant")),
                  None)
    return {
        "event_id": record["id"],
        "event_date": record["date"]["start"],
        "date_end": record["date"]["end"],
        "date_precision": record["date"]["precision"],
        "event_type": record["plover"],
        "event_mode": PLOVER_MODES.get(record["type"]),
        "letopis_type": record["type"],
        "status": record["status"],
        "actor": _actor(source, entities),
        "recipient": _actor(target, entities),
        "other_actors": [_actor(p, entities) for p in parts if p is not source and p is not target],
        "location": _actor(record["location"], entities) if record["location"] else None,
        "event_text": record["evidence"][0]["text"] if record["evidence"] else None,
        "source_documents": record["sources"],
    }


def _actor(p: dict[str, Any] | None, entities: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
    if p is None:
        return None
    entity = entities.get(p.get("entity_id") or "", {})
    return {"name": p["name"], "entity_id": p.get("entity_id"), "wikidata": entity.get("wikidata"),
            "country": entity.get("iso"), "kind": p.get("kind") or entity.get("kind")}
