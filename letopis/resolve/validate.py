"""Validation of knowledge-base lines: required fields, dates, codes and cross-references."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from letopis.resolve.fold import fold

WIKIDATA = re.compile(r"Q[1-9][0-9]*")
ISO2 = re.compile(r"[A-Z]{2}")
# a tenure bound is a day or at least a month: "2004-03-09", "2004-03"
TENURE_DATE = re.compile(r"([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?")
ID_PREFIX = {"state": "state:", "city": "city:", "person": "person:", "org": "org:", "org_kind": "kind:"}
REQUIRED = {
    "state": ("id", "name", "iso2", "capital", "capital_id"),
    "city": ("id", "name", "state"),
    "person": ("id", "name", "surname", "gender", "roles"),
    "org": ("id", "name", "kind"),
    "org_kind": ("id", "heads", "name"),
    "role": ("role", "phrases"),
}
GENDERS = {"m", "f"}


class Problems:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, where: str, reason: str) -> None:
        self.lines.append(f"{where}: {reason}")

    def __bool__(self) -> bool:
        return bool(self.lines)


def _is_date(text: object) -> bool:
    match = TENURE_DATE.fullmatch(text) if isinstance(text, str) else None
    if not match:
        return False
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def check_line(rec: object, where: str, problems: Problems) -> bool:
    """Shape of one line on its own; False when the line cannot be used at all."""
    if not isinstance(rec, dict):
        problems.add(where, "not a JSON object")
        return False
    kind = rec.get("type")
    if kind not in REQUIRED:
        problems.add(where, f"unknown type {kind!r} (expected one of {', '.join(REQUIRED)})")
        return False
    missing = [f for f in REQUIRED[kind] if rec.get(f) in (None, "", [])]
    if missing:
        problems.add(where, f"{kind} without {', '.join(missing)}")
        return False
    ok = True
    if kind != "role" and not str(rec["id"]).startswith(ID_PREFIX[kind]):
        problems.add(where, f"{kind} id {rec['id']!r} must start with {ID_PREFIX[kind]!r}")
        ok = False
    for list_field in ("aliases", "adjective_stems", "heads", "phrases", "targets"):
        if list_field in rec and not _strings(rec[list_field]):
            problems.add(where, f"{list_field} must be a list of non-empty strings")
            ok = False
    wikidata = rec.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and WIKIDATA.fullmatch(wikidata)):
        problems.add(where, f"wikidata {wikidata!r} is not a Q-id")
        ok = False
    for code_field in ("iso2", "state", "capital_of"):
        code = rec.get(code_field)
        if code is not None and not (isinstance(code, str) and ISO2.fullmatch(code)):
            problems.add(where, f"{code_field} {code!r} is not a two-letter code")
            ok = False
    if kind == "person":
        ok = _check_person(rec, where, problems) and ok
    if kind == "org_kind" and "{gen}" not in rec["name"]:
        problems.add(where, "org_kind name must contain {gen}")
        ok = False
    return ok


def _check_person(rec: dict, where: str, problems: Problems) -> bool:
    ok = True
    if rec["gender"] not in GENDERS:
        problems.add(where, f"gender {rec['gender']!r} is not m or f")
        ok = False
    if not isinstance(rec["roles"], list):
        problems.add(where, "roles must be a list")
        return False
    for n, tenure in enumerate(rec["roles"], 1):
        if not isinstance(tenure, dict) or not tenure.get("role"):
            problems.add(where, f"role {n} has no role key")
            ok = False
            continue
        if not (tenure.get("state") or tenure.get("org")):
            problems.add(where, f"role {n} ({tenure['role']}) names neither a state nor an org")
            ok = False
        start, end = tenure.get("from"), tenure.get("to")
        if not _is_date(start):
            problems.add(where, f"role {n} ({tenure['role']}) 'from' {start!r} is not an ISO date (YYYY-MM[-DD])")
            ok = False
        if end is not None and not _is_date(end):
            problems.add(where, f"role {n} ({tenure['role']}) 'to' {end!r} is not an ISO date (YYYY-MM[-DD])")
            ok = False
        elif end is not None and _is_date(start) and end < start[: len(end)]:
            problems.add(where, f"role {n} ({tenure['role']}) ends {end} before it starts {start}")
            ok = False
    return ok


def check_references(records: list[tuple[str, int, dict]], problems: Problems) -> None:
    """Unique ids, known role keys, existing states and organisations, alias clashes."""
    first_seen: dict[str, str] = {}
    for where, _n, rec in records:
        key = rec.get("id") if rec["type"] != "role" else None
        if key is None:
            continue
        if key in first_seen:
            problems.add(where, f"duplicate id {key!r} (first at {first_seen[key]})")
        else:
            first_seen[key] = where
    roles = {rec["role"] for _w, _n, rec in records if rec["type"] == "role"}
    states = {rec["iso2"] for _w, _n, rec in records if rec["type"] == "state"}
    orgs = {rec["id"] for _w, _n, rec in records if rec["type"] == "org"}
    cities = {rec["id"] for _w, _n, rec in records if rec["type"] == "city"}

    def known_state(where: str, code: object, what: str) -> None:
        if code is not None and code not in states:
            problems.add(where, f"{what} {code!r} is not a state in the knowledge base")

    for where, _n, rec in records:
        kind = rec["type"]
        if kind == "role":
            for target in rec.get("targets", ()):
                if target.split(":")[0] not in roles:
                    problems.add(where, f"target {target!r} is not a known role key")
            known_state(where, rec.get("state"), "state")
            if rec.get("org") and rec["org"] not in orgs:
                problems.add(where, f"org {rec['org']!r} is not in the knowledge base")
        if kind in ("city", "org"):
            known_state(where, rec.get("state"), "state")
        if kind == "city":
            known_state(where, rec.get("capital_of"), "capital_of")
            if rec.get("metonym") and rec["metonym"] not in orgs and rec["metonym"] not in first_seen:
                problems.add(where, f"metonym {rec['metonym']!r} is not in the knowledge base")
        if kind == "state" and rec["capital_id"] not in cities:
            problems.add(where, f"capital_id {rec['capital_id']!r} is not a city in the knowledge base")
        if kind in ("org", "org_kind") and rec.get("head_role") and rec["head_role"] not in roles:
            problems.add(where, f"head_role {rec['head_role']!r} is not a known role key")
        if kind == "person":
            for n, tenure in enumerate(rec["roles"], 1):
                if tenure["role"] not in roles:
                    problems.add(where, f"role {n}: unknown role key {tenure['role']!r}")
                known_state(where, tenure.get("state"), f"role {n} state")
                if tenure.get("org") and tenure["org"] not in orgs:
                    problems.add(where, f"role {n}: org {tenure['org']!r} is not in the knowledge base")
    _check_clashes(records, problems)


def _check_clashes(records: list[tuple[str, int, dict]], problems: Problems) -> None:
    """Two entries of one type written alike cannot be told apart: that must be deliberate.

    Entries of different types may share a form (the state and the city 'Алжир'); the
    resolver chooses by context. Within a type, a shared form is allowed only when both
    entries list it in ``ambiguous`` (two people known by the same short name).
    """
    seen: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    for where, _n, rec in records:
        if rec["type"] not in ("state", "city", "person", "org"):
            continue
        forms = {fold(f) for f in (rec.get("name"), rec.get("full"), *rec.get("aliases", ())) if f}
        for form in forms:
            seen[(rec["type"], form)].append((where, rec))
    for (kind, form), holders in seen.items():
        if len(holders) < 2:
            continue
        allowed = all(form in {fold(a) for a in rec.get("ambiguous", ())} for _w, rec in holders)
        if not allowed:
            first = holders[0][0]
            for where, rec in holders[1:]:
                problems.add(where, f"{kind} {rec['id']!r} is written {form!r} like the {kind} at {first}; "
                                    "list the form in 'ambiguous' of both entries if that is meant")
