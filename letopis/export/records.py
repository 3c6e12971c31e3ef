"""Entities and quotes as export records."""

from __future__ import annotations

from typing import Any

from letopis.records import Entity, Quote


def entity_record(entity: Entity, mentions: int, documents: list[str]) -> dict[str, Any]:
    return {"id": entity.id, "kind": str(entity.kind), "name": entity.name, "aliases": list(entity.aliases),
            "wikidata": entity.wikidata, "iso": entity.iso, "mentions": mentions, "documents": documents}


def quote_record(quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "id": quote.id, "doc_id": quote.doc_id,
        "speaker": ({"name": speaker.name, "entity_id": speaker.entity_id,
                     "kind": str(speaker.kind) if speaker.kind else None} if speaker else None),
        "text": quote.text, "start": quote.start, "end": quote.end, "direct": quote.direct, "rule": quote.rule,
    }
