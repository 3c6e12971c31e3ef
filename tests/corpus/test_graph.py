"""The actor graph from the chronicle, its neighbourhood and its GraphML export."""

from __future__ import annotations

import networkx as nx

from letopis.api import Letopis
from letopis.corpus.graph import build_graph, flat_for_export, neighbourhood
from tests.corpus.conftest import CHOE, KIM, LAVROV, event, store_doc


def test_graph_counts_each_real_world_event_once(store):
    graph = build_graph(store.timeline())
    edge = graph.edges[LAVROV.id, CHOE.id]
    assert edge["weight"] == 2                     # 2023 talks and 2025 meeting; the 2025 reprint is merged
    assert sorted(edge["types"]) == ["meeting", "talks"]
    assert sorted(edge["dates"]) == ["2023-10-19", "2025-10-27"]
    assert KIM.id not in graph                     # a planned visit is not a contact


def test_neighbourhood_depth(store):
    store_doc(store, "d2024a01", "2024-06-19", [event("d2024a01", 1, "summit", [KIM, LAVROV], "2024-06-19")])
    graph = build_graph(store.timeline())
    assert set(neighbourhood(graph, [CHOE.id], 1)) == {CHOE.id, LAVROV.id}
    assert set(neighbourhood(graph, [CHOE.id], 2)) == {CHOE.id, LAVROV.id, KIM.id}


def test_graphml_round_trips_through_networkx(store, tmp_path):
    path = tmp_path / "actors.graphml"
    nx.write_graphml(flat_for_export(build_graph(store.timeline())), path)
    back = nx.read_graphml(path)
    assert back.nodes[LAVROV.id]["name"] == "Сергей Лавров"
    assert back.edges[LAVROV.id, CHOE.id]["weight"] == 2


def test_api_graph_by_actor_name(store):
    api = Letopis(store)
    assert set(api.graph(actor="Цой Сон Хи", depth=1)) == {CHOE.id, LAVROV.id}
