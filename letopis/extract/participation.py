"""Taking part in an event told before: "В Минске пройдет встреча контактной группы. В ней примут участие
X, Y и Z." and representing a side at it: "Позицию ДНР будет представлять W", "Украину на переговорах
будет представлять X".

The event noun names no sides of its own; the people who take part "в ней" are its sides. The pronoun
stands for the nearest earlier event noun of the vocabulary that agrees with it in gender and number
(this or the previous sentence), and the candidate takes that noun's type; it is built on the pronoun,
with its status read from the clause of "участие" (rule ``participation:pronoun``).
"""

from __future__ import annotations

from dataclasses import replace

from letopis.extract.candidate import Candidate, Rejection
from letopis.extract.common import build, reject, subject_of
from letopis.extract.contacts import CONTACT_TYPES
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger
from letopis.extract.participants import dedupe, location_of
from letopis.extract.tree import SentenceView
from letopis.records import EventType

REPRESENT = frozenset({"представлять", "представить"})
# what a person represents when no state or body is named: "позицию ДНР", "интересы страны"
REPRESENTED = frozenset({"позиция", "интерес", "сторона", "страна", "делегация", "государство"})
NEAR_SENTENCES = 3  # how far back an event named again by "на переговорах" may have been told
THIRD_PERSON = frozenset({"он", "она", "оно", "они"})
PARTICIPATE = frozenset({"участие", "участвовать"})
# a contact needs two sides; a gathering has the ones that take part in it
MIN_SIDES = {EventType.MEETING: 2, EventType.TALKS: 2, EventType.PHONE_CALL: 2, EventType.RECEPTION: 2}
NOUNS = ("NOUN", "PROPN")


def takes_part_in(view: SentenceView, i: int) -> bool:
    """``i`` is "ней" of "примут участие в ней" / "участвовали в них"."""
    if view.pos(i) != "PRON" or view.lemma(i) not in THIRD_PERSON or view.preposition(i) not in ("в", "на"):
        return False
    return _participation_word(view, i) >= 0


def _participation_word(view: SentenceView, i: int) -> int:
    """"участие"/"участвовать" the pronoun depends on, or that is the object of the verb it hangs on
    ("В ней | примут | участие": the parser may hang "в ней" on the verb)."""
    head = view.head(i)
    if head < 0:
        return -1
    if view.lemma(head) in PARTICIPATE:
        return head
    if view.is_verb(head):
        return next((k for k in view.kids(head, "obj") if view.lemma(k) == "участие"), -1)
    return -1


def participation(ctx: DocContext, view: SentenceView, i: int) -> Candidate | Rejection | None:
    found = _antecedent_event(ctx, view, i)
    if found is None:
        return None
    entry, noun_view, noun = found
    head = _participation_word(view, i)
    verb = head if view.is_verb(head) else view.head(head)
    sides = dedupe(subject_of(ctx, view, verb)) if verb >= 0 else []
    rule = f"participation:pronoun:{entry.lemma}"
    if len(sides) < MIN_SIDES.get(entry.type, 1):
        return reject(view, i, rule, f"fewer sides than the event needs ({len(sides)})")
    # what the noun's own candidate knows (its sides, name and place) is the same event's
    earlier = next((c for c in reversed(ctx.history) if c.sentence == noun_view.index and c.trigger == noun), None)
    if earlier is not None and earlier.anaphoric:
        # the noun borrowed the sides of the contact told before it; those who take part in it are its own
        ctx.history[ctx.history.index(earlier)] = replace(earlier, parties=tuple(sides))
        earlier = replace(earlier, parties=())
    if earlier is not None:
        return build(ctx, view, i, entry, dedupe([*earlier.parties, *sides]), rule=rule, status_from=head,
                     location=earlier.location, name=earlier.named, weak_name=earlier.name_weak)
    place = location_of(noun_view, [noun, *noun_view.governors(noun)])
    # the sentence that told the event ("сегодня пройдет встреча") is its evidence too, and may date it
    told = build(ctx, noun_view, noun, entry, sides, rule=f"{rule}:told", location=place)
    ctx.history.append(replace(told, anaphoric=True))
    return build(ctx, view, i, entry, sides, rule=rule, status_from=head, location=place)


def _antecedent_event(ctx: DocContext, view: SentenceView, i: int) -> tuple[Trigger, SentenceView, int] | None:
    """The trigger entry of the nearest earlier event noun agreeing with the pronoun at ``i``, and where
    that noun is."""
    number = view.feat(i, "Number")
    gender = view.feat(i, "Gender")
    for v in (view, *reversed(ctx.views[max(0, view.index - 1):view.index])):
        stop = i if v is view else len(v)
        for j in reversed(range(stop)):
            if v.pos(j) not in NOUNS:
                continue
            if number and v.feat(j, "Number") and v.feat(j, "Number") != number:
                continue
            if number == "Sing" and gender and v.feat(j, "Gender") and v.feat(j, "Gender") != gender:
                continue
            for entry in ctx.lexicon.triggers_for(v.lemma(j), "NOUN"):
                if not all(v.holds(j, r) for r in entry.requires):
                    continue
                if entry.type in (EventType.STATEMENT, EventType.AGREEMENT, EventType.INVITATION):
                    break
                return entry, v, j
    return None


def same_family(a: EventType, b: EventType) -> bool:
    return a == b or (a in CONTACT_TYPES and b in CONTACT_TYPES)


def represents(view: SentenceView, i: int) -> bool:
    """``i`` is "представлять"/"представить" with a side as its object ("Россию", "позицию ДНР"), not
    "представил доклад"."""
    if not view.is_verb(i) or view.lemma(i) not in REPRESENT:
        return False
    objects = view.kids(i, "obj")
    return any(view.mention(k) is not None or view.lemma(k) in REPRESENTED for k in objects)


def representation(ctx: DocContext, view: SentenceView, i: int) -> Candidate | Rejection | None:
    """The one who represents a side at an event takes part in it. The event is the one "на N" names
    (N an event noun, told in this or the last few sentences), else the one whose participants the
    previous sentence listed ("В ней примут участие X и Y. Позицию Z будет представлять W")."""
    found = _represented_at(ctx, view, i)
    if found is None:
        return None
    earlier, entry_type = found
    rule = "participation:represent"
    sides = dedupe(subject_of(ctx, view, i))
    if not sides:
        return reject(view, i, rule, "no representative named")
    parties = dedupe([*(earlier.parties if earlier is not None else ()), *sides])
    if len(parties) < MIN_SIDES.get(entry_type, 1):
        return reject(view, i, rule, f"fewer sides than the event needs ({len(parties)})")
    if earlier is None:
        return build(ctx, view, i, entry_type, parties, rule=rule)
    # the event told before is the same event with one more side: its mentions take the side too, so
    # that the sentences merge as one event
    for n, c in enumerate(ctx.history):
        if c.keys == earlier.keys and same_family(c.type, earlier.type) and c.sentence >= earlier.sentence - 1:
            ctx.history[n] = replace(c, parties=tuple(parties))
    return build(ctx, view, i, earlier.type, parties, rule=rule, location=earlier.location, name=earlier.named,
                 weak_name=earlier.name_weak)


def _represented_at(ctx: DocContext, view: SentenceView, i: int) -> tuple[Candidate | None, EventType] | None:
    for k in view.kids(i, "obl"):
        if view.preposition(k) != "на":
            continue
        for entry in ctx.lexicon.triggers_for(view.lemma(k), "NOUN"):
            if entry.type in (EventType.STATEMENT, EventType.AGREEMENT, EventType.INVITATION):
                continue
            told = [c for c in reversed(ctx.history)
                    if same_family(c.type, entry.type) and view.index - NEAR_SENTENCES <= c.sentence < view.index]
            return (told[0] if told else None), entry.type
    previous = [c for c in reversed(ctx.history)
                if c.sentence == view.index - 1 and c.rule.startswith("participation:pronoun")]
    return (previous[0], previous[0].type) if previous else None
