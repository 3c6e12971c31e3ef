"""Lines that repeat across pages of one publisher: menus, slogans, footers a shape misses.

One :class:`LineMemory` lives as long as a batch. Every parsed page adds its lines under
its publisher key (the URL's host, else the publisher's name); a line seen on enough
*other* pages of the same key is furniture, not text. A page (its URL, else its content)
counts once however often it is parsed, so parsing a batch twice (to let the first pages
profit from the last) gives the same counts as a single pass that saw every page, and a
page saved twice at different times does not make its own title look like furniture.

Lines compare folded (case, ё, spaces) but with their numbers: a daily "Курс доллара на
5 октября" is a new title every day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from letopis.article.text import fold


class LineMemory:
    """Counts, per publisher key, on how many pages each normalised line occurs."""

    __slots__ = ("_lines", "_pages")

    def __init__(self) -> None:
        self._pages: dict[str, dict[str, int]] = defaultdict(dict)       # key -> page id -> page number
        self._lines: dict[str, dict[str, set[int]]] = defaultdict(dict)  # key -> line -> page numbers

    def observe(self, key: str, page_id: str, lines: Iterable[str]) -> None:
        """Record the lines of one page; a page already recorded under this key is skipped."""
        pages = self._pages[key]
        if page_id in pages:
            return
        page = pages[page_id] = len(pages)
        table = self._lines[key]
        for line in {fold(line) for line in lines if line.strip()}:
            table.setdefault(line, set()).add(page)

    def other_pages(self, key: str, page_id: str, line: str) -> int:
        """On how many pages of ``key``, this one left out, the line occurs."""
        seen = self._lines.get(key, {}).get(fold(line))
        if not seen:
            return 0
        page = self._pages[key].get(page_id)
        return len(seen) - (1 if page is not None and page in seen else 0)

    def pages(self, key: str) -> int:
        return len(self._pages.get(key, {}))


def memory_key(url: str | None, publisher: str | None) -> str | None:
    """The publisher key a page's lines are counted under: host without "www.", else the name."""
    if url:
        host = urlsplit(url).hostname
        if host:
            return "host:" + host.removeprefix("www.")
    if publisher:
        return "name:" + fold(publisher)
    return None
