"""The evaluation report as Rich tables (the CLI prints it; the result dict is the data)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich.table import Table


def _cells(m: Mapping[str, Any]) -> list[str]:
    return [str(m["gold"]), str(m["pred"]), str(m["tp"]),
            f"{100 * m['precision']:.1f}", f"{100 * m['recall']:.1f}", f"{100 * m['f1']:.1f}"]


def ner_table(result: Mapping[str, Any], view: str) -> Table:
    title = "all gold entities, nested included" if view == "all" else "outermost gold entities only"
    table = Table(title=f"NER ({title})")
    for col in ("dataset", "type"):
        table.add_column(col)
    for kind in ("exact", "overlap"):
        for col in ("gold", "pred", "tp", "P", "R", "F1"):
            table.add_column(f"{kind} {col}" if col == "gold" else col, justify="right")
    for grp, by_type in result["ner"][view].items():
        for typ, m in by_type.items():
            table.add_row(grp, typ, *_cells(m["exact"]), *_cells(m["overlap"]))
    return table


def meetings_table(result: Mapping[str, Any]) -> Table:
    table = Table(title="Meetings")
    table.add_column("dataset (annotation)")
    table.add_column("docs", justify="right")
    for kind in ("set", "pairs"):
        for col in ("gold", "pred", "tp", "P", "R", "F1"):
            table.add_column(f"{kind} {col}" if col == "gold" else col, justify="right")
    for grp, m in result["meetings"].items():
        table.add_row(grp, str(m["documents"]), *_cells(m["set"]), *_cells(m["pairs"]))
    return table


def tables(result: Mapping[str, Any]) -> list[Table]:
    out = [ner_table(result, "all"), ner_table(result, "outer"), meetings_table(result)]
    if result.get("warnings"):
        warn = Table(title="warnings")
        warn.add_column("count", justify="right")
        warn.add_column("warning")
        for text, count in result["warnings"].items():
            warn.add_row(str(count), text)
        out.append(warn)
    return out
