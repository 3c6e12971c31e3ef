"""Exports: plain records out of the store in stable shapes."""

from letopis.export.articles import article_record, write_jsonl

__all__ = ["article_record", "write_jsonl"]
