"""Plain news texts (the dev gold of ``letopis eval``) lose no names to page furniture.

``letopis annotate`` passes plain text through the article stage and reads its title,
lead, body and untyped blocks: a line typed as a dateline, menu or footer is not read,
so every gold name inside one is a name lost. The texts are only read here; nothing in
the stage is fitted to them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.article import parse_article
from letopis.records import BlockType
from tests.article.pages import text_doc

EVAL_DEV = Path(__file__).parents[2] / ".." / "shared" / "eval-dev"
FILES = sorted(EVAL_DEV.glob("*.jsonl")) if EVAL_DEV.is_dir() else []
READ = {BlockType.TITLE, BlockType.LEAD, BlockType.BODY, BlockType.OTHER}


@pytest.mark.skipif(not FILES, reason=f"{EVAL_DEV} is not here")
def test_gold_names_stay_in_blocks_that_are_read() -> None:
    total = lost = 0
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            article = parse_article(text_doc(record["text"], source=record["id"]))
            assert article.text == record["text"]
            read = [(b.start, b.end) for b in article.blocks if b.type in READ]
            for entity in record["entities"]:
                total += 1
                lost += not any(s <= entity["start"] and entity["end"] <= e for s, e in read)
    assert total > 1000
    assert lost / total < 0.005, f"{lost} of {total} gold names fall in furniture blocks"
