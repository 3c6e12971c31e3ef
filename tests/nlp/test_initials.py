"""Initials are taken out of what the parser reads and put back on the surname after them."""

from __future__ import annotations

from letopis.nlp.adapter import with_initials, without_initials


def test_initials_and_their_stops_are_left_out() -> None:
    words = ["встречи", "А", ".", "Вебера", "и", "канцлера", "ФРГ", "А", ".", "С", ".", "Меркель", "."]
    assert without_initials(words) == [0, 3, 4, 5, 6, 11, 12]
    # a capital letter that is no initial stays: a preposition, or one not followed by a name
    assert without_initials(["В", "Москве", "."]) == [0, 1, 2]
    assert without_initials(["пункт", "Б", ".", "и", "далее"]) == [0, 1, 2, 3, 4]


def test_the_tree_is_put_back_over_all_words() -> None:
    words = ["встреча", "А", ".", "Вебера", "."]
    keep = without_initials(words)
    assert keep == [0, 3, 4]
    # the parser's tree over "встреча Вебера .": heads are 1-based over the kept words, 0 the root
    heads, rels = with_initials(([0, 1, 1], ["root", "nmod", "punct"]), keep, len(words))
    assert heads == [0, 4, 2, 1, 1]
    assert rels == ["root", "flat:name", "punct", "nmod", "punct"]

