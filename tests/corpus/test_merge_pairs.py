"""Merge decisions on event pairs: same real-world event, a plan and its realisation, or different.

The set holds the hard cases: the same people on different dates, the same date with
other people, month against day precision, plans against what happened, undated events.
The precision and recall of the "same" decision are printed (pytest -s) and held to floors.
"""

from __future__ import annotations

import pytest

from letopis.corpus.merge import Verdict, decide
from letopis.records import DateRange, EntityKind, Event, EventType, Evidence, Participant, Precision, Role, Status

P = {
    "lavrov": "kb:person:lavrov", "choe": "kb:person:choe", "kim": "kb:person:kim", "putin": "kb:person:putin",
    "xi": "kb:person:xi", "wang": "kb:person:wang", "fidan": "kb:person:fidan", "araghchi": "kb:person:araghchi",
    "modi": "kb:person:modi", "tokayev": "kb:person:tokayev", "erdogan": "kb:person:erdogan",
    "RU": "kb:state:RU", "KP": "kb:state:KP", "CN": "kb:state:CN", "TR": "kb:state:TR", "IR": "kb:state:IR",
    "pyongyang": "kb:city:pyongyang", "moscow": "kb:city:moscow", "minsk": "kb:city:minsk",
    "ankara": "kb:city:ankara", "beijing": "kb:city:beijing", "astana": "kb:city:astana",
}
_n = 0


def ev(kind: str, who: str, when: str, status: str = "occurred", at: str | None = None) -> Event:
    """who: space-separated keys of P; when: "2023-10-18", "2023-10-18/2023-10-19", "2024-06", "2024" or ""."""
    global _n
    _n += 1
    if not when:
        date = DateRange(None, None, Precision.NONE)
    elif "/" in when:
        date = DateRange(*when.split("/"), Precision.RANGE)
    elif len(when) == 10:
        date = DateRange(when, when, Precision.DAY)
    elif len(when) == 7:
        y, m = map(int, when.split("-"))
        last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        date = DateRange(f"{when}-01", f"{when}-{last:02d}", Precision.MONTH)
    else:
        date = DateRange(f"{when}-01-01", f"{when}-12-31", Precision.YEAR)
    parts = tuple(Participant(k, P[k], EntityKind.STATE if k.isupper() else EntityKind.PERSON, Role.PARTICIPANT)
                  for k in who.split())
    place = EntityKind.STATE if at and at.isupper() else EntityKind.CITY
    location = Participant(at, P[at], place, Role.DESTINATION) if at else None
    return Event(id=f"e{_n}", type=EventType(kind), status=Status(status), participants=parts, date=date,
                 evidence=(Evidence(f"doc{_n}", 0, 1, "."),), location=location)


# when the plans in this set were reported
REPORTED = "2023-10-19"
S, R, D = Verdict.SAME, Verdict.REALISES, Verdict.DIFFERENT
PAIRS = [
    # the same contact reported by two outlets
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("meeting", "lavrov choe", "2025-10-27"), S),
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("talks", "lavrov choe", "2025-10-27"), S),
    (ev("talks", "lavrov choe", "2023-10-19"), ev("talks", "choe lavrov", "2023-10-18/2023-10-19"), S),
    (ev("reception", "kim lavrov", "2023-10-19"), ev("meeting", "lavrov kim", "2023-10-19"), S),
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("meeting", "lavrov choe", "2025-10-28"), S),  # time zones
    (ev("meeting", "putin kim", "2025-09"), ev("talks", "putin kim", "2025-09-03"), S),  # month vs day
    (ev("summit", "putin kim", "2024-06"), ev("summit", "putin kim", "2024-06-19", at="pyongyang"), S),
    (ev("summit", "RU KP", "2024-06-19"), ev("conference", "RU KP", "2024-06-19"), S),
    (ev("visit", "lavrov KP", "2023-10-18/2023-10-19", at="pyongyang"), ev("visit", "lavrov KP", "2023-10-18"), S),
    (ev("visit", "lavrov KP", "2023-10", at="pyongyang"), ev("visit", "lavrov KP", "2023-10-19", at="pyongyang"), S),
    (ev("agreement", "RU KP", "2023-10-19"), ev("agreement", "RU KP", "2023-10-19"), S),
    (ev("agreement", "RU KP", "2024-06-19"), ev("agreement", "RU KP", "2024"), S),  # year precision retrospective
    (ev("invitation", "lavrov choe", "2023-10-19"), ev("invitation", "lavrov choe", "2023-10-18/2023-10-19"), S),
    (ev("phone_call", "putin tokayev", "2024-03-05"), ev("phone_call", "tokayev putin", "2024-03-05"), S),
    (ev("talks", "fidan araghchi", "2024-09-10", at="ankara"), ev("talks", "fidan araghchi", "2024-09-10"), S),
    (ev("meeting", "wang xi", "2024-05"), ev("meeting", "wang xi", "2024-05-20"), S),
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("meeting", "lavrov choe RU", "2025-10-27"), S),  # adds a state
    (ev("commemoration", "lavrov", "2023-10-18"), ev("commemoration", "lavrov", "2023-10-18"), S),
    (ev("cultural_event", "RU KP", "2025-10"), ev("cultural_event", "KP RU", "2025-10-10"), S),
    (ev("visit", "modi", "2024-07-08/2024-07-09"), ev("visit", "modi", "2024-07-09"), S),
    # plans and what came of them: linked, never merged
    (ev("visit", "kim RU", "", "planned"), ev("visit", "kim RU", "2026-05-09", at="moscow"), R),
    (ev("visit", "modi", "2024-07", "planned"), ev("visit", "modi", "2024-07-08"), R),
    (ev("summit", "putin kim", "2024-06", "planned"), ev("summit", "putin kim", "2024-06-19"), R),
    (ev("visit", "choe RU", "", "proposed"), ev("visit", "choe RU", "2024-01-16", at="moscow"), R),
    (ev("visit", "kim RU", "", "planned"), ev("visit", "kim RU", "2023-09-13"), D),  # older than the plan's report
    (ev("visit", "modi", "2024-07", "planned"), ev("visit", "modi", "2025-03-01"), D),  # not on the planned date
    # the same people on other dates
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("talks", "lavrov choe", "2023-10-19"), D),
    (ev("meeting", "lavrov choe", "2025-10"), ev("talks", "lavrov choe", "2023-10-18/2023-10-19"), D),
    (ev("meeting", "putin kim", "2025-09"), ev("summit", "putin kim", "2024-06"), D),
    (ev("phone_call", "putin tokayev", "2024-03-05"), ev("phone_call", "putin tokayev", "2024-03-12"), D),
    (ev("meeting", "putin kim", "2023-09-13"), ev("meeting", "putin kim", "2024-06-19"), D),
    (ev("meeting", "wang xi", "2024-05"), ev("meeting", "wang xi", "2024-06-02"), D),
    (ev("visit", "lavrov KP", "2023-10-18/2023-10-19"), ev("visit", "lavrov KP", "2024-06-19"), D),
    # the same date with other people
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("meeting", "lavrov wang", "2025-10-27"), D),
    (ev("talks", "fidan araghchi", "2024-09-10"), ev("talks", "fidan lavrov", "2024-09-10"), D),
    (ev("meeting", "putin kim", "2025-09-03"), ev("meeting", "putin xi", "2025-09-03"), D),
    (ev("phone_call", "putin tokayev", "2024-03-05"), ev("phone_call", "putin erdogan", "2024-03-05"), D),
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("meeting", "lavrov", "2025-10-27"), D),  # one side lacks Choe
    # other types, places, dates missing
    (ev("meeting", "lavrov choe", "2025-10-27"), ev("visit", "lavrov choe", "2025-10-27"), D),
    (ev("agreement", "RU KP", "2023-10-19"), ev("invitation", "RU KP", "2023-10-19"), D),
    (ev("statement", "lavrov", "2025-10-27"), ev("statement", "lavrov", "2025-10-27"), D),
    (ev("talks", "fidan araghchi", "2024-09-10", at="ankara"),
     ev("talks", "fidan araghchi", "2024-09-10", at="beijing"), D),
    # one outlet names the country, the other its capital; two countries clash
    (ev("visit", "lavrov KP", "2023-10-19", at="KP"), ev("visit", "lavrov KP", "2023-10-19", at="pyongyang"), S),
    (ev("talks", "fidan araghchi", "2024-09-10", at="TR"), ev("talks", "fidan araghchi", "2024-09-10", at="IR"), D),
    (ev("meeting", "lavrov choe", ""), ev("meeting", "lavrov choe", "2025-10-27"), D),
    (ev("meeting", "lavrov choe", ""), ev("meeting", "lavrov choe", ""), D),
    (ev("meeting", "lavrov choe", "2025-10-27", "denied"), ev("meeting", "lavrov choe", "2025-10-27"), D),
    (ev("visit", "kim RU", "", "planned"), ev("visit", "kim RU", "", "planned"), S),  # one plan, two reports
    (ev("visit", "kim RU", "", "planned"), ev("visit", "kim RU", "", "uncertain"), D),
    (ev("visit", "kim RU", "", "planned"), ev("visit", "kim KP", "", "planned"), D),
]


def test_undated_plans_reported_far_apart_are_two_plans():
    a, b = ev("visit", "kim RU", "", "planned"), ev("visit", "kim RU", "", "planned")
    assert decide(a, b, a_reported="2023-10-19", b_reported="2023-11-02").same
    assert not decide(a, b, a_reported="2023-10-19", b_reported="2025-10-27").same


@pytest.mark.parametrize("a,b,want", PAIRS, ids=[f"{i:02d}" for i in range(len(PAIRS))])
def test_decision(a, b, want):
    got = decide(a, b, a_reported=REPORTED, b_reported=REPORTED)
    assert got.verdict is want, got.why
    back = decide(b, a, a_reported=REPORTED, b_reported=REPORTED)
    assert back.verdict is want, "decision must not depend on the order"
    assert got.why, "every decision gives its reasons"


def test_precision_and_recall_of_same(capsys):
    tp = fp = fn = 0
    for a, b, want in PAIRS:
        got = decide(a, b, a_reported=REPORTED, b_reported=REPORTED).verdict
        tp += got is S and want is S
        fp += got is S and want is not S
        fn += got is not S and want is S
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print(f"\nmerge pairs: {len(PAIRS)}  same: precision {precision:.3f} recall {recall:.3f}")
    assert len(PAIRS) >= 40
    assert precision >= 0.95 and recall >= 0.9
