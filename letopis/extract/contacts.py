"""Contacts between two or more sides: meeting, talks, reception, phone call.

Rules (the name each candidate carries):

- ``contact-verb``: "X встретился с Y", "X и Y встретились", "X обсудил с Y", "X позвонил Y";
- ``contact-noun``: "встреча X с Y", "переговоры X и Y", "X провел переговоры с Y",
  "во время встречи" (the sides of the clause around it), "стороны провели переговоры";
- ``reception``: "X принял Y", "X принимает Y", "Y был принят X" (the host is the source, the guest
  the target); the object must be one who can be a guest ("принял пост" is no reception).

A contact needs two distinct sides; with fewer the trigger is rejected, and so is one in a sports
or reunion context (``blockers.tsv``). A talk with the press ("в беседе с корреспондентом") is an
interview: the press is no side (``media.tsv``).
"""

from __future__ import annotations

from dataclasses import replace

from letopis.extract.candidate import Candidate, Party, Rejection
from letopis.extract.common import (
    QUOTES_CLOSE,
    QUOTES_OPEN,
    agents_of,
    build,
    genitive_sides,
    is_passive,
    partners,
    reject,
    stray_partners,
    subject_of,
)
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger, fold
from letopis.extract.participants import dedupe, parties_at
from letopis.extract.tree import SentenceView
from letopis.records import BlockType, EntityKind, EventType, LinkedMention, Role

QUOTE_MARKS = frozenset(QUOTES_OPEN + QUOTES_CLOSE)

CONTACT_TYPES = frozenset({EventType.MEETING, EventType.TALKS, EventType.PHONE_CALL, EventType.RECEPTION})
# Words that make an event noun a new event rather than one told before.
NEW_EVENT = frozenset({"следующий", "новый", "другой", "очередной", "еще", "будущий", "предстоящий", "первый",
                       "второй", "последний", "прошлый", "предыдущий"})
ANAPHORA_WINDOW = 3
# Verbs by which the sides themselves agree on a contact ahead: "договорились о встрече".
MUTUAL = frozenset({"договориться", "условиться", "согласовать"})
# Verbs with the callee in the dative: "позвонил президенту".
DATIVE_PARTNER = frozenset({"позвонить"})


def blocked(ctx: DocContext, view: SentenceView, i: int) -> str | None:
    lemma = view.lemma(i)
    sentence = {view.lemma(j) for j in range(len(view))}
    children = {view.lemma(k) for k in view.subtree(i) if k != i}
    for b in ctx.lexicon.blockers:
        if b.trigger not in ("*", lemma):
            continue
        if (b.where == "sentence" and b.lemma in sentence) or (b.where == "child" and b.lemma in children):
            return f"blocked by '{b.lemma}' ({b.where})"
    return None


def contact(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    why = blocked(ctx, view, i)
    if why:
        return reject(view, i, entry.name, why)
    if entry.type == EventType.RECEPTION:
        return reception(ctx, view, i, entry)
    if view.pos(i) == "NOUN":
        sides, rule = noun_sides(ctx, view, i), "contact-noun"
    else:
        sides, rule = verb_sides(ctx, view, i), "contact-verb"
    sides, press = without_press(ctx, view, i, _people_over_states(ctx, dedupe(sides)))
    if press and len(sides) < 2:
        return reject(view, i, f"{rule}:{entry.lemma}", f"a talk with the press ({press[0].name}): an interview")
    if (len(sides) == 1 and sides[0].how.startswith("obl-с") and sides[0].kind == EntityKind.PERSON
            and view.rel(i).startswith("nsubj") and view.lemma(view.head(i)) in ctx.lexicon.light_verbs):
        # "Переговоры с министром ... Цой Сон Хи прошли в ...": the other side is whom the article is about
        found = protagonist(ctx, view, i, sides[0])
        sides += [found] if found else []
    if not sides and view.pos(i) == "NOUN":
        # "Переговоры прошли в Ханое", "Никакой встречи не было": the contact told just before
        earlier = told_before(ctx, view, i, entry.type)
        if earlier is not None:
            sides = [p.with_role(p.role, "anaphora") for p in earlier.parties]
    if len(sides) < 2:
        names = ", ".join(p.name for p in sides) or "none"
        return reject(view, i, f"{rule}:{entry.lemma}", f"fewer than two sides ({names})")
    if all(is_company(ctx, view, p) for p in sides):
        return reject(view, i, f"{rule}:{entry.lemma}", "talks between companies: business, not a political contact")
    kin = next((p for p in sides if is_relative(ctx, view, p)), None)
    if kin is not None:
        return reject(view, i, f"{rule}:{entry.lemma}", f"a contact with a relative ({kin.name}): private life")
    cand = build(ctx, view, i, entry, sides, rule=f"{rule}:{entry.lemma}")
    return replace(cand, anaphoric=True) if sides[0].how == "anaphora" else cand


def is_company(ctx: DocContext, view: SentenceView, side: Party) -> bool:
    """An organisation whose name opens with a legal form ("ОАО «Банк ВТБ»") or that a company noun
    stands right before ("оператор «Мегафон»", "с китайским производителем Xiaomi")."""
    if side.kind != EntityKind.ORG:
        return False
    words = side.name.split()
    if words and fold(words[0].strip("".join(QUOTE_MARKS))) in ctx.lexicon.legal_forms:
        return True
    j = view.token_at(side.start)
    if j is None:
        return False
    j -= 1
    while j >= 0 and view.pos(j) == "PUNCT" and view.tokens[j].text in QUOTE_MARKS:
        j -= 1
    return j >= 0 and fold(view.lemma(j)) in ctx.lexicon.company_nouns


def is_relative(ctx: DocContext, view: SentenceView, side: Party) -> bool:
    """A person named as someone's own relative: "младший брат Пётр", "его сын Гота" (a kinship noun the
    name stands beside, with no genitive of whose relative it is: "матерью солдата X" stays a side)."""
    if side.kind != EntityKind.PERSON:
        return False
    j = view.token_at(side.start)
    if j is None:
        return False
    for k in (view.head(j), j - 1):
        if k >= 0 and view.pos(k) == "NOUN" and fold(view.lemma(k)) in ctx.lexicon.kin:
            return not any(view.pos(g) in ("NOUN", "PROPN") and not view.preposition(g)
                           for g in view.kids(k, "nmod"))
    return False


def _people_over_states(ctx: DocContext, sides: list[Party]) -> list[Party]:
    """"встреча Путина с белорусским лидером" read as Belarus and its leader: a state whose own person is
    also a side is that person, not a side of its own."""
    states_of_people = {ctx.countries.get(p.entity_id or "") for p in sides if p.kind == EntityKind.PERSON}
    return [p for p in sides if p.kind != EntityKind.STATE or p.entity_id not in states_of_people]


def without_press(ctx: DocContext, view: SentenceView, i: int, sides: list[Party]) -> tuple[list[Party], list[Party]]:
    """The sides of a talk ("беседа", "побеседовал", "интервью") that are not the press, and those that are:
    a talk with an outlet or a journalist is an interview, not a meeting."""
    if view.lemma(i) not in ctx.lexicon.talk_words:
        return sides, []
    press = [p for p in sides if is_press(ctx, view, i, p)]
    return [p for p in sides if p not in press], press


def is_press(ctx: DocContext, view: SentenceView, trigger: int, side: Party) -> bool:
    """A side of a talk that is the press: named under or beside a press noun ("с корреспондентом
    агентства X", "с телеканалом X"), or a partner organisation the knowledge base does not hold (the
    bodies that hold talks are in it; an unknown one in "в беседе с X" is an outlet)."""
    if side.kind == EntityKind.ORG and side.how.startswith("obl-с") and not (side.entity_id or "").startswith("kb:"):
        return True
    j = view.token_at(side.start)
    if j is None:
        return False
    while 0 <= j != trigger and view.pos(j) in ("NOUN", "PROPN"):
        if view.lemma(j) in ctx.lexicon.press or any(view.lemma(k) in ctx.lexicon.press for k in view.kids(j)):
            return True
        if view.preposition(j):
            break
        j = view.head(j)
    return False


def told_before(ctx: DocContext, view: SentenceView, i: int, type_: EventType) -> Candidate | None:
    """The last contact of a kind this noun can name, a few sentences back and not told in passing inside a
    participle phrase, unless the noun marks a new one ("следующая встреча", "другие переговоры")."""
    if any(view.lemma(k) in NEW_EVENT for k in view.kids(i, "amod", "det")):
        return None
    for cand in reversed(ctx.history):
        if view.index - cand.sentence > ANAPHORA_WINDOW:
            return None
        if cand.background:
            continue        # "договоренностей, достигнутых в ходе встречи X и Y": not the contact told
        if cand.type in (type_, EventType.TALKS, EventType.MEETING, EventType.RECEPTION) and (
            (cand.type == EventType.PHONE_CALL) == (type_ == EventType.PHONE_CALL)
        ) and len(cand.parties) >= 2:
            return cand
    return None


def protagonist(ctx: DocContext, view: SentenceView, i: int, partner: Party) -> Party | None:
    """The person named most often before the trigger (the nearer one on a tie), other than ``partner``;
    a name in the title or lead counts twice, a name nested in a longer mention of the same person once."""
    heads = [(b.start, b.end) for b in ctx.article.blocks if b.type in (BlockType.TITLE, BlockType.LEAD)]
    counts: dict[str, int] = {}
    last: dict[str, LinkedMention] = {}
    before = ctx.mentions_before(view.tokens[i].start)
    for m in before:
        if m.kind != EntityKind.PERSON or m.entity_id == partner.entity_id or m.name == partner.name:
            continue
        if any(o is not m and o.entity_id == m.entity_id and o.mention.start <= m.mention.start
               and m.mention.end <= o.mention.end for o in before):
            continue
        weight = 2 if any(a <= m.mention.start < b for a, b in heads) else 1
        counts[m.entity_id] = counts.get(m.entity_id, 0) + weight
        last.setdefault(m.entity_id, m)
    if not counts:
        return None
    # mentions_before runs nearest first, so dict order breaks ties toward the nearest
    best = max(counts, key=lambda e: counts[e])
    return Party.of(last[best], Role.PARTICIPANT, "protagonist")


def unnamed_partner(ctx: DocContext, view: SentenceView, i: int) -> bool:
    """"встретились с представителями компаний": a partner is there, but not one the text names."""
    return any(view.preposition(k) == "с" and view.feat(k, "Case") in (None, "Ins")
               and not parties_at(ctx, view, k, Role.PARTICIPANT, "partner")
               for k in view.kids(i, "obl", "nmod"))


def verb_sides(ctx: DocContext, view: SentenceView, i: int) -> list[Party]:
    doers = subject_of(ctx, view, i)
    others = partners(ctx, view, [i], ("с", "между")) or stray_partners(ctx, view, i)
    if not others and unnamed_partner(ctx, view, i):
        return doers[:1]  # "X и Y встретились с избирателями": X and Y are one side
    if view.lemma(i) in DATIVE_PARTNER:
        for k in view.kids(i, "iobj", "obl", "obj"):
            if not view.preposition(k) and view.feat(k, "Case") == "Dat":
                others += parties_at(ctx, view, k, Role.TARGET, "dative")
        doers = [p.with_role(Role.SOURCE) for p in doers]
    return dedupe([*doers, *others])


def noun_sides(ctx: DocContext, view: SentenceView, i: int) -> list[Party]:
    """Sides of an event noun: its own genitive and "с"/"между" phrases, then the clause around it."""
    sides = genitive_sides(ctx, view, i) + partners(ctx, view, [i], ("с", "между"))
    head, rel, inside = governing(ctx, view, i)
    if head < 0 or not view.is_verb(head):
        return dedupe(sides)
    if rel.startswith("nsubj"):
        # "состоялась встреча X с Y": the verb adds a partner only to sides the noun already has
        return dedupe(sides + (partners(ctx, view, [head], ("с", "между")) if sides else []))
    if not inside and view.lemma(head) not in ctx.lexicon.light_verbs:
        if not sides and view.lemma(head) in MUTUAL:
            # "Лукашенко и Токаев договорились о встрече": those who agree on it are its sides
            return dedupe(subject_of(ctx, view, head))
        if len(dedupe(sides)) == 1 and sides[0].how.startswith("obl-с"):
            # "X не исключил встречи с Y", "X предложил встречу с Y": a partner needs the other side
            return dedupe(sides + subject_of(ctx, view, head))
        return dedupe(sides)  # "прокомментировал встречу X и Y": the commenter did not take part
    # "X провел переговоры с Y"; "во время встречи" inside "Путин пригласил его посетить ..."
    verbs = [head]
    while inside and view.rel(verbs[-1]) in ("xcomp", "conj") and view.head(verbs[-1]) not in (-1, *verbs):
        verbs.append(view.head(verbs[-1]))
    for verb in verbs:
        sides += subject_of(ctx, view, verb) + partners(ctx, view, [verb], ("с", "между"))
        if inside:
            # the people the clause is about took part too: "пригласил его во время встречи"
            for k in view.kids(verb, "obj"):
                sides += [
                    p
                    for p in parties_at(ctx, view, k, Role.PARTICIPANT, "object")
                    if p.kind == EntityKind.PERSON
                ]
    return dedupe(sides)


def governing(ctx: DocContext, view: SentenceView, i: int) -> tuple[int, str, bool]:
    """The verb an event noun depends on, its relation, and whether the noun sits in a context phrase
    ("в ходе встречи", "в рамках визита") that places the verb's event inside it."""
    head, rel = view.head(i), view.rel(i)
    if head >= 0 and view.lemma(head) in ctx.lexicon.transparent_nouns:
        i, head, rel = head, view.head(head), view.rel(head)
    if head >= 0 and view.lemma(head) == "участие" and view.head(head) >= 0:
        # "принял участие во встрече": the one taking part is a side
        return view.head(head), "obl", False
    words = view.preposition(i).split()
    inside = len(words) > 1 and words[-1] in ctx.lexicon.context_nouns
    if (
        words in (["на"], ["в"])
        and view.feat(i, "Case") in ("Loc", None)
        and head >= 0
        and view.is_verb(head)
    ):
        # "на встрече с губернатором президент заявил": the clause is told from inside the meeting
        inside = True
    if head >= 0 and view.lemma(head) in ctx.lexicon.context_nouns and view.head(head) >= 0:
        return view.head(head), "obl", True
    return head, rel, inside


def objects_of(view: SentenceView, verb: int) -> list[int]:
    """The objects of ``verb``; when it has none, an accusative noun after it that the parser hung on a
    word before it, across the verb ("Министр ... принял ... коллегу" with "коллегу" under "Министр")."""
    found = view.kids(verb, "obj")
    if found:
        return found
    return [
        k
        for k in range(verb + 1, len(view))
        if view.pos(k) in ("NOUN", "PROPN")
        and view.feat(k, "Case") == "Acc"
        and not view.preposition(k)
        and 0 <= view.head(k) < verb
    ][:1]


def guest_like(ctx: DocContext, view: SentenceView, k: int) -> bool:
    """Whether the object of "принять" can be a guest: a person, state or organisation named, a pronoun,
    a delegation or an envoy, or any animate noun ("коллегу"). "принять пост", "принять участие",
    "принять закон", "принять меры" take a thing."""
    m = view.mention(k)
    if m is not None and m.kind in (EntityKind.PERSON, EntityKind.STATE, EntityKind.ORG):
        return True
    return (
        view.pos(k) == "PRON"
        or view.feat(k, "Animacy") == "Anim"
        or view.lemma(k) in ctx.lexicon.representatives
    )


def reception(ctx: DocContext, view: SentenceView, i: int, entry: Trigger) -> Candidate | Rejection:
    """ "X принял Y": X hosts (source), Y is received (target)."""
    if is_passive(view, i):
        guests = [
            p for k in view.kids(i, "nsubj:pass") for p in parties_at(ctx, view, k, Role.TARGET, "passive")
        ]
        if not guests:
            guests = (
                [p.with_role(Role.TARGET) for p in subject_of(ctx, view, view.head(i))]
                if view.head(i) >= 0 and not view.kids(i, "nsubj")
                else []
            )
        hosts = [p for a in agents_of(view, i) for p in parties_at(ctx, view, a, Role.SOURCE, "agent")]
    else:
        objects = [k for k in objects_of(view, i) if not view.preposition(k)]
        things = [k for k in objects if not guest_like(ctx, view, k)]
        if things:
            word = view.tokens[things[0]].text
            return reject(view, i, "reception", f"takes '{word}', not a guest: not a reception")
        hosts = [p.with_role(Role.SOURCE) for p in subject_of(ctx, view, i)]
        guests = [p for k in objects for p in parties_at(ctx, view, k, Role.TARGET, "object")]
    if not guests:
        return reject(view, i, "reception", "no guest named as object: not a reception")
    sides = dedupe([*hosts, *guests])
    if len(sides) < 2:
        return reject(view, i, "reception", "fewer than two sides")
    return build(ctx, view, i, entry, sides, rule="reception:" + entry.lemma)
