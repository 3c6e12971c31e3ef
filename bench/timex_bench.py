"""Time-expression speed on real news text, against a plain regex scan of the same text.

    python bench/timex_bench.py

Reads the dev gold texts (and examples/ .txt pages), runs ``extract_timexes`` over all of
them, and a baseline in the same process: one pass of a simple digit regex over the same
text (the cheapest scan there is). Prints MB/s for both and their ratio.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from letopis.timex import extract_timexes, load_grammar  # noqa: E402


def texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for gold in sorted((ROOT.parent / "shared" / "eval-dev").glob("*.jsonl")):
        with gold.open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


def main() -> None:
    corpus = texts()
    size = sum(len(t.encode("utf-8")) for t in corpus)
    grammar = load_grammar()
    digits = re.compile(r"\d+")
    results = []
    for name, fn in (("regex \\d+", lambda t: digits.findall(t)),
                     ("timex", lambda t: extract_timexes(t, published="2016-05-01", grammar=grammar))):
        best = float("inf")
        for _ in range(3):   # best of three damps the machine's noise
            t0 = time.perf_counter()
            found = sum(len(fn(t)) for t in corpus)
            best = min(best, time.perf_counter() - t0)
        results.append((name, found, best))
    base = size / results[0][2]
    print(f"{len(corpus)} texts, {size / 1e6:.2f} MB")
    for name, found, seconds in results:
        rate = size / seconds
        print(f"{name:10} {found:7d} found {seconds:7.3f} s {rate / 1e6:7.2f} MB/s  ratio {rate / base:6.3f}")


if __name__ == "__main__":
    main()
