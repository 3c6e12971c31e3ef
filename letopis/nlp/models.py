"""Loading the Russian NLP models, once per process.

natasha/slovnet ship their weights inside the wheels, so nothing is downloaded here.
Lemmas and inflection come from our own pymorphy3 analyser: natasha's ``MorphVocab``
wraps pymorphy2, which imports ``pkg_resources`` and breaks with setuptools >= 82.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from letopis.nlp.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:
    from letopis.nlp.tagging import Tagging

# Sentences are sorted by length before batching, so padding costs little and a larger
# batch pays off: 32 was about 1.5x faster than slovnet's default of 8 on news text.
DEFAULT_BATCH_SIZE = 32
# Distinct word forms in a large corpus stay well under this; one entry is a few hundred bytes.
PARSE_CACHE_SIZE = 200_000


@dataclass(frozen=True)
class NlpModels:
    """Everything the NLP stage needs, loaded once and passed to ``analyze``."""

    morph_tagger: Any            # natasha.NewsMorphTagger (slovnet)
    syntax_parser: Any           # natasha.NewsSyntaxParser (slovnet)
    ner_tagger: Any              # natasha.NewsNERTagger (slovnet)
    morph: Any                   # pymorphy3.MorphAnalyzer
    parse: Callable[[str], list[Any]]   # cached ``morph.parse``
    lexicon: Lexicon
    batch_size: int = DEFAULT_BATCH_SIZE
    # (word, morphology tag id) -> lemma, kept across calls: news repeats its words from article to article
    lemmas: dict[tuple[str, int], str] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def tagging(self) -> Tagging:
        """The three slovnet models driven batch by batch (``letopis.nlp.tagging``)."""
        from letopis.nlp.tagging import Tagging  # imports slovnet, as ``load`` does: only when there is work

        return Tagging.of(self.morph_tagger, self.syntax_parser, self.ner_tagger)

    def clear_caches(self) -> None:
        """Forget remembered lemmas and word ids: a benchmark run then starts as cold as the first."""
        self.lemmas.clear()
        self.tagging.clear()

    @classmethod
    def load(cls, batch_size: int = DEFAULT_BATCH_SIZE, lexicon: Lexicon | None = None) -> NlpModels:
        import pymorphy3
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        emb = NewsEmbedding()
        tools = [NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)]
        for tool in tools:
            # slovnet keeps the batch size in two places; both decide how inputs are chopped
            tool.batch_size = batch_size
            tool.infer.encoder.batch_size = batch_size
        morph = pymorphy3.MorphAnalyzer()
        return cls(
            morph_tagger=tools[0],
            syntax_parser=tools[1],
            ner_tagger=tools[2],
            morph=morph,
            parse=lru_cache(maxsize=PARSE_CACHE_SIZE)(morph.parse),
            lexicon=lexicon or load_lexicon(),
            batch_size=batch_size,
        )
