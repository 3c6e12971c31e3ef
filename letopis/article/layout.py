"""Typing the text lines of a page by their place: title, lead, body, or page furniture.

:mod:`letopis.article.shapes` types the lines that say what they are on their own. The
rest is text, and its role follows from where it stands:

* under a list heading ("Читайте также", "Теги") short lines belong to the list;
* runs of time-led lines are a schedule (when rated "12+") or a news feed;
* runs of one-to-three-word lines are a menu;
* lines (not sentences) repeated on other pages of the same publisher are furniture;
* the title is the first title-shaped line of the stretch of lines that leads to the
  first sentence of the page over datelines, credits and short captions only;
* a lead is the text between the title and a dateline or credit that the body follows;
* after the title, sentences are body, and so are the short lines among them
  (subheadings, captions); short lines after the last sentence are furniture;
* once the body has started, a schedule or footer closes the article, unless
  enough text follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from letopis.article.settings import ArticleSettings
from letopis.article.shapes import Segment
from letopis.article.text import SENTENCE_END, SENTENCE_PUNCT, TIME_LED, Line, fold, words
from letopis.records import Block, BlockType

T = BlockType
_LOWER = re.compile(r"[a-zа-яё]")
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s+[«\"A-ZА-ЯЁ]")
METADATA = frozenset({T.DATELINE, T.CREDITS, T.VIEWS})
# what may stand between a title and the first sentence of the article
PASSABLE = frozenset({T.DATELINE, T.CREDITS, T.VIEWS, T.SUBSCRIBE, T.HASHTAGS, T.TEASER})
# page furniture that never stands inside an article: after the body it closes the article
CLOSING = frozenset({T.SCHEDULE, T.FOOTER})
# adjacent lines of these types are one block; credits and datelines stay one per line
MERGEABLE = frozenset({T.NAVIGATION, T.SCHEDULE, T.FOOTER, T.OTHER, T.TEASER, T.HASHTAGS, T.SUBSCRIBE})


@dataclass(frozen=True, slots=True)
class Hints:
    """What the container or the HTML extractor already knows about the page."""

    first_line_is_title: bool = False
    title: str | None = None
    description: str | None = None
    extracted: bool = False      # the text was already cut to the article by an extractor


def type_lines(
    text: str,
    lines: Sequence[Line],
    segments: Sequence[list[Segment]],
    settings: ArticleSettings,
    *,
    hints: Hints = Hints(),
    repeated: Callable[[str], bool] = lambda line: False,
) -> list[Block]:
    """Blocks for the whole page, in page order."""
    segments = _confirmed(segments)
    kinds: list[BlockType | None] = [segs[0].type for segs in segments]
    texts = [text[line.start:line.end] for line in lines]
    free = [len(segs) == 1 and segs[0].type is None for segs in segments]
    if hints.first_line_is_title and free:
        kinds[0] = T.TITLE

    _header_runs(texts, segments, kinds, free, settings)
    _time_runs(texts, kinds, free, settings)
    _menu_runs(texts, kinds, free, settings)
    for i, line_text in enumerate(texts):
        # a sentence is never furniture by repetition alone: a reprint repeats whole paragraphs
        if (free[i] and kinds[i] is None and len(line_text) <= settings.repeat_max_chars
                and not is_sentence(line_text, settings) and repeated(line_text)):
            kinds[i] = T.OTHER
    passable = [kinds[i] in PASSABLE or segs[0].meta for i, segs in enumerate(segments)]
    title = 0 if hints.first_line_is_title and free else _title(texts, lines, kinds, passable, settings, hints)
    if title is not None:
        kinds[title] = T.TITLE
    _lead(texts, kinds, title, settings, hints)
    _link_runs(texts, lines, kinds, settings)
    _body(texts, lines, kinds, title, settings, hints.extracted)
    return _blocks(text, lines, segments, kinds)


def _confirmed(segments: Sequence[list[Segment]]) -> list[list[Segment]]:
    """Weak guesses stand only next to a line of page metadata; elsewhere they are text."""
    def metadata(i: int) -> bool:
        return 0 <= i < len(segments) and not segments[i][0].weak and (
            segments[i][0].type in METADATA or segments[i][0].meta)

    return [
        [Segment(None, segs[0].start, segs[-1].end)] if segs[0].weak and not (metadata(i - 1) or metadata(i + 1))
        else segs
        for i, segs in enumerate(segments)
    ]


def is_sentence(line: str, settings: ArticleSettings) -> bool:
    """Running text: enough words, lowercase letters, and a sentence end (or plain length)."""
    # whitespace tokens count words closely enough here, and far faster on long paragraphs
    if len(line.split()) < settings.body_min_words or not _LOWER.search(line):
        return False
    return bool(SENTENCE_END.search(line)) or len(line) >= settings.body_unpunctuated_min_chars


def _header_runs(texts, segments, kinds, free, settings: ArticleSettings) -> None:
    """The short lines under a list heading share its type, up to the first sentence."""
    for i, segs in enumerate(segments):
        if not segs[0].header:
            continue
        for j in range(i + 1, min(len(texts), i + 1 + settings.header_run_max_lines)):
            line = texts[j]
            if (not free[j] or kinds[j] is not None or len(line) > settings.listed_line_max_chars
                    or (is_sentence(line, settings) and SENTENCE_END.search(line))):
                break
            kinds[j] = segs[0].type


def _time_runs(texts, kinds, free, settings: ArticleSettings) -> None:
    """Time-led lines next to a rated schedule line are schedule; other runs are a news feed."""
    led = [free[i] and kinds[i] is None and bool(TIME_LED.match(t)) for i, t in enumerate(texts)]
    i = 0
    while i < len(texts):
        if not led[i]:
            i += 1
            continue
        j = i
        while j < len(texts) and led[j]:
            j += 1
        beside_schedule = (i > 0 and kinds[i - 1] is T.SCHEDULE) or (j < len(texts) and kinds[j] is T.SCHEDULE)
        if beside_schedule:
            kinds[i:j] = [T.SCHEDULE] * (j - i)
        elif j - i >= settings.time_run_min_lines:
            kinds[i:j] = [T.TEASER] * (j - i)
        i = j


def _menu_runs(texts, kinds, free, settings: ArticleSettings) -> None:
    def item(i: int) -> bool:
        line = texts[i]
        return (free[i] and kinds[i] is None and len(line) <= settings.menu_item_max_chars
                and 0 < len(words(line)) <= settings.menu_item_max_words
                and line[:1].isupper() and not SENTENCE_PUNCT.search(line))

    i = 0
    while i < len(texts):
        j = i
        while j < len(texts) and item(j):
            j += 1
        if j - i >= settings.menu_run_min_lines:
            kinds[i:j] = [T.NAVIGATION] * (j - i)
        i = max(j, i + 1)


def _title_shaped(line: str, settings: ArticleSettings) -> bool:
    return (
        len(words(line)) >= settings.title_min_words
        and len(line) <= settings.title_max_chars
        and any(ch.islower() for ch in line)
        and (line[0].isupper() or line[0].isdigit() or line[0] in "«\"“")
        and not line.rstrip("»\"”’)").endswith((".", ",", ":", ";"))
    )


def _title(texts, lines: Sequence[Line], kinds, passable, settings: ArticleSettings,
           hints: Hints) -> int | None:
    text_lines = [i for i, kind in enumerate(kinds) if kind is None]
    if not text_lines:
        return None
    if hints.title:
        wanted = fold(hints.title)
        for i in text_lines:
            line = fold(texts[i])
            # a container title often carries the site name after a dash: "Заголовок — Сайт"
            if line == wanted or (wanted.startswith(line) and len(words(line)) >= settings.title_min_words):
                return i
    if text_lines[0] == 0 and _short_opening_sentence(texts, lines, settings):
        return 0
    sentences = [i for i in text_lines if is_sentence(texts[i], settings)]
    title = _title_above(sentences[0] if sentences else len(texts), texts, kinds, passable, settings)
    # a lone short sentence above the title (a weather widget, a slogan) is not the text's start
    if title is None and len(sentences) > 1 and _lone_short(texts[sentences[0]], settings):
        title = _title_above(sentences[1], texts, kinds, passable, settings)
    return title


def _title_above(anchor: int, texts, kinds, passable, settings: ArticleSettings) -> int | None:
    title = None
    for i in range(anchor - 1, -1, -1):
        if kinds[i] is None and _title_shaped(texts[i], settings):
            title = i
        elif kinds[i] is None and len(words(texts[i])) <= settings.caption_max_words:
            continue   # a caption or a rubric between the title and the text
        elif kinds[i] is None or not passable[i]:
            break
    return title


def _lone_short(line: str, settings: ArticleSettings) -> bool:
    return not _INNER_SENTENCE_END.search(line) and len(line) < settings.body_unpunctuated_min_chars


def _short_opening_sentence(texts, lines: Sequence[Line], settings: ArticleSettings) -> bool:
    """"Кризис одолел моду." alone on the first line, a blank line and the text: a title with a period."""
    first = texts[0]
    return (len(texts) > 1 and lines[1].blank_before and len(words(first)) <= settings.title_short_words
            and first[:1].isupper() and first.rstrip("»\"”’)").endswith(".") and ". " not in first
            and is_sentence(texts[1], settings))


def _lead(texts, kinds, title: int | None, settings: ArticleSettings, hints: Hints) -> None:
    start = title + 1 if title is not None else 0
    following = [i for i in range(start, len(texts)) if kinds[i] is None]
    if hints.description:
        wanted = fold(hints.description)
        for i in following[:settings.lead_max_lines + 1]:
            if wanted and fold(texts[i]).startswith(wanted):
                kinds[i] = T.LEAD
                return
    # a standfirst: a line of text without a sentence end under the title (and its dateline), then the text
    if (title is not None and len(following) >= 2
            and all(kinds[i] in METADATA for i in range(start, following[0]))
            and _lead_shaped(texts[following[0]], settings) and not SENTENCE_END.search(texts[following[0]])
            and is_sentence(texts[following[1]], settings)):
        kinds[following[0]] = T.LEAD
        return
    between = []
    i = start
    while i < len(texts) and kinds[i] is None:
        between.append(i)
        i += 1
    if not between or len(between) > settings.lead_max_lines or i >= len(texts) or kinds[i] not in METADATA:
        return
    if not all(_lead_shaped(texts[j], settings) for j in between):
        return
    follows = any(kinds[j] is None and is_sentence(texts[j], settings) for j in range(i + 1, len(texts)))
    if follows:
        for j in between:
            kinds[j] = T.LEAD


def _link_runs(texts, lines: Sequence[Line], kinds, settings: ArticleSettings) -> None:
    """After the text has begun, three and more adjacent lines without a sentence end are links."""
    def link(i: int) -> bool:
        return (kinds[i] is None and len(texts[i]) <= settings.listed_line_max_chars
                and not SENTENCE_END.search(texts[i]))

    begun = False
    i = 0
    while i < len(texts):
        if not begun:
            begun = kinds[i] is None and is_sentence(texts[i], settings)
            i += 1
            continue
        j = i
        while j < len(texts) and link(j) and (j == i or not lines[j].blank_before):
            j += 1
        if j - i >= settings.link_run_min_lines:
            kinds[i:j] = [T.TEASER] * (j - i)
        i = max(j, i + 1)


def _lead_shaped(line: str, settings: ArticleSettings) -> bool:
    return len(words(line)) >= settings.lead_min_words and any(ch.islower() for ch in line)


def _body(texts, lines: Sequence[Line], kinds, title: int | None, settings: ArticleSettings,
          extracted: bool) -> None:
    """Text lines after the title: sentences, and the short lines among them, are body.

    Short lines after the last sentence are furniture unless they end a sentence. A
    footer or schedule after the body closes the article, unless enough text follows it
    to show that the closing was a false alarm.
    """
    sentences = [i for i in range(len(texts)) if kinds[i] is None and is_sentence(texts[i], settings)
                 and (title is None or i > title)]
    # without a title the article starts at its first sentence
    start = title + 1 if title is not None else (sentences[0] if sentences else 0)
    last = sentences[-1] if sentences else -1
    end = _closing(kinds, texts, sentences, settings)
    for i in range(len(texts)):
        if kinds[i] is not None:
            continue
        line = texts[i]
        if i < start or i >= end:
            kinds[i] = T.OTHER
        elif (extracted or i <= last or _wrapped(texts, lines, kinds, i)
              or (SENTENCE_END.search(line) and any(ch.islower() for ch in line))):
            kinds[i] = T.BODY
        else:
            kinds[i] = T.OTHER


def _closing(kinds, texts, sentences: list[int], settings: ArticleSettings) -> int:
    """Where the article ends: at the first footer or schedule after its first sentence."""
    if not sentences:
        return len(texts)
    for i in range(sentences[0], len(texts)):
        if kinds[i] in CLOSING:
            after = sum(len(texts[j]) for j in sentences if j > i)
            return i if after < settings.reopen_min_chars else len(texts)
    return len(texts)


def _wrapped(texts, lines: Sequence[Line], kinds, i: int) -> bool:
    """A hard-wrapped paragraph: the line goes on from body text without a sentence end."""
    return (i > 0 and kinds[i - 1] is T.BODY and not lines[i].blank_before
            and not SENTENCE_END.search(texts[i - 1]) and texts[i][:1].islower())


def _blocks(text: str, lines: Sequence[Line], segments: Sequence[list[Segment]], kinds) -> list[Block]:
    blocks: list[Block] = []
    last_line = -2
    for i, (line, segs) in enumerate(zip(lines, segments, strict=True)):
        for seg in segs:
            kind = kinds[i] if len(segs) == 1 else (seg.type or T.OTHER)
            start, end = line.start + seg.start, line.start + seg.end
            if start >= end:
                continue
            prev = blocks[-1] if blocks else None
            joins = (prev is not None and prev.type is kind and last_line == i - 1 and len(segs) == 1
                     and not line.blank_before
                     and (kind in MERGEABLE or (kind is T.BODY and _continues(text, prev, start))))
            if joins:
                blocks[-1] = Block(kind, prev.start, end)
            else:
                blocks.append(Block(kind, start, end))
        last_line = i if len(segs) == 1 else -2
    return blocks


def _continues(text: str, prev: Block, start: int) -> bool:
    return not SENTENCE_END.search(text[prev.start:prev.end]) and text[start:start + 1].islower()
