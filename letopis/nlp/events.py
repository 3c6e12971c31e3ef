"""Named events: "III Международная конференция по евразийской безопасности",
"Пхеньянский саммит", "Петербургский международный экономический форум", "саммит ШОС".

An event noun (``event_nouns.txt``) makes a name when something marks it as one: an
ordinal before it (a Roman numeral, "5-й"), a capitalised adjective or the noun itself
capitalised inside the sentence, or an organisation right after it. The name goes on
with a "по ..." topic ("по евразийской безопасности") or the organisation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from letopis.nlp.lexicon import Lexicon
from letopis.nlp.spans import Span
from letopis.records import MentionType, Token

ORDINAL = re.compile(r"^(?:[IVXLC]+|\d+-?(?:й|я|е|го|ой|м|ом|ая|ый|ий))$")
MAX_TOPIC_WORDS = 6
MAX_LEFT_WORDS = 5


def _capital_inside(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and tokens[i].text[:1].isupper() and not tokens[i].text.isupper()


def _left_edge(tokens: Sequence[Token], k: int) -> tuple[int, bool]:
    """First token of the name before the noun at ``k``, and whether a word before it marks a name."""
    first, marked = k, False
    j = k - 1
    while j >= 0 and k - j <= MAX_LEFT_WORDS:
        tok = tokens[j]
        if ORDINAL.match(tok.text):
            return j, True
        if tok.pos != "ADJ" or not tok.text.replace("-", "").isalpha():
            break
        if _capital_inside(tokens, j):
            marked = True
        first = j
        j -= 1
    return first, marked


def _topic_end(tokens: Sequence[Token], k: int) -> int:
    """Last token of a "по ..." topic after the noun at ``k`` (``k`` when there is none)."""
    if k + 1 >= len(tokens) or tokens[k + 1].text.lower() != "по":
        return k
    end, seen_noun = k, False
    j = k + 2
    while j < len(tokens) and j - k <= MAX_TOPIC_WORDS + 1:
        tok = tokens[j]
        if tok.pos == "ADJ":
            j += 1
            continue
        if tok.pos in ("NOUN", "PROPN") and (not seen_noun or tok.feat("Case") == "Gen"):
            seen_noun = True
            end = j
            j += 1
            continue
        break
    return end


def find_events(tokens: Sequence[Token], spans: Sequence[Span], lex: Lexicon) -> list[tuple[Span, int]]:
    """Event names with the end offset of their head noun."""
    events: list[tuple[Span, int]] = []
    for k, tok in enumerate(tokens):
        if tok.lemma not in lex.event_nouns or tok.pos not in ("NOUN", "PROPN"):
            continue
        first, marked = _left_edge(tokens, k)
        # a capitalised noun alone ("Конгресс", "Форум") is an event only where the model did not
        # read it as an organisation
        if not marked and _capital_inside(tokens, k):
            marked = not any(s.type == MentionType.ORG and s.start <= tok.start < s.end for s in spans)
        last = _topic_end(tokens, k)
        if last == k and k + 1 < len(tokens):
            org = [s for s in spans if s.start == tokens[k + 1].start and s.type == MentionType.ORG]
            nxt = tokens[k + 1].text
            if org:
                last = max(j for j, t in enumerate(tokens) if t.end <= max(s.end for s in org))
                marked = True
            elif nxt.isupper() and len(nxt) >= 2 and any(ch.isalpha() for ch in nxt):
                last = k + 1                      # "саммит G20", "саммит БРИКС"
                marked = True
        if marked:
            events.append((Span(tokens[first].start, tokens[last].end, MentionType.EVENT, "grammar:event"), tok.end))
    return events


def apply_events(tokens: Sequence[Token], spans: list[Span], lex: Lexicon) -> list[Span]:
    """Add event names; NER spans that cover the name part of an event are dropped
    (the model reads "Петербургский" as a place), those in its topic or organisation stay."""
    events = find_events(tokens, spans, lex)
    if not events:
        return spans
    out = [span for span in spans
           if not any(span.start < head_end and event.start < span.end for event, head_end in events)]
    return out + [event for event, _ in events]
