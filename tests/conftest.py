"""Shared fixtures: paths to the project's own inputs and the shared seed articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL_DEV = SHARED / "eval-dev"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not (SEEDS / "expected.json").exists():
        pytest.skip(f"{SEEDS} is not here")
    return SEEDS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "letopis.db"
