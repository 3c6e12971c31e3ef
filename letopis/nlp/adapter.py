"""The one place where natasha/slovnet/razdel objects become ``letopis.records``.

``analyze`` reads only the spans it is given (title, lead, body; never boilerplate).
``analyze_many`` runs the three slovnet models over the sentences of many documents at
once, sorted by length, so each batch pads little.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from letopis.nlp.mentions import sentence_mentions
from letopis.nlp.models import NlpModels
from letopis.nlp.morphology import lemma_of
from letopis.nlp.segment import RawSentence, split_sentences
from letopis.nlp.spans import Span
from letopis.records import Mention, MentionType, Sentence, Token

NER_TYPES = {"PER": MentionType.PER, "LOC": MentionType.LOC, "ORG": MentionType.ORG}


@dataclass(frozen=True, slots=True)
class NlpResult:
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]


def analyze(models: NlpModels, text: str, spans: Sequence[tuple[int, int]] | None = None) -> NlpResult:
    """Sentences and mentions of ``text[start:end]`` for each span (the whole text when None)."""
    return analyze_many(models, [(text, spans)])[0]


def _by_length(items: Sequence[Any], size: Any) -> list[int]:
    return sorted(range(len(items)), key=lambda i: size(items[i]))


def _run_sorted(tool: Any, items: Sequence[Any], size: Any) -> list[Any]:
    """``tool.map`` over ``items`` in length order, results back in the original order."""
    order = _by_length(items, size)
    results: list[Any] = [None] * len(items)
    for i, result in zip(order, tool.map([items[i] for i in order]), strict=True):
        results[i] = result
    return results


def _token(raw_tok: Any, morph_tok: Any, syntax_tok: Any, parse: Any) -> Token:
    feats = dict(morph_tok.feats)
    head = int(syntax_tok.head_id) - 1
    return Token(
        start=raw_tok.start,
        end=raw_tok.end,
        text=raw_tok.text,
        lemma=lemma_of(parse, raw_tok.text, morph_tok.pos, feats),
        pos=morph_tok.pos,
        feats=tuple(sorted(feats.items())),
        head=head,
        rel=syntax_tok.rel,
    )


def analyze_many(models: NlpModels, docs: Iterable[tuple[str, Sequence[tuple[int, int]] | None]]
                 ) -> list[NlpResult]:
    """``analyze`` for many documents; the models see all their sentences in few batches."""
    docs = list(docs)
    per_doc: list[list[RawSentence]] = [
        split_sentences(text, spans if spans is not None else [(0, len(text))]) for text, spans in docs
    ]
    flat = [sent for sents in per_doc for sent in sents]
    words = [[t.text for t in sent.tokens] for sent in flat]
    morph = _run_sorted(models.morph_tagger, words, len)
    syntax = _run_sorted(models.syntax_parser, words, len)
    ner = _run_sorted(models.ner_tagger, [sent.text for sent in flat], len)

    results: list[NlpResult] = []
    pos = 0
    for (text, _), sents in zip(docs, per_doc, strict=True):
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        for sent in sents:
            m, s, n = morph[pos], syntax[pos], ner[pos]
            pos += 1
            tokens = tuple(_token(rt, mt, st, models.parse)
                           for rt, mt, st in zip(sent.tokens, m.tokens, s.tokens, strict=True))
            sentences.append(Sentence(sent.start, sent.end, tokens))
            ner_spans = [Span(sent.start + sp.start, sent.start + sp.stop, NER_TYPES[sp.type])
                         for sp in n.spans if sp.type in NER_TYPES]
            mentions.extend(sentence_mentions(text, tokens, ner_spans, models.parse, models.lexicon))
        results.append(NlpResult(tuple(sentences), tuple(mentions)))
    return results
