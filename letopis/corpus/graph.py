"""The actor graph: who met, talked to, visited or invited whom, with weights and dates.

Built from chronicle events (each real-world event counts once, however many
sources reported it). Undirected contacts join every pair of participants; an
invitation or a visit also records its direction in the edge's ``directed`` list.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from letopis.corpus.merge import participant_key
from letopis.records import EventType, Participant, Role
from letopis.store.chronicle import ChronicleEvent

GRAPH_TYPES = frozenset({
    EventType.MEETING, EventType.TALKS, EventType.RECEPTION, EventType.PHONE_CALL, EventType.VISIT,
    EventType.INVITATION, EventType.SUMMIT, EventType.CONFERENCE, EventType.AGREEMENT,
})


def node_key(p: Participant) -> str:
    """The same key the chronicle gives a participant, so actor look-ups find the node."""
    return participant_key(p)


def build_graph(events: Iterable[ChronicleEvent], *, occurred_only: bool = True) -> nx.Graph:
    """Nodes are actors (attributes: name, kind); edges carry weight, types, dates and event ids."""
    graph = nx.Graph()
    for event in events:
        if event.type not in GRAPH_TYPES or (occurred_only and event.status != "occurred"):
            continue
        parts = {node_key(p): p for p in event.participants}
        for key, p in parts.items():
            if key not in graph:
                graph.add_node(key, name=p.name, kind=str(p.kind) if p.kind else "")
        keys = sorted(parts)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                _add_edge(graph, a, b, event, parts)
    return graph


def _add_edge(graph: nx.Graph, a: str, b: str, event: ChronicleEvent, parts: dict) -> None:
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, weight=0, types=[], dates=[], events=[], directed=[])
    data = graph.edges[a, b]
    data["weight"] += 1
    if str(event.type) not in data["types"]:
        data["types"].append(str(event.type))
    data["dates"].append(event.date.start or "")
    data["events"].append(event.id)
    roles = {k: p.role for k, p in parts.items()}
    if roles.get(a) is Role.SOURCE and roles.get(b) in (Role.TARGET, Role.DESTINATION):
        data["directed"].append(f"{a}->{b}:{event.type}")
    elif roles.get(b) is Role.SOURCE and roles.get(a) in (Role.TARGET, Role.DESTINATION):
        data["directed"].append(f"{b}->{a}:{event.type}")


def neighbourhood(graph: nx.Graph, actors: Iterable[str], depth: int) -> nx.Graph:
    """The actors and everyone within ``depth`` contacts of them."""
    keep: set[str] = set()
    for actor in actors:
        if actor in graph:
            keep |= set(nx.single_source_shortest_path_length(graph, actor, cutoff=depth))
    return graph.subgraph(keep).copy()


def flat_for_export(graph: nx.Graph) -> nx.Graph:
    """GraphML and GEXF hold scalar attributes only: lists become ';'-joined strings."""
    flat = nx.Graph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **data)
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **{k: (";".join(v) if isinstance(v, list) else v) for k, v in data.items()})
    return flat
