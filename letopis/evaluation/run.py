"""Running the pipeline (or raw natasha, as a baseline) over gold documents and scoring it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from letopis.evaluation.gold import read_gold
from letopis.evaluation.scorer import DEFAULT_FACT_TYPES, score

# Documents handed to the pipeline at once: enough sentences for full model batches,
# few enough to keep memory flat.
CHUNK = 64

Annotator = Callable[[Sequence[dict[str, Any]]], list[dict[str, Any]]]


def predict(gold_docs: Sequence[dict[str, Any]], annotate_many: Annotator,
            progress: Callable[[int], None] | None = None) -> list[dict[str, Any]]:
    """Annotation lines for the gold documents (only ``id``, ``text`` and ``published_at`` go in)."""
    out: list[dict[str, Any]] = []
    for i in range(0, len(gold_docs), CHUNK):
        chunk = gold_docs[i:i + CHUNK]
        records = [{"id": d["id"], "text": d["text"], **({"published_at": d["published_at"]}
                                                           if d.get("published_at") else {})} for d in chunk]
        out.extend(annotate_many(records))
        if progress:
            progress(len(chunk))
    return out


def run_eval(gold: Iterable[Path | str], pipeline: Any, fact_types: Iterable[str] = DEFAULT_FACT_TYPES,
             occurred_only: bool = False, progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Annotate every gold document with ``pipeline`` and score the result.

    The result is the scorer's dictionary plus ``predictions`` (the annotation lines)."""
    gold_docs = read_gold(gold)
    preds = predict(gold_docs, pipeline.annotate_many, progress)
    result = score(gold_docs, {p["id"]: p for p in preds}, fact_types, occurred_only)
    result["settings"] = {"gold": [str(g) for g in gold], "documents": len(gold_docs),
                          "fact_types": sorted(fact_types), "occurred_only": occurred_only}
    result["predictions"] = preds
    return result


def natasha_annotator() -> Annotator:
    """Raw natasha NER (its segmenter and tagger over the whole text, spans as they come),
    the baseline our corrections are measured against."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def annotate_many(records: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for record in records:
            doc = Doc(record["text"])
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            out.append({"id": record["id"], "events": [], "quotes": [], "entities": [
                {"start": s.start, "end": s.stop, "type": s.type, "text": s.text} for s in doc.spans]})
        return out

    return annotate_many
