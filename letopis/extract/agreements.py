"""Agreements: documents signed and understandings reached.

Rules:

- ``agreement-sign``: "стороны подписали План межмидовских обменов ...", "был подписан меморандум",
  "заключили соглашение"; the object is the agreement's name (as written), the signers its sides;
- ``agreement-signing``: "подписание договора между X и Y";
- ``agreement-reached``: "договоренности, достигнутые лидерами", "X и Y договорились о ...".

A date inside the name ("на 2024–2025 гг.") is the document's term, not the signing date; see ``dates``.
"""

from __future__ import annotations

from letopis.extract.candidate import Candidate, Party, Rejection
from letopis.extract.common import (
    agents_of,
    build,
    genitive_sides,
    is_passive,
    noun_phrase_name,
    partners,
    quoted_title,
    reject,
    subject_of,
)
from letopis.extract.contacts import governing
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger
from letopis.extract.participants import dedupe, parties_at
from letopis.extract.tree import SentenceView
from letopis.records import Role

REACHED = frozenset({"достичь", "достигнуть", "достигнутый", "заключить", "прийти"})


def agreement(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    lemma = view.lemma(i)
    if lemma == "договориться" and _about_an_event(ctx, view, i):
        return reject(view, i, "agreement-reached", "an agreement to meet: the planned contact is the event")
    if lemma == "договоренность":
        return _reached(ctx, view, i, entry)
    if lemma == "подписание":
        documents = [k for k in view.kids(i, "nmod") if not view.preposition(k)]
        sides = partners(ctx, view, [i, *documents], ("между", "с"))
        head, rel, inside = governing(ctx, view, i)
        if (
            not sides
            and head >= 0
            and view.is_verb(head)
            and not rel.startswith("nsubj")
            and (inside or view.lemma(head) in ctx.lexicon.light_verbs)
        ):
            sides = subject_of(ctx, view, head)
        rule = "agreement-signing"
    elif is_passive(view, i):
        documents = view.kids(i, "nsubj:pass")
        sides = [p for a in agents_of(view, i) for p in parties_at(ctx, view, a, Role.PARTICIPANT, "agent")]
        sides += partners(ctx, view, [i, *documents], ("между", "с"))
        rule = "agreement-sign"
    else:
        documents = view.kids(i, "obj")
        sides = subject_of(ctx, view, i) + partners(ctx, view, [i], ("между", "с"))
        rule = "agreement-sign" if lemma != "договориться" else "agreement-reached"
    if not sides:
        # "подписан План обменов между Россией и КНДР": the sides the document itself names
        sides = [
            p
            for d in documents
            for k in view.subtree(d)
            if view.preposition(k) == "между"
            for p in parties_at(ctx, view, k, Role.PARTICIPANT, "document")
        ]
    name = None
    if documents:
        name = quoted_title(ctx, view, documents[0])
        if name is None and view.lemma(documents[0]) not in ctx.lexicon.documents:
            return reject(view, i, rule, f"'{view.tokens[documents[0]].text}' is not a document")
        name = name or noun_phrase_name(ctx, view, documents[0])
    if not sides and name is None:
        return reject(view, i, rule, "no signers and no document")
    return build(ctx, view, i, entry, dedupe(sides), name=name, rule=f"{rule}:{lemma}")


def _about_an_event(ctx: DocContext, view: SentenceView, i: int) -> bool:
    """ "договорились провести переговоры", "договорились о встрече"."""
    for k in view.subtree(i):
        if (
            k != i
            and view.pos(k) in ("NOUN", "VERB")
            and any(
                t.type.value in ("meeting", "talks", "visit", "phone_call", "summit", "conference")
                for t in ctx.lexicon.triggers_for(view.lemma(k), "NOUN" if view.pos(k) == "NOUN" else "VERB")
            )
        ):
            return True
    return False


def _reached(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    """ "договоренности, достигнутые лидерами", "достигли договоренности"."""
    sides: list[Party] = genitive_sides(ctx, view, i)
    near = [*view.kids(i), *(g for k in view.kids(i, "nmod") for g in view.kids(k))]
    verb = next((k for k in near if view.rel(k) in ("acl", "amod") and view.lemma(k) in REACHED), -1)
    if verb >= 0:
        sides += [
            p for a in agents_of(view, verb) for p in parties_at(ctx, view, a, Role.PARTICIPANT, "agent")
        ]
    elif view.head(i) >= 0 and view.lemma(view.head(i)) in REACHED:
        verb = view.head(i)
        sides += subject_of(ctx, view, verb)
    if verb < 0:
        return reject(view, i, "agreement-reached", "no verb of reaching")
    if not sides:
        return reject(view, i, "agreement-reached", "no sides")
    return build(
        ctx, view, i, entry, dedupe(sides), rule="agreement-reached:" + view.lemma(i), status_from=verb
    )
