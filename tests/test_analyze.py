"""Analysing stored articles: one article the stages fail on is reported, the others are analysed."""

from __future__ import annotations

from letopis.analyze import analyze_documents, pending
from letopis.records import Analysis, Article
from letopis.store import open_store
from tests.store.test_store import make


class Vocabulary:
    def plover_code(self, type_, status):
        return None


class Pipeline:
    """Stands in for the NLP pipeline: fails on any article whose text holds "сбой"."""

    vocabulary = Vocabulary()

    def analyze(self, article: Article) -> Analysis:
        if "сбой" in article.text:
            raise ValueError("the parser stopped")
        return Analysis(article.doc_id)

    def analyze_many(self, articles: list[Article]) -> list[Analysis]:
        return [self.analyze(a) for a in articles]


def test_a_failing_article_is_reported_and_the_rest_analysed(tmp_path):
    with open_store(tmp_path / "a.db") as store:
        for doc_id, text in (("a0000001", "Визит\n\nМинистр прибыл."), ("a0000002", "Сбой\n\nсбой в тексте"),
                             ("a0000003", "Переговоры\n\nСтороны провели переговоры.")):
            store.save_article(*make(doc_id, text))
        errors: list[tuple[str, str]] = []
        done = analyze_documents(store, pending(store), pipeline=Pipeline(),
                                 on_error=lambda source, reason: errors.append((source, reason)))
        assert done == 2
        assert errors == [("a0000002.txt", "cannot analyse: ValueError: the parser stopped")]
        assert pending(store) == ["a0000002"]     # left for a later run to retry
