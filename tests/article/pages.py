"""Short pages in the shapes of different kinds of Russian outlets, as a scraper saves them.

The pages live in ``pages/``. The outlets, people and events are made up; each page
carries the layout habits of one kind of site: a news agency wire (``agency``), an agency
with a counter and inline teasers (``agency_counter``), a daily newspaper issue
(``newspaper``), a business site (``business``), a regional portal (``regional``), a TV
channel with its schedule (``tv_channel``); and two HTML pages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from letopis.records import Format, RawDocument

PAGES_DIR = Path(__file__).parent / "pages"
PAGES = {path.stem: path.read_text(encoding="utf-8") for path in sorted(PAGES_DIR.glob("*.txt"))}


def html_page(name: str) -> str:
    return (PAGES_DIR / f"{name}.html").read_text(encoding="utf-8")


# text that is page furniture on each page and must never reach the body
BOILERPLATE = {
    "agency": ["Политика", "обновлено", "Теги", "Путин провел телефонный", "Все права защищены"],
    "agency_counter": ["4 512", "обновлено", "Читайте также", "РИА Вектор / Иван", "избранные источники"],
    "newspaper": ["№31", "Текст: Ольга", "Фото: Петр"],
    "business": ["3 102", "Фото:", "Подписывайтесь", "Реклама", "Самое читаемое", "Нефть подорожала"],
    "regional": ["Главная", "Кирилл Петров", "Просмотров", "Ctrl+Enter", "Комментарии"],
    "tv_channel": ["Север-ТВ", "Прямой эфир", "сегодня, 18:45", "#Монголия", "Вечерний выпуск", "Сейчас в эфире"],
}


def text_doc(content: str, *, source: str = "page.txt", **metadata: str | None) -> RawDocument:
    return RawDocument(id=document_id(content), source=source, format=Format.TEXT, encoding="utf-8",
                       content=content, **metadata)


def html_doc(content: str, *, source: str = "page.html", **metadata: str | None) -> RawDocument:
    return RawDocument(id=document_id(content), source=source, format=Format.HTML, encoding="utf-8",
                       content=content, is_html=True, **metadata)


def document_id(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
