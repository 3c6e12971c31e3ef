"""Commemorations and cultural events.

Rules:

- ``commemoration``: "X возложил цветы к ...", "X почтил память Y" (Y is the target: who is honoured);
- ``cultural-event``: "в Музее Победы в Москве открылась выставка «Плечом к плечу»", "прошел концерт",
  "X открыл фестиваль"; the name is a quoted title or the noun phrase, the place "в + locative" (a city
  nested in an organisation wins). A bare mention with neither name nor place is only a back-reference
  ("открытие выставки") and is rejected.
"""

from __future__ import annotations

from letopis.extract.candidate import Candidate, Party, Rejection
from letopis.extract.common import (
    build,
    event_mention_name,
    genitive_sides,
    noun_phrase_name,
    quoted_title,
    reject,
    subject_of,
)
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger
from letopis.extract.participants import dedupe, location_of
from letopis.extract.status import chain_of, tense_anchor
from letopis.extract.tree import SentenceView
from letopis.records import Role

# Verbs whose subject organised or opened the event ("X открыл выставку").
ORGANISING = frozenset({"открыть", "организовать", "провести", "устроить", "представить"})


def commemoration(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    sides = subject_of(ctx, view, i)
    for k in view.kids(i, "obj"):
        if view.lemma(k) == "память":
            sides += [p.with_role(Role.TARGET, "honoured") for p in genitive_sides(ctx, view, k)]
    if not any(p.role == Role.PARTICIPANT for p in sides):
        return reject(view, i, "commemoration", "no one named as laying flowers or paying tribute")
    return build(ctx, view, i, entry, dedupe(sides), rule="commemoration:" + entry.lemma)


def cultural_event(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    rule = "cultural-event:" + entry.lemma
    chain = chain_of(view, i)
    anchor = tense_anchor(view, chain)
    if anchor < 0:
        return reject(view, i, rule, "no verb tells that it took place")
    name = event_mention_name(view, i) or quoted_title(ctx, view, i)
    weak = name is None
    if weak and len(view.subtree(i, stop=("case", "punct", "acl:relcl", "acl", "parataxis"))) > 1:
        name = noun_phrase_name(
            ctx, view, i, drop=[k for k in view.kids(i, "nmod") if view.preposition(k) == "в"]
        )
    upto = chain[: chain.index(anchor) + 1]
    location = location_of(view, upto)
    sides: list[Party] = []
    head = view.head(i)
    if head >= 0 and view.rel(i) == "obj" and view.lemma(head) in ORGANISING:
        sides = subject_of(ctx, view, head)
    if name is None and location is None:
        return reject(view, i, rule, "no name and no place: a back-reference")
    return build(ctx, view, i, entry, dedupe(sides), location=location, name=name, rule=rule, weak_name=weak)
