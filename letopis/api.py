"""The Python API: everything the command line does, as calls.

    import letopis
    with letopis.open("letopis.db") as lt:
        lt.ingest(["examples/"])
        for event in lt.timeline(actor="Россия", with_actor="КНДР"):
            print(event.date.start, event.type, [p.name for p in event.participants])
        hits = lt.search("переговоры")
        graph = lt.graph(actor="Сергей Лавров", depth=2)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx

from letopis.corpus.graph import build_graph, neighbourhood
from letopis.records import Event, Quote
from letopis.store import Store, open_store
from letopis.store.analysis import EventFilter
from letopis.store.base import ArticleFilter, StoredArticle
from letopis.store.chronicle import ChronicleEvent
from letopis.store.search import SearchHit, SearchQuery
from letopis.store.timeline import TimelineQuery, actor_keys

if TYPE_CHECKING:
    from letopis.batch import IngestReport
    from letopis.ingest import IngestSettings


class Letopis:
    """A chronicle database. Open with :func:`letopis.open`; close, or use as a context manager."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Letopis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- input --------------------------------------------------------------

    def ingest(self, paths: Sequence[str | Path], *, settings: IngestSettings | None = None,
               analyze: bool = True) -> IngestReport:
        """Read files, folders or globs into the store (see ``letopis ingest --help``).

        With ``analyze`` (the default) new articles also go through entity and event extraction.
        """
        from letopis.batch import ingest_paths  # the readers and parsers load only when ingesting

        report = ingest_paths([str(p) for p in paths], self.store, settings=settings)
        if analyze and report.stored_ids:
            from letopis.analyze import analyze_documents

            analyze_documents(self.store, report.stored_ids)
        return report

    # -- reading ------------------------------------------------------------

    def articles(self, *, date_from: str | None = None, date_to: str | None = None,
                 publisher: str | None = None, limit: int | None = None) -> list[StoredArticle]:
        """Stored articles, oldest first."""
        return list(self.store.iter_articles(ArticleFilter(date_from=date_from, date_to=date_to,
                                                           publisher=publisher, limit=limit)))

    def article(self, doc_id: str) -> StoredArticle:
        """One article by id or unambiguous id prefix (raises KeyError)."""
        return self.store.get_article(doc_id)

    def search(self, text: str, *, date_from: str | None = None, date_to: str | None = None,
               publisher: str | None = None, entity: str | None = None, event_type: str | None = None,
               limit: int = 20) -> list[SearchHit]:
        """Articles whose title, lead or body hold every word of ``text`` in any grammatical form."""
        return self.store.search(SearchQuery(text=text, date_from=date_from, date_to=date_to, publisher=publisher,
                                             entity=entity, event_type=event_type, limit=limit))

    def events(self, *, actor: str | None = None, type: str | None = None, status: str | None = None,
               date_from: str | None = None, date_to: str | None = None,
               limit: int | None = None) -> list[tuple[Event, str | None]]:
        """Events as each article reported them (with their PLOVER code); see :meth:`timeline` for merged ones."""
        keys = tuple(actor_keys(self.store.conn, actor)) if actor else ()
        return self.store.events(EventFilter(actors=keys, type=type, status=status, date_from=date_from,
                                             date_to=date_to, limit=limit))

    def events_by_id(self, ids: Sequence[str]) -> list[Event]:
        """Reported events by id (as merged into a chronicle event: ``ChronicleEvent.members``)."""
        return [event for event, _ in self.store.events(EventFilter(ids=tuple(ids)))]

    def quotes(self, doc_id: str | None = None) -> list[Quote]:
        return self.store.quotes(doc_id)

    def timeline(self, *, actor: str | None = None, with_actor: str | None = None, date_from: str | None = None,
                 date_to: str | None = None, types: Sequence[str] = (), status: str | None = None,
                 limit: int | None = None) -> list[ChronicleEvent]:
        """Events merged across sources, oldest first (undated last)."""
        return self.store.timeline(TimelineQuery(actor=actor, with_actor=with_actor, date_from=date_from,
                                                 date_to=date_to, types=tuple(types), status=status, limit=limit))

    def chronicle_event(self, event_id: str) -> ChronicleEvent | None:
        return self.store.chronicle_event(event_id)

    def why(self, event_id: str) -> list[tuple[str, list[str]]]:
        """For each report merged into a chronicle event, the reasons it was merged."""
        return self.store.chronicle_why(event_id)

    def graph(self, *, actor: str | None = None, depth: int = 1, date_from: str | None = None,
              date_to: str | None = None) -> nx.Graph:
        """Actors and their contacts; with ``actor``, only those within ``depth`` contacts of it."""
        graph = build_graph(self.timeline(date_from=date_from, date_to=date_to))
        if actor is None:
            return graph
        return neighbourhood(graph, actor_keys(self.store.conn, actor), depth)


def open(db: str | Path = "letopis.db") -> Letopis:
    """Open (or create) a chronicle database: a SQLite path or ``sqlite:///`` URL."""
    return Letopis(open_store(db))
