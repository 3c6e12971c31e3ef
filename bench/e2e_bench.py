"""End-to-end speed: raw files to events stored, one process, beside natasha NER alone.

    python bench/e2e_bench.py [--files 100]

examples/ is replicated to N files (each copy with a distinct line, so each is a new
document). Two runs in this process over the same documents:

  natasha    segmenter + NER tagger of natasha alone, on the articles' title/lead/body text
  letopis    read, parse, store, NLP, resolve, time expressions, events, chronicle: what
             `letopis ingest` does (the models loaded once, before the clock starts)

Prints documents per second for both and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=100)
    args = ap.parse_args()
    pipeline = Pipeline.load()
    natasha = natasha_annotator()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        replicate(ROOT / "examples", corpus, args.files)
        files, _ = expand_paths([str(corpus)])
        t0 = time.perf_counter()
        with open_store(Path(tmp) / "e2e.db") as store:
            report = ingest_paths(files, store)
            docs = analyze_documents(store, report.stored_ids, pipeline=pipeline)
            events = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
            texts = [{"id": s.article.doc_id,
                      "text": "\n".join(s.article.text[a:b] for a, b in s.article.content_spans())}
                     for s in store.iter_articles()]
        t_ours = time.perf_counter() - t0
    natasha(texts[:5])  # warm-up
    t1 = time.perf_counter()
    natasha(texts)
    t_natasha = time.perf_counter() - t1
    print(f"{len(files)} files, {docs} documents, {events} events stored")
    print(f"natasha NER alone: {len(texts) / t_natasha:7.1f} docs/s")
    print(f"letopis end to end: {docs / t_ours:6.1f} docs/s  ratio {(docs / t_ours) / (len(texts) / t_natasha):.2f}")


if __name__ == "__main__":
    main()
