"""Ingest + parse speed on examples/ replicated to N files (one process).

    python bench/ingest_bench.py [--files 1000] [--examples examples/]

Each copy gets a distinct footer line, so every file is a new document. Three runs
over the same files, in this process, so the ratios are comparable on a noisy machine:

  read      ingest readers only (detect format, decode, hash)
  parse     read + article parsing
  store     read + parse + save to a fresh SQLite file (what `letopis ingest` does)

Prints documents per second for each and the ratio against `read`.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from letopis.article import LineMemory, parse_article  # noqa: E402
from letopis.batch import ingest_paths  # noqa: E402
from letopis.ingest import IngestError, expand_paths, read_path  # noqa: E402
from letopis.store import open_store  # noqa: E402

TEXT_SUFFIXES = (".txt", ".html", ".htm")


def replicate(examples: Path, target: Path, n_files: int) -> list[Path]:
    sources = [p for p in sorted(examples.rglob("*")) if p.is_file() and p.name.lower() != "readme.md"]
    made: list[Path] = []
    i = 0
    while len(made) < n_files:
        src = sources[i % len(sources)]
        dst = target / f"{i:05d}_{src.name}"
        if src.suffix.lower() in TEXT_SUFFIXES:
            data = src.read_bytes()
            marker = f"\n<!-- copy {i} -->\n" if src.suffix.lower() != ".txt" else f"\nКопия {i}\n"
            dst.write_bytes(data + marker.encode("utf-8") if _is_utf8(data) else data + marker.encode("cp1251"))
        else:
            shutil.copyfile(src, dst)  # container formats: same content, counted as unchanged later
        made.append(dst)
        i += 1
    return made


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def run_read(files: list[str]) -> int:
    return sum(1 for f in files for d in read_path(f) if not isinstance(d, IngestError))


def run_parse(files: list[str]) -> int:
    memory = LineMemory()
    n = 0
    for f in files:
        for d in read_path(f):
            if not isinstance(d, IngestError):
                parse_article(d, memory=memory)
                n += 1
    return n


def run_store(files: list[str], db: Path) -> int:
    with open_store(db) as store:
        report = ingest_paths(files, store)
        return report.stored.total() + report.unchanged.total()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        corpus = tmp_path / "corpus"
        corpus.mkdir()
        replicate(args.examples, corpus, args.files)
        files, _ = expand_paths([str(corpus)])
        results = []
        for name, fn in (("read", lambda: run_read(files)), ("parse", lambda: run_parse(files)),
                         ("store", lambda: run_store(files, tmp_path / "bench.db"))):
            t0 = time.perf_counter()
            docs = fn()
            elapsed = time.perf_counter() - t0
            results.append((name, docs, elapsed))
    base = results[0][1] / results[0][2]
    print(f"{len(files)} files from {args.examples}")
    print(f"{'stage':8} {'docs':>6} {'seconds':>8} {'docs/s':>9} {'ratio to read':>14}")
    for name, docs, elapsed in results:
        rate = docs / elapsed
        print(f"{name:8} {docs:6d} {elapsed:8.2f} {rate:9.1f} {rate / base:14.2f}")


if __name__ == "__main__":
    main()
