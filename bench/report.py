"""Writing a benchmark's table into the docs, between its own markers.

Each bench script owns one block, `<!-- NAME:begin -->` … `<!-- NAME:end -->`, in
docs/BENCHMARKS.md (and the quality table also in README.md); the prose around the
blocks is written by hand and must survive a re-run.

With BENCH_OUT set to a folder, every write goes to a copy of the file there instead
(made on first write): smoke runs (`bench/run_all.py --quick`) exercise the writing
without putting quick-size figures into the committed docs.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "docs" / "BENCHMARKS.md"


def target(path: Path) -> Path:
    """The file a write to path lands in: path itself, or its copy under BENCH_OUT."""
    out = os.environ.get("BENCH_OUT")
    if not out:
        return path
    copy = Path(out) / path.name
    if not copy.exists():
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    return copy


def replace_block(name: str, text: str, path: Path = BENCHMARKS) -> None:
    path = target(path)
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    body = path.read_text(encoding="utf-8")
    if begin not in body:
        raise SystemExit(f"{path}: no {begin} marker; add one where the table belongs")
    block = f"{begin}\n{text}\n{end}"
    # A function as replacement: the table's text is literal, backslashes included.
    path.write_text(re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, body, flags=re.S),
                    encoding="utf-8")
