"""Speed of the NLP stage plus linking against raw natasha NER, in one process, same texts.

    python bench/nlp_bench.py [GOLD_DIR_OR_JSONL ...] [--limit N] [--repeat R]

Prints documents per second for: natasha NER alone (its segmenter and tagger, document by
document, as natasha's own ``Doc`` runs it), and Letopis (sentences, morphology, syntax,
NER, name grammars, normal forms, linking) over the same texts, with their ratio and the
peak resident memory. The machine is noisy: compare numbers from one run only. With
--repeat R the systems take turns R times and the fastest run of each counts; every
Letopis run starts with its caches (lemmas, word ids) empty.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from letopis.evaluation.gold import read_gold  # noqa: E402
from letopis.evaluation.run import natasha_annotator  # noqa: E402
from letopis.nlp import analyze_many  # noqa: E402
from letopis.pipeline import Pipeline, parse_page, read_spans, text_document  # noqa: E402

DEFAULT_GOLD = ROOT.parent / "shared" / "eval-dev"
CHUNK = 64


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def best_of(repeat: int, *runs) -> list[float]:  # type: ignore[no-untyped-def]
    """The fastest time of each run over ``repeat`` rounds, the runs alternating within a round:
    a spell of load from elsewhere on the machine then slows all of them, not one."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for run, spent in zip(runs, times, strict=True):
            start = time.perf_counter()
            run()
            spent.append(time.perf_counter() - start)
    return [min(spent) for spent in times]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", default=[str(DEFAULT_GOLD)], help="gold .jsonl files or folders")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--repeat", type=int, default=1, help="alternating rounds; the fastest run of each counts")
    args = ap.parse_args()

    docs = read_gold(args.gold)
    if args.limit:
        docs = docs[: args.limit]
    records = [{"id": d["id"], "text": d["text"]} for d in docs]
    chars = sum(len(r["text"]) for r in records)

    natasha = natasha_annotator()
    pipeline = Pipeline.load()
    articles = [parse_page(text_document(r["id"], r["text"])) for r in records]

    def run_natasha() -> None:
        natasha(records)

    def run_ours() -> None:
        pipeline.models.clear_caches()   # every run starts with cold caches (lemmas, word ids): no run feeds another
        for i in range(0, len(articles), CHUNK):
            pipeline.analyze_many(articles[i:i + CHUNK], untyped=True)

    def run_nlp_resolve() -> None:
        # the NLP stage (parsing the sentences extraction reads) and linking, without dates and events
        pipeline.models.clear_caches()
        for i in range(0, len(articles), CHUNK):
            chunk = articles[i:i + CHUNK]
            results = analyze_many(pipeline.models, [(a.text, read_spans(a, True)) for a in chunk],
                                   syntax=pipeline.needs_syntax)
            for a, r in zip(chunk, results, strict=True):
                pipeline.linker.resolve(a.text, r.sentences, r.mentions, a.published_date, a.doc_id)

    def run_names_only() -> None:
        pipeline.models.clear_caches()
        for i in range(0, len(articles), CHUNK):
            chunk = articles[i:i + CHUNK]
            analyze_many(pipeline.models, [(a.text, read_spans(a, True)) for a in chunk], syntax=False)

    run_natasha()                      # warm-up: first calls allocate
    t_natasha, t_ours, t_linked, t_names = best_of(args.repeat, run_natasha, run_ours, run_nlp_resolve,
                                                   run_names_only)
    n = len(records)
    print(f"documents: {n}, characters: {chars}")
    print(f"natasha NER alone:    {n / t_natasha:7.1f} docs/s  {chars / t_natasha / 1000:7.1f}k chars/s")
    print(f"letopis NLP+resolve:  {n / t_linked:7.1f} docs/s  {chars / t_linked / 1000:7.1f}k chars/s"
          f"  ratio {t_natasha / t_linked:.2f}")
    print(f"letopis pipeline:     {n / t_ours:7.1f} docs/s  {chars / t_ours / 1000:7.1f}k chars/s"
          f"  ratio {t_natasha / t_ours:.2f}  (NLP, resolve, time expressions, events)")
    print(f"NLP without syntax:   {n / t_names:7.1f} docs/s  ratio {t_natasha / t_names:.2f}")
    print(f"peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
