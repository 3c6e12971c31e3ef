"""Matching extracted events against expected ones, for the passage table and the seed articles."""

from __future__ import annotations

import re
import unicodedata

from letopis.evaluation.scorer import tok_eq
from letopis.records import Event

WORD = re.compile(r"[^\W_]+")


def words(name: str) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", name).lower().replace("ё", "е"))


def same_word(a: str, b: str) -> bool:
    """Equal up to a Russian case ending, by the rule of the reference scorer: Путин ~ Путиным."""
    return tok_eq(a, b)


def name_matches(expected: str, got: str | None) -> bool:
    """The expected name's last word (a surname, or the head of a place name) is one of the words of
    ``got``, up to a case ending: "Сергей Лавров" ~ "Лавров", "Саудовская Аравия" ~ "Саудовская Аравия"."""
    want, have = words(expected), words(got or "")
    return bool(want) and any(same_word(want[-1], h) for h in have)


def participant_ok(spec: str, event: Event) -> bool:
    role, _, name = spec.rpartition(":")
    return any(name_matches(name, p.name) and (not role or p.role.value == role) for p in event.participants)


def date_ok(spec: str | None, event: Event) -> bool:
    if spec is None:
        return True
    d = event.date
    if spec == "none":
        return d.precision.value == "none"
    if ".." in spec:
        start, end = spec.split("..")
        return d.start == start and d.end == end
    if len(spec) == 7:
        return bool(d.start and d.end and d.start[:7] == spec and d.end[:7] == spec)
    return d.start == spec and d.end == spec


def event_matches(exp, event: Event) -> bool:
    """``exp`` is a ``passages.Ex``."""
    if event.type.value not in exp.type.split("|") or event.status.value != exp.status:
        return False
    if not all(participant_ok(spec, event) for spec in exp.participants):
        return False
    if exp.name and not (event.name and exp.name.lower() in event.name.lower()):
        return False
    if exp.location and not (event.location and name_matches(exp.location, event.location.name)):
        return False
    return date_ok(exp.date, event)


def match(expected: list, events: list[Event]) -> tuple[int, list, list[Event]]:
    """Greedy one-to-one matching: (matched count, expected left over, events left over)."""
    left = list(events)
    missed = []
    hits = 0
    for exp in expected:
        found = next((e for e in left if event_matches(exp, e)), None)
        if found is None:
            missed.append(exp)
        else:
            left.remove(found)
            hits += 1
    return hits, missed, left
