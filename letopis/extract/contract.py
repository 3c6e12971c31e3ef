"""Events and quotes as records of the output contract in DESIGN.md (one JSON object per line)."""

from __future__ import annotations

from typing import Any

from letopis.records import Event, Participant, Quote


def _participant(p: Participant) -> dict[str, Any]:
    return {
        "name": p.name,
        "entity_id": p.entity_id,
        "kind": p.kind.value if p.kind else None,
        "role": p.role.value,
    }


def event_record(event: Event, *, plover: str | None, quote: Quote | None = None) -> dict[str, Any]:
    """``{"id", "type", "plover", "status", "participants", "location", "date", "name", "quote",
    "evidence", "sources"}``; ``quote`` is the text of the event's quote when it is given."""
    evidence = [
        {"doc_id": ev.doc_id, "start": ev.start, "end": ev.end, "text": ev.text} for ev in event.evidence
    ]
    return {
        "id": event.id,
        "type": event.type.value,
        "plover": plover,
        "status": event.status.value,
        "participants": [_participant(p) for p in event.participants],
        "location": (
            {"name": event.location.name, "entity_id": event.location.entity_id} if event.location else None
        ),
        "date": {"start": event.date.start, "end": event.date.end, "precision": event.date.precision.value},
        "name": event.name,
        "quote": quote.text if quote is not None and quote.id == event.quote_id else None,
        "evidence": evidence,
        "sources": list(dict.fromkeys(ev.doc_id for ev in event.evidence)),
    }


def quote_record(quote: Quote) -> dict[str, Any]:
    """``{"id", "doc_id", "speaker", "text", "start", "end", "direct", "rule"}``."""
    return {
        "id": quote.id,
        "doc_id": quote.doc_id,
        "speaker": _participant(quote.speaker) if quote.speaker else None,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "direct": quote.direct,
        "rule": quote.rule,
    }
