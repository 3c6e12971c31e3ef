"""On the example corpus: the two reprints of one wire are grouped, and nothing else is.

docs/examples.md lists the reprints; other pages about the same events are written in
other words and must stay separate articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from letopis.batch import ingest_paths
from letopis.store import open_store
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    if not any(EXAMPLES.glob("*.txt")):
        pytest.skip("examples/ is empty")
    with open_store(tmp_path_factory.mktemp("examples") / "examples.db") as store:
        report = ingest_paths([str(EXAMPLES)], store)
        assert report.ok, report.errors
        yield store


def test_the_reprinted_wire_is_one_group_and_nothing_else_is(examples_store):
    groups = {
        Path(examples_store.get_article(canonical).article.source).name:
            sorted(Path(examples_store.get_article(d).article.source).name for d in reprints)
        for canonical, reprints in examples_store.duplicate_groups().items()
    }
    assert groups == {"040_volganews_reprint_fidan_araghchi.txt": ["041_novostionline_reprint_fidan_araghchi.html"]}
