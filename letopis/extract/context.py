"""What extraction knows about the document while it reads it sentence by sentence."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from letopis.extract.candidate import Candidate
from letopis.extract.lexicon import Lexicon
from letopis.extract.tree import SentenceView
from letopis.records import Article, LinkedMention, Timex


@dataclass(frozen=True)
class DocContext:
    """The article, its parsed sentences and the events found so far.

    ``history`` grows while the sentences are read in order: later sentences refer back to it
    ("стороны", "главы государств", "тогда"). It lives for one call of ``extract_events``.
    """

    article: Article
    views: tuple[SentenceView, ...]
    mentions: tuple[LinkedMention, ...]  # sorted by start offset
    timexes: tuple[Timex, ...]
    lexicon: Lexicon
    countries: Mapping[str, str] = field(default_factory=dict)   # entity id -> its state's entity id
    history: list[Candidate] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.article.doc_id

    def text(self, start: int, end: int) -> str:
        return self.article.text[start:end]

    def view(self, index: int) -> SentenceView:
        return self.views[index]

    def mentions_before(self, offset: int) -> list[LinkedMention]:
        """Mentions that end before ``offset``, nearest first."""
        return [m for m in reversed(self.mentions) if m.mention.end <= offset]

    def locate(self, offset: int) -> tuple[SentenceView, int] | None:
        """The sentence view holding ``offset`` and the index of the token at it."""
        n = bisect.bisect_right(self._starts, offset) - 1
        if n < 0 or offset >= self.views[n].sentence.end:
            return None
        j = self.views[n].token_at(offset)
        return (self.views[n], j) if j is not None else None

    @cached_property
    def _starts(self) -> list[int]:
        return [v.sentence.start for v in self.views]
