"""Every benchmark in one run, and the machine they ran on, into docs/BENCHMARKS.md.

A benchmark is any script in bench/ that runs as a program (`if __name__ == "__main__"`);
helpers (report, corpus, sitegen) are not. Each runs in its own process with `--write`
(full sizes, its block of docs/BENCHMARKS.md rewritten) or, with `--quick`, with
`--quick --write` and BENCH_OUT set, so its block is written into a copy of the docs under
`--out` (default build/bench-quick/) and the committed figures stay those of full runs.
A script that needs a service (Redis) that is not there is skipped with a note; a script
may also skip itself by exiting with code 77 and saying why on its last output line.

    .venv/bin/python bench/run_all.py                 # make bench
    .venv/bin/python bench/run_all.py --quick         # make bench-quick
    .venv/bin/python bench/run_all.py --only crawl stages
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

# Cheap and informative first; the million-article search corpus last. Scripts not named
# here (added later) run after these, in name order.
ORDER = ["quality", "discovery", "segmentation", "processing", "stages", "crawl", "workers", "export", "search"]
PACKAGES = ["scrapy", "twisted", "trafilatura", "courlan", "htmldate", "lxml", "underthesea", "sqlalchemy",
            "datasketch", "pyarrow", "datasette"]
SKIP_EXIT = 77  # the automake convention for "skipped", which a script may use itself


@dataclass(frozen=True)
class Outcome:
    name: str
    status: str  # "ok", "failed (exit N)" or "skipped: why"
    seconds: float


def benchmarks() -> list[str]:
    found = sorted(p.stem for p in BENCH.glob("*.py")
                   if p.stem != "run_all" and re.search(r"^if __name__ == .__main__.:", p.read_text(encoding="utf-8"), re.M))
    return [n for n in ORDER if n in found] + [n for n in found if n not in ORDER]


def redis_available() -> bool:
    if os.environ.get("REDIS_URL") or shutil.which("redis-server"):
        return True
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
        return True
    except OSError:
        return False


# A service a script's source names, and how to tell it is there.
SERVICES = {
    "Redis": (re.compile(r"^\s*(import redis|from redis\b)|redis-server", re.M), redis_available,
              "install and start it with `bash .ci/redis.sh` or set REDIS_URL"),
}


def missing_service(name: str) -> str | None:
    source = (BENCH / f"{name}.py").read_text(encoding="utf-8")
    for service, (uses, available, hint) in SERVICES.items():
        if uses.search(source) and not available():
            return f"needs {service}, which is not running here ({hint})"
    return None


def run_one(name: str, quick: bool, env: dict) -> Outcome:
    why = missing_service(name)
    if why:
        return Outcome(name, f"skipped: {why}", 0.0)
    cmd = [sys.executable, str(BENCH / f"{name}.py"), "--write", *(["--quick"] if quick else [])]
    print(f"== {name}: {' '.join(cmd[1:])}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    last = "no reason given"
    for line in proc.stdout:  # shown as it comes: the long runs print progress
        sys.stdout.write(line)
        last = line.strip() or last
    code = proc.wait()
    seconds = time.perf_counter() - started
    if code == SKIP_EXIT:
        return Outcome(name, f"skipped: {last}", seconds)
    return Outcome(name, "ok" if code == 0 else f"failed (exit {code})", seconds)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _git() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        return head + (" with uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine(outcomes: list[Outcome], quick: bool, load_before: tuple, started: datetime, commit: str) -> str:
    import psutil

    load_after = os.getloadavg()
    lines = [
        f"Run of {started:%Y-%m-%d %H:%M} UTC ({'quick sizes' if quick else 'full sizes'}), commit {commit}.",
        "",
        "| | |",
        "|---|---|",
        f"| CPU | {_cpu_model()}, {os.cpu_count()} logical cores ({psutil.cpu_count(logical=False)} physical) |",
        f"| memory | {psutil.virtual_memory().total / 2**30:.1f} GiB |",
        f"| load average (1 min) before / after | {load_before[0]:.2f} / {load_after[0]:.2f} |",
        f"| system | {platform.platform()} |",
        f"| Python | {platform.python_version()} ({platform.python_implementation()}) |",
        f"| packages | {', '.join(f'{p} {_version(p)}' for p in PACKAGES)} |",
        "",
        "| benchmark | status | seconds |",
        "|---|---|---|",
        *[f"| `bench/{o.name}.py` | {o.status} | {o.seconds:.0f} |" for o in outcomes],
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="each script at its --quick size, into --out")
    parser.add_argument("--out", type=Path, default=None,
                        help="write the docs' copies here [quick default: build/bench-quick; full: the docs themselves]")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    parser.add_argument("--skip", nargs="+", metavar="NAME", default=[], help="leave these out")
    parser.add_argument("--list", action="store_true", help="name the benchmarks and exit")
    args = parser.parse_args()
    names = benchmarks()
    if args.list:
        print("\n".join(names))
        return
    unknown = [n for n in [*(args.only or []), *args.skip] if n not in names]
    if unknown:
        sys.exit(f"Error: no benchmark named {', '.join(unknown)} (there are: {', '.join(names)})")
    names = [n for n in names if (not args.only or n in args.only) and n not in args.skip]

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = args.out or (ROOT / "build" / "bench-quick" if args.quick else None)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob("*.md"):
            stale.unlink()  # copies are made fresh from the docs on each run's first write
        env["BENCH_OUT"] = str(out.resolve())
        os.environ["BENCH_OUT"] = env["BENCH_OUT"]
    # Read before the scripts write their blocks, which would count as uncommitted changes.
    load_before, started, commit = os.getloadavg(), datetime.now(timezone.utc), _git()
    outcomes = [run_one(name, args.quick, env) for name in names]

    from report import BENCHMARKS, replace_block, target

    replace_block("machine", machine(outcomes, args.quick, load_before, started, commit))
    for o in outcomes:
        print(f"{o.name:14} {o.status} ({o.seconds:.0f} s)", file=sys.stderr)
    print(f"written to {target(BENCHMARKS)}", file=sys.stderr)
    if any(o.status.startswith("failed") for o in outcomes):
        sys.exit(1)


if __name__ == "__main__":
    main()
