"""Lemmas and inflection with pymorphy3, guided by the tagger's contextual tags.

pymorphy3 gives every reading of a word out of context; the slovnet tagger gives one
Universal POS and features in context. We take the pymorphy reading that agrees with the
tagger, which is what natasha's ``MorphVocab`` does, without its pymorphy2 dependency.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# Universal POS -> OpenCorpora POS tags that may stand for it
UPOS_TO_OC: Mapping[str, frozenset[str]] = {
    "NOUN": frozenset({"NOUN"}),
    "PROPN": frozenset({"NOUN"}),
    "ADJ": frozenset({"ADJF", "ADJS", "COMP"}),
    "VERB": frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"}),
    "AUX": frozenset({"VERB", "INFN"}),
    "ADV": frozenset({"ADVB", "COMP", "PRED"}),
    "NUM": frozenset({"NUMR", "ADJF"}),
    "DET": frozenset({"NPRO", "ADJF"}),
    "PRON": frozenset({"NPRO"}),
    "ADP": frozenset({"PREP"}),
    "CCONJ": frozenset({"CONJ"}),
    "SCONJ": frozenset({"CONJ"}),
    "PART": frozenset({"PRCL"}),
    "INTJ": frozenset({"INTJ"}),
}
CASE_TO_OC = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
GENDER_TO_OC = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
NUMBER_TO_OC = {"Sing": "sing", "Plur": "plur"}
# cases pymorphy splits further: gen2 ("чаю"), loc2 ("в лесу"), voct
CASE_ALIASES = {"gen2": "gent", "acc2": "accs", "loc2": "loct", "gen1": "gent", "loc1": "loct"}
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})

Parser = Callable[[str], list[Any]]


def _case(parse: Any) -> str | None:
    case = parse.tag.case
    return CASE_ALIASES.get(case, case) if case else None


def best_parse(parse: Parser, word: str, upos: str, feats: Mapping[str, str], prefer: frozenset[str] = frozenset()
               ) -> Any | None:
    """The pymorphy reading of ``word`` that agrees best with the tagger's POS and features."""
    parses = parse(word)
    if not parses:
        return None
    allowed = UPOS_TO_OC.get(upos)
    case = CASE_TO_OC.get(feats.get("Case", ""))
    gender = GENDER_TO_OC.get(feats.get("Gender", ""))
    number = NUMBER_TO_OC.get(feats.get("Number", ""))
    best, best_score = None, -1.0
    for rank, p in enumerate(parses):
        tag = p.tag
        score = 0.0
        if allowed is not None and tag.POS in allowed:
            score += 4
        if case and _case(p) == case:
            score += 2
        if number and tag.number == number:
            score += 1
        if gender and tag.gender == gender:
            score += 1
        if prefer and prefer & tag.grammemes:
            score += 3
        score -= rank * 0.01      # ties go to pymorphy's own order (by frequency)
        if score > best_score:
            best, best_score = p, score
    return best


def lemma_of(parse: Parser, word: str, upos: str, feats: Mapping[str, str]) -> str:
    if upos in ("PUNCT", "SYM", "NUM", "X") or not any(ch.isalpha() for ch in word):
        return word.lower()
    p = best_parse(parse, word, upos, feats)
    return p.normal_form if p is not None else word.lower()


def match_case(template: str, word: str) -> str:
    """Give ``word`` the capitalisation of ``template``: "ЗВЕЗДА", "Москва", "москва".

    pymorphy writes "ё" where the text may not; the text's spelling wins."""
    if "ё" not in template.lower():
        word = word.replace("ё", "е").replace("Ё", "Е")
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        parts = word.split("-")
        tparts = template.split("-")
        return "-".join(
            (part[:1].upper() + part[1:]) if i < len(tparts) and tparts[i][:1].isupper() else part
            for i, part in enumerate(parts)
        )
    return word


def inflect(p: Any, grammemes: set[str]) -> str | None:
    """``p`` inflected to ``grammemes``, or None when pymorphy cannot."""
    try:
        out = p.inflect(grammemes)
    except (ValueError, KeyError):
        return None
    return out.word if out is not None else None
