"""Word lists the NER fixes read: data files under ``letopis/data/nlp/``.

Each file has one entry a line; ``#`` starts a comment. Users may pass their own folder
with files of the same names to add entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "nlp"
SYLLABLE_FILES = ("syllables_korean.txt", "syllables_chinese.txt", "syllables_vietnamese.txt")


@dataclass(frozen=True)
class Lexicon:
    east_asian_surnames: frozenset[str]
    syllables: frozenset[str]
    org_heads: frozenset[str]             # lemmas heading "X России"
    org_heads_with_place: frozenset[str]  # of those, the ones that go on with "в <place>"
    org_kinds: frozenset[str]             # lemmas before a quoted name
    event_nouns: frozenset[str]
    not_names: frozenset[str]             # exact forms
    retype: tuple[tuple[str, str], ...]   # (lemma phrase, type)

    def retype_of(self, lemma_phrase: str) -> str | None:
        for phrase, kind in self.retype:
            if phrase == lemma_phrase:
                return kind
        return None


def _lines(path: Path) -> Iterator[str]:
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            yield line


def _read(dirs: Iterable[Path], name: str) -> list[str]:
    out: list[str] = []
    for folder in dirs:
        path = folder / name
        if path.exists():
            out.extend(_lines(path))
    return out


def load_lexicon(extra_dirs: Iterable[Path | str] = ()) -> Lexicon:
    dirs = [DATA_DIR, *(Path(d) for d in extra_dirs)]
    syllables = {word.lower() for name in SYLLABLE_FILES for line in _read(dirs, name) for word in line.split()}
    heads = [line.split() for line in _read(dirs, "org_heads.txt")]
    retype = tuple(
        (" ".join(phrase.lower().split()), kind.strip())
        for phrase, kind in (line.rsplit("\t", 1) for line in _read(dirs, "retype.txt") if "\t" in line)
    )
    return Lexicon(
        east_asian_surnames=frozenset(line.lower() for line in _read(dirs, "east_asian_surnames.txt")),
        syllables=frozenset(syllables),
        org_heads=frozenset(parts[0].lower() for parts in heads),
        org_heads_with_place=frozenset(parts[0].lower() for parts in heads if "+в" in parts[1:]),
        org_kinds=frozenset(line.lower() for line in _read(dirs, "org_kinds.txt")),
        event_nouns=frozenset(line.lower() for line in _read(dirs, "event_nouns.txt")),
        not_names=frozenset(_read(dirs, "not_names.txt")),
        retype=retype,
    )
