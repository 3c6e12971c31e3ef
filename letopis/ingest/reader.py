"""Reading one path or one byte string into documents, whatever its format.

Bad input never raises and never hides the good input around it: each problem comes
out as an IngestError in the stream of documents.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from typing import BinaryIO

from letopis.ingest.errors import IngestError
from letopis.ingest.feed import read_feed
from letopis.ingest.jsonl import read_jsonl
from letopis.ingest.paths import STDIN, expand_paths
from letopis.ingest.settings import IngestSettings, too_large
from letopis.ingest.sniff import HEAD_BYTES, binary_kind, detect_format
from letopis.ingest.text import read_page
from letopis.ingest.warc import read_warc
from letopis.records import Format, RawDocument

DEFAULT_SETTINGS = IngestSettings()
# what documents read from standard input name as their source
STDIN_SOURCE = "<stdin>"
# read record by record from a stream, so their limit is the archive limit
_CONTAINERS = frozenset({Format.JSONL, Format.WARC})

Item = RawDocument | IngestError


def read_path(path: str, *, settings: IngestSettings = DEFAULT_SETTINGS,
              stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Documents in the file at ``path`` ("-": ``stdin``, else standard input; a folder: its files)."""
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from read_bytes(stream.read(settings.max_archive_bytes + 1), STDIN_SOURCE, settings=settings)
        return
    if os.path.isdir(path):
        files, errors = expand_paths([path])
        yield from errors
        for file in files:
            yield from read_path(file, settings=settings)
        return
    try:
        with open(path, "rb") as handle:
            yield from _read_file(handle, path, settings)
    except FileNotFoundError:
        yield IngestError(path, "no such file or directory")
    except PermissionError:
        yield IngestError(path, "permission denied")
    except OSError as exc:
        yield IngestError(path, f"cannot read: {exc.strerror or exc.__class__.__name__}")


def read_bytes(data: bytes, source: str, *, settings: IngestSettings = DEFAULT_SETTINGS) -> Iterator[Item]:
    """Documents in ``data``, a whole file's bytes; ``source`` names it in documents and errors."""
    yield from _read_file(io.BytesIO(data), source, settings, size=len(data))


def _read_file(handle: BinaryIO, source: str, settings: IngestSettings, size: int | None = None) -> Iterator[Item]:
    if not handle.seekable():
        # a pipe named as a file (/dev/stdin, a shell's <(...)): its size is known only once read
        yield from read_bytes(handle.read(settings.max_archive_bytes + 1), source, settings=settings)
        return
    if size is None:
        size = os.fstat(handle.fileno()).st_size
    # one byte more than detection looks at tells it whether the head was cut
    head = handle.read(HEAD_BYTES + 1)
    if not head:
        yield IngestError(source, "empty file")
        return
    kind = binary_kind(head)
    if kind:
        yield IngestError(source, f"binary file ({kind}), not a news page")
        return
    fmt = detect_format(head, source)
    limit = settings.max_archive_bytes if fmt in _CONTAINERS else settings.max_file_bytes
    if size > limit:
        yield IngestError(source, too_large(size, limit))
        return
    handle.seek(0)
    if fmt is Format.JSONL:
        yield from read_jsonl(handle, source, settings)
    elif fmt is Format.WARC:
        yield from read_warc(handle, source, settings)
    else:
        data = handle.read()
        if fmt is Format.RSS:
            yield from read_feed(data, source)
        else:
            yield from read_page(data, source, fmt)
