"""``letopis annotate`` and ``letopis eval``: the scoring contract from the command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

# Records handed to the pipeline at once when annotating a stream.
ANNOTATE_CHUNK = 64
REPORT_WIDTH = 160


def _progress(console: Console) -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True)


@contextmanager
def _open_in(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdin
    else:
        with open(path, encoding="utf-8") as f:
            yield f


@contextmanager
def _open_out(path: str) -> Iterator[IO[str]]:
    if path == "-":
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8") as f:
            yield f


def _records(stream: IO[str]) -> Iterator[dict[str, Any]]:
    for n, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            raise typer.BadParameter(f"line {n}: not JSON: {e}") from e
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise typer.BadParameter(f'line {n}: expected an object with a "text" string')
        yield record


def annotate(
    input: Annotated[str, typer.Argument(help='JSON Lines of {"id", "text", "published_at"?}; "-" for stdin.')] = "-",
    output: Annotated[str, typer.Option("-o", "--output",
                                        help='Where to write the annotations; "-" for stdout.')] = "-",
    kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base folder (repeatable).")] = None,
    debug: Annotated[bool, typer.Option("--debug", help='Add "debug" to each line: the rule behind every event, '
                                                        "why its status and date, and every rejected candidate.")]
    = False,
) -> None:
    """Find names, events and quotes in each document: one JSON line out per line in."""
    from letopis.pipeline import Pipeline

    err = Console(stderr=True)
    pipeline = Pipeline.load(kb or ())
    with _open_in(input) as src, _open_out(output) as dst, _progress(err) as bar:
        task = bar.add_task("annotating", total=None)
        chunk: list[dict[str, Any]] = []

        def flush() -> None:
            for line in pipeline.annotate_many(chunk, debug=debug):
                dst.write(json.dumps(line, ensure_ascii=False) + "\n")
            bar.advance(task, len(chunk))
            chunk.clear()

        for record in _records(src):
            chunk.append(record)
            if len(chunk) >= ANNOTATE_CHUNK:
                flush()
        if chunk:
            flush()


def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold .jsonl files or folders of them.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the full result as JSON here.")] = None,
    pred: Annotated[Path | None, typer.Option("--pred", help="Score this prediction file instead of running "
                                                            "the pipeline.")] = None,
    update_floors: Annotated[bool, typer.Option("--update-floors", help="Raise the committed floors to "
                                                                       "the current scores.")] = False,
    allow_lower: Annotated[bool, typer.Option("--allow-lower", help="Let --update-floors lower a floor, "
                                                                   "and do not fail on a drop.")] = False,
    floors_file: Annotated[Path | None, typer.Option("--floors", help="Floors file (default: the one in "
                                                                     "the package).")] = None,
    kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base folder (repeatable).")] = None,
    errors: Annotated[Path | None, typer.Option("--errors", help="Write the missed and the spurious meetings of "
                                                                 "each document here (JSON Lines), with their "
                                                                 "evidence sentences.")] = None,
) -> None:
    """Score the pipeline (or a prediction file) against gold, print the report, check the floors."""
    from letopis.evaluation import FloorError, check_floors, load_floors, raise_floors, save_floors
    from letopis.evaluation.floors import FLOORS_PATH
    from letopis.evaluation.gold import read_gold, read_pred
    from letopis.evaluation.report import tables
    from letopis.evaluation.run import run_eval
    from letopis.evaluation.scorer import score

    err = Console(stderr=True)
    if pred is not None:
        predictions = read_pred(pred)
        result = score(read_gold(gold), predictions)
    else:
        from letopis.pipeline import Pipeline

        pipeline = Pipeline.load(kb or ())
        with _progress(err) as bar:
            task = bar.add_task("evaluating", total=len(read_gold(gold)))
            result = run_eval(gold, pipeline, progress=lambda n: bar.advance(task, n))
        predictions = {p["id"]: p for p in result.pop("predictions")}
    if errors:
        _write_errors(errors, read_gold(gold), predictions, err)
    # a report piped to a file keeps all its columns
    out = Console() if sys.stdout.isatty() else Console(width=REPORT_WIDTH)
    for table in tables(result):
        out.print(table)
    if json_out:
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    path = floors_file or FLOORS_PATH
    floors = load_floors(path)
    try:
        if update_floors:
            save_floors(raise_floors(result, floors, allow_lower), path)
            err.print(f"floors written to {path}")
        else:
            for miss in check_floors(result, floors, allow_lower):
                err.print(f"[yellow]below floor (allowed):[/] {miss}")
    except FloorError as e:
        err.print(f"[red]{e}[/]")
        raise typer.Exit(1) from e


def _write_errors(path: Path, gold_docs: list[dict[str, Any]], predictions: dict[str, Any], err: Console) -> None:
    from letopis.evaluation.errors import meeting_errors

    missed = spurious = documents = 0
    with path.open("w", encoding="utf-8") as out:
        for record in meeting_errors(gold_docs, predictions):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            documents += 1
            missed += len(record["missed"])
            spurious += len(record["spurious"])
    err.print(f"meetings: {missed} missed and {spurious} spurious in {documents} documents, listed in {path}")


def register(app: typer.Typer) -> None:
    """Add ``annotate`` and ``eval`` to the ``letopis`` command."""
    app.command("annotate")(annotate)
    app.command("eval")(evaluate)
