"""Korean, Chinese and Vietnamese personal names: "Ким Чен Ын", "Си Цзиньпин", "Фам Минь Тинь".

The NER model cuts these names ("Ким Чен" without "Ын"), splits them, or misses them.
A name here is a family name from ``east_asian_surnames.txt`` followed by one to three
capitalised words, each made of given-name syllables (the syllable inventories are data
files). In Russian only the last word takes case endings ("Ким Чен Ыном"), so the
nominative form strips the ending from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from letopis.nlp.lexicon import Lexicon
from letopis.records import Token

MAX_GIVEN_WORDS = 3
MAX_SYLLABLES_PER_WORD = 3
# endings after a hard stem ("Ына" <- "Ын") and after a soft one ("Тиня" <- "Тинь")
HARD_ENDINGS = ("ом", "ым", "ой", "а", "у", "ы")
SOFT_ENDINGS = ("ем", "ём", "ею", "я", "ю", "е")


@dataclass(frozen=True, slots=True)
class NameMatch:
    first: int        # index of the first token
    last: int         # index of the last token (inclusive)
    normal: str


def syllable_split(word: str, syllables: frozenset[str], limit: int = MAX_SYLLABLES_PER_WORD) -> bool:
    """Can ``word`` (lowercase) be cut into at most ``limit`` syllables of the inventory?"""
    if not word:
        return False
    reach = {0: 0}            # position -> fewest syllables to reach it
    for pos in range(len(word)):
        if pos not in reach or reach[pos] >= limit:
            continue
        for end in range(pos + 1, min(len(word), pos + 6) + 1):
            if word[pos:end] in syllables and reach.get(end, limit + 1) > reach[pos] + 1:
                reach[end] = reach[pos] + 1
    return len(word) in reach


def _word_ok(word: str, syllables: frozenset[str]) -> bool:
    return all(syllable_split(part, syllables) for part in word.lower().split("-"))


def strip_ending(word: str, syllables: frozenset[str]) -> str | None:
    """The nominative of an inflected last name word: "Ыном" -> "Ын", "Тиня" -> "Тинь"."""
    low = word.lower()
    for endings, tails in ((SOFT_ENDINGS, ("ь", "й", "")), (HARD_ENDINGS, ("", "ь"))):
        for ending in endings:
            if low.endswith(ending) and len(low) > len(ending):
                stem = low[: -len(ending)]
                for tail in tails:
                    if _word_ok(stem + tail, syllables):
                        return word[: len(stem)] + tail
    return None


def _is_name_word(token: Token) -> bool:
    text = token.text
    return (text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper()) or (
        len(text) == 1 and text.isupper() and text.isalpha())


def _surname(token: Token, lex: Lexicon) -> str | None:
    low = token.text.lower()
    if low in lex.east_asian_surnames:
        return token.text
    for ending in HARD_ENDINGS + SOFT_ENDINGS:
        if low.endswith(ending) and low[: -len(ending)] in lex.east_asian_surnames:
            return token.text[: -len(ending)]
    return None


def _given(token: Token, lex: Lexicon, last: bool) -> str | None:
    """The nominative form of a given-name word, or None when it is not one."""
    if not _is_name_word(token):
        return None
    inflected = token.feat("Case") not in (None, "Nom")
    plain = _word_ok(token.text, lex.syllables)
    if plain and not (last and inflected):
        return token.text
    stripped = strip_ending(token.text, lex.syllables)
    if stripped:
        return stripped
    return token.text if plain else None


def find_names(tokens: Sequence[Token], lex: Lexicon) -> list[NameMatch]:
    out: list[NameMatch] = []
    i = 0
    while i < len(tokens):
        match = _name_at(tokens, i, lex)
        if match:
            out.append(match)
            i = match.last + 1
        else:
            i += 1
    return out


def _name_at(tokens: Sequence[Token], i: int, lex: Lexicon) -> NameMatch | None:
    head = tokens[i]
    if not _is_name_word(head) or len(head.text) < 2:
        return None
    family = _surname(head, lex)
    if family is None:
        return None
    words: list[Token] = []
    j = i + 1
    while j < len(tokens) and len(words) < MAX_GIVEN_WORDS and _is_name_word(tokens[j]):
        if tokens[j].start != tokens[j - 1].end + 1:      # one space between the words of a name
            break
        if _given(tokens[j], lex, last=False) is None and strip_ending(tokens[j].text, lex.syllables) is None:
            break
        if words and _surname(tokens[j], lex) and _name_at(tokens, j, lex):   # the next name begins
            break
        words.append(tokens[j])
        j += 1
    # back off until the last word reads as a (possibly inflected) given name
    while words:
        normals = [_given(w, lex, last=(k == len(words) - 1)) for k, w in enumerate(words)]
        if all(n is not None for n in normals):
            # the family name keeps its ending only when the name is declined as a whole
            first = head.text if head.text.lower() in lex.east_asian_surnames else family
            return NameMatch(i, i + len(words), " ".join([first, *(n for n in normals if n)]))
        words.pop()
    return None
