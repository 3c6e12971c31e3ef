"""The slovnet models driven without slovnet's records give what slovnet's own ``map`` gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from slovnet.exec.encoders import WordShapeEncoder
from slovnet.shape import SHAPES
from slovnet.vocab import Vocab

from letopis.nlp import NlpModels
from letopis.nlp.cnn import encode
from letopis.nlp.segment import split_sentences
from letopis.nlp.tagging import WordCodes

ROOT = Path(__file__).resolve().parents[2]


def test_word_codes_are_the_encoders_own() -> None:
    words = Vocab(["<unk>", "<pad>", "мир", "москва", "2024"])
    shapes = Vocab(["<pad>", *SHAPES])
    encoder = WordShapeEncoder(words, shapes)
    codes = WordCodes(words, shapes)
    sentence = ["Москва", "—", "МИР", "мир", "2024", "Ыын", "ООН-2", "..."]
    assert codes.encode(sentence) == encoder.item(sentence)
    assert codes.encode(sentence) == encoder.item(sentence)      # the second time from the cache
    assert codes.cache["Москва"] == (3, shapes.encode("RU_Xx"))
    assert codes.serves(encoder)
    assert not codes.serves(WordShapeEncoder(Vocab(["<unk>", "<pad>", "мир"]), shapes))


def _example_sentences() -> list[list[str]]:
    """Sentences of the project's example pages, sorted by length as the adapter batches them."""
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "examples").glob("*.txt"))]
    sentences = [[t.text for t in s.tokens] for text in texts for s in split_sentences(text, [(0, len(text))])]
    return sorted(sentences, key=len)


@pytest.mark.slow
def test_morphology_and_syntax_match_slovnet(nlp_models: NlpModels) -> None:
    sentences = _example_sentences()
    assert len(sentences) > 3 * nlp_models.batch_size        # several batches, padded differently
    tagging = nlp_models.tagging
    ours = tagging.morph(sentences)
    theirs = list(nlp_models.morph_tagger.map(sentences))
    for tag_ids, markup in zip(ours, theirs, strict=True):
        tags = [tagging.morph.tags[i] for i in tag_ids.tolist()]
        assert [(t.pos, t.feat_map) for t in tags] == [(tok.pos, tok.feats) for tok in markup.tokens]
        assert all(list(t.feats) == sorted(t.feat_map.items()) for t in tags)
    trees = tagging.syntax(sentences)
    for (heads, rels), markup in zip(trees, nlp_models.syntax_parser.map(sentences), strict=True):
        assert heads == [int(tok.head_id) for tok in markup.tokens]
        assert rels == [tok.rel for tok in markup.tokens]


@pytest.mark.slow
def test_ner_spans_match_slovnet(nlp_models: NlpModels) -> None:
    texts = sorted((p.read_text(encoding="utf-8", errors="replace")[:1500]
                    for p in sorted((ROOT / "examples").glob("*.txt"))), key=len)
    texts.append("Глава МИД Франции Жан-Ив Ле Дриан 3 мая прибыл в Рабат, где его принял король Марокко.")
    ours = nlp_models.tagging.ner(texts)
    theirs = list(nlp_models.ner_tagger.map(texts))
    assert sum(len(found) for found in ours) > 20
    for found, markup in zip(ours, theirs, strict=True):
        assert found == [(s.start, s.stop, s.type) for s in markup.spans]


@pytest.mark.slow
def test_encoder_floats_are_slovnets_to_the_bit(nlp_models: NlpModels) -> None:
    sentences = _example_sentences()
    # a whole block as NER reads it: hundreds of words beside short ones, so most rows are padding
    block = [word for words in sentences[-30:] for word in words][:400]
    for tool, items in ((nlp_models.morph_tagger, sentences), (nlp_models.syntax_parser, sentences[-40:]),
                        (nlp_models.ner_tagger, [block, *sentences[:31]])):
        model, encoder = tool.infer.model, tool.infer.encoder
        for start in range(0, len(items), 32):
            inp = encoder.input([encoder.item(words) for words in items[start:start + 32]])
            theirs = model.encoder(model.emb(inp.word_id, inp.shape_id), inp.pad_mask)
            ours = encode(model, inp.word_id, inp.shape_id, inp.pad_mask)
            assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
            assert np.array_equal(ours, theirs)
