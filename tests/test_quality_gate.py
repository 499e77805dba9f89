"""The quality gate: floors pinned in data/quality_floors.toml, enforced on every run.

Our own Vietnamese gold must stay near perfect, and on the public benchmarks in
../shared/eval (present in CI) the extractor must score at least what plain
trafilatura + htmldate score in the same run.
"""
from __future__ import annotations

import tomllib

import pytest

from harvester.evaluate import PROJECT, BASELINE, evaluate_sets, find_sets
from tests.sitegold import ROOT

FLOORS = tomllib.loads((ROOT / "data" / "quality_floors.toml").read_text(encoding="utf-8"))
SHARED_EVAL = ROOT.parent / "shared" / "eval"
HEADLINE = {"extraction": "f1", "dates": "accuracy", "bodies": "f1"}


def test_vietnamese_gold_meets_the_floors():
    scores = evaluate_sets(find_sets(ROOT / "data" / "demo", ROOT / "tests" / "sites"))
    assert len(scores) >= 8
    low = [f"{s.name} {metric}: {s.metrics[PROJECT][metric]:.3f} < {floor}"
           for s in scores for metric, floor in FLOORS["vietnamese"].items()
           if s.metrics[PROJECT][metric] < floor]
    assert not low, "\n".join(low)


@pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared/eval is not present on this machine")
def test_public_benchmarks_are_at_least_the_baseline():
    scores = evaluate_sets(find_sets(SHARED_EVAL))
    assert {s.kind for s in scores} == set(HEADLINE)
    tolerance = FLOORS["public"]["tolerance"]
    low = []
    for s in scores:
        metric = HEADLINE[s.kind]
        ours, base = s.metrics[PROJECT][metric], s.metrics[BASELINE][metric]
        if ours < base - tolerance:
            low.append(f"{s.name} {metric}: project {ours:.3f} < baseline {base:.3f}")
    assert not low, "\n".join(low)
