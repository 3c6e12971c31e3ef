"""Which meetings were missed and which were read in error, document by document.

The scores say how far off the system is; this says where. Facts are matched exactly as the
scorer's set measure matches them (same participant rule, one-to-one within a document), so the
missed and spurious facts listed here are the ones the scores count.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from letopis.evaluation.scorer import DEFAULT_FACT_TYPES, Doc, gold_facts, matching, parties_match, pred_facts


def _gold_view(doc: Doc, fact: Mapping[str, Any]) -> dict[str, Any]:
    span = fact.get("evidence")
    text = doc.get("text") or ""
    return {"participants": list(fact.get("participants", [])), "status": fact.get("status"),
            "evidence": text[span[0]:span[1]] if span else None}


def _pred_view(fact: Mapping[str, Any]) -> dict[str, Any]:
    evidence = fact.get("evidence") or []
    first = evidence[0] if evidence else None
    names = [p.get("name") if isinstance(p, dict) else p for p in fact.get("participants", [])]
    return {"type": fact.get("type"), "status": fact.get("status"), "participants": names,
            "evidence": first.get("text") if isinstance(first, dict) else first}


def meeting_errors(gold_docs: Iterable[Doc], pred_by_id: Mapping[str, Doc],
                   fact_types: Iterable[str] = DEFAULT_FACT_TYPES) -> Iterator[dict[str, Any]]:
    """One record per document with an error: ``{"id", "missed": [...], "spurious": [...]}``, each fact
    with its participants, status and evidence sentence."""
    types = {t.lower() for t in fact_types}
    for doc in gold_docs:
        pdoc = pred_by_id.get(doc["id"], {})
        gold = [(f, parties) for f in doc.get("facts", []) for parties in gold_facts({"facts": [f]}, False)]
        raw = pdoc.get("facts") or pdoc.get("events") or []
        pred = [(f, parties) for f in raw for parties in pred_facts({"events": [f]}, types, False, Counter())]
        matched = matching([g for _, g in gold], [p for _, p in pred], parties_match)
        missed = [_gold_view(doc, f) for i, (f, _) in enumerate(gold) if i not in matched]
        used = set(matched.values())
        spurious = [_pred_view(f) for j, (f, _) in enumerate(pred) if j not in used]
        if missed or spurious:
            yield {"id": doc["id"], "dataset": doc.get("source_dataset"), "matched": len(matched),
                   "missed": missed, "spurious": spurious}

