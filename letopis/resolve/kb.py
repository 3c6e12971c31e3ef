"""The knowledge base: states, cities, people with tenures, organisations and role phrases.

Data files live in ``letopis/data/kb/`` (JSON Lines, one entry a line, every line with a
``type``); users add their own directories of ``*.jsonl`` files of the same shape.
``load_kb`` reads and validates them all and raises ``KbError`` listing every bad line
as ``file:line: reason``. Load it once per process and pass it to the ``Resolver``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from letopis.records import EntityKind
from letopis.resolve.fold import fold, fold_word
from letopis.resolve.validate import Problems, check_line, check_references

# adjective stems are looked up by their first letters; the shortest stem ("чадск") has five
STEM_START = 4
PACKAGE_KB = Path(__file__).resolve().parent.parent / "data" / "kb"

KIND_OF_TYPE = {
    "state": EntityKind.STATE,
    "city": EntityKind.CITY,
    "person": EntityKind.PERSON,
    "org": EntityKind.ORG,
}


class KbError(ValueError):
    """Bad knowledge-base files; ``problems`` lists every one as ``file:line: reason``."""

    def __init__(self, problems: Sequence[str]):
        self.problems = tuple(problems)
        listing = "\n".join(self.problems)
        super().__init__(f"knowledge base has {len(self.problems)} problem(s):\n{listing}")


@dataclass(frozen=True, slots=True)
class Tenure:
    role: str
    state: str | None        # ISO 3166-1 alpha-2 of the state the office belongs to
    org: str | None          # KB id of the organisation, for offices of international bodies
    title: str
    start: str               # "2004-03-09" or "2004-03"
    end: str | None          # None: still in office
    ceremonial: bool = False  # a head of state without executive power

    def covers(self, date: str) -> bool:
        """Whether the office was held on ``date`` (ISO day); a month bound covers the whole month."""
        if date < self.start[:10]:
            return False
        return self.end is None or date[: len(self.end)] <= self.end


@dataclass(frozen=True, slots=True)
class KbEntry:
    id: str
    type: str                          # state, city, person, org
    name: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    full: str | None = None
    # states
    iso2: str | None = None
    gen: str | None = None             # genitive of the short name: "России"
    adjective_stems: tuple[str, ...] = ()
    capital_id: str | None = None
    # cities and national organisations: the state they belong to (ISO alpha-2)
    state: str | None = None
    capital_of: str | None = None
    metonym: str | None = None         # KB id a city stands for instead of its state ("Брюссель")
    # organisations
    org_kind: str | None = None
    head_role: str | None = None
    # people
    surname: str | None = None
    gender: str | None = None
    family_first: bool = False         # East Asian order: family name first, declines only at the end
    tenures: tuple[Tenure, ...] = ()

    @property
    def kind(self) -> EntityKind:
        return KIND_OF_TYPE[self.type]

    @property
    def names(self) -> tuple[str, ...]:
        """Every written form: name, full name and aliases, without repeats."""
        return tuple(dict.fromkeys(n for n in (self.name, self.full, *self.aliases) if n))


@dataclass(frozen=True, slots=True)
class RoleDescriptor:
    """Russian noun phrases that describe an office ("глава МИД", "президент")."""

    role: str
    phrases: tuple[str, ...]
    targets: tuple[str, ...] = ()      # for a generic role ("лидер"): offices tried in order
    state: str | None = None           # the phrase itself names the state ("глава Кремля")
    org: str | None = None             # ... or the organisation ("генсек ООН")
    title_contains: str | None = None  # only holders whose title contains this ("президент")
    needs: str = "state"               # what must complete the phrase: state, org or name; "document":
    #                                    a state, and the person must be named in the same article


@dataclass(frozen=True, slots=True)
class OrgKind:
    """A national body composed with any state: "МИД" + "Лаоса" -> "МИД Лаоса"."""

    id: str
    heads: tuple[str, ...]
    name: str                          # template with {gen}
    head_role: str | None
    org_kind: str


@dataclass(frozen=True)
class KnowledgeBase:
    entries: dict[str, KbEntry]
    descriptors: tuple[RoleDescriptor, ...]
    org_kinds: tuple[OrgKind, ...]
    role_keys: frozenset[str]
    by_name: dict[str, tuple[str, ...]] = field(repr=False)     # folded written form -> ids
    states_by_iso: dict[str, KbEntry] = field(repr=False)
    adjective_stems: tuple[tuple[str, str], ...] = field(repr=False)   # (stem, iso2), longest first
    by_surname: dict[str, tuple[str, ...]] = field(repr=False)
    holders_index: dict[tuple[str, str], tuple[tuple[KbEntry, Tenure], ...]] = field(repr=False)
    org_by_state_kind: dict[tuple[str, str], str] = field(repr=False)
    stems_by_start: dict[str, tuple[tuple[str, str], ...]] = field(repr=False)

    def get(self, entry_id: str) -> KbEntry | None:
        return self.entries.get(entry_id)

    def lookup(self, written: str) -> tuple[KbEntry, ...]:
        """Entries with this exact written form (case, ё and quotes folded)."""
        return tuple(self.entries[i] for i in self.by_name.get(fold(written), ()))

    def state(self, iso2: str) -> KbEntry | None:
        return self.states_by_iso.get(iso2)

    def state_of(self, entry_id: str) -> str | None:
        """ISO code of the state an entry is or belongs to (a city, a ministry, a state)."""
        entry = self.entries.get(entry_id)
        if entry is None:
            return None
        return entry.iso2 if entry.type == "state" else entry.state

    def holders(self, role: str, where: str, date: str | None) -> tuple[tuple[KbEntry, Tenure], ...]:
        """People who held ``role`` of ``where`` (ISO code or org id) on ``date``, or ever when it is None."""
        held = self.holders_index.get((role, where), ())
        return held if date is None else tuple(pt for pt in held if pt[1].covers(date))

    def adjective_state(self, word: str) -> str | None:
        """ISO code of the state whose adjective this word is ("северокорейской" -> KP)."""
        low = fold_word(word)
        for stem, iso in self.stems_by_start.get(low[:STEM_START], ()):
            if low.startswith(stem):
                return iso
        return None


def load_kb(extra_dirs: Sequence[Path] = ()) -> KnowledgeBase:
    """Read the package knowledge base plus users' directories; raise ``KbError`` on any bad line."""
    files = sorted(PACKAGE_KB.glob("*.jsonl"))
    for directory in extra_dirs:
        directory = Path(directory)
        if not directory.is_dir():
            raise KbError([f"{directory}: not a directory"])
        files.extend(sorted(directory.glob("*.jsonl")))
    problems = Problems()
    records: list[tuple[str, int, dict]] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    problems.add(where, f"bad JSON: {exc}")
                    continue
                if check_line(record, where, problems):
                    records.append((where, number, record))
    check_references(records, problems)
    if problems:
        raise KbError(problems.lines)
    return _build(records)


def _build(records: Iterable[tuple[str, int, dict]]) -> KnowledgeBase:
    entries: dict[str, KbEntry] = {}
    descriptors: list[RoleDescriptor] = []
    kinds: list[OrgKind] = []
    for _where, _number, rec in records:
        kind = rec["type"]
        if kind == "role":
            descriptors.append(_descriptor(rec))
        elif kind == "org_kind":
            kinds.append(OrgKind(rec["id"], tuple(rec["heads"]), rec["name"], rec.get("head_role"),
                                 rec.get("kind", "org")))
        else:
            entries[rec["id"]] = _entry(rec)
    by_name: dict[str, list[str]] = defaultdict(list)
    by_surname: dict[str, list[str]] = defaultdict(list)
    holders: dict[tuple[str, str], list[tuple[KbEntry, Tenure]]] = defaultdict(list)
    org_by_state_kind: dict[tuple[str, str], str] = {}
    for entry in entries.values():
        for written in entry.names:
            key = fold(written)
            if entry.id not in by_name[key]:
                by_name[key].append(entry.id)
        if entry.surname:
            by_surname[fold(entry.surname)].append(entry.id)
        for tenure in entry.tenures:
            holders[(tenure.role, tenure.org or tenure.state or "")].append((entry, tenure))
        if entry.type == "org" and entry.state and entry.head_role:
            org_by_state_kind.setdefault((entry.state, entry.head_role), entry.id)
    states = {e.iso2: e for e in entries.values() if e.type == "state" and e.iso2}
    stems = sorted(((fold(s), e.iso2) for e in states.values() for s in e.adjective_stems),
                   key=lambda pair: -len(pair[0]))
    stems_by_start: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for stem, iso in stems:
        if iso:
            stems_by_start[stem[:STEM_START]].append((stem, iso))
    role_keys = frozenset(d.role for d in descriptors)
    return KnowledgeBase(
        entries=entries, descriptors=tuple(descriptors), org_kinds=tuple(kinds), role_keys=role_keys,
        by_name={k: tuple(v) for k, v in by_name.items()}, states_by_iso=states,
        adjective_stems=tuple((s, iso) for s, iso in stems if iso),
        by_surname={k: tuple(v) for k, v in by_surname.items()},
        holders_index={k: tuple(v) for k, v in holders.items()}, org_by_state_kind=org_by_state_kind,
        stems_by_start={k: tuple(v) for k, v in stems_by_start.items()},
    )


def _descriptor(rec: dict) -> RoleDescriptor:
    return RoleDescriptor(
        role=rec["role"], phrases=tuple(rec.get("phrases", ())), targets=tuple(rec.get("targets", ())),
        state=rec.get("state"), org=rec.get("org"), title_contains=rec.get("title_contains"),
        needs=rec.get("needs", "state"),
    )


def _entry(rec: dict) -> KbEntry:
    tenures = tuple(
        Tenure(role=t["role"], state=t.get("state"), org=t.get("org"), title=t.get("title", ""),
               start=t["from"], end=t.get("to"), ceremonial=bool(t.get("ceremonial", False)))
        for t in rec.get("roles", ())
    )
    return KbEntry(
        id=rec["id"], type=rec["type"], name=rec["name"], aliases=tuple(rec.get("aliases", ())),
        wikidata=rec.get("wikidata"), full=rec.get("full"), iso2=rec.get("iso2"), gen=rec.get("gen"),
        adjective_stems=tuple(rec.get("adjective_stems", ())), capital_id=rec.get("capital_id"),
        state=rec.get("state"), capital_of=rec.get("capital_of"), metonym=rec.get("metonym"),
        org_kind=rec.get("kind"), head_role=rec.get("head_role"), surname=rec.get("surname"),
        gender=rec.get("gender"), family_first=bool(rec.get("family_first", False)), tenures=tenures,
    )
