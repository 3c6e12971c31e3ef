"""Taking part in an event told before: "В Минске пройдет встреча контактной группы. В ней примут участие
X, Y и Z."

The event noun names no sides of its own; the people who take part "в ней" are its sides. The pronoun
stands for the nearest earlier event noun of the vocabulary that agrees with it in gender and number
(this or the previous sentence), and the candidate takes that noun's type; it is built on the pronoun,
with its status read from the clause of "участие" (rule ``participation:pronoun``).
"""

from __future__ import annotations

from letopis.extract.candidate import Candidate, Rejection
from letopis.extract.common import build, reject, subject_of
from letopis.extract.context import DocContext
from letopis.extract.lexicon import Trigger
from letopis.extract.participants import dedupe, location_of
from letopis.extract.tree import SentenceView
from letopis.records import EventType

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
    if earlier is not None:
        name = (earlier.name, earlier.name_span) if earlier.name and earlier.name_span else None
        return build(ctx, view, i, entry, dedupe([*earlier.parties, *sides]), rule=rule, status_from=head,
                     location=earlier.location, name=name, weak_name=earlier.name_weak)
    place = location_of(noun_view, [noun, *noun_view.governors(noun)])
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
