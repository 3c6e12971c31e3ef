"""Cheap looks into markup: the charset a page declares, its root element, whether it has text.

Regular expressions over the head of the file, not a parser: this stage only has to
route and decode a page; the article stage parses it.
"""

from __future__ import annotations

import re

# how far into a page its charset declaration may be (browsers look at the first 1024 bytes;
# pages with long heads put it later)
CHARSET_SCAN_BYTES = 8192

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)

# markup before the root element: declarations, comments, processing instructions
_PROLOG = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!(?!--)[^>]*>)", re.DOTALL)
_ELEMENT = re.compile(r"<([A-Za-z][\w:.-]*)")

FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
# elements whose presence makes a fragment HTML rather than text that mentions "<"
HTML_ELEMENTS = frozenset({
    "html", "head", "body", "meta", "title", "link", "script", "style", "div", "p", "span", "a", "br",
    "article", "section", "header", "footer", "nav", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "table", "tr", "td", "img", "figure", "time", "b", "i", "em", "strong", "form",
    "iframe", "noscript", "blockquote", "pre", "base",
})
_HTML_TAG = re.compile(
    r"<(?:" + "|".join(sorted(HTML_ELEMENTS, key=len, reverse=True)) + r")\b[^>]*>", re.IGNORECASE)
_DOCTYPE_HTML = re.compile(r"<!doctype\s+html", re.IGNORECASE)

# visible text: skip scripts, styles, comments and tags; stop at the first run with a letter
_MARKUP_OR_TEXT = re.compile(
    r"<(script|style|template)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>|([^<]+)", re.DOTALL | re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or an XML declaration names, as written."""
    head = data[:CHARSET_SCAN_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def root_element(head: str) -> str | None:
    """The name of the first element (lower case), after any XML prolog; None if text comes first."""
    position = 0
    while True:
        prolog = _PROLOG.match(head, position)
        if not prolog or prolog.end() == position:
            break
        position = prolog.end()
    rest = head[position:].lstrip()
    match = _ELEMENT.match(rest)
    return match.group(1).lower() if match else None


def has_doctype_html(head: str) -> bool:
    return _DOCTYPE_HTML.search(head) is not None


def count_html_tags(head: str, enough: int) -> int:
    """How many HTML tags ``head`` has, counting up to ``enough``."""
    found = 0
    for _ in _HTML_TAG.finditer(head):
        found += 1
        if found >= enough:
            break
    return found


def has_visible_text(html: str) -> bool:
    """True if any text outside tags, scripts, styles and comments contains a letter."""
    for match in _MARKUP_OR_TEXT.finditer(html):
        text = match.group(2)
        if text and _LETTER.search(text):
            return True
    return False
