"""The HTML timeline and graph are self-contained and render in headless Chromium."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from letopis.corpus.graph import build_graph
from letopis.corpus.plots import graph_html, timeline_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def png_pixels(path: Path) -> tuple[int, int, bytes]:
    """Width, height and the decompressed scanlines of a PNG (standard library only)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", chunk[:8])
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def screenshot(html: Path, png: Path, profile: Path) -> None:
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", "--window-size=1200,700", "--virtual-time-budget=8000",
         f"--screenshot={png}", html.as_uri()],
        check=True, capture_output=True, timeout=120,
    )


def test_timeline_html_embeds_plotly_and_no_network(store, tmp_path):
    path = timeline_html(store.timeline(), tmp_path / "timeline.html", title="Россия — КНДР")
    html = path.read_text(encoding="utf-8")
    assert "plotly" in html.lower() and len(html) > 1_000_000       # plotly.js is inside the file
    assert not re.search(r"<script[^>]+src=[\"']https?:", html)   # nothing loaded from a CDN
    assert "Сергей Лавров" in html or "\\u0421\\u0435\\u0440\\u0433\\u0435\\u0439" in html


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")
@pytest.mark.parametrize("kind", ["timeline", "graph"])
def test_plot_renders_to_a_non_empty_screenshot(store, tmp_path, kind):
    html = tmp_path / f"{kind}.html"
    if kind == "timeline":
        timeline_html(store.timeline(), html)
    else:
        graph_html(build_graph(store.timeline()), html)
    png = tmp_path / f"{kind}.png"
    screenshot(html, png, tmp_path / "profile")
    width, height, pixels = png_pixels(png)
    assert (width, height) == (1200, 700)
    # a blank page decompresses to a few byte values; a drawn plot has text, axes and markers in colour
    assert len(set(pixels)) > 50
