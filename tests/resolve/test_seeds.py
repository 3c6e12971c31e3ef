"""The seed articles' ``mention_resolution_must`` items, through the NLP stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.nlp import analyze
from letopis.records import EntityKind

# what a phrase of expected.json must resolve to when the expectation is not a plain name
STATES_OF_CAPITALS = {"Москвы и Пхеньяна": ["Россия", "КНДР"]}


def _items(seeds: Path) -> list[tuple[str, str, str, str]]:
    expected = json.loads((seeds / "expected.json").read_text(encoding="utf-8"))
    return [(name, doc["article"]["published_at"], phrase, target)
            for name, doc in expected["documents"].items()
            for phrase, target in doc.get("mention_resolution_must", ())]


@pytest.mark.slow
def test_mention_resolution_must(seeds_dir: Path, nlp_models, resolver):
    failures = []
    for name, published, phrase, target in _items(seeds_dir):
        text = (seeds_dir / name).read_text(encoding="utf-8")
        result = analyze(nlp_models, text)
        linked, _ = resolver.resolve(text, result.sentences, result.mentions, published, name)
        start = text.index(phrase)
        inside = [lm for lm in linked if start <= lm.mention.start and lm.mention.end <= start + len(phrase)]
        if phrase in STATES_OF_CAPITALS:
            got = [lm.name for lm in inside if lm.kind is EntityKind.STATE]
            if got != STATES_OF_CAPITALS[phrase]:
                failures.append((name, phrase, got))
            continue
        people = [lm for lm in inside if lm.kind is EntityKind.PERSON]
        if not people or any(lm.name != target for lm in people):
            failures.append((name, phrase, [(lm.mention.text, lm.name, lm.why) for lm in people]))
    assert not failures
