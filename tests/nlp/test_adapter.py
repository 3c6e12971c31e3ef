"""The adapter on the seed pages: offsets, sentences, tokens, batching."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.nlp import NlpModels, analyze, analyze_many


def content(text: str, first: str, stop: str) -> list[tuple[int, int]]:
    return [(text.index(first), text.index(stop))]


@pytest.fixture(scope="module")
def seed_texts(seeds_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]


@pytest.mark.slow
def test_offsets_round_trip(nlp_models: NlpModels, seed_texts: list[str]) -> None:
    for text in seed_texts:
        result = analyze(nlp_models, text)
        assert result.sentences and result.mentions
        for m in result.mentions:
            assert text[m.start:m.end] == m.text
        for s in result.sentences:
            assert "\n" not in text[s.start:s.end]
            for i, t in enumerate(s.tokens):
                assert text[t.start:t.end] == t.text
                assert -1 <= t.head < len(s.tokens) and t.head != i
                assert t.pos and t.lemma and t.rel
                assert list(t.feats) == sorted(t.feats)


@pytest.mark.slow
def test_boilerplate_outside_the_spans_is_not_read(nlp_models: NlpModels, seed_texts: list[str]) -> None:
    text = next(t for t in seed_texts if "Швиль Исраэль" in t)
    spans = content(text, "Сергей Лавров встретился", "1:10 Вокруг света")
    result = analyze(nlp_models, text, spans)
    assert all(spans[0][0] <= m.start and m.end <= spans[0][1] for m in result.mentions)
    assert not any("Швиль" in m.text for m in result.mentions)


@pytest.mark.slow
def test_tokens_carry_syntax_for_events(nlp_models: NlpModels) -> None:
    text = "Сергей Лавров встретился с Ким Чен Ыном."
    (sent,) = analyze(nlp_models, text).sentences
    by_text = {t.text: t for t in sent.tokens}
    verb = sent.tokens.index(by_text["встретился"])
    assert by_text["Лавров"].rel == "nsubj" or by_text["Сергей"].rel == "nsubj"
    assert by_text["встретился"].lemma == "встретиться"
    assert by_text["Ыном"].feat("Case") == "Ins"
    assert verb >= 0


@pytest.mark.slow
def test_batched_equals_one_by_one(nlp_models: NlpModels, seed_texts: list[str]) -> None:
    docs = [(t, None) for t in seed_texts] + [("Путин прибыл в Пекин.", None), ("", None)]
    many = analyze_many(nlp_models, docs)
    assert len(many) == len(docs)
    for (text, _), batched in zip(docs, many, strict=True):
        assert batched == analyze(nlp_models, text)
    assert many[-1].sentences == () and many[-1].mentions == ()


@pytest.mark.slow
def test_without_syntax_the_names_are_the_same(nlp_models: NlpModels, seed_texts: list[str]) -> None:
    docs = [(t, None) for t in seed_texts]
    full, light = analyze_many(nlp_models, docs), analyze_many(nlp_models, docs, syntax=False)
    for a, b in zip(full, light, strict=True):
        assert a.mentions == b.mentions
        assert all(t.head == -1 and t.rel == "" for s in b.sentences for t in s.tokens)
