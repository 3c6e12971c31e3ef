"""Self-contained HTML plots: a timeline of chronicle events and a graph of actors.

plotly.js is embedded from the installed package (``include_plotlyjs=True``), so the
files open in a browser with no network.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

import networkx as nx

from letopis.store.chronicle import ChronicleEvent

STATUS_SYMBOLS = {"occurred": "circle", "planned": "circle-open", "proposed": "diamond-open",
                  "denied": "x", "uncertain": "question"}


def _go():
    try:
        import plotly.graph_objects as go
    except ImportError as exc:  # plotly is the optional "viz" extra
        raise RuntimeError("HTML plots need plotly: pip install 'letopis[viz]'") from exc
    return go


def _label(event: ChronicleEvent) -> str:
    who = ", ".join(p.name for p in event.participants)
    when = event.date.start if event.date.start == event.date.end else f"{event.date.start} – {event.date.end}"
    lines = [f"<b>{escape(str(event.type))}</b> ({escape(event.status)})", escape(who),
             f"{when} ({event.date.precision})", f"sources: {event.n_sources}"]
    if event.name:
        lines.insert(1, escape(event.name))
    if event.location:
        lines.append(f"in {escape(event.location.name)}")
    return "<br>".join(lines)


def timeline_html(events: Sequence[ChronicleEvent], path: str | Path, *, title: str = "Letopis timeline") -> Path:
    """Dated events as points (ranges as bars) by type; marker size grows with the number of sources."""
    go = _go()
    fig = go.Figure()
    dated = [e for e in events if e.date.start]
    for status in STATUS_SYMBOLS:
        group = [e for e in dated if e.status == status]
        if not group:
            continue
        fig.add_trace(go.Scatter(
            x=[e.date.start for e in group], y=[str(e.type) for e in group], mode="markers", name=status,
            marker={"symbol": STATUS_SYMBOLS[status], "size": [10 + 4 * min(e.n_sources, 6) for e in group]},
            hovertext=[_label(e) for e in group], hoverinfo="text",
        ))
    for e in dated:
        if e.date.end and e.date.end != e.date.start:
            fig.add_trace(go.Scatter(x=[e.date.start, e.date.end], y=[str(e.type)] * 2, mode="lines",
                                     line={"width": 6}, opacity=0.35, showlegend=False, hoverinfo="skip"))
    undated = len(events) - len(dated)
    subtitle = f"{len(dated)} dated events" + (f", {undated} undated not shown" if undated else "")
    fig.update_layout(title=f"{escape(title)}<br><sup>{subtitle}</sup>", xaxis={"type": "date", "title": "date"},
                      yaxis={"title": "event type"}, template="plotly_white", height=520, showlegend=True,
                      legend={"title": {"text": "status"}})
    out = Path(path)
    fig.write_html(out, include_plotlyjs=True, full_html=True)
    return out


def graph_html(graph: nx.Graph, path: str | Path, *, title: str = "Letopis actors") -> Path:
    go = _go()
    pos = nx.spring_layout(graph, seed=1, weight="weight") if graph.number_of_nodes() else {}
    edge_x: list[float | None] = []
    edge_y: list[float | None] = []
    for a, b in graph.edges():
        edge_x += [pos[a][0], pos[b][0], None]
        edge_y += [pos[a][1], pos[b][1], None]
    nodes = list(graph.nodes(data=True))
    fig = go.Figure([
        go.Scatter(x=edge_x, y=edge_y, mode="lines", line={"width": 1, "color": "#999"}, hoverinfo="skip"),
        go.Scatter(
            x=[pos[n][0] for n, _ in nodes], y=[pos[n][1] for n, _ in nodes], mode="markers+text",
            text=[d.get("name", n) for n, d in nodes], textposition="top center",
            marker={"size": [10 + 3 * graph.degree(n, weight="weight") for n, _ in nodes]},
            hovertext=[f"{escape(d.get('name', n))} ({d.get('kind', '')}): {graph.degree(n, weight='weight')} contacts"
                       for n, d in nodes], hoverinfo="text"),
    ])
    fig.update_layout(title=escape(title), showlegend=False, template="plotly_white", height=600,
                      xaxis={"visible": False}, yaxis={"visible": False})
    out = Path(path)
    fig.write_html(out, include_plotlyjs=True, full_html=True)
    return out
