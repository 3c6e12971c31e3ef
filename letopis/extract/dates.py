"""When each event took place: time expressions attached to events.

The first rule that gives a date wins (``date_rank`` in brackets, higher is firmer):

1. ``clause`` [3]: a time expression in the event's own clause, the nearest in the dependency tree;
2. ``sentence`` [3]: one in the main clause of the sentence that no other event's clause claims.
   Never the event's date: one inside an event's name ("План ... на 2024–2025 гг."), inside its own
   quote, inside another event's phrase ("обсудили итоги апрельского визита") unless that event is
   its setting ("пригласил во время встречи в сентябре"), nor, for a plan, one already past;
   an event "после/до/перед X" takes only a date of its own phrase;
3. ``anaphoric`` [2]: "тогда", "в тот же день": the date of the event told just before;
4. ``container`` [2]: "в ходе визита", "по итогам переговоров": the date (and city) of the enclosing
   event, when it shares a side;
5. ``frame`` [2]: the last dated visit, summit or conference before it that shares a side and is not
   elsewhere, when the event is told in the past as part of that story; or, for an event whose sides
   are all a plural reference ("министры договорились"), the dated event they are taken from;
6. ``published`` [1]: the publication date, only for a past perfective finite verb told in the news
   part of the article (before the first "ранее", "не так давно" ...) with no date of its own, and not
   told as before or after another event;
7. otherwise precision ``none``; a past event is bounded by the publication date (``end``: it happened
   no later than that), a planned one has no bound at all.

Rules 1-5 run on each sentence's candidates (``attach_dates``), 6-7 once the sentences telling one
event are merged (``finish_date``). Under a future verb or a plan, expressions such as "в мае" are read
forward from the publication date. An ``occurred`` event dated after publication is re-read as
``planned``: a planned event is never reported as having happened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from letopis.extract.candidate import Candidate, Party
from letopis.extract.context import DocContext
from letopis.extract.participants import GEO_KINDS
from letopis.extract.tree import CLAUSE_RELS, SentenceView
from letopis.records import DateRange, EventType, Precision, Role, Status, Timex

DATE_CLAUSE_RELS = CLAUSE_RELS | {"acl"}
BEFORE_OR_AFTER = frozenset({"после", "до", "перед", "накануне", "вслед за"})
SUBORDINATE = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj"})
FRAME_TYPES = frozenset({EventType.VISIT, EventType.SUMMIT, EventType.CONFERENCE})
RANK_TIMEX, RANK_CONTEXT, RANK_PUBLISHED = 3, 2, 1


def attach_dates(ctx: DocContext, candidates: list[Candidate]) -> list[Candidate]:
    """Rules 1-5 on every candidate; rules 6-7 wait for merging (``finish_date``), since another
    sentence about the same event may date it."""
    placed = [_own_date(ctx, c, candidates) for c in candidates]
    # context rules read dates set by earlier ones (a container dated by its own frame): two rounds suffice
    for _ in range(2):
        placed = [c if c.date_rank else _context_date(ctx, c, placed) for c in placed]
    return [_container_place(c, placed) for c in placed]


def finish_date(ctx: DocContext, c: Candidate) -> Candidate:
    """Rules 6-7 for an event no sentence dates, and the check that nothing after publication occurred."""
    return _check_future(ctx, c) if c.date_rank else _fallback(ctx, c, _news_end(ctx))


def _ahead(ctx: DocContext, c: Candidate) -> bool:
    return c.status in (Status.PLANNED, Status.PROPOSED)


def _offset(ctx: DocContext, c: Candidate) -> bool:
    """The event is told as before or after another ("после визита в Дамаск, где встретился ..."):
    neither the story's date nor the publication date is its own."""
    view = ctx.view(c.sentence)
    return any(view.preposition(n) in BEFORE_OR_AFTER for n in [c.trigger, *view.governors(c.trigger)])


def _elsewhere(place: Party | None, frame: Candidate, countries: Mapping[str, str]) -> bool:
    """The event is placed in a city or state the frame event is not in."""
    if place is None or place.kind not in GEO_KINDS:
        return False
    theirs = [p for p in (frame.location, *frame.sides(Role.DESTINATION)) if p is not None and p.kind in GEO_KINDS]
    if not theirs or place.key in {p.key for p in theirs}:
        return False
    state = countries.get(place.entity_id or "", place.key)
    return all(countries.get(p.entity_id or "", p.key) != state and p.key != state for p in theirs)


def _place(own: Party | None, around: Party | None) -> Party | None:
    """An event inside a visit or summit is in its city: a building of its own ("в Доме приемов")
    gives way to the enclosing event's city or state, which other reports can agree on."""
    if own is not None and (own.kind in GEO_KINDS or around is None or around.kind not in GEO_KINDS):
        return own
    return around or own


def _container_place(c: Candidate, placed: list[Candidate]) -> Candidate:
    """ "договоренности, достигнутые в ходе Пхеньянского саммита": the summit's place is theirs."""
    if c.location is not None or c.container is None or c.status != Status.OCCURRED:
        return c
    holder = next((o for o in placed if (o.sentence, o.trigger) == c.container), None)
    return replace(c, location=holder.location) if holder is not None and holder.location else c


# -- 1, 2: time expressions in the sentence


def _timex_head(view: SentenceView, t: Timex) -> int | None:
    inside = [j for j, tok in enumerate(view.tokens) if t.start <= tok.start and tok.end <= t.end]
    if not inside:
        return None
    tops = [j for j in inside if view.head(j) not in inside]
    return tops[0] if tops else inside[0]


def _path(view: SentenceView, a: int, b: int) -> tuple[int, bool]:
    """Tree distance between ``a`` and ``b`` and whether the path stays within one clause."""
    up_a = [a, *view.ancestors(a)]
    up_b = [b, *view.ancestors(b)]
    common = next((n for n in up_a if n in up_b), None)
    if common is None:
        return 99, False
    steps = up_a[: up_a.index(common)] + up_b[: up_b.index(common)]
    same = not any(view.rel(n) in DATE_CLAUSE_RELS for n in steps)
    return len(steps), same


def _usable(c: Candidate, t: Timex, names: list[tuple[int, int]]) -> bool:
    """Resolved, and not part of an event's name ("План ... на 2024–2025 гг.") nor of the event's own
    quote, where it dates something else."""
    if t.value.precision == Precision.NONE or t.value.start is None:
        return False
    return not any(span and span[0] <= t.start < span[1] for span in (*names, c.quote_span))


def _sentence_timexes(ctx: DocContext, view: SentenceView) -> list[Timex]:
    return [t for t in ctx.timexes if view.sentence.start <= t.start and t.end <= view.sentence.end]


def _own_date(ctx: DocContext, c: Candidate, all_cands: list[Candidate]) -> Candidate:
    view = ctx.view(c.sentence)
    names = [o.name_span for o in all_cands if o.sentence == c.sentence and o.name_span]
    timexes = [t for t in _sentence_timexes(ctx, view) if _usable(c, t, names)]
    published = ctx.article.published_date
    if (c.tense == "future" or _ahead(ctx, c)) and published:
        # "в мае" under a future verb is the coming May, not the last one
        timexes = [_reread_future(t, published) for t in timexes]
    if _ahead(ctx, c):
        # a date already past, or one inside an enclosing phrase ("пригласил посетить ... во время встречи
        # в сентябре"), dates the planning, not the event still ahead
        around = set(view.subtree(c.container[1])) if c.container and c.container[0] == c.sentence else set()
        timexes = [
            t
            for t in timexes
            if not (published and t.value.end and t.value.end < published)
            and _timex_head(view, t) not in around
        ]
    if c.status == Status.PROPOSED:
        # the visit an invitation proposes ("пригласил посетить Россию ... во время встречи в сентябре"):
        # the sentence dates the inviting; only a date inside the proposal itself is the visit's
        own = set(view.subtree(c.trigger))
        timexes = [t for t in timexes if _timex_head(view, t) in own]
    # "обсудили итоги апрельского визита": a date inside another event's noun phrase is that event's
    chain = {c.trigger, *view.governors(c.trigger)}
    # ... unless it encloses this one and shares a side ("пригласил его во время встречи в сентябре")
    owned = {j for o in all_cands if o is not c and o.sentence == c.sentence and view.pos(o.trigger) == "NOUN"
             and o.trigger not in chain and not _encloses(ctx, view, o, c) for j in view.subtree(o.trigger)} - chain
    timexes = [t for t in timexes if _timex_head(view, t) not in owned]
    if view.preposition(c.trigger) in BEFORE_OR_AFTER:
        # "прибыл в понедельник после визита в Дамаск": Monday is the arrival, not the visit
        own = set(view.subtree(c.trigger))
        timexes = [t for t in timexes if _timex_head(view, t) in own]
    if not timexes:
        return c
    pivots = {c.trigger, c.pivot} - {-1}
    best: tuple[int, int, Timex] | None = None
    loose: list[Timex] = []
    for t in timexes:
        head = _timex_head(view, t)
        if head is None:
            continue
        measured = [_path(view, p, head) for p in pivots]
        distance = min(d for d, _ in measured)
        if any(same for _, same in measured):
            key = (distance, abs(t.start - c.trigger_span[0]), t)
            best = key if best is None or key[:2] < best[:2] else best
        elif _in_main_clause(view, head) and not any(
            _claims(view, o, head) for o in all_cands if o is not c and o.sentence == c.sentence
        ):
            loose.append(t)
    if best is not None:
        return _dated(ctx, c, best[2], "clause")
    if loose and c.type != EventType.STATEMENT:
        # a statement's sentence is mostly what was said: only a date on the speech verb is its own
        nearest = min(loose, key=lambda t: abs(t.start - c.trigger_span[0]))
        return _dated(ctx, c, nearest, "sentence")
    return c


def _encloses(ctx: DocContext, view: SentenceView, outer: Candidate, inner: Candidate) -> bool:
    """``outer`` is the setting of ``inner`` ("во время встречи", "в ходе визита") and shares a side with it."""
    words = view.preposition(outer.trigger).split()
    setting = (len(words) > 1 and words[-1] in ctx.lexicon.context_nouns) or view.lemma(
        view.governor(outer.trigger)) in ctx.lexicon.context_nouns
    return setting and bool(outer.keys & inner.keys or not inner.keys)


def _in_main_clause(view: SentenceView, head: int) -> bool:
    """A timex inside a subordinate clause ("договоренности, достигнутые месяц назад") dates that clause only."""
    return not any(view.rel(n) in SUBORDINATE for n in [head, *view.ancestors(head)])


def _claims(view: SentenceView, other: Candidate, head: int) -> bool:
    return any(_path(view, p, head)[1] for p in {other.trigger, other.pivot} - {-1})


def _dated(ctx: DocContext, c: Candidate, t: Timex, how: str) -> Candidate:
    return replace(c, date=t.value, date_rank=RANK_TIMEX, date_why=f"{how}: '{t.text}' ({t.rule})")


def _reread_future(t: Timex, published: str) -> Timex:
    """The timex read as lying ahead of publication; the timex stage owns how its expressions read."""
    from letopis.timex import resolve_relative

    return resolve_relative(t, published, future=True)


# -- 3, 4, 5: context


def _context_date(ctx: DocContext, c: Candidate, placed: list[Candidate]) -> Candidate:
    before = [
        o for o in placed if (o.sentence, o.trigger) < (c.sentence, c.trigger) and o.date_rank >= RANK_CONTEXT
    ]
    if "anaphoric" in c.cues and before:
        o = before[-1]
        return replace(c, date=o.date, date_rank=RANK_CONTEXT, date_why=f"anaphoric: date of {o.rule}")
    if c.container is not None and not _ahead(ctx, c):
        holder = next((o for o in placed if (o.sentence, o.trigger) == c.container), None)
        if holder is None or not holder.date_rank:
            # "в ходе визита" names the visit told before: the last dated one of that type with a shared side
            sentence, token = c.container
            kinds = (
                {holder.type}
                if holder
                else {t.type for t in ctx.lexicon.triggers_for(ctx.view(sentence).lemma(token), "NOUN")}
            )
            holder = next(
                (o for o in reversed(before) if o.type in kinds and (o.keys & c.keys or not c.keys)), None
            )
        # the enclosing event shares a side, or the event names none of its own
        if holder is not None and holder.date_rank and (holder.keys & c.keys or not c.keys):
            return replace(
                c,
                date=holder.date,
                date_rank=RANK_CONTEXT,
                date_why=f"container: date of {holder.rule}",
                location=_place(c.location, holder.location),
            )
    offset = _offset(ctx, c)
    if c.status == Status.OCCURRED and c.tense in ("past", "") and "anteriority" not in c.cues and not offset:
        sides = {p.key for p in c.parties if p.role.value != "destination"}
        for o in reversed(before):
            if (
                o.type in FRAME_TYPES
                and o.type != c.type
                and o.status == Status.OCCURRED
                and o.date_rank == RANK_TIMEX
                and sides & {p.key for p in o.parties if p.role.value != "destination"}
                and not _elsewhere(c.location, o, ctx.countries)
            ):
                return replace(c, date=o.date, date_rank=RANK_CONTEXT, date_why=f"frame: during {o.rule}",
                               location=_place(c.location, o.location))
        if c.parties and all(p.how == "collective" for p in c.parties):
            # "Министры также договорились ...": the sides, and so the day, of the contact told before
            for o in reversed(before):
                if (o.status == Status.OCCURRED and o.date_rank == RANK_TIMEX
                        and {p.key for p in c.parties} <= {p.key for p in o.parties}):
                    return replace(c, date=o.date, date_rank=RANK_CONTEXT,
                                   date_why=f"sides: the day of {o.rule} they are taken from")
    return c


# -- 6, 7: publication date


def _news_end(ctx: DocContext) -> int:
    """Index of the first sentence that steps back in time ("Ранее ...", "Не так давно ...")."""
    for view in ctx.views:
        lemmas = [view.lemma(j) for j in range(len(view))]
        for cue in ctx.lexicon.cues:
            if cue.category != "anteriority":
                continue
            n = len(cue.lemmas)
            if any(tuple(lemmas[a : a + n]) == cue.lemmas for a in range(len(lemmas) - n + 1)):
                return view.index
    return len(ctx.views)


def _fallback(ctx: DocContext, c: Candidate, news_end: int) -> Candidate:
    published = ctx.article.published_date
    if published is None:
        return replace(c, date_why="no date in the text and no publication date")
    offset = _offset(ctx, c)
    recent = c.sentence < news_end and "anteriority" not in c.cues and not offset
    if recent and c.status == Status.OCCURRED and c.tense == "past" and c.perfective:
        return replace(
            c,
            date=DateRange(published, published, Precision.DAY),
            date_rank=RANK_PUBLISHED,
            date_why="published: a past perfective event in the news part of the article",
        )
    if c.status == Status.OCCURRED and c.tense in ("past", ""):
        return replace(
            c,
            date=DateRange(None, published, Precision.NONE),
            date_why="none: told in the past, so not after publication",
        )
    if c.status in (Status.PLANNED, Status.PROPOSED):
        # no bound: "not before publication" would sort a plan among the day's events in a timeline
        return replace(c, date_why="none: still ahead at publication, no date given")
    return replace(c, date_why="none: no date in the text")


def _check_future(ctx: DocContext, c: Candidate) -> Candidate:
    published = ctx.article.published_date
    if c.status == Status.OCCURRED and published and c.date.start and c.date.start > published:
        return replace(c, status=Status.PLANNED, status_why=f"dated {c.date.start}, after publication")
    return c
