"""Statements and the quotes they carry.

Direct speech (rule ``quote-direct``): a quotation in «», „“, “” or "" followed by a dash and a speech
verb ("«...», - сказал Лавров"), or preceded by a speech verb and a colon ("Лавров заявил: «...»"), and
dialogue lines "— ..., — сказал X.".

Indirect speech (rule ``quote-indirect``): "X отметил, что ..." (the что-clause), "по мнению X, ..."
and "как заявил X, ..." (the rest of the sentence), "..., сообщила пресс-служба" (the clause before),
"Об этом X сообщил ..." (the sentence before), "в Кремле охарактеризовали отношения как ..." (the
words after the verb, with the place as speaker).

A statement needs a speaker and some words said; each statement event points to its quote.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace

from letopis.extract.candidate import Candidate, Party, Rejection
from letopis.extract.common import build, reject, subject_of
from letopis.extract.context import DocContext
from letopis.extract.participants import parties_at
from letopis.extract.tree import SentenceView
from letopis.records import EntityKind, EventType, Quote, Role, Status

DIRECT = re.compile(r"«(?P<a>[^«»]*(?:«[^«»]*»[^«»]*)*)»|„(?P<b>[^„“]*)“|“(?P<c>[^“”]*)”|\"(?P<d>[^\"\n]*)\"")
DASH_AFTER = re.compile(r"\s*[,!?.…]?\s*[-–—]\s*")
DIALOGUE = re.compile(r"(?m)^[ \t]*[—–-][ \t]+(?P<q>[^\n]+?)[,!?…][ \t]*[—–-][ \t]+(?=\w)")
# Verbs whose object carries what was said ("охарактеризовали отношения как интенсивные").
OBJECT_CONTENT = frozenset(
    {"охарактеризовать", "отметить", "подчеркнуть", "выразить", "констатировать", "поделиться"}
)
MIN_WORDS = 2
EDGE = ' \t\n,.;:—–-«»"“”„'


@dataclass(frozen=True, slots=True)
class Said:
    start: int
    end: int
    direct: bool
    rule: str


def quote_id(doc_id: str, start: int, end: int) -> str:
    return "q:" + hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:16]


def direct_quotes(ctx: DocContext, spans: list[tuple[int, int]]) -> dict[tuple[int, int], Said]:
    """Direct quotations in the content ``spans``, keyed by (sentence, token) of their speech verb."""
    text = ctx.article.text
    found: dict[tuple[int, int], Said] = {}
    for start, end in spans:
        for match in DIRECT.finditer(text, start, end):
            group = next(g for g in ("a", "b", "c", "d") if match.group(g) is not None)
            verb = _verb_after(ctx, match.end()) or _verb_before(ctx, match.start())
            if verb is not None:
                found.setdefault(verb, Said(*match.span(group), True, "quote-direct"))
        for match in DIALOGUE.finditer(text, start, end):
            verb = _verb_at(ctx, match.end())
            if verb is not None:
                found.setdefault(verb, Said(*match.span("q"), True, "quote-dialogue"))
    return found


def statements_in(
    ctx: DocContext, view: SentenceView, direct: dict[tuple[int, int], Said]
) -> tuple[list[Candidate], list[Quote], list[Rejection]]:
    """Statement candidates of one sentence, their quotes, and the speech words that made none."""
    text = ctx.article.text
    candidates, quotes, rejected = [], [], []
    for i in range(len(view)):
        word = ctx.lexicon.speech_word(view.lemma(i), view.pos(i))
        if word is None or (word.frame == "noun" and view.preposition(i) != "по"):
            continue
        said = direct.get((view.index, i)) or indirect(ctx, view, i, word.frame)
        speakers = speaker_of(ctx, view, i, word.frame)
        if not speakers:
            rejected.append(reject(view, i, "statement", "no speaker"))
            continue
        if said is None or len(text[said.start : said.end].split()) < MIN_WORDS:
            rejected.append(reject(view, i, "statement", "no words said"))
            continue
        speaker = speakers[0].with_role(Role.SPEAKER)
        qid = quote_id(ctx.doc_id, said.start, said.end)
        quotes.append(
            Quote(
                qid,
                ctx.doc_id,
                speaker.participant(),
                text[said.start : said.end],
                said.start,
                said.end,
                said.direct,
                said.rule,
            )
        )
        cand = build(
            ctx,
            view,
            i,
            EventType.STATEMENT,
            [speaker, *addressees(ctx, view, i)],
            rule=f"{said.rule}:{word.lemma}",
            own_status=True,
        )
        if word.frame == "noun":
            # "по мнению X, ... будет способствовать": the opinion is voiced now, whatever tense it speaks of
            cand = replace(cand, status=Status.OCCURRED, status_why="an opinion reported", tense="present")
        lo, hi = min(cand.evidence[0], said.start), max(cand.evidence[1], said.end)
        candidates.append(_with_quote(cand, qid, (said.start, said.end), (lo, hi)))
    return candidates, quotes, rejected


def _with_quote(cand: Candidate, qid: str, span: tuple[int, int], evidence: tuple[int, int]) -> Candidate:
    return replace(cand, quote_id=qid, quote_span=span, evidence=evidence)


def _verb_at(ctx: DocContext, offset: int) -> tuple[int, int] | None:
    where = ctx.locate(offset)
    if where is None:
        return None
    view, j = where
    return (view.index, j) if ctx.lexicon.speech_word(view.lemma(j), view.pos(j)) else None


def _verb_after(ctx: DocContext, end: int) -> tuple[int, int] | None:
    """ "», - сказал Лавров": the word after the closing quote and a dash."""
    dash = DASH_AFTER.match(ctx.article.text, end)
    if dash is None or not any(c in dash.group() for c in "-–—"):
        return None
    return _verb_at(ctx, dash.end())


def _verb_before(ctx: DocContext, start: int) -> tuple[int, int] | None:
    """ "Лавров заявил: «...»": a speech verb before the colon, in the same sentence."""
    before = ctx.article.text[:start].rstrip()
    if not before.endswith(":"):
        return None
    where = ctx.locate(len(before) - 1)
    if where is None:
        return None
    view, at = where
    for j in reversed(range(at + 1)):
        if ctx.lexicon.speech_word(view.lemma(j), view.pos(j)):
            return view.index, j
    return None


def speaker_of(ctx: DocContext, view: SentenceView, i: int, frame: str) -> list[Party]:
    if frame == "noun":  # "по мнению X", "по словам X"
        return [
            p
            for k in view.kids(i, "nmod")
            if not view.preposition(k)
            for p in parties_at(ctx, view, k, Role.SPEAKER, "genitive")
        ]
    found = subject_of(ctx, view, i)
    if found:
        return found
    if view.feat(i, "Number") == "Plur":
        # "в Кремле заявили": an impersonal plural speaks for the place or body it names
        for k in view.kids(i, "obl"):
            m = view.mention(k)
            if (
                view.preposition(k) == "в"
                and m is not None
                and m.kind in (EntityKind.ORG, EntityKind.LOCATION, EntityKind.CITY, EntityKind.STATE)
            ):
                return [Party.of(m, Role.SPEAKER, "impersonal")]
    return []


def addressees(ctx: DocContext, view: SentenceView, i: int) -> list[Party]:
    """Who was told: "сообщил своей коллеге Цой Сон Хи" (a dative person)."""
    out = []
    for k in view.kids(i, "iobj", "obl", "obj"):
        if not view.preposition(k) and view.feat(k, "Case") == "Dat":
            out += [p for p in parties_at(ctx, view, k, Role.TARGET, "told") if p.kind == EntityKind.PERSON]
    return out


def indirect(ctx: DocContext, view: SentenceView, i: int, frame: str) -> Said | None:
    text = ctx.article.text
    if frame == "noun":
        return _clause_without(ctx, view, view.head(i), i, "quote-indirect") if view.head(i) >= 0 else None
    for k in view.kids(i, "ccomp"):
        words = [j for j in view.subtree(k) if not (view.rel(j) == "mark" and view.head(j) == k)]
        return _trimmed(text, *view.span(words), "quote-indirect")
    about_this = any(
        view.lemma(k) in ("это", "этот") and view.preposition(k) in ("о", "об")
        for k in view.kids(i, "obl", "nmod")
    )
    if about_this and view.index > 0:
        # "Об этом сообщил X": what the previous sentence said
        prev = ctx.views[view.index - 1].sentence
        return _trimmed(text, prev.start, prev.end, "quote-about-this")
    head = view.head(i)
    if (
        head >= 0
        and view.rel(i) in ("parataxis", "advcl", "conj")
        and (view.rel(i) != "conj" or view.tokens[i].start > view.tokens[head].start)
    ):
        # "..., сообщила пресс-служба"; "как заявил X, ..."
        return _clause_without(ctx, view, head, i, "quote-indirect")
    if head < 0:
        for r in range(len(view)):
            # a second root from the parser: "..., сообщила пресс-служба" read as two sentences in one
            if view.head(r) < 0 and r != i and view.tokens[r].start < view.tokens[i].start:
                return _clause_without(ctx, view, r, i, "quote-indirect")
    if view.lemma(i) in OBJECT_CONTENT:
        speakers = {
            j
            for s in view.kids(i, "nsubj", "obl")
            if view.rel(s) != "obl" or view.preposition(s) == "в"
            for j in view.subtree(s)
        }
        words = [j for j in view.subtree(i) if j > i and j not in speakers]
        if words:
            return _trimmed(text, *view.span(words), "quote-indirect")
    return None


def _clause_without(ctx: DocContext, view: SentenceView, head: int, cut: int, rule: str) -> Said | None:
    removed = set(view.subtree(cut))
    words = [j for j in view.subtree(head) if j not in removed and view.pos(j) != "PUNCT"]
    if not words:
        return None
    return _trimmed(ctx.article.text, *view.span(words), rule)


def _trimmed(text: str, start: int, end: int, rule: str) -> Said | None:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return Said(start, end, False, rule) if end > start else None
