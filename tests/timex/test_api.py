"""The timex stage on whole articles: spans, offsets, tense, the seed articles, speed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from letopis.records import Article, Block, BlockType, Precision
from letopis.timex import article_timexes, extract_timexes, load_grammar, resolve_relative

SEED_PUBLISHED = {
    "000_c8aaeff7c53f1191.txt": "2025-10-27T12:34:36",
    "002_3149399ee9fd2710.txt": "2023-10-19",
}


def _readings(path: Path) -> dict[str, tuple[str | None, str | None, str]]:
    found = extract_timexes(path.read_text(encoding="utf-8"), published=SEED_PUBLISHED[path.name])
    return {t.text: (t.value.start, t.value.end, t.value.precision.value) for t in found}


def test_seed_article_dates(seeds_dir: Path) -> None:
    first = _readings(seeds_dir / "000_c8aaeff7c53f1191.txt")
    assert first["в июне 2024 года"] == ("2024-06-01", "2024-06-30", "month")
    assert first["в сентябре"] == ("2025-09-01", "2025-09-30", "month")
    assert first["2025-10-27 12:34:36"] == ("2025-10-27", "2025-10-27", "day")
    assert first["не так давно"] == (None, None, "none")
    second = _readings(seeds_dir / "002_3149399ee9fd2710.txt")
    assert second["18–19 октября"] == ("2023-10-18", "2023-10-19", "range")
    assert second["19.10.2023"] == ("2023-10-19", "2023-10-19", "day")
    assert second["на 2024–2025 гг."] == ("2024-01-01", "2025-12-31", "year")
    # The TV schedule ("1:10 Вокруг света ... 12+") holds no dates.
    assert set(second) == {"18–19 октября", "19.10.2023", "на 2024–2025 гг."}


def test_spans_limit_the_search_and_offsets_index_the_whole_text() -> None:
    dateline = "19.10.2023 Медиаресурс\n"
    body = "Министр прибыл в Пхеньян 18 октября."
    text = dateline + body
    found = extract_timexes(text, spans=[(len(dateline), len(text))], published="2023-10-19")
    assert [(t.text, t.start, t.value.start) for t in found] == [
        ("18 октября", text.index("18 октября"), "2023-10-18"),
    ]
    assert extract_timexes(text, spans=[], published="2023-10-19") == []


def test_expressions_come_in_text_order() -> None:
    text = "Вчера, 26 октября, министр заявил, что в ноябре 2025 года визит состоится."
    found = extract_timexes(text, published="2025-10-27")
    assert [t.text for t in found] == ["Вчера", "26 октября", "в ноябре 2025 года"]
    assert [t.start for t in found] == sorted(t.start for t in found)


def test_resolve_relative_rereads_in_the_future_tense() -> None:
    text = "Переговоры пройдут в пятницу, а в 2026 году — визит"
    friday, year = extract_timexes(text, published="2025-10-27")
    assert friday.value.start == "2025-10-24"
    again = resolve_relative(friday, "2025-10-27", future=True)
    assert again.value.start == "2025-10-31"
    assert (again.start, again.end, again.rule) == (friday.start, friday.end, "weekday")
    assert resolve_relative(year, "2025-10-27", future=True) is year


def test_unreadable_publication_date_leaves_relative_expressions_unresolved() -> None:
    found = extract_timexes("вчера, 5 мая 2024 года", published="not a date")
    assert [(t.text, t.value.precision) for t in found] == [
        ("вчера", Precision.NONE), ("5 мая 2024 года", Precision.DAY),
    ]


def test_grammar_reads_a_user_vocabulary(tmp_path: Path) -> None:
    from letopis.timex.lexicon import DATA_DIR

    for source in DATA_DIR.iterdir():
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    with (tmp_path / "vague.tsv").open("a", encoding="utf-8") as vague:
        vague.write("past\tв былые времена\n")
    grammar = load_grammar(tmp_path)
    found = extract_timexes("в былые времена", published="2025-10-27", grammar=grammar)
    assert [(t.text, t.rule) for t in found] == [("в былые времена", "vague_past")]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 .,:-–/гвсдпокнаяюебрьтилмзщ", max_size=60),
       st.dates().map(lambda d: d.isoformat()) | st.none())
def test_any_text_yields_well_formed_timexes(text: str, published: str | None) -> None:
    for timex in extract_timexes(text, published=published):
        assert text[timex.start:timex.end] == timex.text and timex.start < timex.end
        value = timex.value
        if value.precision is not Precision.NONE:
            assert value.start is not None and value.end is not None and value.start <= value.end


def test_article_timexes_read_content_blocks_against_the_publication_date() -> None:
    dateline = "date 2025-10-27 МЕДИАГРУППА\n"
    title = "Министр встретился с коллегой\n"
    body = "Встреча прошла вчера, а в сентябре стороны провели переговоры."
    text = dateline + title + body
    blocks = (
        Block(BlockType.DATELINE, 0, len(dateline)),
        Block(BlockType.TITLE, len(dateline), len(dateline) + len(title)),
        Block(BlockType.BODY, len(dateline) + len(title), len(text)),
    )
    article = Article(doc_id="d", source="s", text=text, blocks=blocks, published_at="2025-10-27T12:34:36")
    found = article_timexes(article)
    assert [(t.text, t.value.start) for t in found] == [("вчера", "2025-10-26"), ("в сентябре", "2025-09-01")]


def test_publication_date_may_be_a_datetime() -> None:
    (found,) = extract_timexes("вчера", published=datetime(2025, 10, 27, 23, 59))
    assert (found.value.start, found.value.end) == ("2025-10-26", "2025-10-26")


def test_every_rule_has_a_resolver_and_tense_sensitive_rules_exist() -> None:
    from letopis.timex.grammar import build_pieces, rules
    from letopis.timex.lexicon import load_lexicon
    from letopis.timex.resolve import RESOLVERS, TENSE_SENSITIVE

    names = [name for name, _ in rules(build_pieces(load_lexicon()))]
    assert len(names) == len(set(names))
    assert set(names) == set(RESOLVERS)
    assert set(TENSE_SENSITIVE) <= set(names)
