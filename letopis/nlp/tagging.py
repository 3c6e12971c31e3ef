"""The three slovnet models run batch by batch, without slovnet's per-word records.

slovnet's ``map`` wraps every word of its output in a record (``MorphToken``,
``SyntaxToken``), parses every morphology tag string anew, re-tokenizes each NER text
and finds every word in it again; natasha then copies each record once more. On news
that cost about as much as the models' own arithmetic. Here the models get exactly the
arrays slovnet would give them, in exactly the same batches, so every float and every
tag is the same; only the work around them is lighter: a word's vocabulary and shape
ids are looked up once per process, a tag's part of speech and features are parsed once
per tag, NER spans are read off the tokenizer's own offsets, and the embedding and the
convolutions (``letopis.nlp.cnn``) copy less.

The batches matter: the models' floats (and now and then an argmax) change with the
company a sentence keeps in its batch, so the grouping below is slovnet's own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from razdel import tokenize
from slovnet.bio import bio_spans
from slovnet.chop import chop
from slovnet.conll import parse_conll_tag
from slovnet.shape import word_shape

from letopis.nlp.cnn import encode

# a word's (vocabulary id, shape id)
Codes = tuple[int, int]
# the cache starts again past this many words; a word costs a few hundred bytes
CODES_LIMIT = 300_000


@dataclass(frozen=True, slots=True)
class MorphTag:
    """One tag of the morphology model, parsed once."""

    pos: str
    feats: tuple[tuple[str, str], ...]    # sorted, as ``Token.feats``
    feat_map: dict[str, str]


@dataclass(frozen=True, slots=True)
class WordCodes:
    """Vocabulary and shape ids of words, remembered: news repeats its words from sentence to
    sentence, and the three models share one vocabulary, so most look-ups are repeats."""

    words_vocab: Any
    shapes_vocab: Any
    cache: dict[str, Codes] = field(default_factory=dict)

    def serves(self, encoder: Any) -> bool:
        """Whether this cache gives the ids ``encoder`` would compute itself."""
        return (encoder.words_vocab is self.words_vocab or encoder.words_vocab.items == self.words_vocab.items) and (
            encoder.shapes_vocab is self.shapes_vocab or encoder.shapes_vocab.items == self.shapes_vocab.items)

    def encode(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        """What slovnet's ``WordShapeEncoder.item`` returns for ``words``."""
        cache = self.cache
        if len(cache) > CODES_LIMIT:
            cache.clear()
        word_ids, shape_ids = [], []
        for word in words:
            codes = cache.get(word)
            if codes is None:
                codes = (self.words_vocab.encode(word.lower()), self.shapes_vocab.encode(word_shape(word)))
                cache[word] = codes
            word_ids.append(codes[0])
            shape_ids.append(codes[1])
        return word_ids, shape_ids


def _batches(tool: Any, items: Sequence[Any]) -> Iterator[list[Any]]:
    """The batches slovnet's ``API.map`` forms: chunks of the API's batch size, each cut again
    by the encoder's (``NlpModels.load`` sets both to one value)."""
    for chunk in chop(items, tool.batch_size):
        yield from chop(chunk, tool.infer.encoder.batch_size)


def _sizes(pad_mask: np.ndarray) -> list[int]:
    """Words per row, counted as slovnet's ``split_masked`` counts them."""
    return [int(size) for size in (~pad_mask).sum(-1)]


class MorphRun:
    """The morphology tagger: one tag id per word."""

    def __init__(self, tool: Any, codes: WordCodes) -> None:
        self.tool = tool
        self.codes = codes
        self.tags = tuple(MorphTag(pos, tuple(sorted(feats.items())), feats)
                          for pos, feats in map(parse_conll_tag, tool.infer.decoder.tags_vocab.items))

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        infer = self.tool.infer
        out: list[np.ndarray] = []
        for batch in _batches(self.tool, sentences):
            inp = infer.encoder.input([self.codes.encode(words) for words in batch])
            model = infer.model
            pred = model.head.decode(model.head(encode(model, inp.word_id, inp.shape_id, inp.pad_mask)))
            out.extend(row[:size] for row, size in zip(pred, _sizes(inp.pad_mask), strict=True))
        return out


class SyntaxRun:
    """The dependency parser: per word the index of its head (0 for the root) and its relation."""

    def __init__(self, tool: Any, codes: WordCodes) -> None:
        self.tool = tool
        self.codes = codes
        self.rels = tuple(tool.infer.decoder.rels_vocab.items)

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[int], list[str]]]:
        infer, rels = self.tool.infer, self.rels
        out: list[tuple[list[int], list[str]]] = []
        for batch in _batches(self.tool, sentences):
            inp = infer.encoder.input([self.codes.encode(words) for words in batch])
            model, mask = infer.model, ~inp.pad_mask
            # slovnet's Syntax.__call__ and SyntaxInfer.process: relations are scored for the chosen heads
            x = encode(model, inp.word_id, inp.shape_id, inp.pad_mask)
            heads = model.head.decode(model.head(x), mask)
            rel_ids = model.rel.decode(model.rel(x, heads), mask)
            for row, size in enumerate(_sizes(inp.pad_mask)):
                out.append((heads[row, :size].tolist(), [rels[r] for r in rel_ids[row, :size].tolist()]))
        return out


class NerRun:
    """The NER tagger over whole texts: (start, stop, type) spans with offsets into each text."""

    def __init__(self, tool: Any, codes: WordCodes) -> None:
        self.tool = tool
        self.codes = codes
        self.tags = tuple(tool.infer.decoder.tags_vocab.items)

    def __call__(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """Spans with offsets into each text, tokenized as slovnet does it (with razdel)."""
        return self.tagged([list(tokenize(text)) for text in texts])

    def tagged(self, texts: Sequence[Sequence[Any]]) -> list[list[tuple[int, int, str]]]:
        """Spans of texts given as razdel's tokens (anything with ``text``, ``start``, ``stop``), with the
        tokens' offsets. slovnet tokenizes with razdel and then finds each word in the text from where
        the last one ended, which is where razdel's own offsets come from."""
        infer, tags = self.tool.infer, self.tags
        decoded: list[np.ndarray] = []
        for batch in _batches(self.tool, texts):
            inp = infer.encoder.input([self.codes.encode([t.text for t in toks]) for toks in batch])
            model = infer.model
            pred = model.head(encode(model, inp.word_id, inp.shape_id, inp.pad_mask))
            decoded.extend(model.head.crf.decode(pred, ~inp.pad_mask))
        return [[(span.start, span.stop, span.type) for span in bio_spans(toks, [tags[i] for i in ids.tolist()])]
                for toks, ids in zip(texts, decoded, strict=True)]


@dataclass(frozen=True)
class Tagging:
    """The three models with the caches they share."""

    morph: MorphRun
    syntax: SyntaxRun
    ner: NerRun
    codes: tuple[WordCodes, ...]

    @classmethod
    def of(cls, morph_tagger: Any, syntax_parser: Any, ner_tagger: Any) -> Tagging:
        codes: list[WordCodes] = []

        def codes_for(tool: Any) -> WordCodes:
            encoder = tool.infer.encoder
            for known in codes:
                if known.serves(encoder):
                    return known
            codes.append(WordCodes(encoder.words_vocab, encoder.shapes_vocab))
            return codes[-1]

        return cls(MorphRun(morph_tagger, codes_for(morph_tagger)), SyntaxRun(syntax_parser, codes_for(syntax_parser)),
                   NerRun(ner_tagger, codes_for(ner_tagger)), tuple(codes))

    def clear(self) -> None:
        for codes in self.codes:
            codes.cache.clear()
