"""The benchmark runner: what it runs, what it skips, where quick runs write (never timings)."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "docs" / "BENCHMARKS.md"


def _load(name: str):
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def run_all():
    return _load("run_all")


def test_every_script_that_runs_as_a_program_is_a_benchmark_and_helpers_are_not(run_all):
    names = run_all.benchmarks()
    assert {"crawl", "stages", "processing", "discovery", "quality", "segmentation", "export", "search"} <= set(names)
    assert not {"report", "corpus", "sitegen", "run_all"} & set(names)
    assert names.index("crawl") < names.index("search")  # the long search build runs last


def test_a_script_needing_an_absent_service_is_skipped_with_a_note(run_all, tmp_path, monkeypatch):
    (tmp_path / "workers.py").write_text("import redis\n\nif __name__ == \"__main__\":\n    pass\n")
    monkeypatch.setattr(run_all, "BENCH", tmp_path)
    monkeypatch.setitem(run_all.SERVICES, "Redis", (*run_all.SERVICES["Redis"][:1], lambda: False,
                                                    run_all.SERVICES["Redis"][2]))
    outcome = run_all.run_one("workers", quick=True, env={})
    assert outcome.status.startswith("skipped: needs Redis")


def test_a_script_may_skip_itself_with_exit_code_77(run_all, tmp_path, monkeypatch):
    (tmp_path / "gpu.py").write_text(
        "import sys\n\nif __name__ == \"__main__\":\n    print('no GPU on this machine')\n    sys.exit(77)\n")
    monkeypatch.setattr(run_all, "BENCH", tmp_path)
    assert run_all.run_one("gpu", quick=True, env={}).status == "skipped: no GPU on this machine"


def test_a_failing_script_is_reported_and_fails_the_run(run_all, tmp_path, monkeypatch):
    (tmp_path / "broken.py").write_text("if __name__ == \"__main__\":\n    raise SystemExit(2)\n")
    monkeypatch.setattr(run_all, "BENCH", tmp_path)
    assert run_all.run_one("broken", quick=True, env={}).status == "failed (exit 2)"


def test_an_unknown_benchmark_name_is_a_one_line_error():
    result = subprocess.run([sys.executable, "bench/run_all.py", "--only", "nosuch"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert result.stderr.strip().startswith("Error: no benchmark named nosuch")
    assert "Traceback" not in result.stderr


def test_writes_go_to_the_copy_under_bench_out(tmp_path, monkeypatch):
    report = _load("report")
    source = tmp_path / "DOCS.md"
    source.write_text("a\n<!-- x:begin -->\nold\n<!-- x:end -->\nb\n", encoding="utf-8")
    monkeypatch.setenv("BENCH_OUT", str(tmp_path / "out"))
    report.replace_block("x", "| new |", source)
    assert "old" in source.read_text(encoding="utf-8")
    assert (tmp_path / "out" / "DOCS.md").read_text(encoding="utf-8") == "a\n<!-- x:begin -->\n| new |\n<!-- x:end -->\nb\n"


def test_quick_crawl_benchmark_writes_its_tables_into_the_copy_not_the_docs(tmp_path):
    """The CI smoke run: the crawl bench at its quick size through the runner."""
    before = BENCHMARKS.read_bytes()
    result = subprocess.run([sys.executable, "bench/run_all.py", "--quick", "--only", "crawl", "--out", str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert BENCHMARKS.read_bytes() == before
    written = (tmp_path / "BENCHMARKS.md").read_text(encoding="utf-8")
    crawl = written.split("<!-- crawl:begin -->")[1].split("<!-- crawl:end -->")[0]
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in crawl.splitlines() if line.startswith("| ") and "---" not in line}
    ours = rows["harvester crawl (fetch, process, store)"]
    peer = rows["trafilatura focused_crawler + extract"]
    # Every generated article stored, no listing or home page stored as one.
    assert ours[4] == "150 (1.000)" and ours[5] == "0"
    assert int(peer[4].split()[0]) > 0
    assert "Goals:" in crawl and "Memory against site size" in crawl
    machine = written.split("<!-- machine:begin -->")[1].split("<!-- machine:end -->")[0]
    assert "quick sizes" in machine and "| `bench/crawl.py` | ok |" in machine
    assert "| Python |" in machine and "trafilatura" in machine


def test_quick_export_benchmark_runs_every_format_against_the_baseline(tmp_path):
    """The export bench builds its own corpus (it broke once when departments became unique by
    identity, unnoticed until a full run): at its quick size, every row is written."""
    result = subprocess.run([sys.executable, "bench/run_all.py", "--quick", "--only", "export", "--out", str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    written = (tmp_path / "BENCHMARKS.md").read_text(encoding="utf-8")
    block = written.split("<!-- export:begin -->")[1].split("<!-- export:end -->")[0]
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in block.splitlines() if line.startswith("| ") and "---" not in line}
    for label in ("baseline: sqlite-utils rows --nl", "export .jsonl", "export .jsonl --tokens", "export .parquet",
                  "export .csv", "export .jsonl.zst", "export .jsonl.gz --dedup"):
        assert label in rows, label
    assert rows["export .jsonl"][0] == rows["export .jsonl --tokens"][0] == "2000"  # every article exported
    assert float(rows["export .jsonl --tokens"][-1]) > float(rows["export .jsonl"][-1]) > 0  # MB written
