"""Summits, conferences and forums: a named gathering with the states, organisations or people taking part.

Rules:

- ``gathering``: the trigger noun ("саммит", "конференция", "форум") with its name (a named-event
  mention, a quoted title, or the noun phrase as written), sides from its genitive ("саммит ШОС"),
  from attendance ("участие России и КНДР в конференции", "X примет участие в форуме") and from a
  light verb ("X и Y проведут саммит"); "этой конференции" takes the name of the one told before.
- The place is "в + locative", or the city an adjective names ("Пхеньянский саммит"), matched against
  the places the article mentions.
"""

from __future__ import annotations

from dataclasses import replace

from letopis.extract.candidate import STATUS_TENSE, Candidate, Party, Rejection
from letopis.extract.common import (
    build,
    event_mention_name,
    genitive_sides,
    noun_phrase_name,
    quoted_title,
    reject,
    subject_of,
)
from letopis.extract.contacts import governing
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger, fold
from letopis.extract.participants import GEO_KINDS, dedupe
from letopis.extract.tree import SentenceView
from letopis.records import EntityKind, Role, Status

ATTENDANCE_NOUNS = frozenset({"участие"})
ATTENDANCE_VERBS = frozenset(
    {"участвовать", "принять", "выступить", "прибыть", "приехать", "собраться", "поехать", "отправиться"}
)
NOT_AT_IT = frozenset({"преддверие", "канун", "итог"})
ANAPHORIC_DETS = frozenset({"этот", "данный", "тот"})
ADJECTIVE_SUFFIXES = ("ский", "ской", "цкий", "кий")


def gathering(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    rule = f"gathering:{entry.lemma}"
    sides = genitive_sides(ctx, view, i)
    head, rel, inside = governing(ctx, view, i)
    if head >= 0:
        # "участие X в конференции", also when the parser hangs the conference on the verb beside "участие"
        for noun in [head, *(s for s in view.kids(head) if s < i)]:
            if view.lemma(noun) in ATTENDANCE_NOUNS:
                sides += genitive_sides(ctx, view, noun)
        attends = (
            view.lemma(head) in ATTENDANCE_VERBS
            or view.lemma(head) in ctx.lexicon.light_verbs
            or (inside and not _outside(view, i))
        )
        if view.is_verb(head) and attends and not rel.startswith("nsubj"):
            # "выступил на форуме", "на полях саммита встретился": whoever acts at it takes part
            sides += subject_of(ctx, view, head)
    sides = [p for p in dedupe(sides) if p.kind != EntityKind.EVENT]
    name = event_mention_name(view, i) or quoted_title(ctx, view, i)
    if name is None and any(view.lemma(k) in ANAPHORIC_DETS for k in view.kids(i, "det", "amod")):
        earlier = next((c for c in reversed(ctx.history) if c.type == entry.type and c.name), None)
        if earlier is not None and earlier.named:
            name = earlier.named
    weak = name is None
    if weak and len(view.subtree(i, stop=("case", "punct", "acl:relcl", "acl", "parataxis"))) > 1:
        name = noun_phrase_name(
            ctx, view, i, drop=[k for k in view.kids(i, "nmod") if view.preposition(k) == "в"]
        )
    location = city_from_adjective(ctx, view, i)
    if not sides and name is None and location is None:
        return reject(view, i, rule, "a bare gathering noun: no name, sides or place")
    cand = build(ctx, view, i, entry, sides, location=location, name=name, rule=rule, weak_name=weak)
    goer = _stays_away(ctx, view, i) if cand.status == Status.DENIED else -1
    if goer >= 0:
        # "не полетит на саммит", "не примет участия в форуме": the one who stays away takes no part, and
        # the gathering itself is not denied
        absent = {p.key for p in subject_of(ctx, view, goer)}
        sides = [p for p in sides if p.key not in absent]
        cand = build(ctx, view, i, entry, sides, location=location, name=name, rule=rule, weak_name=weak)
        ahead = cand.tense == "future"
        cand = replace(cand, status=Status.PLANNED if ahead else Status.OCCURRED, status_strength=STATUS_TENSE,
                       status_why=f"{cand.tense or 'no'} tense of '{view.tokens[goer].text}': someone stays away")
    return cand


def _stays_away(ctx: DocContext, view: SentenceView, i: int) -> int:
    """The negated verb of going or taking part that the gathering noun hangs on (not as its subject, and
    not a verb that holds it: "саммит не состоялся", "не провели саммит" deny the gathering), or -1."""
    node = i
    for up in view.governors(i):
        if view.is_verb(up):
            if view.rel(node).startswith("nsubj") or (node == i and view.lemma(up) in ctx.lexicon.light_verbs):
                return -1
            return up if any(view.lemma(k) == "не" for k in view.kids(up)) else -1
        node = up
    return -1


def _outside(view: SentenceView, i: int) -> bool:
    """ "в преддверии саммита", "по итогам форума": the clause is told from before or after it."""
    words = {*view.preposition(i).split(), view.lemma(view.governor(i))}
    return bool(words & NOT_AT_IT)


def city_from_adjective(ctx: DocContext, view: SentenceView, i: int) -> Party | None:
    """A city named by an adjective ("Пхеньянский саммит") that the article names elsewhere."""
    for k in view.kids(i, "amod"):
        stem = adjective_stem(view.lemma(k))
        if stem is None:
            continue
        for m in ctx.mentions:
            if m.kind not in GEO_KINDS:
                continue
            words = {fold(w) for w in (m.mention.normal, m.mention.text) if w}
            if not any(similar_stem(stem, w) for w in words):
                continue
            start, end = view.tokens[k].start, view.tokens[k].end
            if m.kind in (EntityKind.CITY, EntityKind.LOCATION):
                return Party(m.name, m.entity_id, m.kind, Role.PARTICIPANT, start, end, "adjective")
            if not similar_stem(stem, fold(m.name)):
                # a capital read as its state ("Москвы и Пхеньяна"): keep the city's own name
                city = m.mention.normal or m.mention.text
                return Party(city, None, EntityKind.CITY, Role.PARTICIPANT, start, end, "adjective")
    return None


def adjective_stem(lemma: str) -> str | None:
    for suffix in ADJECTIVE_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
            return lemma[: -len(suffix)]
    return None


def similar_stem(stem: str, name: str) -> bool:
    """ "пхеньян" ~ "Пхеньян", "москов" ~ "москва", "мин" + "ск" ~ "минск"; one slip allowed ("пьхеньян")."""
    for form in (stem, stem + "ск"):
        if edit_distance(form, name) <= (1 if len(name) >= 6 else 0):
            return True
    common = 0
    for a, b in zip(stem, name, strict=False):
        if a != b:
            break
        common += 1
    return common >= 4 and abs(len(stem) - len(name)) <= 2 and len(name) - common <= 2


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        cur = [x]
        for y, cb in enumerate(b, 1):
            cur.append(min(prev[y] + 1, cur[y - 1] + 1, prev[y - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
