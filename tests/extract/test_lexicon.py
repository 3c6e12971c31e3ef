"""The vocabulary files load, are consistent, and give PLOVER codes by type and status."""

from __future__ import annotations

import pytest

from letopis.extract import FAMILIES, load_lexicon, plover_code
from letopis.extract.lexicon import CUE_STRENGTH
from letopis.records import DateRange, Event, EventType, Status


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon()


def test_every_trigger_has_a_family(lexicon) -> None:
    assert lexicon.triggers
    for trigger in lexicon.triggers:
        assert trigger.type in FAMILIES, trigger
        assert trigger.pos in ("VERB", "NOUN"), trigger
        assert trigger.lemma == trigger.lemma.lower().replace("ё", "е"), trigger


def test_requirements_are_known(lexicon) -> None:
    for trigger in lexicon.triggers:
        for requirement in trigger.requires:
            assert requirement.kind in ("child", "mod", "head", "patient", "sing"), trigger


def test_cues_have_known_categories_and_scopes(lexicon) -> None:
    for cue in lexicon.cues:
        assert cue.category in {*CUE_STRENGTH, "anteriority", "anaphoric", "repetition"}, cue
        assert cue.scope in ("chain", "mod", "phrase"), cue
    # longer cues are tried first, so "не исключить" wins over "не"
    lengths = [len(c.lemmas) for c in lexicon.cues]
    assert lengths == sorted(lengths, reverse=True)


def test_collectives_want_known_kinds(lexicon) -> None:
    for entry in lexicon.collectives:
        assert set(entry.kinds) <= {"person", "state", "any"}, entry


def _event(type_: EventType, status: Status) -> Event:
    return Event("ev:x", type_, status, (), DateRange(None, None), ())


@pytest.mark.parametrize(
    ("type_", "status", "code"),
    [
        (EventType.MEETING, Status.OCCURRED, "CONSULT"),
        (EventType.TALKS, Status.OCCURRED, "CONSULT"),
        (EventType.VISIT, Status.OCCURRED, "CONSULT"),
        (EventType.RECEPTION, Status.OCCURRED, "CONSULT"),
        (EventType.PHONE_CALL, Status.OCCURRED, "CONSULT"),
        (EventType.SUMMIT, Status.OCCURRED, "CONSULT"),
        (EventType.CONFERENCE, Status.OCCURRED, "CONSULT"),
        (EventType.VISIT, Status.PLANNED, "AGREE"),
        (EventType.MEETING, Status.PROPOSED, "AGREE"),
        (EventType.SUMMIT, Status.PLANNED, "AGREE"),
        (EventType.INVITATION, Status.OCCURRED, "AGREE"),
        (EventType.AGREEMENT, Status.OCCURRED, "SUPPORT"),
        (EventType.AGREEMENT, Status.PLANNED, "AGREE"),
        (EventType.MEETING, Status.DENIED, None),
        (EventType.VISIT, Status.UNCERTAIN, None),
        (EventType.STATEMENT, Status.OCCURRED, None),
        (EventType.COMMEMORATION, Status.OCCURRED, None),
        (EventType.CULTURAL_EVENT, Status.OCCURRED, None),
    ],
)
def test_plover_code(lexicon, type_: EventType, status: Status, code: str | None) -> None:
    assert plover_code(_event(type_, status), lexicon) == code


def test_a_user_folder_replaces_the_vocabulary(tmp_path, lexicon) -> None:
    from letopis.extract.lexicon import DATA_DIR

    for path in DATA_DIR.glob("*.tsv"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "plover.tsv").write_text("meeting\toccurred\tMEET\n", encoding="utf-8")
    mine = load_lexicon(tmp_path)
    assert plover_code(_event(EventType.MEETING, Status.OCCURRED), mine) == "MEET"
    assert plover_code(_event(EventType.VISIT, Status.OCCURRED), mine) is None
