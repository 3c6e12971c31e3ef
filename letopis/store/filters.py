"""SQL conditions shared by the queries over articles (``a`` is the articles table)."""

from __future__ import annotations


def article_clauses(date_from: str | None, date_to: str | None,
                    publisher: str | None) -> tuple[list[str], list[object]]:
    """Publication date range (inclusive ISO dates) and a case-insensitive publisher substring."""
    clauses: list[str] = []
    params: list[object] = []
    if date_from:
        clauses.append("substr(a.published_at, 1, 10) >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("substr(a.published_at, 1, 10) <= ?")
        params.append(date_to)
    if publisher:
        # lower() is Python's casefold in our SQLite connections (see Store)
        clauses.append("lower(a.publisher) LIKE ?")
        params.append(f"%{publisher.casefold()}%")
    return clauses, params
