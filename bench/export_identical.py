"""Do two versions of the code export the same bytes? A before/after check for export changes.

The code of a base revision is unpacked with `git archive` into a temporary folder (the
repository and its worktrees are left alone) and run with the same interpreter, PYTHONPATH
first, so `harvester export` of both versions reads the same database with the same
arguments. Every shard and the dataset card must be byte-identical; the manifests must
be equal except for the time of export and the code's git commit.

    .venv/bin/python bench/export_identical.py --base 4a1d1fd --db /tmp/demo.sqlite
    .venv/bin/python bench/export_identical.py --base 4a1d1fd --db bench.sqlite --quick --allow query

The database should have current duplicate clusters (`harvester dedup`): otherwise the first
`--dedup` export recomputes them and the two versions do not read the same corpus.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Every format and compression, the options that change the records, and each filter.
CASES = [
    ("ds.jsonl", []),
    ("ds.jsonl", ["--no-tokens"]),
    ("ds.jsonl.gz", ["--shard-records", "7"]),
    ("ds.jsonl.zst", []),
    ("ds.parquet", []),
    ("ds.csv", []),
    ("ds.jsonl", ["--dedup"]),
    ("ds.csv", ["--dedup", "--no-tokens"]),
    ("ds.parquet", ["--dedup"]),
    ("ds.jsonl", ["--since", "2024-01-01", "--until", "2024-12-31"]),
    ("ds.jsonl", ["--department", "Ban Tuyên giáo"]),
    ("ds.jsonl", ["--cites", "NQ 35"]),
]
QUICK = CASES[:2] + CASES[4:7]
VOLATILE = ("exported_at",)  # and code.git_commit / code.git_dirty


def unpack(rev: str, into: Path) -> None:
    tar = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as archive:
        archive.extractall(into, filter="data")


def run_export(code: Path | None, db: str, out: Path, args: list[str]) -> None:
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(code), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    proc = subprocess.run([sys.executable, "-m", "harvester.cli", "export", str(out), "--db", db, *args],
                          capture_output=True, text=True, env=env, cwd=code or ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"export {' '.join(args)} failed ({'base' if code else 'this checkout'}):\n{proc.stderr}")


def comparable_manifest(path: Path) -> dict:
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for key in VOLATILE:
        manifest.pop(key, None)
    for key in ("git_commit", "git_dirty"):
        manifest["code"].pop(key, None)
    return manifest


def changed_keys(a, b, prefix: str = "") -> list[str]:
    """Dotted paths of the values that differ between two JSON documents."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [k for key in sorted(a.keys() | b.keys())
                for k in changed_keys(a.get(key), b.get(key), f"{prefix}{key}.")]
    return [] if a == b else [prefix.rstrip(".")]


def differences(a: Path, b: Path, allowed: tuple[str, ...] = ()) -> list[str]:
    names_a = {p.name for p in a.iterdir()}
    names_b = {p.name for p in b.iterdir()}
    out = [f"only in one: {sorted(names_a ^ names_b)}"] if names_a != names_b else []
    for name in sorted(names_a & names_b):
        if name.endswith(".manifest.json"):
            keys = changed_keys(comparable_manifest(a / name), comparable_manifest(b / name))
            if [k for k in keys if not k.startswith(allowed)]:
                out.append(f"{name} differs in {', '.join(keys)}")
        elif (a / name).read_bytes() != (b / name).read_bytes():
            out.append(f"{name} differs")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git revision to compare with (e.g. main, 4a1d1fd)")
    parser.add_argument("--db", required=True, help="database path or URL")
    parser.add_argument("--allow", action="append", default=[], metavar="KEY",
                        help="a manifest key expected to differ (e.g. query: the export runs another query)")
    parser.add_argument("--quick", action="store_true", help="five of the cases")
    args = parser.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory(prefix="export-identical-") as tmp:
        base = Path(tmp) / "base"
        unpack(args.base, base)
        for i, (name, options) in enumerate(QUICK if args.quick else CASES):
            # Both write to the same folder (the manifest records the command), then move aside.
            out, a, b = Path(tmp) / "out", Path(tmp) / f"{i}-base", Path(tmp) / f"{i}-new"
            out.mkdir()
            run_export(base, args.db, out / name, options)
            out.rename(a)
            out.mkdir()
            run_export(None, args.db, out / name, options)
            out.rename(b)
            diff = differences(a, b, tuple(args.allow))
            records = json.loads(next(a.glob("*.manifest.json")).read_text(encoding="utf-8"))["records"]
            label = f"{name} {' '.join(options)}".strip()
            print(f"{'identical' if not diff else 'DIFFERENT'}  {label} ({records} records)"
                  + "".join(f"\n    {d}" for d in diff))
            failed += bool(diff)
    if failed:
        raise SystemExit(f"{failed} case(s) differ")


if __name__ == "__main__":
    main()
