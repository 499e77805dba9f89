"""Is a page Vietnamese? Rules tuned for Vietnamese portals apply to Vietnamese pages only.

The letters counted exist only in Vietnamese among Latin-script languages (ă, đ,
ơ, ư, and the hook-above, dot-below and stacked-tone vowels of Unicode's Latin
Extended Additional block), so French or Portuguese accents do not count.
"""
from __future__ import annotations

import unicodedata

_ONLY_VIETNAMESE = set("ăđơưĩũĂĐƠƯĨŨ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}
# Vietnamese prose runs at 15-20% of letters; 5% is far below that and above an English
# page that names a few Vietnamese people or places.
MIN_SHARE = 0.05
SAMPLE = 20000


def vietnamese_share(text: str) -> float:
    text = unicodedata.normalize("NFC", text[:SAMPLE])
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c in _ONLY_VIETNAMESE for c in letters) / len(letters)


def is_vietnamese(text: str) -> bool:
    return vietnamese_share(text) >= MIN_SHARE
