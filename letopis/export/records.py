"""Entities as export records (events and quotes: ``letopis.extract.contract``)."""

from __future__ import annotations

from typing import Any

from letopis.records import Entity


def entity_record(entity: Entity, mentions: int, documents: list[str]) -> dict[str, Any]:
    return {"id": entity.id, "kind": str(entity.kind), "name": entity.name, "aliases": list(entity.aliases),
            "wikidata": entity.wikidata, "iso": entity.iso, "mentions": mentions, "documents": documents}
