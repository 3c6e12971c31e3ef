"""The article stage: a decoded page to a typed :class:`~letopis.records.Article`.

A plain-text page keeps its text exactly (``Article.text == doc.content``), so offsets
given by any later stage index the text as it came in. An HTML page is first reduced to
page text by trafilatura (:mod:`letopis.article.html`). Either way the text is split into
lines, each line typed by its shape (:mod:`.shapes`) or by its place (:mod:`.layout`), and
the fields are read from the typed blocks (:mod:`.fields`).

Usage::

    memory = LineMemory()                  # one per batch: lines repeated across a site's pages
    article = parse_article(doc, memory=memory)
"""

from __future__ import annotations

from collections.abc import Callable

from letopis.article.dates import better_date, normalise_date
from letopis.article.fields import (
    agency_publisher,
    normalise_publisher,
    of_type,
    paragraphs,
    read_credits,
    read_datelines,
    read_hashtags,
    read_views,
)
from letopis.article.html import HtmlPage, read_html
from letopis.article.layout import Hints, type_lines
from letopis.article.memory import LineMemory, memory_key
from letopis.article.settings import ArticleSettings, default_settings, load_settings
from letopis.article.shapes import Segment, line_segments
from letopis.article.text import Line, collapse, split_lines
from letopis.records import Article, BlockType, Format, RawDocument

__all__ = ["ArticleSettings", "LineMemory", "default_settings", "load_settings", "parse_article"]


def parse_article(
    doc: RawDocument,
    *,
    settings: ArticleSettings | None = None,
    memory: LineMemory | None = None,
) -> Article:
    """Type every part of the page and read the article's fields from it.

    ``memory``, shared across a batch, lets lines repeated on other pages of the same
    publisher count as furniture; this page's lines are added to it.
    """
    settings = settings or default_settings()
    cues = settings.cues
    page = _html_page(doc, settings)
    text = page.text if page else doc.content
    lines = split_lines(text)
    segments = [line_segments(text[line.start:line.end], settings) for line in lines]
    if page and page.title and segments:
        segments[0] = [Segment(None, 0, lines[0].end - lines[0].start)]
    datelines = [text[ln.start + s.start:ln.start + s.end] for ln, segs in zip(lines, segments, strict=True)
                 for s in segs if s.type is BlockType.DATELINE]
    byline = read_datelines(datelines, settings)

    key = memory_key(doc.url, doc.publisher or byline.publisher or (page.sitename if page else None))
    hints = Hints(first_line_is_title=bool(page and page.title), title=doc.title,
                  description=page.lead if page else None, extracted=page is not None)
    page_id = doc.url or doc.id
    blocks = type_lines(text, lines, segments, settings, hints=hints,
                        repeated=_repeated(memory, key, page_id, settings))
    if memory is not None and key is not None:
        memory.observe(key, page_id, _short_lines(text, lines, settings))

    body_blocks = of_type(text, blocks, BlockType.BODY)
    titles = of_type(text, blocks, BlockType.TITLE)
    page_date = better_date(byline.published_at, page.published_at if page else None)
    return Article(
        doc_id=doc.id,
        source=doc.source,
        text=text,
        blocks=tuple(blocks),
        publisher=(byline.publisher or normalise_publisher(doc.publisher, cues)
                   or normalise_publisher(page.sitename if page else None, cues)
                   or agency_publisher(body_blocks[0] if body_blocks else None, cues)),
        published_at=better_date(page_date, normalise_date(doc.published_at, settings.cues.months)),
        author=byline.author or (page.author if page else None) or (collapse(doc.author) if doc.author else None),
        title=collapse(titles[0]) if titles else (collapse(doc.title) if doc.title else None),
        lead=paragraphs(of_type(text, blocks, BlockType.LEAD)) or None,
        body=paragraphs(body_blocks),
        hashtags=read_hashtags(of_type(text, blocks, BlockType.HASHTAGS), settings.cues),
        credits=read_credits(of_type(text, blocks, BlockType.CREDITS)),
        views=read_views(of_type(text, blocks, BlockType.VIEWS)),
        url=doc.url,
    )


def _html_page(doc: RawDocument, settings: ArticleSettings) -> HtmlPage | None:
    if not (doc.is_html or doc.format is Format.HTML):
        return None
    return read_html(doc.content, doc.url, settings)


def _repeated(memory: LineMemory | None, key: str | None, page_id: str,
              settings: ArticleSettings) -> Callable[[str], bool]:
    if memory is None or key is None:
        return lambda line: False
    return lambda line: memory.other_pages(key, page_id, line) >= settings.repeat_min_other_pages


def _short_lines(text: str, lines: list[Line], settings: ArticleSettings) -> list[str]:
    return [text[ln.start:ln.end] for ln in lines if ln.end - ln.start <= settings.repeat_max_chars]
