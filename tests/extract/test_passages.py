"""The passage table (``passages.py``) read through the whole pipeline, scored for precision and recall.

Run with ``-s`` to see the scores and every miss.
"""

from __future__ import annotations

import pytest

from tests.extract.matching import match
from tests.extract.passages import PASSAGES

# Floors of the scores on the table; raise them when the extraction improves.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.95


def test_the_table_is_broad() -> None:
    types = {t for p in PASSAGES for e in p.events for t in e.type.split("|")}
    statuses = {e.status for p in PASSAGES for e in p.events}
    assert len(PASSAGES) >= 80
    assert types >= {
        "meeting",
        "talks",
        "visit",
        "reception",
        "phone_call",
        "summit",
        "conference",
        "agreement",
        "invitation",
        "statement",
        "commemoration",
        "cultural_event",
    }
    assert statuses == {"occurred", "planned", "proposed", "denied", "uncertain"}
    assert sum(1 for p in PASSAGES if not p.events) >= 10


@pytest.mark.slow
def test_precision_and_recall_on_the_table(read_passage) -> None:
    expected = predicted = hits = 0
    misses, extras = [], []
    for passage in PASSAGES:
        reading = read_passage(passage.text, passage.published)
        got, missed, left = match(list(passage.events), list(reading.events))
        expected += len(passage.events)
        predicted += len(reading.events)
        hits += got
        misses += [(passage.text[:70], m) for m in missed]
        extras += [
            (passage.text[:70], e.type.value, e.status.value, [p.name for p in e.participants]) for e in left
        ]
    precision = hits / predicted if predicted else 0.0
    recall = hits / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"\npassages {len(PASSAGES)}: expected {expected}, predicted {predicted}, matched {hits}; "
        f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
    )
    for text, m in misses:
        print("  missed:", text, "|", m.type, m.status, list(m.participants), m.date or "")
    for extra in extras:
        print("  extra: ", *extra)
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR
