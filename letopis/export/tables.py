"""Flat tables of the export records, for CSV and Parquet.

Each kind of record has one column list with fixed names and types, the same for
both formats. Lists stay lists in Parquet (``list<string>``) and are joined with
" | " in CSV; nested objects are spread over columns (``date_start``, ``date_end``,
``location_name``...). JSON Lines keeps the records as they are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

LIST_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    type: str                     # "string", "int64", "bool", "list<string>"
    get: Callable[[dict[str, Any]], Any]


def _key(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: r.get(name)


def _nested(outer: str, inner: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: (r.get(outer) or {}).get(inner)


def _each(outer: str, inner: str) -> Callable[[dict[str, Any]], Any]:
    return lambda r: [item.get(inner) for item in r.get(outer) or []]


def _s(name: str) -> Column:
    return Column(name, "string", _key(name))


ARTICLE_COLUMNS = (
    _s("id"), _s("source"), _s("publisher"), _s("published_at"), _s("author"), _s("title"), _s("lead"), _s("body"),
    Column("hashtags", "list<string>", _key("hashtags")),
    Column("credits", "list<string>", _key("credits")),
    Column("views", "int64", _key("views")),
    Column("boilerplate_types", "list<string>", _each("boilerplate", "type")),
    Column("boilerplate_text", "list<string>", _each("boilerplate", "text")),
)

EVENT_COLUMNS = (
    _s("id"), _s("type"), _s("plover"), _s("status"),
    Column("date_start", "string", _nested("date", "start")),
    Column("date_end", "string", _nested("date", "end")),
    Column("date_precision", "string", _nested("date", "precision")),
    Column("participant_names", "list<string>", _each("participants", "name")),
    Column("participant_ids", "list<string>", _each("participants", "entity_id")),
    Column("participant_kinds", "list<string>", _each("participants", "kind")),
    Column("participant_roles", "list<string>", _each("participants", "role")),
    Column("location_name", "string", _nested("location", "name")),
    Column("location_entity_id", "string", _nested("location", "entity_id")),
    _s("name"), _s("quote"),
    Column("evidence_text", "list<string>", _each("evidence", "text")),
    Column("evidence_doc_ids", "list<string>", _each("evidence", "doc_id")),
    Column("sources", "list<string>", _key("sources")),
    Column("n_sources", "int64", lambda r: len(r.get("sources") or [])),
)

ENTITY_COLUMNS = (
    _s("id"), _s("kind"), _s("name"),
    Column("aliases", "list<string>", _key("aliases")),
    _s("wikidata"), _s("iso"),
    Column("mentions", "int64", _key("mentions")),
    Column("documents", "list<string>", _key("documents")),
)

QUOTE_COLUMNS = (
    _s("id"), _s("doc_id"),
    Column("speaker_name", "string", _nested("speaker", "name")),
    Column("speaker_entity_id", "string", _nested("speaker", "entity_id")),
    _s("text"),
    Column("start", "int64", _key("start")),
    Column("end", "int64", _key("end")),
    Column("direct", "bool", _key("direct")),
)

COLUMNS = {"articles": ARTICLE_COLUMNS, "events": EVENT_COLUMNS, "entities": ENTITY_COLUMNS,
           "quotes": QUOTE_COLUMNS}


def _csv_cell(column: Column, value: Any) -> Any:
    if value is None:
        return ""
    if column.type == "list<string>":
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    return value


def write_csv(records: Iterable[dict[str, Any]], columns: tuple[Column, ...], out: IO[str]) -> int:
    writer = csv.writer(out)
    writer.writerow([c.name for c in columns])
    n = 0
    for record in records:
        writer.writerow([_csv_cell(c, c.get(record)) for c in columns])
        n += 1
    return n


def arrow_schema(columns: tuple[Column, ...]) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_(), "list<string>": pa.list_(pa.string())}
    return pa.schema([pa.field(c.name, types[c.type]) for c in columns])


def write_parquet(records: Iterable[dict[str, Any]], columns: tuple[Column, ...], path: str) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pyarrow is the optional "parquet" extra
        raise RuntimeError("Parquet export needs pyarrow: pip install 'letopis[parquet]'") from exc
    rows = [{c.name: c.get(r) for c in columns} for r in records]
    table = pa.Table.from_pylist(rows, schema=arrow_schema(columns))
    pq.write_table(table, path)
    return len(rows)


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
