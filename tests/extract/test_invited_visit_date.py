"""The visit an invitation proposes does not take the date of the meeting where the invitation was made."""

from __future__ import annotations

import pytest

from letopis.pipeline import parse_page, text_document
from letopis.records import EventType, Precision

pytestmark = pytest.mark.slow

TEXT = ("Министры обсудили подготовку визита премьер-министра Индии в Россию.\n\n"
        "Приглашение посетить Россию президент передал индийскому премьеру во время их встречи в Астане "
        "в начале июля.")


def test_invitation_date_is_not_the_invited_visit_date(pipeline):
    analysis = pipeline.analyze(parse_page(text_document("inv", TEXT, "2024-10-20")))
    visits = [e for e in analysis.events if e.type is EventType.VISIT]
    assert visits
    for visit in visits:
        assert visit.date.precision is Precision.NONE or not (visit.date.start or "").startswith(("2024-07", "2025-07"))
