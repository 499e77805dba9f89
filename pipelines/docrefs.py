"""Party and state documents cited in an article, normalized to their number.

"Nghị quyết số 35-NQ/TW", "NQ 35-NQ/TW" and "Nghị quyết 35" are one document:
35-NQ/TW. The number carries the kind (NQ) and the issuer (TW: the Central
Committee, TU: a provincial committee, CP: the Government, ...). A bare number
("Nghị quyết 35", "NQ 35") names the document only as far as the text does: it is
the full number when the same article cites that one, else "NQ 35".
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

DOCREFS_VERSION = "1"

KINDS = {
    "NQ": "Nghị quyết", "CT": "Chỉ thị", "KL": "Kết luận", "QĐ": "Quyết định", "KH": "Kế hoạch",
    "TB": "Thông báo", "HD": "Hướng dẫn", "QĐi": "Quy định", "CV": "Công văn", "NĐ": "Nghị định",
    "TT": "Thông tư", "CTr": "Chương trình", "BC": "Báo cáo", "ĐA": "Đề án",
}
_WORD_TO_CODE = {
    "nghị quyết": "NQ", "chỉ thị": "CT", "kết luận": "KL", "quyết định": "QĐ", "kế hoạch": "KH",
    "thông báo": "TB", "hướng dẫn": "HD", "quy định": "QĐi", "công văn": "CV", "nghị định": "NĐ",
    "thông tư": "TT", "chương trình": "CTr", "báo cáo": "BC", "đề án": "ĐA",
}
# Issuer codes after the slash: who issued it, at which level.
ISSUERS = {
    "TW": ("Trung ương Đảng", "Trung ương"), "TƯ": ("Trung ương Đảng", "Trung ương"),
    "BCT": ("Bộ Chính trị", "Trung ương"), "BBT": ("Ban Bí thư", "Trung ương"),
    "CP": ("Chính phủ", "Trung ương"), "TTg": ("Thủ tướng Chính phủ", "Trung ương"),
    "QH": ("Quốc hội", "Trung ương"), "UBTVQH": ("Ủy ban Thường vụ Quốc hội", "Trung ương"),
    "TU": ("Tỉnh ủy", "tỉnh"), "ThU": ("Thành ủy", "tỉnh"), "HU": ("Huyện ủy", "huyện"),
    "ĐU": ("Đảng ủy", "xã"), "BTG": ("Ban Tuyên giáo", None), "BTGTU": ("Ban Tuyên giáo Tỉnh ủy", "tỉnh"),
    "UBND": ("Ủy ban nhân dân", None), "HĐND": ("Hội đồng nhân dân", None), "BCĐ": ("Ban Chỉ đạo", None),
    "UBKT": ("Ủy ban Kiểm tra", None), "BTC": ("Ban Tổ chức", None), "BDV": ("Ban Dân vận", None),
}
_CODES = "|".join(sorted(map(re.escape, KINDS), key=len, reverse=True))
_WORDS = "|".join(sorted(map(re.escape, _WORD_TO_CODE), key=len, reverse=True))
_DASH = "[-‐‑–—]"
# 35-NQ/TW, 238-QĐ/TW, 06-KH/BTG, 51-NQ/TU, 01-KL/TW; 21/NQ-CP, 123/QĐ-UBND; 05/2023/NĐ-CP
FULL = re.compile(
    rf"(?<![\w/])(?P<num>\d{{1,4}})(?:/(?P<year>(?:19|20)\d\d))?\s*(?:{_DASH}|/)\s*"
    rf"(?P<code>{_CODES})\s*(?:/|{_DASH})\s*(?P<issuer>[A-ZĐƯ][A-ZĐƯa-zđư]{{0,7}}(?:{_DASH}[A-ZĐƯ]{{1,8}})?)(?![\w])"
)
# Bare citations ("Nghị quyết 35", "NQ 35") of the kinds researchers track by number.
_BARE_CODES = ("NQ", "CT", "KL", "QĐ", "KH")
_BARE_WORDS = "|".join(w for w, c in _WORD_TO_CODE.items() if c in _BARE_CODES)
BARE = re.compile(rf"(?i)(?<![\w])(?P<kind>{_BARE_WORDS}|{'|'.join(_BARE_CODES)})(?:\s+số)?\s+(?P<num>\d{{1,4}})(?![\w/\-])")
# National Assembly resolutions and laws: "Nghị quyết số 96/2023/QH15".
ASSEMBLY = re.compile(r"(?<![\w/])(?P<num>\d{1,4})/(?P<year>(?:19|20)\d\d)/(?P<issuer>QH\d{1,2})(?![\w])")
_KIND_BEFORE = re.compile(rf"(?i)({_WORDS})(?:\s+số)?\s*$")
_YEAR_AFTER = re.compile(r"^\s*(?:của[^,.;]{0,60}?\s)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)")


@dataclass(frozen=True)
class DocRef:
    number: str  # "35-NQ/TW", "21/NQ-CP", or "NQ 35" for a bare citation
    kind: str  # "Nghị quyết"
    issuer: str | None  # "Trung ương Đảng"
    level: str | None  # "Trung ương" | "tỉnh" | "huyện" | "xã"
    year: int | None
    count: int = 1


def _normalize(m: re.Match) -> tuple[str, str, str]:
    num, code, issuer = m.group("num"), m.group("code"), m.group("issuer")
    slash_first = "/" in m.group(0).split(code)[0]
    year = f"/{m.group('year')}" if m.group("year") else ""
    issuer = re.sub(_DASH, "-", issuer)
    number = f"{num}{year}/{code}-{issuer}" if slash_first else f"{num}-{code}/{issuer}"
    return number, code, issuer


def _issuer(issuer: str) -> tuple[str | None, str | None]:
    head = issuer.split("-")[-1] if "-" in issuer else issuer
    return ISSUERS.get(issuer) or ISSUERS.get(head) or (None, None)


def find_documents(text: str) -> list[DocRef]:
    """Documents cited in `text`, most cited first."""
    counts: Counter[str] = Counter()
    info: dict[str, tuple[str, str | None, str | None, int | None]] = {}
    by_kind_num: dict[tuple[str, str], str] = {}
    spans: list[tuple[int, int]] = []
    for m in FULL.finditer(text):
        number, code, issuer = _normalize(m)
        year = _YEAR_AFTER.match(text[m.end():m.end() + 90])
        name, level = _issuer(issuer)
        y = int(m.group("year")) if m.group("year") else (int(year.group(1)) if year else None)
        old = info.get(number)
        info[number] = (KINDS[code], name, level, y or (old[3] if old else None))
        counts[number] += 1
        by_kind_num.setdefault((code, m.group("num").lstrip("0")), number)
        spans.append(m.span())
    for m in ASSEMBLY.finditer(text):
        number = f"{m.group('num')}/{m.group('year')}/{m.group('issuer')}"
        before = _KIND_BEFORE.search(text[max(0, m.start() - 25):m.start()])
        kind = KINDS[_WORD_TO_CODE[before.group(1).lower()]] if before else "Nghị quyết"
        info[number] = (kind, "Quốc hội", "Trung ương", int(m.group("year")))
        counts[number] += 1
        spans.append(m.span())
    for m in BARE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        word = m.group("kind")
        code = _WORD_TO_CODE.get(word.lower(), word.upper() if word.upper() in KINDS else word)
        full = by_kind_num.get((code, m.group("num").lstrip("0")))
        if full:
            counts[full] += 1
            continue
        number = f"{code} {m.group('num')}"
        counts[number] += 1
        info.setdefault(number, (KINDS.get(code, word), None, None, None))
    return [DocRef(n, *info[n], count=c) for n, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
