"""Ingest a batch of paths into a store: read, parse, save, one document at a time.

The library call behind ``letopis ingest``. A broken input is reported with its
path and reason and the batch goes on; every document is saved in its own
transaction, so an interrupted batch can simply be run again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from letopis.article import LineMemory, parse_article
from letopis.ingest import IngestError, IngestSettings, expand_paths, read_path
from letopis.records import RawDocument
from letopis.store import SaveOutcome, Store


@dataclass(slots=True)
class IngestReport:
    files: int = 0
    stored: Counter[str] = field(default_factory=Counter)      # by format
    unchanged: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)
    errors: list[IngestError] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def formats(self) -> list[str]:
        return sorted(set(self.stored) | set(self.unchanged) | set(self.failed))


# called after each file with (files done, files in all, path)
Progress = Callable[[int, int, str], None]
# called for each problem as soon as it is found
OnError = Callable[[IngestError], None]


def ingest_paths(
    paths: Sequence[str],
    store: Store,
    *,
    settings: IngestSettings | None = None,
    progress: Progress | None = None,
    on_error: OnError | None = None,
    stdin: object | None = None,
) -> IngestReport:
    settings = settings or IngestSettings()
    report = IngestReport()
    files, missing = expand_paths(paths)
    for error in missing:
        _fail(report, error, "missing", on_error)
    memory = LineMemory()
    report.files = len(files)
    for done, path in enumerate(files, 1):
        for item in read_path(path, settings=settings, stdin=stdin):  # type: ignore[arg-type]
            if isinstance(item, IngestError):
                _fail(report, item, _format_hint(path), on_error)
                continue
            _save_one(item, store, memory, report, on_error)
        if progress:
            progress(done, len(files), path)
    return report


def _save_one(doc: RawDocument, store: Store, memory: LineMemory, report: IngestReport,
              on_error: OnError | None) -> None:
    fmt = str(doc.format)
    if store.has_document(doc.id):
        report.unchanged[fmt] += 1
        return
    try:
        article = parse_article(doc, memory=memory)
    except Exception as exc:  # a parser bug on one page must not stop the batch
        _fail(report, IngestError(doc.source, f"cannot parse article: {exc.__class__.__name__}: {exc}"),
              fmt, on_error)
        return
    outcome = store.save_article(doc, article)
    if outcome is SaveOutcome.STORED:
        report.stored[fmt] += 1
        report.stored_ids.append(doc.id)
    else:
        report.unchanged[fmt] += 1


def _fail(report: IngestReport, error: IngestError, fmt: str, on_error: OnError | None) -> None:
    report.failed[fmt] += 1
    report.errors.append(error)
    if on_error:
        on_error(error)


def _format_hint(path: str) -> str:
    name = path.lower()
    for ext, fmt in ((".warc.gz", "warc"), (".warc", "warc"), (".jsonl", "jsonl"), (".html", "html"),
                     (".htm", "html"), (".xml", "rss"), (".rss", "rss"), (".atom", "rss"), (".txt", "text")):
        if name.endswith(ext):
            return fmt
    return "other"
