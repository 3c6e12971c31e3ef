"""Files, folders, globs and "-" become an ordered list of files to read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from letopis.ingest import IngestError, expand_paths


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.txt", ".hidden.txt", ".git/config",
                 "sub/.cache/e.txt"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "only-hidden").mkdir()
    (tmp_path / "only-hidden" / ".x").write_text("x", encoding="utf-8")
    return tmp_path


def rel(tree: Path, files: list[str]) -> list[str]:
    return [os.path.relpath(f, tree) for f in files]


def test_a_folder_is_read_recursively_in_order_without_hidden_files(tree):
    files, errors = expand_paths([str(tree)])
    assert rel(tree, files) == ["a.html", "b.txt", "sub/c.jsonl", "sub/deeper/d.txt"]
    assert errors == []


@pytest.mark.parametrize(("pattern", "expected"), [
    ("*.txt", ["b.txt"]),
    ("**/*.txt", ["b.txt", "sub/deeper/d.txt"]),
    ("sub", ["sub/c.jsonl", "sub/deeper/d.txt"]),
    ("s*", ["sub/c.jsonl", "sub/deeper/d.txt"]),
])
def test_globs_and_folders(tree, pattern, expected):
    files, errors = expand_paths([str(tree / pattern)])
    assert rel(tree, files) == expected and errors == []


def test_problems_are_reported_and_the_rest_kept(tree):
    files, errors = expand_paths([str(tree / "missing.txt"), str(tree / "b.txt"), str(tree / "empty"),
                                  str(tree / "only-hidden"), str(tree / "*.pdf"), "-"])
    assert rel(tree, files[:1]) == ["b.txt"] and files[1:] == ["-"]
    assert errors == [
        IngestError(str(tree / "missing.txt"), "no such file or directory"),
        IngestError(str(tree / "empty"), "no readable files in directory"),
        IngestError(str(tree / "only-hidden"), "no readable files in directory"),
        IngestError(str(tree / "*.pdf"), "no files match this pattern"),
    ]


def test_each_file_is_listed_once(tree):
    files, _ = expand_paths([str(tree / "b.txt"), str(tree), str(tree / "*.txt"), str(tree) + "/./b.txt", "-", "-"])
    assert rel(tree, files[:-1]) == ["b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.txt"] and files[-1] == "-"


def test_a_hidden_file_named_explicitly_is_read(tree):
    assert expand_paths([str(tree / ".hidden.txt")]) == ([str(tree / ".hidden.txt")], [])
