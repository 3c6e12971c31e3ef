"""The scorer of ``shared/eval-dev/score.py``, ported rule for rule.

NER: precision/recall/F1 per type (PER, LOC, ORG) and micro over the three, *exact*
(same start, end, type) and *overlap* (same type, overlapping, matched one-to-one with
the largest overlap first), against *all* gold entities and the *outer* ones only.
Meetings: participant sets (*set*) and participant pairs (*pairs*), per dataset and per
annotation kind. Any change here must keep ``tests/evaluation`` agreeing with the
reference scorer on the same prediction file.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

TYPES = ("PER", "LOC", "ORG")
TYPE_ALIASES = {
    "PER": "PER", "PERSON": "PER", "PERS": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC", "STATE": "LOC", "COUNTRY": "LOC",
    "CITY": "LOC", "STATE_OR_PROVINCE": "LOC", "GEO": "LOC", "GEOPOLIT": "LOC",
}
DEFAULT_FACT_TYPES = frozenset({"meeting", "talks", "negotiations", "reception", "phone_call", "summit",
                                "conference"})
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
# letters that make up Russian case endings (-а, -у, -ом, -ым, -ой, -ей, -ами, -ях ...)
ENDING_LETTERS = frozenset("аеиоуыэюяйьмх")

Doc = Mapping[str, Any]
Entity = tuple[int, int, str]


def matching(left: Sequence[Any], right: Sequence[Any], compatible: Callable[[Any, Any], bool]) -> dict[int, int]:
    """A maximum one-to-one matching as ``{left index: right index}`` (Kuhn's augmenting paths)."""
    adj = [[j for j, r in enumerate(right) if compatible(item, r)] for item in left]
    owner = [-1] * len(right)

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] == -1 or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return {i: j for j, i in enumerate(owner) if i >= 0}


def max_matching(left: Sequence[Any], right: Sequence[Any], compatible: Callable[[Any, Any], bool]) -> int:
    """Size of a maximum one-to-one matching."""
    return len(matching(left, right, compatible))


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float | int]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "pred": n_pred, "tp": tp,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


# --------------------------------------------------------------------------
# participants


def tokens(s: object) -> list[str]:
    return WORD_RE.findall(str(s).lower().replace("ё", "е"))


def tok_eq(a: str, b: str) -> bool:
    """Same word up to a Russian case ending: Путин ~ Путиным, Лавров ~ Лаврова."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3:
        return False
    cp = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        cp += 1
    if cp < 3:
        return False
    rest_a, rest_b = a[cp:], b[cp:]
    return (len(rest_a) <= 3 and len(rest_b) <= 3
            and set(rest_a) <= ENDING_LETTERS and set(rest_b) <= ENDING_LETTERS)


def contains_seq(big: Sequence[str], small: Sequence[str]) -> bool:
    n = len(small)
    return n > 0 and any(all(tok_eq(big[i + k], small[k]) for k in range(n))
                         for i in range(len(big) - n + 1))


class Party:
    __slots__ = ("key", "raw", "toks")

    def __init__(self, raw: object, key: str | None = None) -> None:
        self.raw = raw
        self.toks = tokens(raw)
        self.key = key


def party_match(g: Party, s: Party) -> bool:
    """g: gold Party (may carry a surname key); s: system Party."""
    if not g.toks or not s.toks:
        return False
    if len(g.toks) == len(s.toks) and all(tok_eq(a, b) for a, b in zip(g.toks, s.toks, strict=True)):
        return True
    if g.key:                              # people: surname against any system token
        return any(tok_eq(g.key, t) for t in s.toks)
    # organisations / places: one name contained in the other, word by word
    return contains_seq(g.toks, s.toks) or contains_seq(s.toks, g.toks)


def parties_match(gs: Sequence[Party], ss: Sequence[Party]) -> bool:
    return len(gs) == len(ss) and max_matching(gs, ss, party_match) == len(gs)


def pairs_of(parties: Sequence[Party]) -> list[tuple[Party, Party]]:
    out, seen = [], set()
    for i in range(len(parties)):
        for j in range(i + 1, len(parties)):
            key = frozenset((" ".join(parties[i].toks), " ".join(parties[j].toks)))
            if len(key) == 2 and key not in seen:
                seen.add(key)
                out.append((parties[i], parties[j]))
    return out


def pair_match(g: tuple[Party, Party], s: tuple[Party, Party]) -> bool:
    return ((party_match(g[0], s[0]) and party_match(g[1], s[1]))
            or (party_match(g[0], s[1]) and party_match(g[1], s[0])))


def pairs_of_all(facts: Iterable[Sequence[Party]]) -> list[tuple[Party, Party]]:
    out, seen = [], set()
    for parties in facts:
        for pair in pairs_of(parties):
            key = frozenset((" ".join(pair[0].toks), " ".join(pair[1].toks)))
            if key not in seen:
                seen.add(key)
                out.append(pair)
    return out


# --------------------------------------------------------------------------
# documents


def gold_entities(doc: Doc, view: str) -> set[Entity]:
    ents = doc.get("entities", [])
    if view == "outer":
        ents = [e for e in ents if not e.get("nested")]
    return {(e["start"], e["end"], e["type"]) for e in ents}


def pred_entities(doc: Doc, text: str | None, warn: Counter[str]) -> set[Entity]:
    out = set()
    for e in doc.get("entities", []) or []:
        try:
            start, end = int(e["start"]), int(e["end"])
        except (KeyError, TypeError, ValueError):
            warn["pred entity without integer start/end"] += 1
            continue
        typ = TYPE_ALIASES.get(str(e.get("type", "")).upper())
        if typ is None:
            warn[f"pred entity of other type (ignored): {e.get('type')}"] += 1
            continue
        if "text" in e and text is not None and text[start:end] != e["text"]:
            warn["pred entity text != text[start:end]"] += 1
        out.add((start, end, typ))
    return out


def party_name(p: object) -> str:
    if isinstance(p, dict):
        return p.get("name") or p.get("text") or p.get("canonical") or ""
    return str(p)


def gold_facts(doc: Doc, occurred_only: bool) -> list[list[Party]]:
    out = []
    for f in doc.get("facts", []):
        if occurred_only and f.get("status") not in (None, "occurred"):
            continue
        keys = f.get("participant_keys") or [None] * len(f["participants"])
        out.append([Party(p, k) for p, k in zip(f["participants"], keys, strict=False)])
    return out


def pred_facts(doc: Doc, fact_types: Iterable[str], occurred_only: bool, warn: Counter[str]) -> list[list[Party]]:
    out = []
    # "events" is the Letopis `annotate` shape; "facts" the plain one.
    for f in doc.get("facts") or doc.get("events") or []:
        if str(f.get("type", "")).lower() not in fact_types:
            warn["pred fact of other type (ignored): {}".format(f.get("type"))] += 1
            continue
        if occurred_only and f.get("status") not in (None, "occurred"):
            continue
        parties, seen = [], set()
        for p in f.get("participants", []) or []:
            party = Party(party_name(p))
            k = " ".join(party.toks)
            if k and k not in seen:
                seen.add(k)
                parties.append(party)
        if len(parties) < 2:
            warn["pred fact with <2 distinct participants (ignored)"] += 1
            continue
        out.append(parties)
    return out


# --------------------------------------------------------------------------
# scoring


def overlap_tp(gold: Iterable[Entity], pred: Iterable[Entity]) -> int:
    cands = []
    for g in gold:
        for p in pred:
            if g[2] == p[2] and g[0] < p[1] and p[0] < g[1]:
                ov = min(g[1], p[1]) - max(g[0], p[0])
                cands.append((-ov, g, p))
    cands.sort()
    used_g, used_p, tp = set(), set(), 0
    for _, g, p in cands:
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
            tp += 1
    return tp


def score(gold_docs: Sequence[Doc], pred_by_id: Mapping[str, Doc], fact_types: Iterable[str] = DEFAULT_FACT_TYPES,
          occurred_only: bool = False) -> dict[str, Any]:
    fact_types = {t.lower() for t in fact_types}
    warn: Counter[str] = Counter()
    ner: dict[str, defaultdict[str, defaultdict[str, Counter[str]]]] = {
        v: defaultdict(lambda: defaultdict(Counter)) for v in ("all", "outer")}
    meet: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for doc in gold_docs:
        pdoc = pred_by_id.get(doc["id"])
        if pdoc is None:
            warn["gold document missing from pred (scored as empty)"] += 1
            pdoc = {}
        text = doc.get("text")
        pents = pred_entities(pdoc, text, warn)
        groups = [doc["source_dataset"], "ALL"]
        for view in ("all", "outer"):
            gents = gold_entities(doc, view)
            for typ in TYPES:
                g = {e for e in gents if e[2] == typ}
                p = {e for e in pents if e[2] == typ}
                c = Counter(gold=len(g), pred=len(p), exact=len(g & p), overlap=overlap_tp(g, p))
                for grp in groups:
                    ner[view][grp][typ].update(c)
                    ner[view][grp]["micro"].update(c)

        kind = doc.get("fact_annotation", "gold")
        gf = gold_facts(doc, occurred_only)
        pf = pred_facts(pdoc, fact_types, occurred_only, warn)
        gp = pairs_of_all(gf)
        pp = pairs_of_all(pf)
        c = Counter(docs=1, gold=len(gf), pred=len(pf),
                    set_tp=max_matching(gf, pf, parties_match),
                    gold_pairs=len(gp), pred_pairs=len(pp),
                    pair_tp=max_matching(gp, pp, pair_match))
        meet["{} ({})".format(doc["source_dataset"], kind)].update(c)
        meet[f"ALL {kind}"].update(c)

    result: dict[str, Any] = {"ner": {}, "meetings": {}}
    for view in ("all", "outer"):
        result["ner"][view] = {}
        for grp, by_type in sorted(ner[view].items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
            result["ner"][view][grp] = {
                typ: {"exact": prf(c["exact"], c["pred"], c["gold"]),
                      "overlap": prf(c["overlap"], c["pred"], c["gold"])}
                for typ, c in ((t, by_type[t]) for t in (*TYPES, "micro"))}
    for grp, c in sorted(meet.items(), key=lambda kv: (kv[0].startswith("ALL"), kv[0])):
        result["meetings"][grp] = {
            "documents": c["docs"],
            "set": prf(c["set_tp"], c["pred"], c["gold"]),
            "pairs": prf(c["pair_tp"], c["pred_pairs"], c["gold_pairs"])}
    extra = set(pred_by_id) - {d["id"] for d in gold_docs}
    if extra:
        warn["pred documents not in gold (ignored)"] += len(extra)
    result["warnings"] = dict(sorted(warn.items()))
    return result
