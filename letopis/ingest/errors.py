"""What a reader says about an input it could not turn into documents."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestError:
    """A problem with one input (a file, or one record inside a container file).

    ``path`` names the input as the user gave it (``pages/a.jsonl#3`` for a record);
    ``reason`` is a short, stable, human sentence, so scripts can match on it.
    """

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"
