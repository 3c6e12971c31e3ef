"""Search and timeline latency on a synthetic corpus of N stored events, and incremental ingest.

    python bench/corpus_bench.py [--events 100000] [--db /tmp/letopis-bench.db] [--queries 200]

The corpus is made from real texts (examples/ and the dev gold texts, when present):
each article is one of those texts with a unique line added, carrying events among a
pool of actors on random dates, so that the chronicle, the lemma index and the
participant indexes have realistic sizes. Building it is not timed; then:

  search     p50/p95 of `search` for single words and word pairs taken from the texts
  timeline   p50/p95 of `timeline --actor X [--with Y]` for random actors
  ingest     time to store and analyse one more article (incremental: no recomputation)

The 95th percentiles are compared with the 50 ms goal and printed as ratios.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from letopis.records import (  # noqa: E402
    Analysis,
    Article,
    Block,
    BlockType,
    DateRange,
    Entity,
    EntityKind,
    Event,
    EventType,
    Evidence,
    Format,
    Participant,
    Precision,
    RawDocument,
    Role,
    Status,
)
from letopis.store import open_store  # noqa: E402
from letopis.store.search import SearchQuery  # noqa: E402
from letopis.store.timeline import TimelineQuery  # noqa: E402

GOAL_MS = 50.0
EVENTS_PER_DOC = 4
TYPES = [EventType.MEETING, EventType.TALKS, EventType.VISIT, EventType.PHONE_CALL, EventType.AGREEMENT,
         EventType.INVITATION, EventType.SUMMIT, EventType.STATEMENT]


def texts() -> list[str]:
    found = [p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for gold in sorted((ROOT.parent / "shared" / "eval-dev").glob("*.jsonl")):
        with gold.open(encoding="utf-8") as fh:
            found += [json.loads(line)["text"] for line in fh if line.strip()]
    return [t for t in found if len(t) > 200] or ["Министры провели переговоры в столице. " * 20]


def actors(n: int) -> list[Entity]:
    pool = []
    for i in range(n):
        kind = EntityKind.STATE if i % 4 == 0 else EntityKind.PERSON
        iso = f"X{i}" if kind == "state" else None
        pool.append(Entity(f"bench:{kind}:{i}", kind, f"Актор {i}", (f"A{i}",), None, iso))
    return pool


def sentences(corpus: list[str]) -> list[str]:
    return [s.strip() + "." for t in corpus for s in t.replace("\n", " ").split(". ") if len(s.strip()) > 30]


def make_doc(n: int, pieces: list[str], rng: random.Random,
             pool: list[Entity]) -> tuple[RawDocument, Article, Analysis]:
    """An article of 4–12 sentences drawn from the real texts, with events among the actor pool."""
    doc_id = f"{n:016x}"
    text = "\n".join(rng.sample(pieces, rng.randint(4, 12)))
    title_end = text.find("\n") if 0 < text.find("\n") < 200 else min(80, len(text))
    raw = RawDocument(doc_id, f"bench/{n}.txt", Format.TEXT, "utf-8", text)
    day = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    article = Article(doc_id, raw.source, text,
                      (Block(BlockType.TITLE, 0, title_end), Block(BlockType.BODY, title_end, len(text))),
                      published_at=day, publisher=f"Издание {n % 50}", title=text[:title_end], body=text[title_end:])
    events = []
    used: set[str] = set()
    for k in range(EVENTS_PER_DOC):
        who = rng.sample(pool[:60] if rng.random() < 0.5 else pool, 2)
        used |= {e.id for e in who}
        evday = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        status = Status.PLANNED if rng.random() < 0.1 else Status.OCCURRED
        events.append(Event(
            id=f"{doc_id}-{k}", type=rng.choice(TYPES), status=status,
            participants=tuple(Participant(e.name, e.id, e.kind, Role.PARTICIPANT) for e in who),
            date=DateRange(evday, evday, Precision.DAY) if status is Status.OCCURRED else DateRange(None, None),
            evidence=(Evidence(doc_id, 0, title_end, text[:title_end]),),
        ))
    entities = tuple(e for e in pool if e.id in used)
    return raw, article, Analysis(doc_id, entities=entities, events=tuple(events))


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/letopis-bench.db"))
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--reuse", action="store_true", help="Keep an existing corpus at --db instead of rebuilding.")
    args = ap.parse_args()
    rng = random.Random(1)
    pool = actors(400)
    corpus = texts()
    pieces = sentences(corpus)
    n_docs = args.events // EVENTS_PER_DOC
    if not args.reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.db) + suffix).unlink(missing_ok=True)
    with open_store(args.db) as store:
        have = store.count_documents()
        t0 = time.perf_counter()
        for n in range(have, n_docs):
            raw, article, analysis = make_doc(n, pieces, rng, pool)
            store.save_article(raw, article)
            store.save_analysis(analysis, lambda e: None)
            if n and n % 2500 == 0:
                print(f"  built {n} documents, {n * EVENTS_PER_DOC} events ({time.perf_counter() - t0:.0f} s)",
                      file=sys.stderr)
        n_events = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        n_chronicle = store.conn.execute("SELECT count(*) FROM chronicle").fetchone()[0]
        print(f"corpus: {store.count_documents()} articles, {n_events} events, {n_chronicle} chronicle events"
              f" (built in {time.perf_counter() - t0:.0f} s)")

        words = [w for t in corpus[:50] for w in t.split() if len(w) > 5 and w.isalpha()]
        queries = [rng.choice(words) if i % 2 else f"{rng.choice(words)} {rng.choice(words)}"
                   for i in range(args.queries)]
        store.search(SearchQuery(text=queries[0]))  # loads the lemmatiser
        search_ms = [timed(lambda q=q: store.search(SearchQuery(text=q, limit=20))) for q in queries]
        timeline_ms = []
        for i in range(args.queries):
            a, b = rng.sample(pool, 2)
            query = TimelineQuery(actor=a.name, with_actor=b.name if i % 2 else None, limit=200)
            timeline_ms.append(timed(lambda q=query: store.timeline(q)))

        ingest_ms = []
        for k in range(20):
            raw, article, analysis = make_doc(n_docs + 10_000 + k, pieces, rng, pool)
            ingest_ms.append(timed(lambda r=raw, a=article, x=analysis: (store.save_article(r, a),
                                                                       store.save_analysis(x, lambda e: None))))
    print(f"{'what':10} {'p50 ms':>8} {'p95 ms':>8} {'p95 / 50 ms goal':>17}")
    for name, samples in (("search", search_ms), ("timeline", timeline_ms), ("ingest 1", ingest_ms)):
        p50, p95 = percentiles(samples)
        print(f"{name:10} {p50:8.1f} {p95:8.1f} {p95 / GOAL_MS:17.2f}")


if __name__ == "__main__":
    main()
