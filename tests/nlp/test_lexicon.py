"""The data files load, and user folders add entries."""

from __future__ import annotations

from pathlib import Path

from letopis.nlp.lexicon import load_lexicon


def test_packaged_lists_load() -> None:
    lex = load_lexicon()
    assert {"ким", "си", "нгуен"} <= lex.east_asian_surnames
    assert "посольство" in lex.org_heads_with_place
    assert "мид" in lex.org_heads and "саммит" in lex.event_nouns
    assert lex.retype_of("кремль") == "ORG"
    assert "СМИ" in lex.not_names


def test_user_folder_adds_entries(tmp_path: Path) -> None:
    (tmp_path / "event_nouns.txt").write_text("# extra\nярмарка\n", encoding="utf-8")
    (tmp_path / "retype.txt").write_text("смольный\tORG\n", encoding="utf-8")
    lex = load_lexicon([tmp_path])
    assert "ярмарка" in lex.event_nouns and "саммит" in lex.event_nouns
    assert lex.retype_of("смольный") == "ORG"
