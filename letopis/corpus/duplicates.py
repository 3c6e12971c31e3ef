"""Near-duplicate articles: reprints and lightly edited copies.

MinHash (datasketch) over word shingles of the article's content blocks only, so
that shared menus and footers never make two different articles look alike and
different boilerplate never hides that two pages carry the same article. The
signature is split into LSH bands stored in the database: a new article finds
its candidates with an index look-up, so adding one article costs the same
however large the corpus is.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass

import numpy as np

from letopis.records import Article

NUM_PERM = 128
BANDS = 32            # 32 bands x 4 rows: candidates from about 0.4 similarity on
ROWS = NUM_PERM // BANDS
SHINGLE = 3           # words per shingle
MAX_CANDIDATES = 8    # candidates compared signature to signature
SAME_ARTICLE = 0.5    # estimated Jaccard similarity from which two pages are one article

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    doc_id: str
    canonical_id: str
    similarity: float


def content_text(article: Article) -> str:
    return "\n".join(article.text[s:e] for s, e in article.content_spans())


def signature(text: str) -> np.ndarray:
    words = [w.lower().replace("ё", "е") for w in _WORD.findall(text)]
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    from datasketch import MinHash  # imported here: it costs 0.4 s, and `letopis ls` never needs it

    mh = MinHash(num_perm=NUM_PERM, seed=7)
    mh.update_batch([s.encode("utf-8") for s in shingles if s])
    return mh.hashvalues


def band_hashes(sig: np.ndarray) -> list[tuple[int, str]]:
    return [(b, hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest())
            for b in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def add_article(conn: sqlite3.Connection, article: Article) -> DuplicateMatch | None:
    """Index one stored article and link it to the article it reprints, if any.

    Runs inside the caller's transaction. The canonical article of a group is the
    first one stored; a reprint links to it directly, never to another reprint.
    """
    doc = article.doc_id
    sig = signature(content_text(article))
    bands = band_hashes(sig)
    # the documents sharing the most bands are the likeliest copies; a few of them are enough.
    # One indexed look-up per band: an OR over all bands would make SQLite scan the table.
    shared: Counter[str] = Counter()
    for band, digest in bands:
        for (other,) in conn.execute("SELECT doc_id FROM minhash_bands WHERE band = ? AND hash = ?", (band, digest)):
            if other != doc:
                shared[other] += 1
    candidates = [d for d, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]]
    conn.execute("INSERT OR REPLACE INTO minhash_signatures (doc_id, signature) VALUES (?, ?)",
                 (doc, json.dumps(sig.tolist())))
    conn.executemany("INSERT OR IGNORE INTO minhash_bands (band, hash, doc_id) VALUES (?, ?, ?)",
                     [(b, h, doc) for b, h in bands])
    best: tuple[float, str] | None = None
    for other in candidates:
        row = conn.execute("SELECT signature FROM minhash_signatures WHERE doc_id = ?", (other,)).fetchone()
        if row is None:
            continue
        sim = similarity(sig, np.array(json.loads(row[0]), dtype=sig.dtype))
        if sim >= SAME_ARTICLE and (best is None or sim > best[0]):
            best = (sim, other)
    if best is None:
        return None
    sim, other = best
    row = conn.execute("SELECT canonical_id FROM duplicate_of WHERE doc_id = ?", (other,)).fetchone()
    canonical = row[0] if row else other
    conn.execute("INSERT OR REPLACE INTO duplicate_of (doc_id, canonical_id, similarity) VALUES (?, ?, ?)",
                 (doc, canonical, round(sim, 4)))
    return DuplicateMatch(doc, canonical, sim)


def groups(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """Canonical article id -> the ids of its reprints."""
    out: dict[str, list[str]] = {}
    for doc, canonical in conn.execute("SELECT doc_id, canonical_id FROM duplicate_of ORDER BY canonical_id, doc_id"):
        out.setdefault(canonical, []).append(doc)
    return out
