"""Builders for real container files written with the tools that write them in the wild."""

from __future__ import annotations

import io
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class Page:
    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    record_type: str = "response"


def build_warc(pages: list[Page], *, gzip: bool, date: str = "2023-10-19T10:00:00Z") -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for page in pages:
        if page.record_type == "response":
            http = StatusAndHeaders(page.status, [("Content-Type", page.content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(page.url, "response", payload=io.BytesIO(page.body),
                                               http_headers=http, warc_headers_dict={"WARC-Date": date})
        else:
            record = writer.create_warc_record(page.url, page.record_type, payload=io.BytesIO(page.body),
                                               warc_content_type=page.content_type,
                                               warc_headers_dict={"WARC-Date": date})
        writer.write_record(record)
    return buffer.getvalue()
