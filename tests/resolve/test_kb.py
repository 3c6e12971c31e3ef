"""The package knowledge base, its validation and its look-ups."""

from __future__ import annotations

import calendar
import json
import time
from datetime import date
from pathlib import Path

import pytest

from letopis.resolve.kb import PACKAGE_KB, KbError, KnowledgeBase, load_kb

NOT_UN_MEMBERS = {"PS", "VA", "XK", "TW", "XA", "XO", "EH", "XC", "SU"}


def test_loads_fast():
    # CPU time, best of three: the machine is shared and wall time is noisy
    timings = []
    for _ in range(3):
        started = time.process_time()
        load_kb()
        timings.append(time.process_time() - started)
    assert min(timings) < 0.3


def test_all_un_members_and_observers(kb: KnowledgeBase):
    states = [e for e in kb.entries.values() if e.type == "state"]
    assert len([s for s in states if s.iso2 not in NOT_UN_MEMBERS]) == 193
    assert {s.iso2 for s in states} >= NOT_UN_MEMBERS


def test_every_state_has_code_capital_and_genitive(kb: KnowledgeBase):
    for state in (e for e in kb.entries.values() if e.type == "state"):
        assert state.iso2 and len(state.iso2) == 2, state.id
        assert state.capital_id in kb.entries, state.id
        assert kb.entries[state.capital_id].type == "city"
        assert state.gen, state.id


def test_every_capital_points_back_to_its_state(kb: KnowledgeBase):
    for city in (e for e in kb.entries.values() if e.type == "city" and e.capital_of):
        assert kb.state(city.capital_of) is not None
        assert kb.state(city.capital_of).capital_id == city.id


def test_volume_of_people_and_tenures(kb: KnowledgeBase):
    people = [e for e in kb.entries.values() if e.type == "person"]
    assert len(people) >= 400
    assert sum(len(p.tenures) for p in people) >= 600


@pytest.mark.parametrize(("role", "where", "day", "expected"), [
    ("foreign_minister", "RU", "2003-05-10", "Игорь Иванов"),
    ("foreign_minister", "RU", "2010-05-10", "Сергей Лавров"),
    ("foreign_minister", "RU", "2004-03-09", "Сергей Лавров"),
    ("head_of_state", "US", "2016-06-01", "Барак Обама"),
    ("head_of_state", "US", "2022-06-01", "Джо Байден"),
    ("head_of_state", "US", "2025-06-01", "Дональд Трамп"),
    ("head_of_government", "GB", "2022-10-01", "Лиз Трасс"),
    ("foreign_minister", "KP", "2023-10-19", "Цой Сон Хи"),
    ("un_secretary_general", "org:un", "2012-01-01", "Пан Ги Мун"),
    ("press_secretary", "RU", "2025-10-27", "Дмитрий Песков"),
])
def test_holders_on_a_date(kb: KnowledgeBase, role: str, where: str, day: str, expected: str):
    names = {entry.name for entry, _ in kb.holders(role, where, day)}
    assert expected in names


# offices a bare role phrase ("президент Чили", "глава МИД Венгрии") resolves to exactly one holder of
SINGLE_HOLDER_ROLES = ("head_of_state", "head_of_government", "foreign_minister")
OVERLAP_ALLOWED_DAYS = 31


def _first_day(bound: str) -> date:
    year, month = int(bound[:4]), int(bound[5:7])
    return date(year, month, int(bound[8:10]) if len(bound) > 7 else 1)


def _last_day(bound: str | None) -> date:
    if bound is None:
        return date.max
    year, month = int(bound[:4]), int(bound[5:7])
    return date(year, month, int(bound[8:10]) if len(bound) > 7 else calendar.monthrange(year, month)[1])


def _overlapping_holders(kb: KnowledgeBase) -> list[str]:
    """Pairs of people in one single-holder office of one state at once for more than a month."""
    found = []
    for (role, where), held in kb.holders_index.items():
        if role not in SINGLE_HOLDER_ROLES or kb.state(where) is None:
            continue
        # a ceremonial head of state may sit beside an executive one (an acting president under a junta)
        tenures = [(e, t) for e, t in held if not (role == "head_of_state" and t.ceremonial)]
        for i, (one, first) in enumerate(tenures):
            for other, second in tenures[i + 1:]:
                days = (min(_last_day(first.end), _last_day(second.end))
                        - max(_first_day(first.start), _first_day(second.start))).days
                if one.id != other.id and days > OVERLAP_ALLOWED_DAYS:
                    found.append(f"{role} {where}: {one.name} {first.start}..{first.end} "
                                 f"and {other.name} {second.start}..{second.end}")
    return found


def test_one_holder_of_a_state_office_at_a_time(kb: KnowledgeBase):
    assert _overlapping_holders(kb) == []


def test_adjective_stems(kb: KnowledgeBase):
    assert kb.adjective_state("северокорейской") == "KP"
    assert kb.adjective_state("южнокорейский") == "KR"
    assert kb.adjective_state("российского") == "RU"
    assert kb.adjective_state("белорусская") == "BY"
    assert kb.adjective_state("австралийский") == "AU"
    assert kb.adjective_state("австрийский") == "AT"
    assert kb.adjective_state("мощный") is None


def test_package_files_have_a_type_on_every_line():
    for path in PACKAGE_KB.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["type"]


# ---------------------------------------------------------------------- users' files

PERSON = {"id": "person:test-one", "type": "person", "name": "Тест Первый", "surname": "Первый", "gender": "m",
          "wikidata": None, "roles": [{"role": "foreign_minister", "state": "RU", "from": "2030-01-01", "to": None}]}


def _write(directory: Path, name: str, lines: list[object]) -> Path:
    path = directory / name
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


def test_user_directory_adds_entries(tmp_path: Path):
    _write(tmp_path, "mine.jsonl", [PERSON])
    kb = load_kb([tmp_path])
    assert "Тест Первый" in [e.name for e, _ in kb.holders("foreign_minister", "RU", "2031-01-01")]


def _person(n: str, **tenure: object) -> dict:
    return {**PERSON, "id": f"person:x{n}", "name": f"Икс {n}", "roles": [{"role": "foreign_minister", **tenure}]}


BAD_LINES = [
    ("{not json", "bad JSON"),
    ({"type": "planet", "id": "x"}, "unknown type"),
    ({"type": "person", "id": "person:x1", "name": "Икс"}, "person without surname, gender, roles"),
    ({**PERSON, "id": "person:x2", "roles": [{"role": "astronaut", "state": "RU", "from": "2030-01"}]},
     "unknown role key 'astronaut'"),
    (_person("3", state="RU", **{"from": "2030"}), "is not an ISO date"),
    (_person("4", state="RU", **{"from": "2030-05-01", "to": "2030-01-01"}), "ends 2030-01-01 before"),
    (_person("5", state="QQ", **{"from": "2030-01"}), "'QQ' is not a state"),
    ({**PERSON, "id": "person:sergey-lavrov", "name": "Икс Шесть"}, "duplicate id 'person:sergey-lavrov'"),
    ({**PERSON, "id": "person:x7", "name": "Сергей Лавров"}, "is written 'сергей лавров' like the person"),
    ({**PERSON, "id": "person:x8", "name": "Икс Восемь", "wikidata": "12345"}, "is not a Q-id"),
    ({"type": "city", "id": "city:x9", "name": "Икс", "state": "RU", "wikidata": None, "metonym": "org:none"},
     "metonym 'org:none'"),
]


def test_every_bad_line_is_reported_with_file_and_line(tmp_path: Path):
    path = _write(tmp_path, "bad.jsonl", [line for line, _ in BAD_LINES])
    with pytest.raises(KbError) as caught:
        load_kb([tmp_path])
    problems = caught.value.problems
    for number, (_, reason) in enumerate(BAD_LINES, 1):
        assert any(p.startswith(f"{path}:{number}: ") and reason in p for p in problems), (number, reason, problems)


def test_missing_directory_is_an_error(tmp_path: Path):
    with pytest.raises(KbError):
        load_kb([tmp_path / "absent"])


@pytest.mark.parametrize(("ceremonial", "reported"), [(False, 1), (True, 0)])
def test_overlap_check_sees_a_second_executive_president(tmp_path: Path, ceremonial: bool, reported: int):
    tenure = {"role": "head_of_state", "state": "US", "title": "президент", "from": "2023-01", "to": "2023-05",
              "ceremonial": ceremonial}
    _write(tmp_path, "rival.jsonl", [{**PERSON, "id": "person:x-rival", "name": "Икс Соперник", "roles": [tenure]}])
    found = _overlapping_holders(load_kb([tmp_path]))
    assert len(found) == reported
    assert all("Икс Соперник" in line and " US:" in line for line in found)
