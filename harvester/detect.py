"""Which platform family a portal runs on, from the markup of one of its pages.

Each family's profile lists markers (regular expressions with weights); the
family with the highest total wins if it reaches MIN_SCORE, else the generic
fallback. The evidence is kept so `harvester portals detect` can say why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from harvester.portals import available_platforms, load_platform

MIN_SCORE = 3


@dataclass(frozen=True)
class Detection:
    platform: str
    score: int
    evidence: list[str] = field(default_factory=list)
    scores: dict[str, int] = field(default_factory=dict)


@lru_cache(maxsize=None)
def _compiled() -> dict[str, list[tuple[re.Pattern, int, str, str]]]:
    out = {}
    for name in available_platforms():
        platform = load_platform(name)
        out[name] = [(re.compile(m.pattern), m.weight, m.label, m.where) for m in platform.markers]
    return out


def detect_platform(html: str, url: str = "") -> Detection:
    scores: dict[str, int] = {}
    evidence: dict[str, list[str]] = {}
    for name, markers in _compiled().items():
        total, why = 0, []
        for pattern, weight, label, where in markers:
            if pattern.search(url if where == "url" else html):
                total += weight
                why.append(f"{label} (+{weight})")
        if total:
            scores[name] = total
            evidence[name] = why
    if scores:
        best = max(sorted(scores), key=lambda n: scores[n])
        if scores[best] >= MIN_SCORE:
            return Detection(best, scores[best], evidence[best], scores)
    return Detection("generic", 0, [f"no family reached {MIN_SCORE} points"], scores)
