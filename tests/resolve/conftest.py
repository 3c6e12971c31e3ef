"""Knowledge base, morphology and resolver, loaded once for the test session."""

from __future__ import annotations

import pymorphy3
import pytest

from letopis.resolve import Resolver
from letopis.resolve.kb import KnowledgeBase, load_kb


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@pytest.fixture(scope="session")
def resolver(kb: KnowledgeBase, morph: pymorphy3.MorphAnalyzer) -> Resolver:
    return Resolver(kb, morph)


@pytest.fixture(scope="session")
def nlp_models(morph: pymorphy3.MorphAnalyzer):
    """The NLP stage's models (about 2 s); only slow tests ask for them."""
    from letopis.nlp import NlpModels

    return NlpModels.load()
