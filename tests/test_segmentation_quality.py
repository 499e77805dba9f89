"""Word segmentation against our hand-segmented gold, beside plain underthesea in the same run."""
from __future__ import annotations

import tomllib

from underthesea import word_tokenize

from harvester.segeval import raw_sentence, read_gold, score
from pipelines.tokenize import segment_sentence
from tests.sitegold import ROOT

FLOOR = tomllib.loads((ROOT / "data" / "quality_floors.toml").read_text(encoding="utf-8"))["segmentation"]["f1"]


def test_gold_is_large_enough_and_clean():
    gold = read_gold()
    assert len(gold) >= 200 and sum(map(len, gold)) >= 5000
    assert all("  " not in " ".join(words) for words in gold)


def test_project_segmenter_beats_plain_underthesea():
    gold = read_gold()
    ours = score(gold, lambda s: list(segment_sentence(s)))
    plain = score(gold, word_tokenize)
    assert ours.f1 >= FLOOR, f"F1 {ours.f1:.3f} below the floor {FLOOR}"
    assert ours.f1 > plain.f1, f"project {ours.f1:.3f} <= plain underthesea {plain.f1:.3f}"


def test_scoring_is_by_boundaries():
    gold = [["Ban_Tuyên_giáo", "Huyện_ủy", "hoà_giải", "."]]
    assert raw_sentence(gold[0]) == "Ban Tuyên giáo Huyện ủy hoà giải."
    perfect = score(gold, lambda s: ["Ban Tuyên giáo", "Huyện ủy", "hòa giải", "."])  # letters may differ
    assert perfect.f1 == 1.0
    split = score(gold, lambda s: ["Ban", "Tuyên giáo", "Huyện ủy", "hoà giải", "."])
    assert (split.matched, split.predicted_words, split.gold_words) == (3, 5, 4)
