"""Run the per-document stages over stored articles and store what they find.

The models load once (``Pipeline.load``); articles go through in batches so that the
NLP models run batched; each document's analysis is saved in its own transaction,
so an interrupted run can be repeated and re-analysing replaces, never duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from letopis.records import Analysis, Article
from letopis.store import Store

if TYPE_CHECKING:
    from letopis.pipeline import Pipeline

BATCH = 16

# called after each batch with (documents done, documents in all)
Progress = Callable[[int, int], None]
# called with (document's source, reason) for a document whose analysis failed
OnError = Callable[[str, str], None]


def analyze_documents(store: Store, doc_ids: Sequence[str], *, pipeline: Pipeline | None = None,
                      progress: Progress | None = None, on_error: OnError | None = None) -> int:
    """Analyse the given stored documents; returns how many were analysed.

    A document the stages fail on is reported through ``on_error`` (or raised, without one)
    and the others are analysed all the same; it stays unanalysed, so a later run retries it."""
    if not doc_ids:
        return 0
    from letopis.extract import plover_code  # the models and rules load only when there is work
    from letopis.pipeline import Pipeline

    pipeline = pipeline or Pipeline.load()
    plover = partial(plover_code, lexicon=pipeline.vocabulary)
    done = 0
    for start in range(0, len(doc_ids), BATCH):
        articles = [store.get_article(doc_id).article for doc_id in doc_ids[start:start + BATCH]]
        try:
            analyses = pipeline.analyze_many(articles)
        except Exception:  # one bad article must not cost the batch: find it by going one by one
            analyses = [_one(pipeline, article, on_error) for article in articles]
        for analysis in analyses:
            if analysis is not None:
                store.save_analysis(analysis, plover)
                done += 1
        if progress:
            progress(done, len(doc_ids))
    return done


def _one(pipeline: Pipeline, article: Article, on_error: OnError | None) -> Analysis | None:
    try:
        return pipeline.analyze(article)
    except Exception as exc:
        if on_error is None:
            raise
        on_error(article.source, f"cannot analyse: {exc.__class__.__name__}: {exc}")
        return None


def pending(store: Store) -> list[str]:
    """Stored documents that have not been analysed yet, oldest first."""
    analysed = store.analyzed_ids()
    return [s.article.doc_id for s in store.iter_articles(with_blocks=False) if s.article.doc_id not in analysed]
