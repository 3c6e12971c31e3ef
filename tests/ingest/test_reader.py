"""Bad input never raises and never hides good input: each problem is one short, stable reason."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest

from letopis.ingest import IngestError, IngestSettings, read_bytes, read_path
from letopis.ingest.settings import MB
from letopis.records import Format, RawDocument

ARTICLE = "Министр прибыл с визитом\n\nМинистр иностранных дел прибыл в столицу и провёл переговоры."


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b" \n\t\r\n ", "empty file (only whitespace)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)) * 8, "binary file (PDF), not a news page"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8, "binary file (JPEG), not a news page"),
    (b"PK\x03\x04\x14\x00\x00\x00" + bytes(range(256)), "binary file (ZIP), not a news page"),
    (bytes(range(32)) * 64, "binary file, not a news page"),
    (b"\x00" * 4096, "binary file, not a news page"),
])
def test_bad_single_files(data, reason):
    assert list(read_bytes(data, "in.txt")) == [IngestError("in.txt", reason)]


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:          # sparse: no time spent writing 52 MB
        handle.write(ARTICLE.encode())
        handle.truncate(int(52.4 * MB))
    assert [str(e) for e in read_path(str(path))] == [f"{path}: file too large: 52.4 MB > 20.0 MB limit"]
    small = IngestSettings(max_file_bytes=10)
    assert [str(e) for e in read_bytes(ARTICLE.encode(), "a.txt", settings=small)] == \
        ["a.txt: file too large: 160 bytes > 10 bytes limit"]


def test_a_missing_path_and_a_folder(tmp_path: Path):
    assert list(read_path(str(tmp_path / "nope.txt"))) == [IngestError(str(tmp_path / "nope.txt"),
                                                                       "no such file or directory")]
    (tmp_path / "pages").mkdir()
    assert list(read_path(str(tmp_path / "pages"))) == [IngestError(str(tmp_path / "pages"),
                                                                     "no readable files in directory")]
    (tmp_path / "pages" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "pages" / "b.pdf").write_bytes(b"%PDF-1.4\n")
    items = list(read_path(str(tmp_path / "pages")))
    assert [type(i).__name__ for i in items] == ["RawDocument", "IngestError"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file(tmp_path: Path):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    assert list(read_path(str(path))) == [IngestError(str(path), "permission denied")]


def test_standard_input_is_read_with_a_dash():
    docs = list(read_path("-", stdin=io.BytesIO(ARTICLE.encode("cp1251"))))
    assert len(docs) == 1 and isinstance(docs[0], RawDocument)
    assert (docs[0].source, docs[0].content, docs[0].encoding, docs[0].format) == \
        ("<stdin>", ARTICLE, "cp1251", Format.TEXT)
    assert list(read_path("-", stdin=io.BytesIO(b""))) == [IngestError("<stdin>", "empty file")]


def test_a_pipe_named_as_a_file_is_read(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(ARTICLE.encode("koi8-r"),))
    writer.start()
    items = list(read_path(str(fifo)))
    writer.join()
    assert [(i.source, i.content, i.encoding) for i in items] == [(str(fifo), ARTICLE, "koi8-r")]


def test_a_batch_of_good_and_bad_files_loses_nothing_good(tmp_path: Path, seeds_dir: Path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (tmp_path / "broken.jsonl").write_text('{"text": "Президент провёл переговоры."}\n{это не json\n',
                                           encoding="utf-8")
    for seed in seeds_dir.glob("*.txt"):
        (tmp_path / seed.name).write_bytes(seed.read_bytes())
    items = list(read_path(str(tmp_path)))
    errors = sorted(str(i) for i in items if isinstance(i, IngestError))
    assert errors == [
        f"{tmp_path}/broken.jsonl#2: line 2: not valid JSON "
        "(Expecting property name enclosed in double quotes at column 2)",
        f"{tmp_path}/empty.txt: empty file",
        f"{tmp_path}/scan.pdf: binary file (PDF), not a news page",
    ]
    assert len([i for i in items if isinstance(i, RawDocument)]) == 3


@pytest.mark.parametrize("bad", [{"max_file_bytes": 0}, {"max_file_bytes": -1}, {"max_archive_bytes": 1.5},
                                 {"max_file_bytes": True}])
def test_settings_are_validated_once(bad):
    with pytest.raises(ValueError, match="must be a positive number of bytes"):
        IngestSettings(**bad)


def test_errors_print_as_path_and_reason():
    assert str(IngestError("a/b.txt", "empty file")) == "a/b.txt: empty file"
