"""Organisation names the NER model splits or misses.

``ORG_OF_STATE``: an organisation head ("МИД", "правительство", an ORG the model found)
followed by a place in the genitive or as an abbreviation is one ORG: "МИД России",
"МИД РФ", "Министерства культуры РФ". Embassy-like heads go on with "в <place>":
"Посольство России в КНДР". The place stays a mention of its own inside the ORG.

``ORG_QUOTED``: a kind noun before a quoted name. An abbreviated legal or media form is
part of the name ("ТРК «Звезда»", "ОАО «Газпром»"); a common noun is a descriptor
("газета «Ведомости»"), so there the quoted name alone is the ORG.
"""

from __future__ import annotations

from collections.abc import Sequence

from letopis.nlp.lexicon import Lexicon
from letopis.nlp.spans import Span, overlaps, token_range
from letopis.records import MentionType, Token

QUOTE_PAIRS = {"«": "»", '"': '"', "„": "“", "“": "”"}
MAX_GENITIVE_WORDS = 3


def _starts_with(spans: Sequence[Span], pos: int, kind: MentionType) -> Span | None:
    best = None
    for s in spans:
        if s.start == pos and s.type == kind and (best is None or s.end > best.end):
            best = s
    return best


def _is_state_like(tokens: Sequence[Token], first: int) -> bool:
    tok = tokens[first]
    return tok.feat("Case") == "Gen" or (tok.text.isupper() and len(tok.text) >= 2)


def org_of_state(text: str, tokens: Sequence[Token], spans: list[Span], lex: Lexicon) -> list[Span]:
    out = list(spans)
    for k, tok in enumerate(tokens):
        ner_orgs = [s for s in out if s.type == MentionType.ORG and s.end == tok.end]
        is_head = tok.lemma in lex.org_heads or tok.text.lower() in lex.org_heads
        if not ner_orgs and not is_head:
            continue
        if not ner_orgs and any(s.start <= tok.start < s.end for s in out):
            continue
        # genitive words between head and place: "министерства культуры России"
        j = k + 1
        while (j < len(tokens) and j - k <= MAX_GENITIVE_WORDS and is_head and tokens[j].text.islower()
               and tokens[j].pos in ("NOUN", "ADJ") and tokens[j].feat("Case") == "Gen"
               and _starts_with(out, tokens[j].start, MentionType.LOC) is None):
            j += 1
        if j >= len(tokens):
            continue
        loc = _starts_with(out, tokens[j].start, MentionType.LOC)
        if loc is None or not _is_state_like(tokens, j):
            continue
        if ner_orgs:
            start = min(s.start for s in ner_orgs)
        else:
            first = k
            while first > 1 and tokens[first - 1].pos == "ADJ" and tokens[first - 1].text[:1].isupper():
                first -= 1
            start = tokens[first].start
        end = loc.end
        if tok.lemma in lex.org_heads_with_place:
            rng = token_range(tokens, loc.start, loc.end)
            nxt = rng[1] + 1 if rng else len(tokens)
            if nxt + 1 < len(tokens) and tokens[nxt].lemma in ("в", "во"):
                place = _starts_with(out, tokens[nxt + 1].start, MentionType.LOC)
                if place is not None:
                    end = place.end
        out = [s for s in out if s not in ner_orgs]
        out.append(Span(start, end, MentionType.ORG, "grammar:org_of_state"))
    return out


def _closing(tokens: Sequence[Token], open_at: int) -> int | None:
    close = QUOTE_PAIRS[tokens[open_at].text]
    for j in range(open_at + 1, len(tokens)):
        if tokens[j].text == close:
            return j
    return None


def org_quoted(text: str, tokens: Sequence[Token], spans: list[Span], lex: Lexicon) -> list[Span]:
    out = list(spans)
    for k in range(len(tokens) - 2):
        kind, quote = tokens[k], tokens[k + 1]
        if quote.text not in QUOTE_PAIRS or quote.start != kind.end + 1:
            continue
        if kind.lemma not in lex.org_kinds and kind.text.lower() not in lex.org_kinds:
            continue
        close = _closing(tokens, k + 1)
        if close is None or close == k + 2:
            continue
        first_word = tokens[k + 2].text
        if not (first_word[:1].isupper() or first_word[:1].isdigit()):
            continue
        name = Span(tokens[k + 2].start, tokens[close - 1].end, MentionType.ORG, "grammar:org_quoted")
        if kind.text.isupper() and len(kind.text) >= 2:
            whole = Span(kind.start, tokens[close].end, MentionType.ORG, "grammar:org_quoted")
            out = [s for s in out if not (overlaps(s, whole) and s.start >= kind.start)]
            out.append(whole)
        else:
            inside = [s for s in out if overlaps(s, name)]
            out = [s for s in out if s not in inside]
            out.append(name)
    return out
