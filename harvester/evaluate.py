"""Score the extractor against gold: public benchmarks and the local Vietnamese sites.

Two kinds of folder are read:

- public benchmark sets (`gold.jsonl` + `pages/*.html.gz`, see /work/shared/eval/README.md):
  `extraction` (with/without snippets), `dates` (publication day) and `bodies` (full text).
  The project's extractor is measured next to the baseline that README names (plain
  trafilatura and htmldate) in the same run, so a change in the libraries moves both columns
  and only our own difference shows in the delta;
- the project's gold sites (`portal.toml` + `expected.toml` + `site/`, see data/demo/README.md):
  every gold page goes through `process_page` exactly as in a crawl.

Pages are scored in a process pool. A page that raises is a miss for the extractor that
raised (and is counted under `errors`), never the end of the run.
"""
from __future__ import annotations

import gzip
import json
import math
import multiprocessing
import os
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import htmldate
import trafilatura

from harvester.demo_server import content_type, resolve
from harvester.errors import InputError
from harvester.portals import load_portal_file
from pipelines.dates import find_published_date
from pipelines.extract import EXTRACTOR_VERSION, Extracted, extract
from pipelines.normalize import decode_body, normalize_line, normalize_text
from pipelines.process import process_page
from pipelines.types import Article, Capture, PortalInfo

Kind = Literal["extraction", "dates", "bodies", "site"]
PROJECT, BASELINE = "project", "baseline"

# Metric names per kind, headline first; the table shows them in this order.
METRICS: dict[str, tuple[str, ...]] = {
    "extraction": ("f1", "precision", "recall", "macro_f1", "macro_precision", "macro_recall"),
    "dates": ("accuracy", "found"),
    "bodies": ("f1", "precision", "recall"),
    "site": ("article", "title", "published", "author", "source_credit",
             "snippet_f1", "snippet_precision", "snippet_recall", "non_article",
             "departments_precision", "departments_recall", "documents_precision", "documents_recall"),
}

# The README names `extract(..., with_metadata=True)`, but in text output that only prepends a
# YAML header (title, author, date, ...) to the same body text. The project's text carries no
# title either, so both are scored on the body alone; with the header, the title inflates
# extraction recall (0.953 against 0.930) and sinks bodies precision (F1 0.855 against 0.944).
BASELINE_WITH_METADATA = False

_WORD = re.compile(r"\w+")


# --- metrics (pure) ------------------------------------------------------------


@dataclass(frozen=True)
class SnippetCounts:
    """Snippet outcomes on one page or summed over a set."""

    found_with: int = 0  # true positives
    missed_with: int = 0  # false negatives
    found_without: int = 0  # false positives
    absent_without: int = 0  # true negatives

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(self.found_with + other.found_with, self.missed_with + other.missed_with,
                             self.found_without + other.found_without,
                             self.absent_without + other.absent_without)


def snippet_counts(text: str | None, with_: Iterable[str], without: Iterable[str]) -> SnippetCounts:
    """Which gold snippets a text holds (plain substring match, as the benchmark defines)."""
    text = text or ""
    found_with = missed_with = found_without = absent_without = 0
    for s in with_:
        if s in text:
            found_with += 1
        else:
            missed_with += 1
    for s in without:
        if s in text:
            found_without += 1
        else:
            absent_without += 1
    return SnippetCounts(found_with, missed_with, found_without, absent_without)


def precision_recall_f1(tp: int | float, fp: int | float, fn: int | float) -> tuple[float, float, float]:
    """Zero, not an error, when a denominator is empty: nothing found is a miss."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def snippet_scores(counts: SnippetCounts) -> dict[str, float]:
    """precision = found with / (found with + found without); recall = found with / all with."""
    p, r, f = precision_recall_f1(counts.found_with, counts.found_without, counts.missed_with)
    return {"precision": p, "recall": r, "f1": f}


def words(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def bag_of_words_scores(predicted: str | None, gold: str | None) -> dict[str, float]:
    """Precision, recall and F1 of the word multiset of `predicted` against `gold`."""
    have, want = Counter(words(predicted)), Counter(words(gold))
    if not have and not want:
        # Nothing to find and nothing found is a perfect answer.
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    overlap = sum((have & want).values())
    p, r, f = precision_recall_f1(overlap, sum(have.values()) - overlap, sum(want.values()) - overlap)
    return {"precision": p, "recall": r, "f1": f}


def bag_of_words_f1(predicted: str | None, gold: str | None) -> float:
    return bag_of_words_scores(predicted, gold)["f1"]


def dates_accuracy(predicted: Sequence[str | None], gold: Sequence[str]) -> float:
    """Share of pages whose predicted YYYY-MM-DD equals the gold one (no date is a miss)."""
    if len(predicted) != len(gold):
        raise ValueError("predicted and gold dates differ in length")
    if not gold:
        return 0.0
    return sum(p is not None and p == g for p, g in zip(predicted, gold)) / len(gold)


def _mean(values: Sequence[float]) -> float:
    return math.fsum(values) / len(values) if values else 0.0


# --- what to score -------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """One gold page: everything a worker needs, picklable."""

    kind: Kind
    file: str  # the page file (gz for public sets)
    url: str
    gold: dict[str, Any]
    portal: PortalInfo | None = None  # site pages only
    non_article: bool = False


@dataclass
class EvalSet:
    name: str
    kind: Kind
    path: Path
    tasks: list[Task] = field(default_factory=list)


@dataclass
class SetScore:
    name: str
    kind: Kind
    path: str
    pages: int
    # extractor ("project", and "baseline" on public sets) -> metric -> value
    metrics: dict[str, dict[str, float]]
    # extractor -> "file: error" for each page that raised, so a miss can be told from a crash
    failures: dict[str, list[str]] = field(default_factory=dict)

    def delta(self) -> dict[str, float]:
        if BASELINE not in self.metrics:
            return {}
        base = self.metrics[BASELINE]
        return {k: v - base[k] for k, v in self.metrics[PROJECT].items() if k in base and k != "errors"}

    def as_dict(self) -> dict[str, Any]:
        return {"set": self.name, "kind": self.kind, "path": self.path, "pages": self.pages,
                "metrics": self.metrics, "delta": self.delta(), "failures": self.failures}


def _public_kind(record: dict[str, Any]) -> Kind | None:
    if "with" in record or "without" in record:
        return "extraction"
    if "date" in record:
        return "dates"
    if "body" in record:
        return "bodies"
    return None


def _read_gold_jsonl(path: Path) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(record, dict) or "file" not in record:
                raise InputError(f"{path}:{n}: a gold record needs a \"file\" field")
            records.append(record)
    return records


def public_set(folder: Path) -> EvalSet:
    gold_file = folder / "gold.jsonl"
    records = _read_gold_jsonl(gold_file)
    if not records:
        raise InputError(f"{gold_file}: no pages")
    kinds = {_public_kind(r) for r in records}
    if None in kinds or len(kinds) != 1:
        raise InputError(f"{gold_file}: records must all carry with/without, date, or body")
    kind = kinds.pop()
    assert kind is not None
    tasks = [Task(kind, str(folder / r["file"]), r.get("url") or "", r) for r in records]
    return EvalSet(folder.name, kind, folder, tasks)


def site_set(folder: Path) -> EvalSet:
    try:
        expected = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{folder / 'expected.toml'}: {exc}") from None
    portal = load_portal_file(folder / "portal.toml")
    if not portal.platform and expected.get("platform"):
        # Sites without a platform line are detected in a crawl; here the gold names it.
        portal = portal.model_copy(update={"platform": expected["platform"]})
    info = portal.info()
    base = urlsplit(str(portal.base_url))
    origin = f"{base.scheme}://{base.netloc}"
    site = folder / "site"
    tasks = []
    for gold in expected.get("article", []):
        found = resolve(site, gold["path"])
        # An article whose file is missing still counts: it is a miss, not a smaller set.
        tasks.append(Task("site", str(found or site / gold["path"].lstrip("/")),
                          origin + gold["path"], gold, info))
    for gold in expected.get("non_article", []):
        found = resolve(site, gold["path"])
        if found is not None:
            tasks.append(Task("site", str(found), origin + gold["path"], gold, info, non_article=True))
    if not tasks:
        raise InputError(f"{folder / 'expected.toml'}: no [[article]] or [[non_article]] pages")
    return EvalSet(portal.key, "site", folder, tasks)


def _set_kind(folder: Path) -> str | None:
    if (folder / "gold.jsonl").is_file():
        return "public"
    if (folder / "portal.toml").is_file() and (folder / "expected.toml").is_file():
        return "site"
    return None


def find_sets(*dirs: Path) -> list[EvalSet]:
    """The evaluation sets in each folder: the folder itself, or its immediate subfolders."""
    sets: list[EvalSet] = []
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            raise InputError(f"{d}: no such folder")
        folders = [d] if _set_kind(d) else sorted(c for c in d.iterdir() if c.is_dir() and _set_kind(c))
        if not folders:
            raise InputError(f"{d}: no evaluation set (gold.jsonl, or portal.toml + expected.toml, "
                             "in it or in a subfolder)")
        for f in folders:
            make = public_set if _set_kind(f) == "public" else site_set
            sets.append(make(f))
    return sets


# --- scoring one page (runs in a worker) ---------------------------------------


@dataclass
class PageResult:
    # extractor -> what was found on the page (kind-specific), or None when it raised
    found: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)


def _extractors(kind: Kind) -> tuple[str, ...]:
    # The README's baseline exists for the public sets only; gold sites measure the project alone.
    return (PROJECT,) if kind == "site" else (PROJECT, BASELINE)


def _read_page(path: str) -> bytes:
    raw = Path(path).read_bytes()
    return gzip.decompress(raw) if path.endswith(".gz") else raw


def _project_text(html: str, url: str) -> tuple[str, Extracted]:
    page = extract(html, url, PortalInfo(key="eval"))
    text = "\n".join(([page.lead] if page.lead else []) + page.paragraphs)
    return text, page


def _project_date(html: str, url: str) -> str | None:
    _, page = _project_text(html, url)
    # page.tree is parse_html(html), untouched by extraction (trafilatura works on a copy).
    found = find_published_date(page.tree, html, url, body_text="\n".join(page.paragraphs),
                                vietnamese=page.vietnamese)
    return found.value.date().isoformat() if found else None


def _baseline_text(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url or None, with_metadata=BASELINE_WITH_METADATA) or ""


def _baseline_date(html: str, url: str) -> str | None:
    return htmldate.find_date(html, url=url or None)


def _score_public(task: Task, html: str, extractor: str) -> Any:
    if task.kind == "dates":
        return (_project_date if extractor == PROJECT else _baseline_date)(html, task.url)
    text = _project_text(html, task.url)[0] if extractor == PROJECT else _baseline_text(html, task.url)
    if task.kind == "extraction":
        return snippet_counts(text, task.gold.get("with", []), task.gold.get("without", []))
    return bag_of_words_scores(text, task.gold.get("body", ""))


def styled_gold(gold: dict[str, Any], style: str | None) -> dict[str, Any]:
    """Gold says what a reader sees; the corpus stores it NFC in one tone placement."""
    out = dict(gold)
    for key in ("title", "author", "source_credit"):
        if out.get(key):
            out[key] = normalize_line(out[key], style)
    for key in ("contains", "not_contains", "departments"):
        out[key] = [normalize_text(x, style) for x in out.get(key, [])]
    return out


def _set_counts(predicted: Iterable[str], gold: Iterable[str]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of two sets."""
    p, g = set(predicted), set(gold)
    return len(p & g), len(p - g), len(g - p)


def _score_site(task: Task, body: bytes) -> dict[str, Any]:
    # The headers the test server would send (legacy pages declare windows-1258).
    capture = Capture(url=task.url, body=body, headers={"Content-Type": content_type(Path(task.file), body)})
    result = process_page(capture, task.portal)
    if task.non_article:
        return {"rejected": not isinstance(result, Article)}
    if not isinstance(result, Article):
        return {"article": False, "reason": result.reason}
    gold = styled_gold(task.gold, result.processed_with.get("tone_style"))
    want_date = datetime.fromisoformat(gold["published"]) if gold.get("published") else None
    # The lead is part of what a reader gets, so snippets are looked for in lead and text alike.
    output = "\n".join(x for x in (result.lead, result.text) if x)
    return {
        "article": True,
        "title": result.title == gold.get("title"),
        # Aware datetimes compare as instants, whatever offset each is written in.
        "published": want_date is not None and result.published_at == want_date,
        "author": result.author == gold.get("author"),
        "source_credit": result.source_credit == gold.get("source_credit"),
        "snippets": snippet_counts(output, gold.get("contains", []), gold.get("not_contains", [])),
        # Mentioned bodies and cited documents, where the gold annotates them.
        "departments": _set_counts((d.name for d in result.departments if d.role == "mentioned"),
                                   gold["departments"]) if "departments" in task.gold else None,
        "documents": _set_counts((d.number for d in result.documents), gold["documents"])
        if "documents" in task.gold else None,
    }


def score_page(task: Task) -> PageResult:
    """Every extractor on one page; whatever raises is that extractor's miss."""
    extractors = _extractors(task.kind)
    out = PageResult(dict.fromkeys(extractors))
    try:
        body = _read_page(task.file)
        html = decode_body(body, {}) if task.kind != "site" else ""
    except Exception as exc:  # an unreadable page is a miss for every extractor
        out.errors = {e: f"{type(exc).__name__}: {exc}" for e in extractors}
        return out
    for e in extractors:
        try:
            out.found[e] = _score_site(task, body) if task.kind == "site" else _score_public(task, html, e)
        except Exception as exc:
            out.errors[e] = f"{type(exc).__name__}: {exc}"
    return out


# --- from pages to a set's score -----------------------------------------------


def _aggregate_extraction(found: list[SnippetCounts | None]) -> dict[str, float]:
    counts = [c or SnippetCounts() for c in found]
    # A page that raised found nothing: its `with` snippets are all misses.
    total = sum(counts, SnippetCounts())
    micro = snippet_scores(total)
    per_page = [snippet_scores(c) for c in counts]
    return {**micro, **{f"macro_{k}": _mean([p[k] for p in per_page]) for k in ("f1", "precision", "recall")}}


def _aggregate_public(kind: Kind, tasks: list[Task], found: list[Any]) -> dict[str, float]:
    if kind == "extraction":
        return _aggregate_extraction([
            f if f is not None else snippet_counts("", t.gold.get("with", []), t.gold.get("without", []))
            for t, f in zip(tasks, found)])
    if kind == "dates":
        return {"accuracy": dates_accuracy(found, [t.gold["date"] for t in tasks]),
                "found": _mean([f is not None for f in found])}
    zero = {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    scores = [f or zero for f in found]
    return {k: _mean([s[k] for s in scores]) for k in ("f1", "precision", "recall")}


def _aggregate_site(tasks: list[Task], found: list[Any]) -> dict[str, float]:
    articles: list[dict[str, Any]] = []
    counts = SnippetCounts()
    rejected: list[bool] = []
    for t, f in zip(tasks, found):
        if t.non_article:
            rejected.append(bool(f and f["rejected"]))
            continue
        a = f or {"article": False}  # raised: a miss on every field
        articles.append(a)
        counts += a.get("snippets") or snippet_counts("", t.gold.get("contains", []), t.gold.get("not_contains", []))
    metrics = {k: _mean([bool(a.get(k)) for a in articles])
               for k in ("article", "title", "published", "author", "source_credit")}
    metrics.update({f"snippet_{k}": v for k, v in snippet_scores(counts).items()})
    # A site whose gold lists no non-article page has nothing to get wrong there.
    metrics["non_article"] = _mean(rejected) if rejected else 1.0
    for key in ("departments", "documents"):
        tp = fp = fn = 0
        for a in articles:
            if a.get(key):
                tp, fp, fn = tp + a[key][0], fp + a[key][1], fn + a[key][2]
        # Nothing predicted and nothing to find is a perfect score, not an undefined one.
        metrics[f"{key}_precision"] = tp / (tp + fp) if tp + fp else 1.0
        metrics[f"{key}_recall"] = tp / (tp + fn) if tp + fn else 1.0
    return metrics


def _aggregate(s: EvalSet, results: list[PageResult]) -> SetScore:
    extractors = _extractors(s.kind)
    metrics: dict[str, dict[str, float]] = {}
    failures = {e: [f"{t.file}: {r.errors[e]}" for t, r in zip(s.tasks, results) if e in r.errors]
                for e in extractors}
    for e in extractors:
        found = [r.found.get(e) for r in results]
        m = _aggregate_site(s.tasks, found) if s.kind == "site" else _aggregate_public(s.kind, s.tasks, found)
        m["errors"] = sum(e in r.errors for r in results)
        metrics[e] = m
    return SetScore(s.name, s.kind, str(s.path), len(s.tasks), metrics,
                    {e: f for e, f in failures.items() if f})


def _executor(workers: int | None) -> Executor | None:
    if workers == 0:
        return None
    # forkserver, as in the crawl: the caller (a test runner, a CLI with a progress thread)
    # may hold threads, which plain fork would copy half-way.
    return ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1,
                               mp_context=multiprocessing.get_context("forkserver"))


def _failed(task: Task, exc: BaseException) -> PageResult:
    extractors = _extractors(task.kind)
    return PageResult(dict.fromkeys(extractors),
                      {e: f"{type(exc).__name__}: {exc}" for e in extractors})


def evaluate_sets(sets: Sequence[EvalSet], workers: int | None = None,
                  progress: Callable[[int], None] | None = None) -> list[SetScore]:
    """Score every page of every set; `progress(n)` is told each time n more pages are done.

    `workers=0` scores in this process (for tests and debugging).
    """
    tasks = [t for s in sets for t in s.tasks]
    results: dict[int, PageResult] = {}
    executor = _executor(workers)
    if executor is None:
        for i, t in enumerate(tasks):
            results[i] = score_page(t)
            if progress:
                progress(1)
    else:
        with executor:
            futures: dict[Future, int] = {executor.submit(score_page, t): i for i, t in enumerate(tasks)}
            for fut in as_completed(futures):
                i = futures[fut]
                try:
                    results[i] = fut.result()
                except Exception as exc:  # a worker that died (BrokenProcessPool) takes its pages with it
                    results[i] = _failed(tasks[i], exc)
                if progress:
                    progress(1)
    scores = []
    start = 0
    for s in sets:
        scores.append(_aggregate(s, [results[i] for i in range(start, start + len(s.tasks))]))
        start += len(s.tasks)
    return scores


def evaluate_folder(path: Path, workers: int | None = None,
                    progress: Callable[[int], None] | None = None) -> list[SetScore]:
    return evaluate_sets(find_sets(path), workers=workers, progress=progress)


# --- presentation ----------------------------------------------------------------


def extractor_versions() -> dict[str, str]:
    return {PROJECT: f"harvester extractor {EXTRACTOR_VERSION}",
            BASELINE: f"trafilatura {trafilatura.__version__} (with_metadata={BASELINE_WITH_METADATA}), "
                      f"htmldate {htmldate.__version__}"}


def format_table(scores: Sequence[SetScore]) -> str:
    """One row per set and metric (the headline metric first); the set name on its first row only."""
    rows = [("set", "pages", "metric", "project", "baseline", "delta")]
    for s in scores:
        names = list(METRICS[s.kind])
        if any(m.get("errors") for m in s.metrics.values()):
            names.append("errors")
        base = s.metrics.get(BASELINE)
        delta = s.delta()
        for n, name in enumerate(names):
            fmt = "{:d}" if name == "errors" else "{:.3f}"
            value = s.metrics[PROJECT][name]
            rows.append((
                s.name if n == 0 else "", str(s.pages) if n == 0 else "", name,
                fmt.format(int(value) if name == "errors" else value),
                fmt.format(int(base[name]) if name == "errors" else base[name]) if base else "",
                f"{delta[name]:+.3f}" if name in delta else "",
            ))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0]), r[1].rjust(widths[1]), r[2].ljust(widths[2]),
                 *(c.rjust(w) for c, w in zip(r[3:], widths[3:]))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


__all__ = [
    "EvalSet", "PageResult", "SetScore", "SnippetCounts", "Task", "bag_of_words_f1",
    "bag_of_words_scores", "dates_accuracy", "evaluate_folder", "evaluate_sets", "find_sets",
    "format_table", "precision_recall_f1", "score_page", "snippet_counts", "snippet_scores", "words",
]
