"""Golden file of the article stage: what every page of ``examples/`` reads as.

    python scripts/golden.py            # compare with tests/golden/articles.jsonl, exit 1 on a difference
    python scripts/golden.py --update   # rewrite it and print what changed

One compact JSON line per document: its source, the fields of its article (long texts
cut to their ends) and the types of its blocks in page order, so that a change in
block typing shows up as a readable diff. The pages are read the way ``letopis ingest``
reads them and parsed twice with one line memory, so that every page of a batch sees
the same memory whatever its place in the batch.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from letopis.article import LineMemory, parse_article
from letopis.ingest import IngestError, read_path
from letopis.records import Article, RawDocument

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "golden" / "articles.jsonl"
SNIPPET = 60


def documents(folder: Path) -> Iterator[RawDocument]:
    for item in read_path(str(folder)):
        if isinstance(item, IngestError):
            print(f"{item.path}: {item.reason}", file=sys.stderr)
        else:
            yield item


def record(article: Article, root: Path) -> dict[str, object]:
    source = article.source
    if source.startswith(str(root)):
        source = Path(source).relative_to(root).as_posix()
    return {
        "source": source,
        "publisher": article.publisher,
        "published_at": article.published_at,
        "author": article.author,
        "title": article.title,
        "lead": article.lead[:80] if article.lead else None,
        "body_start": article.body[:SNIPPET],
        "body_end": article.body[-SNIPPET:],
        "hashtags": list(article.hashtags),
        "credits": list(article.credits),
        "views": article.views,
        "blocks": " ".join(block.type.value for block in article.blocks),
    }


def golden_lines(folder: Path = EXAMPLES) -> list[str]:
    docs = list(documents(folder))
    memory = LineMemory()
    for doc in docs:
        parse_article(doc, memory=memory)
    root = folder.parent
    lines = [json.dumps(record(parse_article(doc, memory=memory), root), ensure_ascii=False) for doc in docs]
    return sorted(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the golden file and print the diff")
    parser.add_argument("--examples", type=Path, default=EXAMPLES, help="folder of pages (default: examples/)")
    parser.add_argument("--golden", type=Path, default=GOLDEN, help="golden file (default: %(default)s)")
    args = parser.parse_args(argv)

    current = golden_lines(args.examples)
    stored = args.golden.read_text(encoding="utf-8").splitlines() if args.golden.exists() else []
    diff = list(difflib.unified_diff(stored, current, str(args.golden), "current", lineterm=""))
    for line in diff:
        print(line)
    if args.update:
        args.golden.parent.mkdir(parents=True, exist_ok=True)
        args.golden.write_text("".join(line + "\n" for line in current), encoding="utf-8")
        print(f"{args.golden}: {len(current)} documents{'' if diff else ', unchanged'}", file=sys.stderr)
        return 0
    if diff:
        print(f"{args.golden} differs from the current output; run with --update if the change is right",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
