"""From the NER model's spans in one sentence to ``Mention`` records.

Order matters: first the model's own spans are cleaned (edges, parentheticals, common
nouns, known mistypes), then the grammars add or replace spans: East Asian names,
organisations of a state, quoted organisation names, named events. Last, every mention
gets its nominative ``normal``.
"""

from __future__ import annotations

from collections.abc import Sequence

from letopis.nlp.events import apply_events
from letopis.nlp.lexicon import Lexicon
from letopis.nlp.morphology import Parser
from letopis.nlp.names import find_names
from letopis.nlp.normal import normalize
from letopis.nlp.orgs import org_of_state, org_quoted
from letopis.nlp.spans import Span, clean_ner, dedupe, overlaps, token_range
from letopis.records import Mention, MentionType, Token


def apply_names(tokens: Sequence[Token], spans: list[Span], lex: Lexicon) -> list[Span]:
    """East Asian names replace the model's pieces of them ("Ким Чен" + nothing for "Ын")."""
    names = [Span(tokens[m.first].start, tokens[m.last].end, MentionType.PER, "grammar:east_asian_name", m.normal)
             for m in find_names(tokens, lex)]
    if not names:
        return spans
    kept = [s for s in spans if not any((overlaps(s, n) and s.start >= n.start and s.end <= n.end)
                                        or (overlaps(s, n) and s.type == MentionType.PER) for n in names)]
    return kept + names


def sentence_mentions(text: str, tokens: Sequence[Token], ner: Sequence[Span], parse: Parser,
                      lex: Lexicon) -> list[Mention]:
    spans = clean_ner(text, tokens, ner, lex, parse)
    spans = apply_names(tokens, spans, lex)
    spans = org_of_state(text, tokens, spans, lex)
    spans = org_quoted(text, tokens, spans, lex)
    spans = apply_events(tokens, spans, lex)
    out = []
    for span in dedupe(spans):
        rng = token_range(tokens, span.start, span.end)
        inside = tokens[rng[0]: rng[1] + 1] if rng else ()
        normal = span.normal or normalize(parse, text, span.start, inside, span.type)
        out.append(Mention(span.start, span.end, text[span.start:span.end], span.type, normal or None,
                           source=span.source))
    return out
