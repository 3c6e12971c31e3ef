"""End-to-end speed: raw files to events stored, one process, beside natasha NER alone.

    python bench/e2e_bench.py [--files 100] [--repeat 1]

examples/ is replicated to N files (each copy with a distinct line, so each is a new
document). In this process, over the same documents:

  natasha    segmenter + NER tagger of natasha alone, on the articles' title/lead/body text
  letopis    read, parse, store, NLP, resolve, time expressions, events, chronicle: what
             `letopis ingest` does, into a fresh store each round

Both start warm: the models are loaded, and one untimed run of each over a few of the
files pays the one-off costs of a process (natasha's first calls; for letopis the lazy
imports of the HTML, feed and WARC readers and of datasketch, the store's lemmatizer,
compiled patterns). Each letopis round starts with the NLP caches emptied, so no round
feeds the next. With --repeat R the two alternate R times and the fastest of each counts.

Prints documents per second for both and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest_bench import replicate  # noqa: E402

from letopis.analyze import analyze_documents  # noqa: E402
from letopis.batch import ingest_paths  # noqa: E402
from letopis.evaluation import natasha_annotator  # noqa: E402
from letopis.ingest import expand_paths  # noqa: E402
from letopis.pipeline import Pipeline  # noqa: E402
from letopis.store import open_store  # noqa: E402

WARM_UP_FILES = 8


def run_letopis(files: list[str], db: Path, pipeline: Pipeline) -> tuple[int, int]:
    """Ingest and analyse into a fresh store: (documents analysed, events stored)."""
    with open_store(db) as store:
        report = ingest_paths(files, store)
        docs = analyze_documents(store, report.stored_ids, pipeline=pipeline)
        events = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return docs, events


def content_texts(db: Path) -> list[dict[str, Any]]:
    """natasha's input: the title, lead and body text of every stored article."""
    with open_store(db) as store:
        return [{"id": s.article.doc_id,
                 "text": "\n".join(s.article.text[a:b] for a, b in s.article.content_spans())}
                for s in store.iter_articles()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=1, help="alternating rounds; the fastest of each counts")
    args = ap.parse_args()
    pipeline = Pipeline.load()
    natasha = natasha_annotator()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        replicate(ROOT / "examples", corpus, args.files)
        files, _ = expand_paths([str(corpus)])
        run_letopis(files[:WARM_UP_FILES], Path(tmp) / "warm.db", pipeline)
        natasha(content_texts(Path(tmp) / "warm.db"))
        t_ours, t_natasha = [], []
        for n in range(args.repeat):
            db = Path(tmp) / f"e2e{n}.db"
            pipeline.models.clear_caches()
            t0 = time.perf_counter()
            docs, events = run_letopis(files, db, pipeline)
            t_ours.append(time.perf_counter() - t0)
            texts = content_texts(db)
            t1 = time.perf_counter()
            natasha(texts)
            t_natasha.append(time.perf_counter() - t1)
    ours, theirs = docs / min(t_ours), len(texts) / min(t_natasha)
    print(f"{len(files)} files, {docs} documents, {events} events stored")
    print(f"natasha NER alone: {theirs:7.1f} docs/s")
    print(f"letopis end to end: {ours:6.1f} docs/s  ratio {ours / theirs:.2f}")


if __name__ == "__main__":
    main()
