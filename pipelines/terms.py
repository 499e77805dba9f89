"""Domain terms the segmenter must keep whole: body names and place names.

Body names come from the recognizer's own lists (one source of truth); place
names from the gazetteer file when it is present (data/gazetteer/places.txt,
one name a line).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipelines.departments import COMMITTEES, KINDS
from pipelines.normalize import apply_tone_style

PLACES_FILE = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "places.txt"


def _both_placements(terms: set[str]) -> set[str]:
    return terms | {apply_tone_style(t, "old") for t in terms} | {apply_tone_style(t, "new") for t in terms}


# A body name made of other units is segmented as those units ("Ủy_ban MTTQ Việt_Nam",
# "Đoàn_Thanh_niên Cộng_sản Hồ_Chí_Minh"), as data/segmentation/README.md sets out.
_COMPOSITE = ("MTTQ", "Mặt trận", "Việt Nam", "Cộng sản")
EXTRA_TERMS = {"Mặt trận Tổ quốc", "Việt Nam", "Hồ Chí Minh", "Bộ Chính trị", "Trung ương"}


@lru_cache(maxsize=1)
def domain_terms() -> frozenset[str]:
    """Multi-syllable terms (a single syllable is one token anyway)."""
    terms = {alias for aliases in KINDS.values() for alias in aliases if not any(c in alias for c in _COMPOSITE)}
    terms |= EXTRA_TERMS
    terms |= {c for c in COMMITTEES if c not in ("TU", "HU")}
    if PLACES_FILE.exists():
        terms |= {line.strip() for line in PLACES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()}
    return frozenset(t for t in _both_placements(terms) if " " in t)
