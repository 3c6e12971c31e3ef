"""Fixtures for extraction tests: the whole per-document pipeline, loaded once per session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from letopis.records import Article, Block, BlockType, Event, Quote


@dataclass(frozen=True)
class Reading:
    article: Article
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    debug: tuple[str, ...]


def body_article(text: str, published: str | None, doc_id: str = "passage") -> Article:
    """A passage as the body of an article: no boilerplate around it."""
    return Article(
        doc_id=doc_id,
        source=doc_id,
        text=text,
        blocks=(Block(BlockType.BODY, 0, len(text)),),
        published_at=published,
        body=text,
    )


@pytest.fixture(scope="session")
def pipeline():
    from letopis.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def read_article(pipeline) -> Callable[[Article], Reading]:
    from letopis.extract import extract_events

    def read(article: Article) -> Reading:
        analysis = pipeline.analyze(article)
        events, quotes, debug = extract_events(
            article, analysis.sentences, analysis.mentions, analysis.timexes, debug=True,
            entities=analysis.entities,
        )
        return Reading(article, events, quotes, debug)

    return read


@pytest.fixture(scope="session")
def read_passage(read_article) -> Callable[[str, str | None], Reading]:
    def read(text: str, published: str | None = None) -> Reading:
        return read_article(body_article(text, published))

    return read
