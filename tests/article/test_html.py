"""HTML pages: trafilatura's text and metadata, plus the dateline, tags and credits around it."""

from __future__ import annotations

import pytest

from letopis.article import parse_article
from letopis.records import BlockType
from tests.article.pages import html_doc, html_page

NEWS_PAGE = html_page("news_page")
BOLD_LEAD_PAGE = html_page("bold_lead_page")


def test_news_page() -> None:
    article = parse_article(html_doc(NEWS_PAGE, url="https://kaspiy-info.example/politics/1"))
    assert article.title == "Министры обсудили транзит через Каспий"
    assert article.publisher == "Каспий-Инфо"
    assert article.published_at == "2025-04-02T10:45:00"
    assert article.author == "Рустам Алиев"
    assert article.views == 1204
    assert article.lead == ("Главы МИД трех прикаспийских государств договорились ускорить работу "
                            "над транспортным коридором.")
    assert article.body.startswith("Министры иностранных дел встретились в Баку")
    assert article.body.endswith("подписать соглашение о тарифах.")
    assert article.credits == ("Фото: пресс-служба МИД",)
    assert article.hashtags == ("Каспий", "транзит")
    for furniture in ("Главная", "Курс маната", "Все права защищены", "Просмотров", "#Каспий"):
        assert furniture not in article.body


def test_page_text_and_blocks_agree() -> None:
    article = parse_article(html_doc(NEWS_PAGE))
    assert article.blocks[0].type is BlockType.TITLE
    assert article.text[article.blocks[0].start:article.blocks[0].end] == article.title
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
    body = [article.text[b.start:b.end] for b in article.blocks if b.type is BlockType.BODY]
    assert "\n\n".join(body) == article.body


def test_bold_first_paragraph_is_the_lead() -> None:
    article = parse_article(html_doc(BOLD_LEAD_PAGE))
    assert article.title == "Межправительственная комиссия собралась в Улан-Баторе"
    assert article.lead == "Сопредседатели комиссии подвели итоги года и наметили новые проекты в энергетике."
    assert article.body.startswith("Заседание российско-монгольской")
    assert article.published_at == "2024-06-05T14:10:00"


def test_container_metadata_fills_gaps() -> None:
    page = BOLD_LEAD_PAGE.replace('<div class="date">05.06.2024 14:10</div>', "")
    article = parse_article(html_doc(page, published_at="2024-06-05T09:00:00+08:00", publisher="Степь сегодня"))
    assert article.published_at == "2024-06-05T09:00:00"
    assert article.publisher == "Степь сегодня"


@pytest.mark.parametrize("cut", [40, 300, 700, 1200, 1700, len(NEWS_PAGE) - 30])
def test_truncated_page_does_not_crash(cut: int) -> None:
    article = parse_article(html_doc(NEWS_PAGE[:cut]))
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)


@pytest.mark.parametrize("content", ["", "<html>", "<<<>>>", "<p>", "<?xml version='1.0'?><html/>", "\x00\x01"])
def test_broken_markup_gives_an_empty_or_plain_article(content: str) -> None:
    article = parse_article(html_doc(content))
    assert article.body == "" or article.body.strip()
    assert all(b.end <= len(article.text) for b in article.blocks)


def test_unextractable_page_falls_back_to_its_text() -> None:
    page = ("<html><body><div>Заметка без разметки статьи.</div>"
            "<div>Вторая строка заметки о переговорах.</div></body></html>")
    article = parse_article(html_doc(page))
    assert "Вторая строка заметки" in article.text
