"""Gold data from ``shared/eval-dev`` and a pipeline loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.pipeline import Pipeline
from tests.conftest import EVAL_DEV


@pytest.fixture(scope="session")
def eval_dev() -> Path:
    if not (EVAL_DEV / "score.py").exists():
        pytest.skip(f"{EVAL_DEV} is not here")
    return EVAL_DEV


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.load()
