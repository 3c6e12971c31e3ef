"""Questions every event family asks: who is the subject, who is the partner "с", what governs the
trigger, what the event is called, and how a candidate is assembled."""

from __future__ import annotations

from collections.abc import Iterable

from letopis.extract.candidate import Candidate, Party, Rejection
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger
from letopis.extract.participants import (
    PERSONAL_PRONOUNS,
    RELATIVE_PRONOUNS,
    dedupe,
    in_participle,
    location_of,
    parties_at,
    place_at,
)
from letopis.extract.status import read_status
from letopis.extract.tree import SentenceView
from letopis.records import EntityKind, Role

# Verbs whose infinitive complement has the object, not the subject, as its doer ("пригласил его посетить").
OBJECT_CONTROL = frozenset({"пригласить", "приглашать", "попросить", "просить", "призвать", "убедить"})
NAME_STOP_RELS = frozenset({"case", "punct", "acl:relcl", "acl", "parataxis", "cc", "conj", "advcl"})
NAME_DROP_DETS = frozenset({"этот", "тот", "данный", "свой", "его", "ее", "их", "наш", "ваш"})
PRONOUNS = PERSONAL_PRONOUNS | RELATIVE_PRONOUNS
QUOTES_OPEN = '«„“"'
QUOTES_CLOSE = '»“”"'


def subject_of(ctx: DocContext, view: SentenceView, verb: int, how: str = "subject") -> list[Party]:
    """The doer of ``verb``: its subject (the agent of a passive), else the doer of the verb it depends
    on (converbs, infinitives, coordinated verbs), the object of an object-control verb
    ("пригласил его посетить"), or the noun a participle describes."""
    seen: set[int] = set()
    node = verb
    while node >= 0 and node not in seen:
        seen.add(node)
        if is_passive(view, node):
            return [
                p for a in agents_of(view, node) for p in parties_at(ctx, view, a, Role.PARTICIPANT, "agent")
            ]
        subjects = view.kids(node, "nsubj") or stray_subject(view, node)
        if subjects:
            return parties_at(ctx, view, subjects[0], Role.PARTICIPANT, how)
        rel, head = view.rel(node), view.head(node)
        if head < 0:
            shared = _listed_with(view, node)
            if shared < 0:
                break
            node = shared
            continue
        if rel == "xcomp" and view.lemma(head) in OBJECT_CONTROL:
            objects = view.kids(head, "obj", "iobj")
            if objects:
                return parties_at(ctx, view, objects[0], Role.PARTICIPANT, how + "+controller")
        if rel in ("acl", "amod") and view.feat(node, "VerbForm") == "Part":
            return parties_at(ctx, view, head, Role.PARTICIPANT, how + "+participle")
        if view.feat(node, "VerbForm") == "Inf" and view.pos(head) == "NOUN" and view.head(head) >= 0:
            # "передал Y приглашение посетить": the one the invitation is handed to would go
            verb = view.head(head)
            for k in view.kids(verb, "iobj", "obl"):
                if not view.preposition(k) and view.feat(k, "Case") == "Dat":
                    return parties_at(ctx, view, k, Role.PARTICIPANT, how + "+recipient")
        if rel in ("xcomp", "conj", "advcl") and view.is_verb(head):
            node = head
            continue
        if (rel == "ccomp" and view.is_verb(head) and view.feat(node, "VerbForm") == "Fin"
                and view.feat(node, "Number") == view.feat(head, "Number")):
            # "X отметил, что поддерживает контакт с Y": a clause with no subject of its own is the speaker's
            node = head
            continue
        if rel == "acl:relcl" and any(view.lemma(k) in ("где", "куда", "когда") for k in view.kids(node)):
            # "прибыл в Дамаск, где встретился с Асадом": the one who came is the one who met
            up = [h for h in view.ancestors(node) if view.is_verb(h)]
            if up:
                node = up[0]
                continue
        break
    return []


def _listed_with(view: SentenceView, verb: int) -> int:
    """ "Обама посетит саммит, проведёт встречу с X и посетит Польшу": a finite verb with no subject after
    a comma, which the parser made a second root, shares the subject of the finite verb before it that
    agrees with it in number (and gender in the past)."""
    if view.feat(verb, "VerbForm") != "Fin" or verb < 1 or view.tokens[verb - 1].text != ",":
        return -1
    for j in reversed(range(verb - 1)):
        if view.head(j) < 0 and view.is_verb(j):
            agree = all(view.feat(j, f) == view.feat(verb, f) for f in ("Number", "Gender", "Tense", "VerbForm"))
            return j if agree and view.kids(j, "nsubj") else -1
    return -1


def stray_subject(view: SentenceView, verb: int) -> list[int]:
    """A nominative noun before a finite verb that the parser hung on a word after the verb, across it
    ("посол ... Сандали встретился с заместителем" with "посол" under "заместителем"). A future
    infinitive counts as finite through the "будет" before it, and the noun may be a pronoun
    ("X, который, вероятно, будет беседовать с Y, указал" with "который" under a word after)."""
    finite = verb
    if view.feat(verb, "VerbForm") == "Inf" and verb > 0 and view.lemma(verb - 1) == "быть":
        finite = verb - 1
    if view.feat(finite, "VerbForm") != "Fin":
        return []
    for j in reversed(range(finite)):
        if (
            (view.pos(j) in ("NOUN", "PROPN") or view.lemma(j) in PRONOUNS)
            and view.feat(j, "Case") == "Nom"
            and not view.preposition(j)
            and (view.head(j) > verb)
            and view.feat(j, "Number") in (None, view.feat(finite, "Number"))
        ):
            return [j]
    return []


def is_passive(view: SentenceView, verb: int) -> bool:
    return view.feat(verb, "Voice") == "Pass" or bool(view.kids(verb, "nsubj:pass", "aux:pass"))


def agents_of(view: SentenceView, verb: int) -> list[int]:
    """The agent of a passive: "obl:agent", or a bare instrumental ("был принят президентом")."""
    return [
        k
        for k in view.kids(verb, "obl")
        if view.rel(k) == "obl:agent" or (not view.preposition(k) and view.feat(k, "Case") == "Ins")
    ]


def partners(
    ctx: DocContext,
    view: SentenceView,
    nodes: Iterable[int],
    prepositions: tuple[str, ...] = ("с",),
    role: Role = Role.PARTICIPANT,
) -> list[Party]:
    """Sides joined by a preposition ("встретился с X", "переговоры между X и Y") under any of ``nodes``."""
    out: list[Party] = []
    for node in nodes:
        for k in view.kids(node, "obl", "nmod"):
            prep = view.preposition(k)
            if prep in prepositions and (prep != "с" or view.feat(k, "Case") in (None, "Ins")):
                out.extend(parties_at(ctx, view, k, role, f"obl-{prep}"))
    return dedupe(out)


def stray_partners(ctx: DocContext, view: SentenceView, verb: int) -> list[Party]:
    """A "с"-partner right after ``verb`` that the parser hung on a later verb across a comma ("X, который
    встретится с премьер-министром Y, сообщил" with "премьер-министром" under "сообщил")."""
    own = set(view.subtree(verb))
    for k in range(verb + 1, len(view)):
        head = view.head(k)
        if view.preposition(k) != "с" or view.feat(k, "Case") not in (None, "Ins") or head <= k:
            continue
        words = view.subtree(k)
        if any(j not in own for j in range(verb + 1, words[0])):
            return []  # words of another clause come between
        if head != verb and view.is_verb(head) and any(view.tokens[j].text == "," for j in range(words[-1], head)):
            return parties_at(ctx, view, k, Role.PARTICIPANT, "obl-с+stray")
    return []


def genitive_sides(
    ctx: DocContext, view: SentenceView, noun: int, role: Role = Role.PARTICIPANT
) -> list[Party]:
    """Sides in the genitive of an event noun: "встреча Путина и Си", "визит делегации КНДР"."""
    out: list[Party] = []
    for k in view.kids(noun, "nmod", "det", "amod"):
        if view.preposition(k):
            continue
        if view.rel(k) == "nmod" and name_case(view, k) not in (None, "Gen"):
            continue
        if view.rel(k) == "det" and view.pos(k) != "PRON" and view.lemma(k) not in ("его", "ее", "их"):
            continue
        if view.rel(k) == "det":
            out.extend(parties_at(ctx, view, k, role, "possessive"))
        elif view.rel(k) == "amod":
            m = view.mention(k)
            if m is not None and m.kind in (EntityKind.STATE, EntityKind.ORG):
                out.append(Party.of(m, role, "adjective"))
        else:
            out.extend(parties_at(ctx, view, k, role, "genitive"))
    return dedupe(out)


def name_case(view: SentenceView, k: int) -> str | None:
    """The case of the nominal at ``k``; for an initial ("Й.Нагеля", "А.Меркель"), whose case the tagger
    guesses, the case of the last word of the name it opens."""
    m = view.mention(k)
    if m is None or m.kind != EntityKind.PERSON or len(view.tokens[k].text) > 1:
        return view.feat(k, "Case")
    last = k
    while last + 1 < len(view) and view.tokens[last + 1].end <= m.mention.end:
        last += 1
    return view.feat(last, "Case")


def governor(view: SentenceView, i: int) -> int:
    """The word an event noun hangs on, skipping the case-marking nouns of "в ходе", "в рамках"."""
    return view.head(i)


def event_mention_name(view: SentenceView, i: int) -> tuple[str, tuple[int, int]] | None:
    m = view.mention(i)
    if m is not None and m.kind == EntityKind.EVENT:
        # as written: the reader finds it in the text ("III Международной конференции по ...")
        return m.mention.text, (m.mention.start, m.mention.end)
    return None


def quoted_title(ctx: DocContext, view: SentenceView, noun: int) -> tuple[str, tuple[int, int]] | None:
    """A title in quotation marks right after the noun or its modifiers: выставка «Плечом к плечу»."""
    sub = view.subtree(noun, stop=("acl:relcl", "parataxis", "advcl"))
    text = ctx.article.text
    for j in sub:
        if j <= noun or view.tokens[j].text not in QUOTES_OPEN:
            continue
        for e in sub:
            if e > j and view.tokens[e].text in QUOTES_CLOSE:
                start, end = view.tokens[j].end, view.tokens[e].start
                if end > start:
                    return text[start:end].strip(), (view.tokens[j].start, view.tokens[e].end)
                break
    return None


def noun_phrase_name(
    ctx: DocContext, view: SentenceView, noun: int, drop: Iterable[int] = ()
) -> tuple[str, tuple[int, int]]:
    """The noun phrase as written ("III Международной конференции по евразийской безопасности")."""
    skip = set(drop)
    tokens = []
    for j in view.subtree(noun, stop=NAME_STOP_RELS):
        if j in skip or (view.rel(j) == "det" and view.lemma(j) in NAME_DROP_DETS):
            continue
        tokens.append(j)
    start, end = view.span(tokens)
    while end > start and ctx.article.text[end - 1] in " ,.;:":
        end -= 1
    return ctx.article.text[start:end], (start, end)


def build(
    ctx: DocContext,
    view: SentenceView,
    trigger: int,
    entry: Trigger | str,
    parties: list[Party],
    *,
    location: Party | None = None,
    name: tuple[str, tuple[int, int]] | None = None,
    rule: str,
    status_from: int | None = None,
    own_status: bool = False,
    weak_name: bool = False,
) -> Candidate:
    """A candidate with its status read from the clause and its container ("в ходе визита") noted."""
    type_ = entry.type if isinstance(entry, Trigger) else entry
    pivot = trigger if status_from is None else status_from
    reading = read_status(view, pivot, ctx.lexicon, own=own_status, event=trigger)
    chain = [pivot, *view.governors(pivot)]
    if location is None:
        upto = chain[: chain.index(reading.anchor) + 1] if reading.anchor in chain else chain[:1]
        location = where_clause(view, upto)
    if location is None:
        # the place of a verb is its own; a noun's may hang on the verb it depends on. A place further
        # up belongs to another event ("пригласил в Астане посетить Турцию")
        first_verb = next((n for n in chain[1:] if view.is_verb(n)), None)
        nodes = chain[:1] if view.is_verb(chain[0]) or first_verb is None else chain[: chain.index(first_verb) + 1]
        location = location_of(
            view, nodes, exclude=[p for p in range(len(view)) if _is_side_token(view, p, parties)]
        )
    token = view.tokens[trigger]
    notes = [f"status {reading.status.value}: {reading.why}"]
    return Candidate(
        type=type_,
        rule=rule,
        sentence=view.index,
        trigger=trigger,
        trigger_span=(token.start, token.end),
        evidence=(view.sentence.start, view.sentence.end),
        parties=tuple(dedupe(parties)),
        location=location,
        name=name[0] if name else None,
        name_weak=weak_name,
        name_span=name[1] if name else None,
        status=reading.status,
        status_strength=reading.strength,
        status_why=reading.why,
        tense=reading.tense,
        perfective=reading.perfective,
        container=container_of(ctx, view, chain, reading.anchor),
        cues=reading.cues,
        background=in_participle(view, trigger),
        pivot=pivot,
        notes=tuple(notes),
    )


def where_clause(view: SentenceView, chain: list[int]) -> Party | None:
    """"прибыл в Дамаск, где встретился с Асадом": the place a "где"-clause hangs on."""
    for node in chain:
        if view.rel(node) == "acl:relcl" and any(view.lemma(k) == "где" for k in view.kids(node)):
            head = view.head(node)
            return place_at(view, head) if head >= 0 else None
    return None


def _is_side_token(view: SentenceView, i: int, parties: list[Party]) -> bool:
    token = view.tokens[i]
    return any(p.start <= token.start and token.end <= p.end for p in parties)


def container_of(
    ctx: DocContext, view: SentenceView, chain: list[int], anchor: int
) -> tuple[int, int] | None:
    """An enclosing event noun: "в ходе визита", "в рамках визита", "по итогам переговоров"."""
    upto = chain[: chain.index(anchor) + 1] if anchor in chain else chain
    for node in upto:
        for k in view.kids(node, "obl", "nmod"):
            if k in chain:
                continue
            words = view.preposition(k).split()
            if len(words) > 1 and words[-1] in ctx.lexicon.context_nouns and is_event_noun(ctx, view, k):
                return view.index, k
            if view.lemma(k) in ctx.lexicon.context_nouns:
                for n in view.kids(k, "nmod"):
                    if is_event_noun(ctx, view, n):
                        return view.index, n
    return None


def is_event_noun(ctx: DocContext, view: SentenceView, i: int) -> bool:
    return view.pos(i) == "NOUN" and bool(ctx.lexicon.triggers_for(view.lemma(i), "NOUN"))


def reject(view: SentenceView, trigger: int, rule: str, why: str) -> Rejection:
    return Rejection(rule, view.index, trigger, why)
