"""What one line looks like on its own: the shapes that type a line without its neighbours.

A line may hold several things ("19.10.2023 Медиаресурс «…» 3259" is a dateline and a
view counter; "© Фото: … © Видео: …" is two credits), so a shape returns segments with
offsets inside the line. A line no shape claims is text; :mod:`letopis.article.layout`
types it by its place on the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from letopis.article.dates import DateHit, find_dates
from letopis.article.settings import ArticleSettings
from letopis.article.text import (
    AGE_RATING,
    COUNT,
    DIGIT,
    SENTENCE_END,
    SENTENCE_PUNCT,
    TIME_LED,
    contains_phrase,
    fold,
    is_capitalised,
    starts_with_phrase,
    strip_spans,
    words,
)
from letopis.records import BlockType

T = BlockType
# a count at the end of a dateline, after a word or a closing quote, not after "стр." or an icon
_BARE_COUNT = re.compile(r"(?<=[\w»\")\]])\s+(" + COUNT + r")\s*$")
# used with .match(line, pos), where "^" would not match
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\(с\))", re.IGNORECASE)
_LABEL_AFTER_WORDS = re.compile(r"(?:\s+[^\s:—–]+){1,3}\s*[:—–]\s*\S")
_COUNTER_MARK = re.compile(r"[^\W\d_]|👁")
_TRAILING_COUNT = re.compile(r"\s*\(?\d+\)?$")
_TIME = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# menu items: "Главная / Новости", "Город | Страна | Мир", "Москва · Астана", or two spaces and more
_PATH_SEPARATORS = re.compile(r"\s+[/»›→>]\s+")
_LIST_SEPARATORS = re.compile(r"\s+[/|»›→>•·]\s+|\s{2,}")
_QUOTED = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»|\"[^\"]+\"|“[^”]+”")
_IMPERATIVE = re.compile(r"^[а-яё]+(?:йте|ите|ьте)(?:сь)?$")
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
PERSON = re.compile(rf"(?:{_INITIALS}{_NAME}|{_NAME}(?:\s+{_NAME}){{1,2}}|{_NAME}\s+{_INITIALS})")
PERSONS = re.compile(rf"{PERSON.pattern}(?:\s*(?:,|\sи)\s*{PERSON.pattern})*")


@dataclass(frozen=True, slots=True)
class Segment:
    """A typed part of a line. ``type`` None means text, to be typed by its place on the page.

    ``header`` marks a list heading ("Читайте также", "Теги") alone on its line: the short
    lines under it share its type. ``meta`` marks a line that describes the page
    ("Рубрика: …", "Время чтения: …"), which may stand between a title and the text.
    ``weak`` marks a guess a neighbour must confirm: a name alone is a byline next to a
    dateline, but a photo caption next to text.
    """

    type: BlockType | None
    start: int
    end: int
    header: bool = False
    meta: bool = False
    weak: bool = False


def line_segments(line: str, settings: ArticleSettings) -> list[Segment]:
    """Segments of one stripped line, offsets relative to the line."""
    folded = fold(line)
    for shape in (_hashtags, _credits, _footer, _dateline, _views, _schedule, _teaser, _subscribe,
                  _navigation, _meta):
        found = shape(line, folded, settings)
        if found:
            return found
    return [Segment(None, 0, len(line))]


def _whole(kind: BlockType, line: str, *, header: bool = False, meta: bool = False) -> list[Segment]:
    return [Segment(kind, 0, len(line), header, meta)]


def _labelled(folded: str, cue: str) -> bool:
    """Whether a colon or a dash follows the cue: "Фото: …", "Автор — …"."""
    return re.match(r"\s*[:—–-]", folded[len(cue):]) is not None


# ---------------------------------------------------------------- shapes, in order of trust


def _hashtags(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    if line.startswith("#") and len(line) > 1 and not line[1].isspace():
        return _whole(T.HASHTAGS, line)
    cue = starts_with_phrase(folded, settings.cues.tags)
    if cue is None:
        return []
    rest = folded[len(cue):].strip()
    if not rest or rest == ":":
        return _whole(T.HASHTAGS, line, header=True)
    if rest.startswith(":") and not SENTENCE_END.search(rest):
        return _whole(T.HASHTAGS, line)
    return []


def _credits(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    if len(line) > settings.credit_max_chars:
        return []
    if not _credit_at(line, 0, settings):
        return _bare_credit(line, folded, settings)
    starts = [0]
    for i in range(1, len(line)):
        # "© Фото: …" and "Фото: © …" are one credit: a part holding only a cue does not end
        if line[i - 1].isspace() and _credit_at(line, i, settings) and not _only_cue(line[starts[-1]:i], settings):
            starts.append(i)
    segments = []
    for start, end in zip(starts, [*starts[1:], len(line)], strict=True):
        start, end = strip_spans(line, start, end)
        kind = T.FOOTER if _is_copyright_notice(line[start:end], settings) else T.CREDITS
        segments.append(Segment(kind, start, end))
    return segments


def _credit_at(line: str, pos: int, settings: ArticleSettings) -> bool:
    """Does a credit open at ``pos``: "©", or a credit word followed by a colon or a dash."""
    if _COPYRIGHT.match(line, pos):
        return True
    head = fold(line[pos:pos + 60])
    cue = starts_with_phrase(head, settings.cues.credit)
    # "Фото: …", or a few words and a colon: "Фото на обложке: …"
    return cue is not None and (_labelled(head, cue) or _LABEL_AFTER_WORDS.match(head, len(cue)) is not None)


def _only_cue(part: str, settings: ArticleSettings) -> bool:
    folded = fold(_COPYRIGHT.sub("", part)).strip(" :—–-")
    return not folded or folded in settings.cues.credit


def _bare_credit(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    """"Фото пресс-службы Правительства": a short line opening with a credit word, no colon."""
    cue = starts_with_phrase(folded, settings.cues.credit)
    if (cue is None or SENTENCE_PUNCT.search(line) or len(words(line)) > settings.credit_bare_max_words
            or all(w in settings.cues.credit for w in folded.split())):   # "Фото Видео" is a menu
        return []
    return _whole(T.CREDITS, line)


def _is_copyright_notice(piece: str, settings: ArticleSettings) -> bool:
    """A © with a year or a footer phrase is the site's copyright, not a photo credit."""
    if not _COPYRIGHT.match(piece):
        return False
    return bool(_YEAR.search(piece)) or contains_phrase(fold(piece), settings.cues.footer)


def _footer(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    if len(line) > settings.footer_max_chars:
        return []
    if _COPYRIGHT.match(line) or contains_phrase(folded, settings.cues.footer):
        return _whole(T.FOOTER, line)
    # "16+", "Информация о сайте 16+": an age rating on a short line (a schedule line is time-led)
    rating = AGE_RATING.search(line)
    if rating and not TIME_LED.match(line) and (
        len(words(line)) <= settings.cta_short_words or not line[rating.end():].strip()
    ):
        return _whole(T.FOOTER, line)
    return []


def _dateline(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    if len(line) > settings.dateline_max_chars:
        return []
    if not DIGIT.search(line):
        return _byline(line, folded, settings)
    hits = find_dates(line, settings.cues.months, settings.cues.month_re)
    if not hits:
        return _time_only(line, settings)
    views = _views_in(line, hits[-1].end, settings)
    if views is None:
        if not is_dateline_residue(residue(line, hits), settings):
            return []
        start, end = strip_spans(line, 0, len(line))
        return [Segment(T.DATELINE, start, end)]
    before, after = line[:views.start], line[views.end:]
    if not is_dateline_residue(residue(before, hits), settings) or len(words(after)) > 2:
        return []
    segments = [Segment(T.DATELINE, *strip_spans(line, 0, views.start)), views]
    rest = strip_spans(line, views.end, len(line))
    if rest[0] < rest[1]:
        segments.append(Segment(T.OTHER, *rest))
    return segments


def _time_only(line: str, settings: ArticleSettings) -> list[Segment]:
    """A dateline that dates nothing: "сегодня, 18:45", "Вчера в 21:30", "Политика, 27 окт, 12:34"."""
    day_month = settings.cues.day_month_re.search(line)
    if day_month:
        rest = _TIME.sub(" ", line[:day_month.start()] + " " + line[day_month.end():])
        if not DIGIT.search(rest) and is_dateline_residue(rest, settings):
            return _whole(T.DATELINE, line)
        return []
    rest = _TIME.sub(" ", line)
    if rest == line or len(words(rest)) > 2 or DIGIT.search(rest):
        return []
    if all(fold(word) in settings.cues.dateline_words for word in words(rest)):
        return _whole(T.DATELINE, line)
    return []


def residue(line: str, hits: list[DateHit]) -> str:
    """The line with its dates (and their times) blanked out."""
    chars = list(line)
    for hit in hits:
        end = min(hit.end, len(line))
        if hit.start < end:
            chars[hit.start:end] = " " * (end - hit.start)
    return "".join(chars)


def is_dateline_residue(rest: str, settings: ArticleSettings) -> bool:
    """What stands beside a date on a dateline: names, quoted titles, cue words; no sentence."""
    found = words(_QUOTED.sub(" ", rest))
    if len(found) > settings.dateline_max_extra_words:
        return False
    cues = settings.cues
    allowed = cues.date | cues.update | cues.dateline_words
    phrases = (*cues.views, *cues.publisher, *cues.author)
    return all(
        is_capitalised(word) or fold(word) in allowed or starts_with_phrase(fold(word), phrases) is not None
        for word in found
    )


def _byline(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    """An author line without a date: "Автор: Иван Петров", or a name alone: "Анна Седова"."""
    if PERSONS.fullmatch(line) and folded.endswith(settings.cues.surname_endings):
        return [Segment(T.DATELINE, 0, len(line), weak=True)]
    cue = starts_with_phrase(folded, settings.cues.author)
    if cue is None or not _labelled(folded, cue):
        return []
    found = words(line[len(cue):])
    if 1 <= len(found) <= 6 and all(is_capitalised(w) for w in found):
        return _whole(T.DATELINE, line)
    return []


def _views_in(line: str, after: int, settings: ArticleSettings) -> Segment | None:
    """A view counter after the dates of a dateline: "… 3259", "… | 👁 6 031", "… Просмотров: 1 846"."""
    for match in settings.cues.views_re.finditer(line, after):
        if _COUNTER_MARK.search(match[0]):  # a bare number is taken below, only at the end
            return Segment(T.VIEWS, match.start(), match.end())
    match = _BARE_COUNT.search(line, after)
    if match and not line[after:match.start()].rstrip().endswith((".", "№")):
        return Segment(T.VIEWS, match.start(1), match.end(1))
    return None


def _views(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    if settings.cues.views_re.fullmatch(line):
        return _whole(T.VIEWS, line)
    return []


def _schedule(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    """A broadcast listing: "21:30 Новости 12+". Time-led lines without a rating are left to layout."""
    if TIME_LED.match(line) and AGE_RATING.search(line):
        return _whole(T.SCHEDULE, line)
    return []


def _teaser(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    cue = starts_with_phrase(folded, settings.cues.teaser)
    if cue is None:
        return []
    rest = folded[len(cue):].strip()
    if not rest or rest in {":", "…", "..."}:
        return _whole(T.TEASER, line, header=True)
    # "Подробнее о встрече рассказал Песков." is a sentence that opens with a cue word
    if rest[0] in ":—–-»>" or (not SENTENCE_END.search(rest) and len(line) <= settings.listed_line_max_chars):
        return _whole(T.TEASER, line)
    return []


def _subscribe(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    if len(line) > settings.listed_line_max_chars:
        return []
    found = words(line)
    if not found or len(found) > settings.cta_max_words:
        return []
    if starts_with_phrase(folded, settings.cues.subscribe):
        return _whole(T.SUBSCRIBE, line)
    first = fold(found[0])
    if (". " not in line and _IMPERATIVE.match(first) and line.startswith(found[0])
            and contains_phrase(folded, settings.cues.subscribe_topics)):
        return _whole(T.SUBSCRIBE, line)
    # "Есть новость? Пишите в редакцию!": a short unquoted line with an imperative further on
    if (len(found) <= settings.cta_short_words and "«" not in line
            and any(_IMPERATIVE.match(fold(w)) for w in found[1:])
            and contains_phrase(folded, settings.cues.subscribe_topics)):
        return _whole(T.SUBSCRIBE, line)
    return []


def _navigation(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    # "Комментарии (3)": a button with its count
    if _TRAILING_COUNT.sub("", folded).rstrip(": ") in settings.cues.chrome_lines or (
        len(line) <= settings.listed_line_max_chars and contains_phrase(folded, settings.cues.ui_phrases)
    ):
        return _whole(T.NAVIGATION, line)
    if ". " in line or ", " in line:   # running text, not a menu
        return []
    for separators, least in ((_PATH_SEPARATORS, settings.path_min_items),
                              (_LIST_SEPARATORS, settings.breadcrumb_min_items)):
        items = separators.split(line)
        if len(items) >= least and all(_menu_item(item, settings) for item in items):
            return _whole(T.NAVIGATION, line)
    if SENTENCE_PUNCT.search(line):
        return []
    # a list of names without a verb or a comma: "Абхазия Азербайджан Армения …"
    found = words(line)
    if len(found) >= settings.navigation_min_words and all(is_capitalised(w) for w in found):
        return _whole(T.NAVIGATION, line)
    return []


def _menu_item(item: str, settings: ArticleSettings) -> bool:
    item = item.strip()
    return bool(item) and (item[0].isupper() or item[0].isdigit()) and (
        0 < len(item.split()) <= settings.breadcrumb_item_max_words
    )


def _meta(line: str, folded: str, settings: ArticleSettings) -> list[Segment]:
    """"Рубрика: Мир и мы", "Источник: …", "Время чтения: 7 минут"."""
    cue = starts_with_phrase(folded, settings.cues.meta_labels)
    if cue is None or not _labelled(folded, cue) or (SENTENCE_END.search(line) and ". " in line):
        return []
    return _whole(T.OTHER, line, meta=True)
