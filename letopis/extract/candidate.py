"""The working records of extraction: a side of an event, a candidate event, a rejected trigger.

Candidates are what the family rules propose; status, dates and merging refine them, and only
then do they become ``Event`` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from letopis.records import (
    DateRange,
    EntityKind,
    EventType,
    LinkedMention,
    Participant,
    Precision,
    Role,
    Status,
)

NO_DATE = DateRange(None, None, Precision.NONE)

# How firmly a status was established, so that merging keeps the better-founded one.
STATUS_DEFAULT = 0  # no verb to read it from (a headline noun phrase)
STATUS_TENSE = 1  # read from tense and aspect
STATUS_CUE = 2  # a cue word in the clause


@dataclass(frozen=True, slots=True)
class Party:
    """One side of an event, as found in the text."""

    name: str
    entity_id: str | None
    kind: EntityKind | None
    role: Role
    start: int
    end: int
    how: str = ""  # subject, obl-с, conj, collective, pronoun, ...

    @classmethod
    def of(cls, linked: LinkedMention, role: Role, how: str = "") -> Party:
        return cls(
            linked.name, linked.entity_id, linked.kind, role, linked.mention.start, linked.mention.end, how
        )

    @property
    def key(self) -> str:
        """What makes two parties the same side: the entity, else the folded name."""
        return self.entity_id or self.name.lower().replace("ё", "е")

    def participant(self) -> Participant:
        return Participant(self.name, self.entity_id, self.kind, self.role)

    def with_role(self, role: Role, how: str | None = None) -> Party:
        return Party(
            self.name, self.entity_id, self.kind, role, self.start, self.end, self.how if how is None else how
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    type: EventType
    rule: str
    sentence: int  # index of the sentence view
    trigger: int  # token index of the trigger in that sentence
    trigger_span: tuple[int, int]
    evidence: tuple[int, int]  # offsets of the evidence (the sentence)
    parties: tuple[Party, ...] = ()
    location: Party | None = None
    name: str | None = None
    name_span: tuple[int, int] | None = None
    name_weak: bool = False  # the noun phrase as written, not a name the text gives
    status: Status = Status.OCCURRED
    status_strength: int = STATUS_DEFAULT
    status_why: str = ""
    tense: str = ""  # past, present, future, "" when no verb decides it
    perfective: bool = False
    date: DateRange = NO_DATE
    date_why: str = ""
    date_rank: int = 0  # how the date was found, see dates.py: higher is firmer
    pivot: int = -1  # the word whose clause holds the event, when not the trigger
    container: tuple[int, int] | None = None  # (sentence, token) of an enclosing event noun ("в ходе визита")
    quote_id: str | None = None
    quote_span: tuple[int, int] | None = None
    cues: tuple[str, ...] = ()  # anteriority / anaphoric cues seen in the clause
    anaphoric: bool = False  # its sides were borrowed from the event told before: it adds evidence only
    background: bool = False  # told inside a participle phrase ("договоренности, достигнутые на встрече ...")
    notes: tuple[str, ...] = field(default=(), compare=False)

    def sides(self, *roles: Role) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if not roles or p.role in roles)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.parties)

    @property
    def named(self) -> tuple[str, tuple[int, int]] | None:
        """Its name with the span it was read from, as ``build`` takes it; None when it has none."""
        return (self.name, self.name_span) if self.name and self.name_span else None


@dataclass(frozen=True, slots=True)
class Rejection:
    rule: str
    sentence: int
    trigger: int
    why: str
