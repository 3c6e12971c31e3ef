"""The typed records every stage passes on.

One direction, each stage a function from one record to the next::

    RawDocument -> Article -> Analysis (sentences, mentions, entities, timexes)
                -> events and quotes

Every span is a pair of ``start``/``end`` code-point offsets into ``Article.text``:
the page text that ``letopis show DOC`` prints. Records are frozen; a stage makes
new ones instead of changing what it was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# --------------------------------------------------------------------------
# ingest


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    WARC = "warc"
    RSS = "rss"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as read from its source, decoded and normalised (NFC, ``\\n`` line ends).

    ``id`` is the hash of ``content``: the same content read twice is the same document.
    For container formats (JSON Lines, WARC, RSS) one file yields many documents and
    ``source`` names the record inside it (``path#3``, or the record's URL).
    """

    id: str
    source: str              # path, path#record, or URL
    format: Format
    encoding: str            # the encoding the bytes were decoded from
    content: str             # decoded text; HTML source for Format.HTML
    url: str | None = None
    # metadata the container gave (JSON Lines fields, RSS entry, WARC headers)
    title: str | None = None
    published_at: str | None = None
    publisher: str | None = None
    author: str | None = None
    is_html: bool = False    # content is HTML markup (HTML files, WARC responses, RSS content)


# --------------------------------------------------------------------------
# article


class BlockType(StrEnum):
    TITLE = "title"
    DATELINE = "dateline"        # date / byline / publisher line
    LEAD = "lead"
    BODY = "body"
    HASHTAGS = "hashtags"
    CREDITS = "credits"          # photo / video credits
    VIEWS = "views"              # view counter
    NAVIGATION = "navigation"    # menus, country lists
    SCHEDULE = "schedule"        # TV schedule
    SUBSCRIBE = "subscribe"      # subscription prompts
    TEASER = "teaser"            # "read also", related links
    FOOTER = "footer"
    OTHER = "other"

    @property
    def is_content(self) -> bool:
        """Later stages read only title, lead and body."""
        return self in CONTENT_BLOCKS


CONTENT_BLOCKS = frozenset({BlockType.TITLE, BlockType.LEAD, BlockType.BODY})


@dataclass(frozen=True, slots=True)
class Block:
    type: BlockType
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed page. ``text`` is the whole page text; ``blocks`` type every part of it."""

    doc_id: str
    source: str
    text: str
    blocks: tuple[Block, ...]
    publisher: str | None = None
    published_at: str | None = None  # ISO 8601: "2025-10-27T12:34:36" or "2023-10-19"
    author: str | None = None
    title: str | None = None
    lead: str | None = None
    body: str = ""
    hashtags: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    views: int | None = None
    url: str | None = None

    def content_spans(self) -> list[tuple[int, int]]:
        """Offsets of the title, lead and body blocks, in page order."""
        return [(b.start, b.end) for b in self.blocks if b.type.is_content]

    def boilerplate(self) -> list[Block]:
        return [b for b in self.blocks if not b.type.is_content]

    @property
    def published_date(self) -> str | None:
        return self.published_at[:10] if self.published_at else None


# --------------------------------------------------------------------------
# nlp


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str                                  # Universal POS tag
    feats: tuple[tuple[str, str], ...] = ()   # Universal features, sorted
    head: int = -1                            # index of the head token in the sentence, -1 for root
    rel: str = ""                             # Universal dependency relation

    def feat(self, name: str) -> str | None:
        for key, value in self.feats:
            if key == name:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    tokens: tuple[Token, ...]


class MentionType(StrEnum):
    PER = "PER"
    LOC = "LOC"
    ORG = "ORG"
    EVENT = "EVENT"   # named events: conferences, summits, forums


class EntityKind(StrEnum):
    PERSON = "person"
    STATE = "state"
    CITY = "city"
    LOCATION = "location"  # regions, peninsulas, seas
    ORG = "org"
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class Mention:
    """A span that names (or describes) an entity."""

    start: int
    end: int
    text: str
    type: MentionType
    normal: str | None = None       # nominative form: "Сергея Лаврова" -> "Сергей Лавров"
    source: str = "ner"             # which component found it: ner, grammar, gazetteer, role, adjective
    descriptor: bool = False        # a role or adjective ("глава российского МИД"), not a name


@dataclass(frozen=True, slots=True)
class Entity:
    id: str                          # "kb:Q..." or "kb:<slug>" for KB entries, "doc:<doc>:<n>" for new ones
    kind: EntityKind
    name: str                        # canonical Russian name, nominative
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    iso: str | None = None           # ISO 3166-1 alpha-2 for states
    country: str | None = None       # ISO alpha-2 of the state a person (by office), city or organisation belongs to


@dataclass(frozen=True, slots=True)
class LinkedMention:
    mention: Mention
    entity_id: str
    name: str                        # resolved canonical name
    kind: EntityKind
    why: str = ""                    # which rule linked it, for --debug


# --------------------------------------------------------------------------
# timex


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"   # an interval of days ("18–19 октября")
    NONE = "none"     # not resolvable against the publication date


@dataclass(frozen=True, slots=True)
class DateRange:
    start: str | None   # ISO date "2023-10-18"
    end: str | None     # ISO date, inclusive
    precision: Precision = Precision.NONE


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    value: DateRange
    rule: str = ""


# --------------------------------------------------------------------------
# extract


class EventType(StrEnum):
    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    RECEPTION = "reception"
    PHONE_CALL = "phone_call"
    SUMMIT = "summit"
    CONFERENCE = "conference"
    AGREEMENT = "agreement"
    INVITATION = "invitation"
    STATEMENT = "statement"
    COMMEMORATION = "commemoration"
    CULTURAL_EVENT = "cultural_event"


class Status(StrEnum):
    OCCURRED = "occurred"
    PLANNED = "planned"
    PROPOSED = "proposed"
    DENIED = "denied"
    UNCERTAIN = "uncertain"


class Role(StrEnum):
    SOURCE = "source"
    TARGET = "target"
    PARTICIPANT = "participant"
    DESTINATION = "destination"
    SPEAKER = "speaker"


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    entity_id: str | None
    kind: EntityKind | None
    role: Role


@dataclass(frozen=True, slots=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    doc_id: str
    speaker: Participant | None
    text: str
    start: int
    end: int
    direct: bool = True
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: EventType
    status: Status
    participants: tuple[Participant, ...]
    date: DateRange
    evidence: tuple[Evidence, ...]
    location: Participant | None = None
    name: str | None = None
    quote_id: str | None = None
    rule: str = ""
    debug: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the per-document stages found in one article."""

    doc_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[LinkedMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
