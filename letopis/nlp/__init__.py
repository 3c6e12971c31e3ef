"""The NLP stage: sentences, tokens (lemma, morphology, syntax) and name mentions.

The only package that imports natasha, slovnet, razdel, navec or pymorphy3.
"""

from letopis.nlp.adapter import NlpResult, analyze, analyze_many
from letopis.nlp.lexicon import Lexicon, load_lexicon
from letopis.nlp.models import NlpModels

__all__ = ["Lexicon", "NlpModels", "NlpResult", "analyze", "analyze_many", "load_lexicon"]
