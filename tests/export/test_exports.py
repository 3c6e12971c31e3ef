"""Exports: the events contract, CSV and Parquet columns with their documented types, PLOVER records."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from letopis.cli import app
from letopis.export import COLUMNS, iter_event_records
from letopis.export.tables import LIST_SEPARATOR, arrow_schema

runner = CliRunner()
CONTRACT = ["id", "type", "plover", "status", "participants", "location", "date", "name", "quote", "evidence",
            "sources"]


def export(store_path, *args: str):
    result = runner.invoke(app, ["export", *args, "--db", str(store_path)])
    assert result.exit_code == 0, result.output
    return result


def test_event_records_follow_the_contract(store):
    records = list(iter_event_records(store))
    assert [r["type"] for r in records] == ["talks", "meeting", "visit"]
    for record in records:
        assert list(record) == CONTRACT
        assert set(record["date"]) == {"start", "end", "precision"}
        for p in record["participants"]:
            assert list(p) == ["name", "entity_id", "kind", "role"]
    merged = records[1]
    assert merged["sources"] == ["d2025a01", "d2025b01"]
    assert [e["doc_id"] for e in merged["evidence"]] == ["d2025a01", "d2025b01"]


def test_jsonl_export_filters_like_events(store, store_path):
    out = export(store_path, "events", "--actor", "Цой Сон Хи", "--from", "2025-01-01").stdout
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["type"] == "meeting" and len(record["sources"]) == 2


@pytest.mark.parametrize("kind", ["events", "entities", "articles", "quotes"])
def test_parquet_loads_with_pandas_with_documented_types(store, store_path, tmp_path, kind):
    path = tmp_path / f"{kind}.parquet"
    export(store_path, kind, "--format", "parquet", "-o", str(path))
    frame = pd.read_parquet(path)
    assert list(frame.columns) == [c.name for c in COLUMNS[kind]]
    assert pq.read_schema(path).remove_metadata() == arrow_schema(COLUMNS[kind])
    expected_rows = {"events": 3, "entities": 5, "articles": 3, "quotes": 0}[kind]
    assert len(frame) == expected_rows


def test_csv_flattens_lists_and_nested_objects(store, store_path):
    out = export(store_path, "events", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [c.name for c in COLUMNS["events"]]
    assert rows[1]["participant_names"] == LIST_SEPARATOR.join(["Сергей Лавров", "Цой Сон Хи"])
    assert rows[1]["date_start"] == "2025-10-27" and rows[1]["n_sources"] == "2"


def test_plover_records(store, store_path):
    out = export(store_path, "events", "--format", "plover").stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["event_type"] for r in records] == ["CONSULT"] * 3
    assert records[0]["actor"]["entity_id"] == "kb:person:lavrov"
    assert records[2]["recipient"]["country"] == "RU"   # the state a planned visit goes to


def test_plover_is_for_events_only(store, store_path):
    result = runner.invoke(app, ["export", "quotes", "--format", "plover", "--db", str(store_path)])
    assert result.exit_code == 2 and "for events" in result.stderr
