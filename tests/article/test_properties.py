"""Whatever text comes in, offsets stay true: ``annotate`` passes arbitrary text through here."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from letopis.article import parse_article
from letopis.article.text import collapse
from letopis.records import BlockType
from tests.article.pages import PAGES, text_doc

# pieces that make the shapes fire, mixed with free Cyrillic text
PIECES = st.sampled_from([
    "\n", "\n\n", " ", "  ", "#", "©", "Фото:", "Видео:", "12+", "18:30", "27.10.2025", "27 октября 2025",
    "Читайте также", "Теги", "Подпишитесь", "МЕДИАГРУППА «ЗВЕЗДА»", "3 259", "👁", "/", "|", "·", ".", "!",
    "Сергей Лавров", "встретился с коллегой", "в Москве", "КНДР", "«", "»", "\t", "\r", "ё", "Ё",
])
TEXT = st.lists(st.one_of(PIECES, st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГД .,:-\n", max_size=30)),
                max_size=60).map("".join)


def check(content: str) -> None:
    article = parse_article(text_doc(content))
    assert article.text == content
    previous_end = 0
    for block in article.blocks:
        assert previous_end <= block.start < block.end <= len(content)
        piece = content[block.start:block.end]
        assert piece == piece.strip()
        previous_end = block.end
    body = [collapse(content[b.start:b.end]) for b in article.blocks if b.type is BlockType.BODY]
    assert article.body == "\n\n".join(body)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_keeps_its_offsets(content: str) -> None:
    check(content)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(PAGES)), st.integers(min_value=0, max_value=2000), st.integers(min_value=0, max_value=40))
def test_cut_pages_keep_their_offsets(name: str, start: int, length: int) -> None:
    page = PAGES[name]
    check(page[start:start + length * 20])
