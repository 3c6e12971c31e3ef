"""``letopis ingest``, ``ls``, ``show`` and ``export articles`` end to end on real files."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from letopis.cli import app
from tests.conftest import EXAMPLES, SEEDS

runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def export_articles(db: Path) -> list[dict]:
    result = invoke("export", "articles", "--db", str(db))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture
def seed_copy(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for path in sorted(seeds_dir.glob("*.txt")):
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_export_has_exactly_the_documented_fields(seed_copy, db_path):
    assert invoke("ingest", "--no-analyze", str(seed_copy), "--db", str(db_path)).exit_code == 0
    records = export_articles(db_path)
    assert len(records) == 2
    expected = ["id", "source", "publisher", "published_at", "author", "title", "lead", "body",
                "hashtags", "credits", "views", "boilerplate"]
    for record in records:
        assert list(record) == expected
        for block in record["boilerplate"]:
            assert list(block) == ["type", "start", "end", "text"]
            assert block["type"] not in ("title", "lead", "body")


def test_ingesting_twice_stores_every_document_once(seed_copy, db_path):
    first = invoke("ingest", "--no-analyze", str(seed_copy), "--db", str(db_path))
    second = invoke("ingest", "--no-analyze", str(seed_copy), str(seed_copy / "*.txt"), "--db", str(db_path))
    assert first.exit_code == second.exit_code == 0
    assert len(export_articles(db_path)) == 2
    assert "unchanged" in second.stderr


def test_ls_and_show(seed_copy, db_path):
    invoke("ingest", "--no-analyze", str(seed_copy), "--db", str(db_path))
    listing = invoke("ls", "--db", str(db_path), "--from", "2025-01-01")
    assert listing.exit_code == 0
    assert "Звезда" in listing.stdout and "Большая Азия" not in listing.stdout
    doc_id = export_articles(db_path)[0]["id"]
    shown = invoke("show", doc_id[:8], "--db", str(db_path))
    assert shown.exit_code == 0
    assert doc_id in shown.stdout and "title" in shown.stdout
    missing = invoke("show", "ffffffff", "--db", str(db_path))
    assert missing.exit_code == 2 and "no such document" in missing.stderr


def test_commands_on_a_missing_database_say_how_to_make_one(tmp_path):
    result = invoke("ls", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 2
    assert "letopis ingest" in result.stderr


def _bad_inputs(folder: Path) -> dict[str, str]:
    """Each bad input and the words its error message must contain."""
    (folder / "empty.txt").write_bytes(b"")
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"
    (folder / "scan.pdf").write_bytes(pdf + bytes(range(256)) * 8)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    line = ("Очень длинная строка новостей. " * 40 + "\n").encode()
    (folder / "big.txt").write_bytes(line * (50 * 1024 * 1024 // len(line) + 1))  # a 50 MB page
    (folder / "broken.jsonl").write_text(
        '{"text": "Президент провёл переговоры с премьер-министром.", "url": "https://a.ru/1"}\n'
        "{это не json\n", encoding="utf-8")
    warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>"
    (folder / "broken.warc.gz").write_bytes(gzip.compress(warc))
    return {
        "empty.txt": "empty",
        "scan.pdf": "binary",
        "photo.jpg": "binary",
        "big.txt": "too large",
        "broken.jsonl#2": "json",
        "broken.warc.gz": "warc",
        "does-not-exist.txt": "no such file",
    }


def test_bad_inputs_are_reported_and_the_rest_is_stored(seed_copy, db_path):
    expected = _bad_inputs(seed_copy)
    bad_utf8 = "Новости дня\n\nГлава МИД провёл встречу.".encode() + b"\xff\xfe\xfa ok"
    (seed_copy / "invalid-utf8.txt").write_bytes(bad_utf8)
    (seed_copy / "truncated.html").write_text(
        "<html><head><title>Визит премьера</title></head><body><article><p>Премьер-министр прибыл с визитом"
        " в Ханой, где проведёт переговоры.</p><p>Стороны обсуди", encoding="utf-8")
    result = runner.invoke(app, ["ingest", "--no-analyze", str(seed_copy), str(seed_copy / "does-not-exist.txt"),
                                 "--db", str(db_path)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if ": " in line]
    for name, words in expected.items():
        line = next((e for e in errors if name in e), None)
        assert line is not None, f"no error reported for {name}: {result.stderr}"
        assert words in line.lower(), line
    stored = {Path(r["source"].split("#")[0]).name for r in export_articles(db_path)}
    # the seeds, the good JSON line, the readable part of the bad UTF-8 page, the truncated page
    assert {"000_c8aaeff7c53f1191.txt", "002_3149399ee9fd2710.txt", "broken.jsonl", "invalid-utf8.txt",
            "truncated.html"} <= stored
    assert "big.txt" not in stored


def test_the_size_limit_is_an_option(tmp_path, db_path):
    page = "Визит министра\n\n" + "Министр иностранных дел прибыл с визитом. " * 30000  # about 2.4 MB
    (tmp_path / "long.txt").write_text(page, encoding="utf-8")
    args = ["ingest", "--no-analyze", str(tmp_path / "long.txt"), "--db", str(db_path)]
    refused = runner.invoke(app, [*args, "--max-mb", "1"])
    assert refused.exit_code == 1 and "too large" in refused.stderr.lower()
    stored = runner.invoke(app, [*args, "--max-mb", "5"])
    assert stored.exit_code == 0, stored.stderr


def test_stdin_is_read_with_a_dash(db_path):
    text = "Переговоры в Анкаре\n\nМинистры иностранных дел Турции и Ирана провели переговоры в Анкаре."
    result = runner.invoke(app, ["ingest", "--no-analyze", "-", "--db", str(db_path)], input=text.encode())
    assert result.exit_code == 0, result.output
    assert export_articles(db_path)[0]["title"] == "Переговоры в Анкаре"


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_finishes(tmp_path, seeds_dir):
    pages = tmp_path / "many"
    pages.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    n = 600
    for i in range(n):
        (pages / f"{i:05d}.txt").write_text(seeds[i % 2] + f"\nКопия номер {i}\n", encoding="utf-8")
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "letopis", "ingest", str(pages), "--db", str(db), "--quiet", "--no-analyze"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                os.killpg(proc.pid, signal.SIGKILL)
                break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM documents d LEFT JOIN articles a ON a.doc_id = d.id WHERE a.doc_id IS NULL"
        ).fetchone()[0]
    assert 0 < partial < n and orphans == 0
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == n
        assert conn.execute("SELECT count(DISTINCT doc_id) FROM articles").fetchone()[0] == n
        blocks = conn.execute("SELECT count(*) FROM blocks b LEFT JOIN articles a ON a.doc_id = b.doc_id"
                              " WHERE a.doc_id IS NULL").fetchone()[0]
    assert blocks == 0


@pytest.mark.slow
def test_make_demo_corpus_ingests_and_analyses_without_failures(db_path):
    if not any(EXAMPLES.glob("*")):
        pytest.skip("examples/ is empty")
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db_path)])
    assert result.exit_code == 0, result.stderr
    records = export_articles(db_path)
    assert len(records) >= 14
    assert all(r["title"] and r["body"] for r in records)
    sources = {Path(r["source"]).name for r in records}
    assert {p.name for p in SEEDS.glob("*.txt")} <= sources  # the seeds are in examples/ as they are


@pytest.mark.slow
def test_two_ingests_into_one_database_store_each_document_once(tmp_path, seeds_dir):
    pages = tmp_path / "pages"
    pages.mkdir()
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    for i in range(120):
        (pages / f"{i:04d}.txt").write_text(seeds[i % 2] + f"\nВыпуск {i}\n", encoding="utf-8")
    db = tmp_path / "shared.db"
    cmd = [sys.executable, "-m", "letopis", "ingest", str(pages), "--db", str(db), "--quiet", "--no-analyze"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for proc in procs:
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == 0, stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 120
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 120
