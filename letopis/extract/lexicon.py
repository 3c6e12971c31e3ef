"""The extraction vocabulary: trigger words, speech words, status cues and the PLOVER table.

Everything here is read from the tab-separated files in ``letopis/data/extract/``; users
may point ``load_lexicon`` at a folder of their own files with the same names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from letopis.records import EventType, Status

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "extract"

# Stronger status categories override weaker ones when several cues are in scope.
CUE_STRENGTH = {"denied": 5, "uncertain": 4, "proposed": 3, "planned": 2, "-": 0}


def fold(word: str) -> str:
    """Lemmas compare case-folded and with ё as е: taggers disagree on both."""
    return word.lower().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class Requirement:
    kind: str  # child, mod, head, patient, sing
    lemmas: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Trigger:
    lemma: str
    type: EventType
    pos: str
    requires: tuple[Requirement, ...] = ()
    line: int = 0

    @property
    def name(self) -> str:
        return f"{self.type.value}:{self.lemma}/{self.pos}"


@dataclass(frozen=True, slots=True)
class SpeechWord:
    lemma: str
    pos: str
    frame: str  # verb or noun


@dataclass(frozen=True, slots=True)
class Cue:
    lemmas: tuple[str, ...]
    category: str  # a Status value, "anteriority", "anaphoric" or "-"
    scope: str  # chain, mod, phrase

    @property
    def status(self) -> Status | None:
        return Status(self.category) if self.category in Status.__members__.values() else None


@dataclass(frozen=True, slots=True)
class Collective:
    lemma: str
    kinds: tuple[str, ...]  # person, state, any; in order of preference
    requires: tuple[Requirement, ...] = ()


@dataclass(frozen=True, slots=True)
class Blocker:
    trigger: str  # a lemma or "*" for every contact trigger
    lemma: str
    where: str  # child or sentence


@dataclass(frozen=True, slots=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    speech: tuple[SpeechWord, ...]
    cues: tuple[Cue, ...]
    collectives: tuple[Collective, ...]
    representatives: frozenset[str]
    blockers: tuple[Blocker, ...]
    light_verbs: frozenset[str]
    context_nouns: frozenset[str]
    transparent_nouns: frozenset[str]
    documents: frozenset[str]
    plover: tuple[tuple[EventType, Status, str], ...]
    press: frozenset[str] = frozenset()  # news outlets and journalists (media.tsv)
    talk_words: frozenset[str] = frozenset()  # contact words that with the press are an interview
    crowds: frozenset[str] = frozenset()  # "студенты МГИМО": people, not sides for the body (crowds.tsv)
    legal_forms: frozenset[str] = frozenset()  # "ОАО", "ООО": a company's name opens with one (business.tsv)
    company_nouns: frozenset[str] = frozenset()  # "оператор", "производитель" before a company's name
    kin: frozenset[str] = frozenset()  # "брат", "дочь": a contact with one's relative is private (kin.tsv)

    def triggers_for(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        key = fold(lemma)
        return tuple(t for t in self.triggers if t.lemma == key and t.pos == pos)

    def speech_word(self, lemma: str, pos: str) -> SpeechWord | None:
        key = fold(lemma)
        return next((s for s in self.speech if s.lemma == key and s.pos == pos), None)

    def collectives_for(self, lemma: str) -> tuple[Collective, ...]:
        key = fold(lemma)
        return tuple(c for c in self.collectives if c.lemma == key)

    def plover_code(self, type_: EventType, status: Status) -> str | None:
        return next((code for t, s, code in self.plover if t == type_ and s == status), None)


def _rows(path: Path, min_columns: int) -> Iterator[tuple[int, list[str]]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) < min_columns:
            raise ValueError(f"{path.name}:{number}: expected {min_columns} tab-separated columns: {line!r}")
        yield number, cells


def parse_requires(text: str) -> tuple[Requirement, ...]:
    out = []
    for part in (p.strip() for p in text.split(",")):
        if not part or part == "-":
            continue
        kind, _, values = part.partition(":")
        out.append(Requirement(kind, frozenset(fold(v) for v in values.split("|") if v)))
    return tuple(out)


def _word_list(path: Path) -> frozenset[str]:
    return frozenset(fold(cells[0]) for _, cells in _rows(path, 1))


def load_lexicon(data_dir: Path | None = None) -> Lexicon:
    """Read the vocabulary files: a few small files, a few milliseconds."""
    root = data_dir or DATA_DIR
    triggers = tuple(
        Trigger(fold(c[0]), EventType(c[1]), c[2], parse_requires(c[3] if len(c) > 3 else "-"), n)
        for n, c in _rows(root / "triggers.tsv", 3)
    )
    speech = tuple(SpeechWord(fold(c[0]), c[1], c[2]) for _, c in _rows(root / "speech.tsv", 3))
    cues = tuple(
        Cue(tuple(fold(w) for w in c[0].split()), c[1], c[2]) for _, c in _rows(root / "cues.tsv", 3)
    )
    # longer cues first, so that "не исключить" is seen before "не"
    cues = tuple(sorted(cues, key=lambda cue: -len(cue.lemmas)))
    collectives = tuple(
        Collective(fold(c[0]), tuple(c[1].split(",")), parse_requires(c[2] if len(c) > 2 else "-"))
        for _, c in _rows(root / "collectives.tsv", 2)
    )
    blockers = tuple(Blocker(fold(c[0]), fold(c[1]), c[2]) for _, c in _rows(root / "blockers.tsv", 3))
    plover = tuple((EventType(c[0]), Status(c[1]), c[2]) for _, c in _rows(root / "plover.tsv", 3))
    return Lexicon(
        triggers=triggers,
        speech=speech,
        cues=cues,
        collectives=collectives,
        representatives=_word_list(root / "representatives.tsv"),
        blockers=blockers,
        light_verbs=_word_list(root / "light_verbs.tsv"),
        context_nouns=frozenset(
            fold(c[0]) for _, c in _rows(root / "context_nouns.tsv", 2) if c[1] == "context"
        ),
        transparent_nouns=frozenset(
            fold(c[0]) for _, c in _rows(root / "context_nouns.tsv", 2) if c[1] == "transparent"
        ),
        plover=plover,
        documents=_word_list(root / "documents.tsv"),
        press=_kind_list(root / "media.tsv", "press"),
        talk_words=_kind_list(root / "media.tsv", "talk"),
        crowds=_word_list(root / "crowds.tsv"),
        legal_forms=_kind_list(root / "business.tsv", "legal"),
        company_nouns=_kind_list(root / "business.tsv", "noun"),
        kin=_word_list(root / "kin.tsv") if (root / "kin.tsv").exists() else frozenset(),
    )


def _kind_list(path: Path, kind: str) -> frozenset[str]:
    """The lemmas of one kind in a two-column file; none when a folder of the user's own has no such file."""
    if not path.exists():
        return frozenset()
    return frozenset(fold(c[0]) for _, c in _rows(path, 2) if c[1] == kind)
