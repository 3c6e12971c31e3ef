"""The NLP models, loaded once for the whole test session (about 2 s, 300 MB)."""

from __future__ import annotations

import pytest

from letopis.nlp import NlpModels


@pytest.fixture(scope="session")
def nlp_models() -> NlpModels:
    return NlpModels.load()
