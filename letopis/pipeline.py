"""The per-document stages put together, loaded once per process.

``Pipeline.load()`` loads the NLP models and the knowledge base; ``analyze`` turns an
``Article`` into an ``Analysis``; ``annotate`` implements the scoring contract of
``letopis annotate``::

    in:  {"id", "text", "published_at"?}
    out: {"id", "entities": [{"start", "end", "type", "text", "entity_id", "name", "kind"}],
          "named_events": [{"start", "end", "text", "name", "entity_id"}],
          "events": [...], "quotes": [...]}

The input is read as a page: the article stage types its lines, and names are looked for
in the title, lead and body and in the lines it could not type (a headline or a photo
caption it did not recognise), never in lines it knows to be boilerplate (navigation, TV
schedules, credits).

``entities`` holds names of people, places and organisations (type PER/LOC/ORG), with
offsets into the input text as given. Named events ("Петербургский международный
экономический форум") are names too, but not of the three scored types: they go to
``named_events``, so scorers that know only PER/LOC/ORG see no unknown type. Roles and
adjectives ("глава МИД", "российский") are linked by the resolver but are not names and
are left out of ``entities``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from letopis.extract import Lexicon as EventVocabulary
from letopis.extract import extract_events
from letopis.extract import load_lexicon as load_event_vocabulary
from letopis.extract.contract import event_record, quote_record
from letopis.extract.syntax import tree_wanted
from letopis.nlp import NlpModels, NlpResult, analyze_many
from letopis.records import (
    Analysis,
    Article,
    Block,
    BlockType,
    Entity,
    EntityKind,
    Format,
    LinkedMention,
    Mention,
    MentionType,
    RawDocument,
    Sentence,
)
from letopis.timex import article_timexes

SCORED_TYPES = frozenset({MentionType.PER, MentionType.LOC, MentionType.ORG})
KIND_OF_TYPE = {
    MentionType.PER: EntityKind.PERSON,
    MentionType.LOC: EntityKind.LOCATION,
    MentionType.ORG: EntityKind.ORG,
    MentionType.EVENT: EntityKind.EVENT,
}


def text_document(doc_id: str, text: str, published_at: str | None = None) -> RawDocument:
    """A plain-text page as the ingest stage would make it, with ``content == text`` exactly."""
    return RawDocument(
        id=doc_id or hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
        source=doc_id or "-",
        format=Format.TEXT,
        encoding="utf-8",
        content=text,
        published_at=published_at,
    )


def parse_page(doc: RawDocument) -> Article:
    """The article stage, or one body block over the whole text where it is not installed."""
    try:
        from letopis.article import parse_article  # type: ignore[attr-defined]
    except ImportError:
        return Article(doc_id=doc.id, source=doc.source, text=doc.content,
                       blocks=(Block(BlockType.BODY, 0, len(doc.content)),),
                       published_at=doc.published_at, body=doc.content)
    article: Article = parse_article(doc)
    return article


def read_spans(article: Article, untyped: bool = False) -> list[tuple[int, int]]:
    """Title, lead and body; with ``untyped`` also the blocks of no known kind."""
    return [(b.start, b.end) for b in article.blocks
            if b.type.is_content or (untyped and b.type == BlockType.OTHER)]


class UnresolvedLinker:
    """Stands in for ``letopis.resolve.Resolver`` when no knowledge base is available:
    every distinct (type, normal form) in a document becomes one document-local entity."""

    def resolve(self, text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention],
                date: str | None, doc_id: str) -> tuple[list[LinkedMention], list[Entity]]:
        ids: dict[tuple[MentionType, str], Entity] = {}
        linked = []
        for mention in mentions:
            name = mention.normal or mention.text
            key = (mention.type, name.lower())
            if key not in ids:
                ids[key] = Entity(f"doc:{doc_id}:{len(ids)}", KIND_OF_TYPE[mention.type], name)
            entity = ids[key]
            linked.append(LinkedMention(mention, entity.id, entity.name, entity.kind, why="unresolved"))
        return linked, list(ids.values())


def load_linker(morph: Any, kb_dirs: Iterable[Path | str] = ()) -> Any:
    """The knowledge-base resolver, or ``UnresolvedLinker`` when ``letopis.resolve`` is not there yet."""
    try:
        from letopis.resolve import Resolver, load_kb  # type: ignore[attr-defined]
    except ImportError:
        return UnresolvedLinker()
    return Resolver(load_kb(list(kb_dirs)), morph)


@dataclass(frozen=True)
class Pipeline:
    models: NlpModels
    linker: Any
    vocabulary: EventVocabulary = field(default_factory=load_event_vocabulary)

    @classmethod
    def load(cls, kb_dirs: Iterable[Path | str] = ()) -> Pipeline:
        models = NlpModels.load()
        return cls(models, load_linker(models.morph, kb_dirs))

    def analyze(self, article: Article) -> Analysis:
        return self.analyze_many([article])[0]

    def analyze_many(self, articles: Sequence[Article], untyped: bool = False) -> list[Analysis]:
        """``analyze`` for many articles; the NLP models run over all of them in batches.

        With ``untyped`` the lines the article stage could not type (``BlockType.OTHER``) are
        read too, as they are by ``annotate``."""
        nlp = analyze_many(self.models, [(a.text, read_spans(a, untyped)) for a in articles],
                           syntax=self.needs_syntax)
        return [self._link(article, result) for article, result in zip(articles, nlp, strict=True)]

    @cached_property
    def needs_syntax(self) -> Callable[[Sequence[str]], bool]:
        """Whether a sentence's words may hold something extraction reads the tree of.

        The parser is the dearest model; extraction reads trees only around event words,
        words of speech, collective sides ("стороны") and quotes. A sentence is parsed when
        one of its words begins like one of those lemmas (``letopis.extract.syntax``)."""
        return tree_wanted(self.vocabulary)

    def _link(self, article: Article, nlp: NlpResult) -> Analysis:
        return self._explained(article, nlp, debug=False)[0]

    def _explained(self, article: Article, nlp: NlpResult, *, debug: bool) -> tuple[Analysis, tuple[str, ...]]:
        linked, entities = self.linker.resolve(article.text, nlp.sentences, nlp.mentions,
                                               article.published_date, article.doc_id)
        timexes = article_timexes(article)
        events, quotes, lines = extract_events(article, nlp.sentences, linked, timexes, lexicon=self.vocabulary,
                                               entities=entities, debug=debug)
        analysis = Analysis(doc_id=article.doc_id, sentences=nlp.sentences,
                            mentions=tuple(linked), entities=tuple(entities), timexes=timexes,
                            events=events, quotes=quotes)
        return analysis, lines

    def explain(self, article: Article, untyped: bool = False) -> tuple[Analysis, tuple[str, ...]]:
        """``analyze`` with the reasons: for every event the rule that fired, on which tokens, why its
        status and date were chosen; for every rejected candidate why it was rejected."""
        [nlp] = analyze_many(self.models, [(article.text, read_spans(article, untyped))], syntax=self.needs_syntax)
        return self._explained(article, nlp, debug=True)

    def annotate(self, record: dict[str, Any]) -> dict[str, Any]:
        return self.annotate_many([record])[0]

    def annotate_many(self, records: Sequence[dict[str, Any]], *, debug: bool = False) -> list[dict[str, Any]]:
        """The ``letopis annotate`` lines; with ``debug`` each also holds ``"debug"``: the reasons behind its
        events (see ``explain``)."""
        articles = [parse_page(text_document(str(r.get("id", "")), r["text"], r.get("published_at")))
                    for r in records]
        if debug:
            explained = [self.explain(article, untyped=True) for article in articles]
            return [{**annotation(str(r.get("id", "")), a, self.vocabulary), "debug": list(lines)}
                    for r, (a, lines) in zip(records, explained, strict=True)]
        analyses = self.analyze_many(articles, untyped=True)
        return [annotation(str(r.get("id", "")), a, self.vocabulary) for r, a in zip(records, analyses, strict=True)]


def annotation(doc_id: str, analysis: Analysis, vocabulary: EventVocabulary) -> dict[str, Any]:
    """The ``letopis annotate`` output line of one document; events and quotes in the export's shape."""
    entities, named_events = [], []
    for lm in sorted(analysis.mentions, key=lambda m: (m.mention.start, m.mention.end)):
        m = lm.mention
        if m.descriptor:
            continue
        if m.type in SCORED_TYPES:
            entities.append({"start": m.start, "end": m.end, "type": str(m.type), "text": m.text,
                             "entity_id": lm.entity_id, "name": lm.name, "kind": str(lm.kind)})
        elif m.type == MentionType.EVENT:
            named_events.append({"start": m.start, "end": m.end, "text": m.text, "name": lm.name,
                                 "entity_id": lm.entity_id})
    quotes_by_id = {q.id: q for q in analysis.quotes}
    events = [event_record(e, plover=vocabulary.plover_code(e.type, e.status), quote=quotes_by_id.get(e.quote_id or ""))
              for e in analysis.events]
    quotes = [quote_record(q) for q in analysis.quotes]
    return {"id": doc_id, "entities": entities, "named_events": named_events, "events": events,
            "quotes": quotes}
