"""Domain terms the segmenter must keep whole: body names and place names.

Body names come from the recognizer's own lists and place names (provinces before
and after 2025, districts) from the gazetteer: one source of truth for both.
Commune names are left to the segmenter: there are seven thousand of them, and
most are ordinary two-syllable words the model already keeps together.
"""
from __future__ import annotations

from functools import lru_cache

from pipelines.departments import COMMITTEES, KINDS
from pipelines.gazetteer import gazetteer
from pipelines.normalize import apply_tone_style

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
    terms |= gazetteer().names("tỉnh", "huyện")
    return frozenset(t for t in _both_placements(terms) if " " in t)
