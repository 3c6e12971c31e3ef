"""Reading gold and prediction files in the JSON Lines format of ``shared/eval-dev``."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any


class EvalError(ValueError):
    """A gold or prediction file that cannot be scored; the message names the file and the fix."""


def gold_paths(items: Iterable[Path | str]) -> list[Path]:
    """``.jsonl`` files, folders expanded to the ``.jsonl`` files inside them (sorted)."""
    paths: list[Path] = []
    for item in items:
        path = Path(item)
        paths.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    return paths


def read_jsonl(path: Path | str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError as e:
                    raise EvalError(f"{path}:{n}: bad JSON: {e}") from e


def read_gold(items: Iterable[Path | str], datasets: Sequence[str] = ()) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in gold_paths(items):
        if path.name == "MANIFEST.json":
            continue
        docs.extend(read_jsonl(path))
    if datasets:
        docs = [d for d in docs if d["source_dataset"] in datasets]
    if not docs:
        raise EvalError("no gold documents found: give .jsonl files or folders that hold them")
    dup = [k for k, v in Counter(d["id"] for d in docs).items() if v > 1]
    if dup:
        raise EvalError(f"duplicate gold ids, e.g. {dup[:3]}")
    return docs


def read_pred(path: Path | str) -> dict[str, dict[str, Any]]:
    return {d["id"]: d for d in read_jsonl(path)}
