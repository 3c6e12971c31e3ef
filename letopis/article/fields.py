"""Reading the fields of an article out of its typed blocks.

Datelines give the publication date, the publisher and the author; hashtag, credit and
view-counter blocks give theirs; title, lead and body are the text of their blocks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from letopis.article.dates import DateHit, find_dates
from letopis.article.settings import ArticleSettings, Cues
from letopis.article.shapes import PERSONS, residue
from letopis.article.text import COUNT, collapse, fold, starts_with_phrase
from letopis.records import Block, BlockType

_QUOTED = re.compile(r"«(.*)»|\"([^\"]+)\"|“([^”]+)”")
_GROUP_SPLIT = re.compile(r"\s*[,|()—–:;/·]\s*|\s-\s")
_ACRONYM = re.compile(r"^[A-ZА-ЯЁ0-9][A-ZА-ЯЁ0-9.-]+$")
# the opening of an agency report: "МОСКВА, 27 окт — РИА Новости." or "ПХЕНЬЯН, 27 октября. /ТАСС/."
_AGENCY_OPENING = re.compile(
    r"^[А-ЯЁ][А-ЯЁ -]+,\s+\d{1,2}\s+[а-яё]+\.?\s*(?:[—–-]\s*([^.]{2,40}?)\s*\.|/\s*([^/]{2,40})\s*/)"
)


@dataclass(frozen=True, slots=True)
class Byline:
    """What the datelines of a page say."""

    published_at: str | None = None
    publisher: str | None = None
    author: str | None = None


def block_text(text: str, block: Block) -> str:
    return text[block.start:block.end]


def of_type(text: str, blocks: Iterable[Block], kind: BlockType) -> list[str]:
    return [block_text(text, b) for b in blocks if b.type is kind]


def paragraphs(texts: Iterable[str]) -> str:
    """Blocks as paragraphs: a hard-wrapped block becomes one line, blocks are joined by a blank line."""
    return "\n\n".join(collapse(t) for t in texts if t.strip())


def read_datelines(lines: Sequence[str], settings: ArticleSettings) -> Byline:
    """Publication date, publisher and author from the dateline blocks, first found first."""
    cues = settings.cues
    dates: list[tuple[bool, DateHit]] = []
    publisher = author = None
    for line in lines:
        hits = find_dates(line, cues.months, cues.month_re)
        previous = 0
        for hit in hits:
            dates.append((_marks_update(line[previous:hit.start], cues), hit))
            previous = hit.end
        people, outlet_words, outlet_named = _residue_words(residue(line, hits), cues)
        quoted = _quoted_name(line)
        if publisher is None:
            if quoted and (outlet_named or not people):
                publisher = normalise_publisher(quoted, cues)
            elif outlet_words:
                publisher = normalise_publisher(" ".join(outlet_words), cues)
            elif len(people) == 1 and _ACRONYM.match(people[0]):
                publisher = people[0]
        if author is None and people and PERSONS.fullmatch(" ".join(people)):
            author = " ".join(people)
    return Byline(_publication_date(dates), publisher, author)


def _marks_update(before: str, cues: Cues) -> bool:
    return any(word in cues.update for word in re.findall(r"\w+", fold(before)))


def _publication_date(dates: list[tuple[bool, DateHit]]) -> str | None:
    """The first date not marked as an update; a same-day date with a time of day refines it."""
    published = [hit for updated, hit in dates if not updated] or [hit for _, hit in dates]
    if not published:
        return None
    first = published[0]
    if not first.has_time:
        for hit in published[1:]:
            if hit.has_time and hit.iso[:10] == first.iso[:10]:
                return hit.iso
    return first.iso


def _residue_words(rest: str, cues: Cues) -> tuple[list[str], list[str], bool]:
    """The words beside the dates: a person's, an outlet's (after "Газета", "ИА" …), and whether
    an outlet word was there. Punctuation and quoted names split the line into groups; an
    outlet's name runs from its kind word to the end of its group."""
    people: list[str] = []
    outlet_words: list[str] = []
    outlet = False
    for group in _GROUP_SPLIT.split(_QUOTED.sub(" | ", rest)):
        tokens = group.split()
        naming = False
        i = 0
        while i < len(tokens):
            phrase = starts_with_phrase(fold(" ".join(tokens[i:i + 4])), cues.publisher)
            if phrase is not None:
                outlet = naming = True
                i += len(phrase.split())
                continue
            word = fold(tokens[i]).strip(".")
            if not (word in cues.date or word in cues.update or word in cues.dateline_words
                    or starts_with_phrase(word, cues.author) is not None
                    or starts_with_phrase(word, cues.views) is not None
                    or not re.search(r"[^\W\d_]", word)):
                (outlet_words if naming else people).append(tokens[i])
            i += 1
    return people, outlet_words, outlet


def _quoted_name(line: str) -> str | None:
    match = _QUOTED.search(line)
    if not match:
        return None
    return next(group for group in match.groups() if group is not None).strip() or None


def normalise_publisher(name: str | None, cues: Cues | None = None) -> str | None:
    """A readable outlet name: the quoted part of "Медиагруппа «…»", capitals only where due.

    A name printed in capitals is written as a sentence ("ЗВЕЗДА" -> "Звезда") except for
    short all-capital words, which are abbreviations and stay as they are.
    """
    if not name:
        return None
    # "Евразия Сегодня — все новости", "Вести | Новости": the name comes before the slogan
    name = re.split(r"\s+[—–|]\s+", collapse(name))[0]
    quoted = _quoted_name(name)
    if quoted:
        name = quoted
    name = name.strip(" «»\"“”.,")
    if not name:
        return None
    # "ИА Восток-Пресс" -> "Восток-Пресс": an abbreviated kind of outlet is not part of the name
    # (while "Радио" in "Радио Вектор" may well be)
    kind = starts_with_phrase(fold(name), cues.publisher) if cues else None
    if kind and len(name) > len(kind) + 1 and name[:len(kind)].isupper():
        name = name[len(kind):].strip(" «»\"“”.,")
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 4:
        parts = name.split()
        name = " ".join(
            word if len(word) <= 4 else (word.capitalize() if k == 0 else word.lower())
            for k, word in enumerate(parts)
        )
    return name


def agency_publisher(first_body: str | None, cues: Cues | None = None) -> str | None:
    """The outlet an agency-style opening names: "МОСКВА, 27 окт — РИА Новости." -> "РИА Новости"."""
    if not first_body:
        return None
    match = _AGENCY_OPENING.match(first_body)
    if not match:
        return None
    return normalise_publisher(match[1] or match[2], cues)


def read_hashtags(blocks: Iterable[str], cues: Cues) -> tuple[str, ...]:
    """Tags without "#": a tag runs to the next "#" ("#МИД РФ" -> "МИД РФ"), or to a comma in a list."""
    found: list[str] = []
    for block in blocks:
        for line in block.split("\n"):
            line = line.strip()
            cue = starts_with_phrase(fold(line), cues.tags)
            if cue is not None:
                line = line[len(cue):].lstrip(" :—–-")
            pieces = line.split("#") if "#" in line else re.split(r"[,;·|]", line)
            for piece in pieces:
                tag = collapse(piece).strip(" ,;.")
                if tag and tag not in found:
                    found.append(tag)
    return tuple(found)


def read_credits(blocks: Iterable[str]) -> tuple[str, ...]:
    found: list[str] = []
    for block in blocks:
        credit = collapse(re.sub(r"^(?:©|\(c\)|\(с\))\s*", "", block.strip(), flags=re.IGNORECASE))
        if credit and credit not in found:
            found.append(credit)
    return tuple(found)


def read_views(blocks: Iterable[str]) -> int | None:
    for block in blocks:
        match = re.search(COUNT, block)
        if match:
            return int(re.sub(r"\D", "", match[0]))
    return None
