"""Storage: documents, articles and what the later stages find in them.

SQLite by default (one file, WAL, no server). Every write of a document is one
transaction, so a killed process leaves either the whole document or nothing, and
a re-run stores what is missing without duplicates.
"""

from letopis.store.base import SaveOutcome, Store, StoreError, open_store

__all__ = ["SaveOutcome", "Store", "StoreError", "open_store"]
