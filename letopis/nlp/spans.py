"""Candidate mention spans inside one sentence, and fixes to the NER model's own spans.

The rule modules work on ``Span`` (offsets into the article text plus the rule that made
it); ``letopis.nlp.mentions`` turns the survivors into ``Mention`` records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from letopis.nlp.lexicon import Lexicon
from letopis.nlp.morphology import Parser
from letopis.records import MentionType, Token

OPENERS = {"«": "»", "(": ")", "[": "]", "„": "“", "“": "”"}
CLOSERS = {v: k for k, v in OPENERS.items()}
EDGE_JUNK = " \t\u00a0,;:—–-"   # not "!" or ".": "Yahoo!", "Inc."
AMBIGUOUS_QUOTES = "\"'"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: MentionType
    source: str = "ner"
    normal: str | None = None     # set by rules that know it better than inflection does


def token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """Indices [first, last] of the tokens that overlap [start, end)."""
    idx = [i for i, t in enumerate(tokens) if t.start < end and start < t.end]
    return (idx[0], idx[-1]) if idx else None


def lemma_phrase(tokens: Sequence[Token], span: Span) -> str:
    rng = token_range(tokens, span.start, span.end)
    if rng is None:
        return ""
    return " ".join(t.lemma for t in tokens[rng[0]: rng[1] + 1] if t.pos != "PUNCT")


def _quoted_inside(inner: str, quote: str) -> bool:
    """Does a straight quote at the edge pair with one inside the span ("ОАО "Газпром"")?"""
    return quote in inner


FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART"})
OBLIQUE = frozenset({"Gen", "Dat", "Loc", "Ins"})
# words a tagger may read as prepositions or particles that begin foreign names
NAME_PARTICLES = frozenset({"да", "де", "ди", "дос", "дю", "ван", "фон", "ла", "ле", "эль", "аль", "ибн", "бин",
                            "сан", "о"})


def trim(text: str, span: Span) -> Span | None:
    """Drop unbalanced quotes and brackets and stray punctuation at the edges: "ПАСЕ (" -> "ПАСЕ"."""
    start, end = span.start, span.end
    changed = True
    while changed and start < end:
        changed = False
        inner = text[start:end]
        last, first = inner[-1], inner[0]
        if last in EDGE_JUNK or last in OPENERS or (last in CLOSERS and CLOSERS[last] not in inner[:-1]) or (
                last in AMBIGUOUS_QUOTES and not _quoted_inside(inner.rstrip(last), last)):
            end -= 1
            changed = True
        elif first in EDGE_JUNK or first in CLOSERS or (first in OPENERS and OPENERS[first] not in inner[1:]) or (
                first in AMBIGUOUS_QUOTES and not _quoted_inside(inner.lstrip(first), first)):
            start += 1
            changed = True
    if start >= end or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return replace(span, start=start, end=end)


def split_parenthetical(text: str, span: Span) -> list[Span]:
    """"Джефф Сешнс (Jeff Sessions)" names one person twice: two spans, not one."""
    inner = text[span.start:span.end]
    open_at = inner.find("(")
    close_at = inner.find(")", open_at + 1)
    if open_at <= 0 or close_at == -1:
        return [span]
    parts = [(span.start, span.start + open_at), (span.start + open_at + 1, span.start + close_at),
             (span.start + close_at + 1, span.end)]
    out = []
    for start, end in parts:
        piece = trim(text, replace(span, start=start, end=end))
        if piece is not None:
            out.append(piece)
    return out


def _motion_goal(tokens: Sequence[Token], span: Span) -> bool:
    """"въехал в Кремль": a preposition with the accusative is a place one goes to, not a
    government that speaks ("в Кремле заявили")."""
    rng = token_range(tokens, span.start, span.end)
    return bool(rng and rng[0] > 0 and tokens[rng[0] - 1].pos == "ADP" and tokens[rng[0]].feat("Case") == "Acc")


def _has_proper_noun(tokens: Sequence[Token], span: Span) -> bool:
    rng = token_range(tokens, span.start, span.end)
    return bool(rng) and any(t.pos in ("PROPN", "X") for t in tokens[rng[0]: rng[1] + 1])


def _function_word_off(tokens: Sequence[Token], span: Span) -> Span:
    """"Вместо Акселя Вебера", "И Пекин": a preposition, conjunction or particle capitalised because it
    opens the sentence is not part of the name after it (unless it is a particle of names)."""
    rng = token_range(tokens, span.start, span.end)
    if rng is None or rng[0] != 0 or rng[0] == rng[1]:
        return span
    first, after = tokens[0], tokens[1]
    if (
        first.pos not in FUNCTION_POS
        or after.start == first.end                 # "В.Кулишов": an initial, part of one written word
        or first.text.lower() in NAME_PARTICLES     # "Да Силва", "Фон Браун"
    ):
        return span
    return replace(span, start=after.start)


def _stray_noun_off(tokens: Sequence[Token], span: Span, parse: Parser | None) -> Span:
    """"в Пхеньяне Договор о ...": a noun in the nominative or accusative glued to the end of a place name in
    an oblique case is the next phrase, not part of the name (a name's own words agree in case)."""
    rng = token_range(tokens, span.start, span.end)
    if span.type is not MentionType.LOC or rng is None or rng[0] == rng[1]:
        return span
    first, last = tokens[rng[0]], tokens[rng[1]]
    if first.pos != "PROPN" or last.pos not in ("NOUN", "PROPN"):
        return span
    if first.feat("Case") in OBLIQUE and last.feat("Case") in ("Nom", "Acc") and _common_noun(last.text, parse):
        return replace(span, end=tokens[rng[1] - 1].end)
    return span


def _common_noun(word: str, parse: Parser | None) -> bool:
    """A dictionary noun that is never a name or a place ("Договор"; not "Беларусь", "Газа", "Крым")."""
    if parse is None:
        return False
    parses = parse(word)
    known = [p for p in parses if p.is_known and "NOUN" in p.tag]
    return bool(known) and not any({"Geox", "Name", "Surn", "Orgn", "Abbr"} & p.tag.grammemes for p in parses)


def clean_ner(text: str, tokens: Sequence[Token], spans: Sequence[Span], lex: Lexicon,
              parse: Parser | None = None) -> list[Span]:
    out: list[Span] = []
    for raw in spans:
        first = trim(text, raw)
        if first is None:
            continue
        first = _stray_noun_off(tokens, _function_word_off(tokens, first), parse)
        if first.source == "ner:cut" and not _has_proper_noun(tokens, first):
            continue
        for span in split_parenthetical(text, first):
            if text[span.start:span.end] in lex.not_names:
                continue
            kind = lex.retype_of(lemma_phrase(tokens, span))
            if kind and kind != span.type and not _motion_goal(tokens, span):
                span = replace(span, type=MentionType(kind), source="ner+retype")
            out.append(span)
    return out


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def dedupe(spans: Sequence[Span]) -> list[Span]:
    seen: set[tuple[int, int, MentionType]] = set()
    out = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        key = (span.start, span.end, span.type)
        if key not in seen:
            seen.add(key)
            out.append(span)
    return out
