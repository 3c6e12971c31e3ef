"""Exports: plain records out of the store in stable shapes (JSON Lines, CSV, Parquet, PLOVER)."""

from letopis.export.articles import article_record
from letopis.export.events import event_record, iter_event_records, plover_record
from letopis.export.records import entity_record
from letopis.export.tables import COLUMNS, write_csv, write_jsonl, write_parquet
from letopis.extract.contract import quote_record

__all__ = ["COLUMNS", "article_record", "entity_record", "event_record", "iter_event_records", "plover_record",
           "quote_record", "write_csv", "write_jsonl", "write_parquet"]
