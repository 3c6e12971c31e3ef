"""The article stage on every page of ``examples/`` matches ``tests/golden/articles.jsonl``.

After a deliberate change: ``python scripts/golden.py --update`` rewrites the file and
prints the diff to review.
"""

from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "golden.py"
GOLDEN = ROOT / "tests" / "golden" / "articles.jsonl"


def load_script():
    spec = importlib.util.spec_from_file_location("golden_script", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not GOLDEN.exists() or not (ROOT / "examples").is_dir(), reason="no golden file or examples")
def test_examples_read_as_the_golden_file_says() -> None:
    current = load_script().golden_lines(ROOT / "examples")
    stored = GOLDEN.read_text(encoding="utf-8").splitlines()
    diff = "\n".join(difflib.unified_diff(stored, current, "golden", "current", lineterm=""))
    assert not diff, f"run `python scripts/golden.py --update` if this change is right:\n{diff}"


def test_the_script_reports_a_difference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pages = tmp_path / "examples"
    pages.mkdir()
    (pages / "a.txt").write_text("Мэр открыл новый мост через реку\n\nМэр города открыл мост через реку.\n",
                                 encoding="utf-8")
    golden = tmp_path / "articles.jsonl"
    script = load_script()
    assert script.main(["--examples", str(pages), "--golden", str(golden), "--update"]) == 0
    assert script.main(["--examples", str(pages), "--golden", str(golden)]) == 0
    golden.write_text(golden.read_text(encoding="utf-8").replace("новый мост", "старый мост"), encoding="utf-8")
    assert script.main(["--examples", str(pages), "--golden", str(golden)]) == 1
    assert "+" in capsys.readouterr().out
