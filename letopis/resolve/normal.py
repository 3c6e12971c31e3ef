"""Nominative forms of names that are not in the knowledge base.

Used only when the NLP stage gave no ``Mention.normal``. Russian and most foreign names
decline word by word ("Андрея Карлова" -> "Андрей Карлов", keeping the gender of the
person); an East Asian name declines only in its last word ("Ким Чен Ыном" -> "Ким Чен Ын").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from letopis.resolve.names import ENDINGS

EAST_ASIAN_SURNAMES = Path(__file__).resolve().parent.parent / "data" / "nlp" / "east_asian_surnames.txt"
NAME_TAGS = ("Name", "Surn", "Patr")


def read_family_names(path: Path = EAST_ASIAN_SURNAMES) -> frozenset[str]:
    if not path.exists():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_family_first(words: Sequence[str], family_names: frozenset[str]) -> bool:
    """'Ким Чен Ын', 'Цой Сон Хи', 'Си Цзиньпин': a known family name, then short syllables."""
    return (len(words) >= 2 and words[0].lower() in family_names
            and all(len(w) <= 9 for w in words[1:]))


def _strip_ending(word: str) -> str:
    low = word.lower()
    for size in (3, 2, 1):
        if len(low) - size >= 2 and low[-size:] in ENDINGS:
            return word[:-size]
    return word


def _capitalised_like(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    return new[:1].upper() + new[1:] if old[:1].isupper() else new


def person_nominative(text: str, parse: Callable[[str], list[Any]], family_names: frozenset[str]) -> str:
    words = text.split()
    if is_family_first(words, family_names):
        return " ".join([*words[:-1], _strip_ending(words[-1])])
    gender = _gender(words, parse)
    out = []
    for word in words:
        if word.endswith(".") or len(word) <= 2:        # an initial or a particle
            out.append(word)
            continue
        out.append(_capitalised_like(_nominative_word(word, parse, gender), word))
    return " ".join(out)


def _gender(words: list[str], parse: Callable[[str], list[Any]]) -> str | None:
    for word in words:
        for p in parse(word):
            if any(tag in p.tag for tag in NAME_TAGS) and p.tag.gender in ("masc", "femn"):
                return str(p.tag.gender)
    return None


def _nominative_word(word: str, parse: Callable[[str], list[Any]], gender: str | None) -> str:
    parses = parse(word)
    named = [p for p in parses if any(tag in p.tag for tag in NAME_TAGS)]
    if gender:
        named = [p for p in named if p.tag.gender == gender] or named
    candidates = named or parses[:1]
    # "Карлов" is also a genitive plural of "Карл": a nominative reading wins
    if any("nomn" in p.tag for p in candidates):
        return word.lower()
    for p in candidates:
        wanted = {"nomn", "sing"}
        if gender and p.tag.gender and p.tag.gender != gender:
            continue
        inflected = p.inflect(wanted)
        if inflected is not None:
            return str(inflected.word)
    return word


def phrase_nominative(text: str, parse: Callable[[str], list[Any]]) -> str:
    """'Музее Победы' -> 'Музей Победы': the head noun and the adjectives before it; a
    genitive complement after the head stays as written."""
    words = text.split()
    out: list[str] = []
    for i, word in enumerate(words):
        parses = parse(word)
        best = parses[0] if parses else None
        if best is None or not ({"NOUN", "ADJF"} & best.tag.grammemes) or word.isupper():
            out.append(word)
            if best is not None and "NOUN" in best.tag:
                out.extend(words[i + 1:])
                break
            continue
        number = "plur" if "plur" in best.tag else "sing"
        inflected = best.inflect({"nomn", number})
        out.append(_capitalised_like(str(inflected.word), word) if inflected else word)
        if "NOUN" in best.tag:
            out.extend(words[i + 1:])
            break
    return " ".join(out)
