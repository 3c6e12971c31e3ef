"""Which sentences extraction reads the dependency tree of, told from their words alone.

The parser is the dearest model of the NLP stage; a sentence with no event word, speech word,
collective side or quotation mark is never read as a tree, so the pipeline may leave it unparsed.
The test over-selects rather than misses: a word is wanted when it begins like the stem of a
vocabulary lemma (its ending cut off) or like one of the alternating stems in ``stems.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from letopis.extract.lexicon import DATA_DIR, Lexicon, fold

QUOTE_MARKS = frozenset("«»„“\"—–")
VOWELS = set("аеёиоуыэюяйь")
MIN_STEM = 4


def stem(lemma: str, verb: bool) -> str:
    """The lemma without its ending: "встретиться" -> "встрет", "конференция" -> "конференц"."""
    word = lemma
    if verb:
        for ending in ("ться", "тись", "ть", "ти", "чь", "чься"):
            if word.endswith(ending):
                word = word[: -len(ending)]
                break
    while len(word) > MIN_STEM and word[-1] in VOWELS:
        word = word[:-1]
    return word if len(word) >= MIN_STEM else lemma[:MIN_STEM]


def tree_wanted(lexicon: Lexicon, data_dir: Path | None = None) -> Callable[[Sequence[str]], bool]:
    """A test on a sentence's words: True when extraction may read its tree."""
    stems = {stem(t.lemma, t.pos == "VERB") for t in lexicon.triggers}
    stems |= {stem(w.lemma, w.pos == "VERB") for w in lexicon.speech}
    stems |= {stem(c.lemma, False) for c in lexicon.collectives}
    path = (data_dir or DATA_DIR) / "stems.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            stems.add(fold(line.split("\t")[0]))
    prefixes = tuple(sorted(stems))

    def wanted(words: Sequence[str]) -> bool:
        return any(w in QUOTE_MARKS or fold(w).startswith(prefixes) for w in words)

    return wanted
