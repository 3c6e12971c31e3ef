"""The one options object of the ingest stage, validated once when it is made."""

from __future__ import annotations

from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    # a single page (text, HTML, feed) or one record of a container larger than this is refused
    max_file_bytes: int = 20 * MB
    # JSON Lines and WARC files are read record by record, so they may be much larger than one page
    max_archive_bytes: int = 4096 * MB

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ValueError(f"{item.name} must be a positive number of bytes, not {value!r}")


def human_size(size: int) -> str:
    """Megabytes as file limits are given; smaller units only where megabytes would read 0.0."""
    if size >= MB // 10:
        return f"{size / MB:.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size} bytes"


def too_large(size: int, limit: int) -> str:
    return f"file too large: {human_size(size)} > {human_size(limit)} limit"
