"""From what the user typed to the files to read: files, folders, globs and "-"."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence

from letopis.ingest.errors import IngestError

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def expand_paths(paths: Sequence[str]) -> tuple[list[str], list[IngestError]]:
    """Files to read, in order and each once, and the paths that named nothing readable.

    Folders are read recursively in sorted order, skipping hidden files and folders;
    a glob ("pages/*.html", "**/*.warc.gz") is expanded; "-" stands for standard input.
    """
    files: list[str] = []
    errors: list[IngestError] = []
    seen: set[str] = set()

    def add(found: list[str]) -> None:
        for path in found:
            key = os.path.normpath(path)
            if key not in seen:
                seen.add(key)
                files.append(path)

    for path in paths:
        if path == STDIN:
            add([STDIN])
        elif os.path.isdir(path):
            found, problem = _walk(path)
            if problem:
                errors.append(IngestError(path, problem))
            add(found)
        elif os.path.exists(path):
            add([path])
        elif _GLOB_CHARS & set(path):
            matches = sorted(glob.glob(path, recursive=True))
            expanded: list[str] = []
            for match in matches:
                expanded.extend(_walk(match)[0] if os.path.isdir(match) else [match])
            if not expanded:
                errors.append(IngestError(path, "no files match this pattern"))
            add(expanded)
        else:
            errors.append(IngestError(path, "no such file or directory"))
    return files, errors


def _walk(folder: str) -> tuple[list[str], str | None]:
    """Every regular, non-hidden file under ``folder`` (sorted), and a reason if there is none."""
    found: list[str] = []
    denied: list[OSError] = []
    for root, dirs, names in os.walk(folder, onerror=denied.append):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in names:
            path = os.path.join(root, name)
            if not name.startswith(".") and os.path.isfile(path):
                found.append(path)
    found.sort()
    if found:
        return found, None
    if denied:
        return found, "permission denied"
    return found, "no readable files in directory"
