"""The one adapter over trafilatura: an HTML page to page text plus metadata.

trafilatura finds the main text and the metadata (title, date, author, site name). What it
leaves out but the article record wants — the dateline, view counter, hashtags and photo
credits printed around the text — is looked up in the page's own article element and
kept as extra lines, so that the same block typing as for plain text reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from letopis.article.dates import better_date, normalise_date
from letopis.article.settings import ArticleSettings
from letopis.article.shapes import line_segments
from letopis.article.text import collapse, fold, words
from letopis.records import BlockType

# the time of day is read from the page's metadata: trafilatura gives the day only
_DATETIME_XPATH = (
    "//meta[@property='article:published_time' or @name='article:published_time' or @itemprop='datePublished'"
    " or @name='pubdate' or @name='publish-date' or @property='og:published_time']/@content"
    " | //*[@itemprop='datePublished']/@datetime | //time/@datetime"
)
_BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "figcaption",
               "section", "article", "blockquote", "ul", "ol", "table", "header", "footer")
_KEPT = frozenset({BlockType.DATELINE, BlockType.VIEWS, BlockType.HASHTAGS, BlockType.CREDITS})
_BEFORE_TEXT = frozenset({BlockType.DATELINE, BlockType.VIEWS})


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The page text built from an HTML page, and what its metadata says."""

    text: str
    title: str | None = None          # the first line of ``text`` when set
    published_at: str | None = None
    author: str | None = None
    sitename: str | None = None
    lead: str | None = None           # the paragraph the page marks as its lead


def read_html(html: str, url: str | None, settings: ArticleSettings) -> HtmlPage:
    """Never raises on broken markup: a page trafilatura cannot read falls back to its plain text."""
    tree = _parse(html)
    extracted = _extract(html, url)
    if extracted is None or not (extracted.text or "").strip():
        return HtmlPage(text=_plain_text(tree) if tree is not None else "")
    paragraphs = [collapse(p) for p in extracted.text.split("\n") if p.strip()]
    title = collapse(extracted.title) if extracted.title else None
    if title:
        # the headline is often extracted with the text, not always first
        paragraphs = [p for k, p in enumerate(paragraphs) if k > 2 or fold(p) != fold(title)]
    lead = _marked_lead(tree, settings) if tree is not None else None
    if lead and not any(fold(p) == fold(lead) for p in paragraphs[:3]):
        paragraphs.insert(0, lead)
    before, after = _kept_lines(tree, "\n".join(paragraphs), settings) if tree is not None else ([], [])
    # a dateline's parts may come out of the extractor as a paragraph of their own
    kept = [fold(line) for line in before + after]
    paragraphs = [p for p in paragraphs
                  if len(p) > settings.credit_max_chars or not any(fold(p) in line for line in kept)]
    lines = ([title] if title else []) + before + paragraphs + after
    months = settings.cues.months
    return HtmlPage(
        text="\n\n".join(lines),
        title=title,
        published_at=better_date(normalise_date(extracted.date, months), _meta_datetime(tree, months)),
        author=collapse(extracted.author) if extracted.author else None,
        sitename=collapse(extracted.sitename) if extracted.sitename else None,
        lead=lead,
    )


def _parse(html: str) -> HtmlElement | None:
    try:
        return load_html(html)
    except (ValueError, etree.ParserError):
        return None


def _extract(html: str, url: str | None) -> Any:
    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True,
            favor_recall=True, deduplicate=False,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    except Exception:  # trafilatura raises assorted errors on broken markup; the fallback reads it
        return None


def _meta_datetime(tree: HtmlElement | None, months) -> str | None:
    if tree is None:
        return None
    for value in tree.xpath(_DATETIME_XPATH):
        found = normalise_date(str(value), months)
        if found and "T" in found:
            return found
    return None


def _content_root(tree: HtmlElement) -> tuple[HtmlElement, frozenset[str]]:
    """The element holding the article, and the tags to skip inside it.

    A page header or footer inside ``<article>`` belongs to the article (its dateline,
    its tags); outside it, it is the site's.
    """
    for path in ("//article", "//main"):
        found = tree.xpath(path)
        if found:
            return found[0], frozenset()
    return tree, frozenset({"header", "footer"})


def _kept_lines(tree: HtmlElement, extracted: str, settings: ArticleSettings) -> tuple[list[str], list[str]]:
    """Datelines and counters (to go before the text), hashtags and credits (after it)."""
    before: list[str] = []
    after: list[str] = []
    seen = fold(extracted)
    root, chrome = _content_root(tree)
    skip = settings.cues.html_skip_tags | chrome
    taken: set[HtmlElement] = set()
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in skip:
            continue
        if any(ancestor in taken or ancestor.tag in skip for ancestor in element.iterancestors()):
            continue
        line = collapse(element.text_content())
        if not line or len(line) > settings.credit_max_chars or fold(line) in seen:
            continue
        segments = line_segments(line, settings)
        kinds = {segment.type for segment in segments}
        if not kinds or not kinds <= _KEPT or any(s.header for s in segments):
            continue
        taken.add(element)
        (before if kinds <= _BEFORE_TEXT or BlockType.DATELINE in kinds else after).append(line)
    return before, after


def _marked_lead(tree: HtmlElement, settings: ArticleSettings) -> str | None:
    """The paragraph the page marks as its lead: by a lead class, or as a first paragraph all in bold."""
    root = _content_root(tree)[0]
    for element in root.iter("p", "div"):
        text = collapse(element.text_content())
        if len(words(text)) < settings.lead_min_words or len(text) > settings.lead_max_chars:
            continue
        marks = fold(f"{element.get('class', '')} {element.get('id', '')}")
        if any(re.search(rf"(?<![a-z]){re.escape(cue)}(?![a-z])", marks) for cue in settings.cues.lead_classes):
            return text
    first = next((p for p in root.iter("p") if len(words(p.text_content())) >= settings.lead_min_words), None)
    if first is not None and len(first) == 1 and first[0].tag in ("b", "strong"):
        text = collapse(first.text_content())
        if fold(first[0].text_content()) == fold(text) and len(words(text)) >= settings.lead_min_words:
            return text
    return None


def _plain_text(tree: HtmlElement) -> str:
    """The page's text with a line per block element, for pages trafilatura cannot read."""
    for element in [e for e in tree.iter("script", "style", "noscript", "template") if e.getparent() is not None]:
        element.drop_tree()
    for element in tree.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (collapse(line) for line in tree.text_content().split("\n"))
    return "\n\n".join(line for line in lines if line)
