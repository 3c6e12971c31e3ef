"""Acceptance: the article fields of the two seed pages, as ``seeds/expected.json`` states them.

Strings compare after NFC, ё→е, case folding and whitespace collapsing; ``lead_starts``
and ``body_starts`` are prefixes, ``body_ends`` a suffix, ``not_in_body`` must be absent.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from letopis.article import parse_article
from letopis.records import Article, Format, RawDocument

SEEDS = Path(__file__).parents[2] / ".." / "shared" / "seeds"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("ё", "е").replace("Ё", "Е").casefold()
    return " ".join(text.split())


def expected_articles() -> list[tuple[str, dict[str, Any]]]:
    path = SEEDS / "expected.json"
    if not path.exists():
        return []
    documents = json.loads(path.read_text(encoding="utf-8"))["documents"]
    return sorted((name, doc["article"]) for name, doc in documents.items())


CASES = expected_articles()


def parsed(name: str) -> Article:
    content = (SEEDS / name).read_text(encoding="utf-8")
    doc = RawDocument(id=name, source=name, format=Format.TEXT, encoding="utf-8", content=content)
    article = parse_article(doc)
    assert article.text == content
    return article


@pytest.mark.skipif(not CASES, reason=f"{SEEDS} is not here")
@pytest.mark.parametrize(("name", "expected"), CASES, ids=[name for name, _ in CASES])
def test_seed_article(name: str, expected: dict[str, Any]) -> None:
    article = parsed(name)
    body = norm(article.body)
    for field, want in expected.items():
        if field == "lead_starts":
            assert norm(article.lead or "").startswith(norm(want))
        elif field == "body_starts":
            assert body.startswith(norm(want))
        elif field == "body_ends":
            assert body.endswith(norm(want))
        elif field == "not_in_body":
            for text in want:
                assert norm(text) not in body, text
        elif field in ("hashtags", "credits"):
            assert [norm(v) for v in getattr(article, field)] == [norm(v) for v in want]
        elif field == "views":
            assert article.views == want
        else:
            assert norm(getattr(article, field) or "") == norm(want), field
