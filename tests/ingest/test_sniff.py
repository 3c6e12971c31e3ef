"""Formats are recognised by content; the file name is only a hint."""

from __future__ import annotations

import gzip

import pytest

from letopis.ingest import detect_format
from letopis.ingest.sniff import binary_kind
from letopis.records import Format

RSS = b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>x</title></channel></rss>'
ATOM = b'<?xml version="1.0"?>\n<!-- a comment -->\n<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>'
RDF = b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>'
HTML = b"<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>text</p></body></html>"
WARC = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
JSONL = '{"text": "Министр прибыл.", "url": "https://a.example/1"}\n{"text": "Второй."}\n'.encode()
TEXT = "Лавров: отношения получили импульс\n\nПо мнению министра, участие <важно>.".encode()


@pytest.mark.parametrize(("data", "name", "expected"), [
    (RSS, "feed.txt", Format.RSS),                  # content wins over a misleading name
    (ATOM, "feed", Format.RSS),
    (RDF, "feed.rdf", Format.RSS),
    (HTML, "page.txt", Format.HTML),
    (b"\xef\xbb\xbf" + HTML, "page", Format.HTML),
    ("\ufeff<html><body>Привет</body></html>".encode("utf-16-le"), "page", Format.HTML),
    ("<html><body>Привет</body></html>".encode("utf-16-le"), "page", Format.HTML),     # no mark
    (b"  \n<div><p>A fragment</p></div>", "fragment", Format.HTML),
    (b"Warning: something\n<!DOCTYPE html><html><body>x</body></html>", "page", Format.HTML),
    (WARC, "crawl.bin", Format.WARC),
    (gzip.compress(WARC), "crawl.warc.gz", Format.WARC),
    (JSONL, "dump.txt", Format.JSONL),
    (JSONL, "dump", Format.JSONL),
    (b"{not json at all\n{\"text\": \"x\"}\n", "dump.jsonl", Format.JSONL),   # a broken first line
    (b"{not json at all\n", "notes.txt", Format.TEXT),
    (TEXT, "page.txt", Format.TEXT),
    (TEXT, "page.html", Format.TEXT),              # no markup at all: text, whatever the name says
    ("Заголовок\n<p>Абзац</p>".encode(), "page.html", Format.HTML),
    ("Заголовок\n<p>Абзац</p>".encode(), "page.txt", Format.TEXT),
    (b"<sitemap><url>x</url></sitemap>", "map.rss", Format.RSS),
    (b"<sitemap><url>x</url></sitemap>", "map.xml", Format.HTML),
])
def test_detect_format(data, name, expected):
    assert detect_format(data, name) is expected


@pytest.mark.parametrize(("data", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
    (b"GIF89a\x01\x00", "GIF"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "MS Office"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WebP"),
    (b"\x00\x00\x00\x18ftypmp42", "MP4"),
    (b"\x7fELF\x02\x01", "ELF executable"),
    (gzip.compress(b"<html>not a warc</html>"), "gzip"),
    (b"<html><body>text</body></html>", None),
    (b"MZ is how this text starts", None),
    (gzip.compress(WARC), None),
])
def test_binary_kind(data, kind):
    assert binary_kind(data) == kind
