"""Word segmentation against hand-segmented gold (data/segmentation/gold.txt).

Words are compared as character spans of the sentence with spaces removed, so a
segmenter that also rewrites letters (plain underthesea turns "hoà" into "hòa")
is scored on its boundaries alone.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "data" / "segmentation" / "gold.txt"


@dataclass(frozen=True)
class SegScore:
    sentences: int
    gold_words: int
    predicted_words: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted_words if self.predicted_words else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold_words if self.gold_words else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path = GOLD) -> list[list[str]]:
    """Each gold sentence as its words (syllables joined by "_")."""
    return [line.split() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def raw_sentence(words: list[str]) -> str:
    """The sentence a reader sees: syllables spaced, punctuation attached as usual."""
    text = " ".join(w.replace("_", " ") for w in words)
    text = re.sub(r"\s+([,.;:!?%)”])", r"\1", text)
    return re.sub(r"([(“])\s+", r"\1", text)


def _spans(words: Iterable[str]) -> set[tuple[int, int]]:
    spans, at = set(), 0
    for word in words:
        n = len(word.replace(" ", "").replace("_", ""))
        spans.add((at, at + n))
        at += n
    return spans


def score(gold: list[list[str]], segmenter: Callable[[str], list[str]]) -> SegScore:
    g = p = m = 0
    for words in gold:
        want = _spans(words)
        got = _spans(segmenter(raw_sentence(words)))
        g, p, m = g + len(want), p + len(got), m + len(want & got)
    return SegScore(len(gold), g, p, m)
