"""Only the title, lead and body are read: a "read also" teaser or a schedule line tells no event."""

from __future__ import annotations

import pytest

PAGE = """Лавров провел переговоры с Ван И

12.03.2025

Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Китая Ван И в Москве.

Читайте также: Си Цзиньпин встретился с президентом Франции Эмманюэлем Макроном

Новости 12+
"""


@pytest.mark.slow
def test_a_teaser_yields_nothing(read_article) -> None:
    from letopis.pipeline import parse_page, text_document

    reading = read_article(parse_page(text_document("teaser", PAGE, "2025-03-12")))
    teaser = PAGE.index("Читайте также")
    assert reading.events, "\n".join(reading.debug)
    for event in reading.events:
        names = {p.name for p in event.participants}
        assert "Эмманюэль Макрон" not in names
        assert all(ev.start < teaser for ev in event.evidence)
    talks = [e for e in reading.events if e.type.value == "talks"]
    assert len(talks) == 1, "the title and the body tell one event"
    assert {p.name for p in talks[0].participants} == {"Сергей Лавров", "Ван И"}
    assert len(talks[0].evidence) == 2
