"""Recognition of Party, state and mass-organization bodies in article text.

No maintained library knows the names of Vietnamese Party and state bodies,
so the kinds and their abbreviations are listed here; the structure of a
mention is "<kind> [<committee>] [<admin word>] [<place>]", e.g.
"Ban Tuyên giáo Huyện ủy Thạnh Hóa", "UBND huyện Thạnh Hóa", "Ban Tổ chức Tỉnh ủy".
Unqualified mentions are resolved from the portal's own district or province;
a mention whose place cannot be resolved is left out rather than guessed.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipelines.types import DepartmentMention, PortalInfo, Role

RECOGNIZER_VERSION = "1"

# canonical kind -> spellings and abbreviations seen on portals
KINDS: dict[str, tuple[str, ...]] = {
    "Ban Tuyên giáo và Dân vận": ("Ban Tuyên giáo và Dân vận", "Ban TG&DV", "Ban TGDV"),
    "Ban Tuyên giáo": ("Ban Tuyên giáo", "Ban TG", "BTG"),
    "Ban Tổ chức": ("Ban Tổ chức", "Ban TC", "BTC"),
    "Ban Dân vận": ("Ban Dân vận", "Ban DV", "BDV"),
    "Ban Nội chính": ("Ban Nội chính", "Ban NC"),
    "Ủy ban Kiểm tra": ("Ủy ban Kiểm tra", "Uỷ ban Kiểm tra", "UBKT"),
    "Văn phòng": ("Văn phòng",),
    "Trung tâm Chính trị": ("Trung tâm Chính trị", "TTCT"),
    "Ban Chỉ đạo 35": ("Ban Chỉ đạo 35", "BCĐ 35", "BCĐ35"),
    "UBND": ("Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND"),
    "HĐND": ("Hội đồng nhân dân", "HĐND"),
    "Ủy ban MTTQ Việt Nam": (
        "Ủy ban Mặt trận Tổ quốc Việt Nam", "Uỷ ban Mặt trận Tổ quốc Việt Nam",
        "Ủy ban MTTQ Việt Nam", "Uỷ ban MTTQ Việt Nam", "Ủy ban MTTQ", "Uỷ ban MTTQ", "UBMTTQ",
    ),
    "Hội LHPN": ("Hội Liên hiệp Phụ nữ", "Hội LHPN"),
    "Đoàn Thanh niên": ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên", "Huyện đoàn", "Tỉnh đoàn"),
    "Hội Nông dân": ("Hội Nông dân",),
    "Hội Cựu chiến binh": ("Hội Cựu chiến binh", "Hội CCB"),
    "Phòng Văn hóa và Thông tin": ("Phòng Văn hóa và Thông tin", "Phòng Văn hoá và Thông tin", "Phòng VH&TT"),
    "Công an": ("Công an",),
}

# Party committees, which are bodies themselves and the parents of the boards.
COMMITTEES: dict[str, tuple[str, str]] = {
    "Tỉnh ủy": ("Tỉnh ủy", "tỉnh"), "Tỉnh uỷ": ("Tỉnh ủy", "tỉnh"), "TU": ("Tỉnh ủy", "tỉnh"),
    "Thành ủy": ("Thành ủy", "tỉnh"), "Thành uỷ": ("Thành ủy", "tỉnh"),
    "Huyện ủy": ("Huyện ủy", "huyện"), "Huyện uỷ": ("Huyện ủy", "huyện"), "HU": ("Huyện ủy", "huyện"),
    "Thị ủy": ("Thị ủy", "huyện"), "Thị uỷ": ("Thị ủy", "huyện"),
    "Quận ủy": ("Quận ủy", "huyện"), "Quận uỷ": ("Quận ủy", "huyện"),
    "Đảng ủy xã": ("Đảng ủy xã", "xã"), "Đảng ủy phường": ("Đảng ủy phường", "xã"),
    "Trung ương": ("Trung ương", "Trung ương"),
}
ADMIN_WORDS: dict[str, str] = {
    "tỉnh": "tỉnh", "thành phố": "tỉnh", "huyện": "huyện", "thị xã": "huyện", "quận": "huyện",
    "xã": "xã", "phường": "xã", "thị trấn": "xã",
}

# Any letter here; _clean_place keeps only the capitalised run (a regex class like
# [À-Ỹ] would also admit lower-case letters, which are interleaved in Unicode).
_SYLLABLE = r"[^\W\d_][^\s,.;:()\"'“”]*"
# Place names are one to three capitalised syllables ("Long An", "Thừa Thiên Huế").
_PLACE = rf"(?P<place>{_SYLLABLE}(?:\s+{_SYLLABLE}){{0,2}})"


def _alt(options) -> str:
    return "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))


_KIND_ALIASES = {alias: kind for kind, aliases in KINDS.items() for alias in aliases}
_MENTION = re.compile(
    rf"(?<![\w])(?P<kind>{_alt(_KIND_ALIASES)})"
    rf"(?:\s+(?P<committee>{_alt(COMMITTEES)}))?"
    rf"(?:\s+(?P<admin>{_alt(ADMIN_WORDS)}))?"
    rf"(?:\s+{_PLACE})?"
    rf"(?![\w])"
)
_COMMITTEE_ONLY = re.compile(
    rf"(?<![\w])(?P<committee>{_alt(k for k in COMMITTEES if k not in ('TU', 'HU', 'Trung ương'))})"
    rf"(?:\s+{_PLACE})?(?![\w])"
)
# Capitalised words that start the next clause rather than continue a place name.
_NOT_PLACE = {"Việt", "Nam", "Đồng", "Ban", "Hội", "Đoàn", "Ủy", "Uỷ", "Tỉnh", "Huyện", "Sáng",
              "Chiều", "Tối", "Ngày", "Theo", "Trong", "Tại", "Nghị", "Chỉ", "Kết", "Kế", "Quyết",
              "Đảng", "Bí", "Phó", "Chủ", "Trưởng", "Thường", "Lãnh", "Các", "Với", "Nhân", "Hội"}


@dataclass(frozen=True)
class _Resolved:
    name: str
    kind: str
    level: str | None
    locality: str | None


def _clean_place(place: str | None) -> str | None:
    if not place:
        return None
    words = []
    for w in place.split():
        if not w[0].isupper() or w in _NOT_PLACE or w.isupper() and len(w) > 1:
            break
        words.append(w)
    return " ".join(words) or None


def _portal_locality(level: str | None, portal: PortalInfo) -> str | None:
    if level == "huyện":
        return portal.district
    if level == "tỉnh":
        return portal.province
    if level == "Trung ương":
        return None
    return None


def _resolve(kind: str, committee: str | None, admin: str | None, place: str | None,
             portal: PortalInfo) -> _Resolved | None:
    committee_name, level = COMMITTEES.get(committee or "", (None, None))
    if admin:
        level = ADMIN_WORDS[admin]
    if level is None:
        return None  # "Ban Tuyên giáo" alone: which one is unknowable
    if level == "Trung ương":
        return _Resolved(f"{kind} Trung ương", kind, level, None)
    locality = place or _portal_locality(level, portal)
    if not locality:
        return None
    if committee_name:
        name = f"{kind} {committee_name} {locality}"
    else:
        name = f"{kind} {admin or level} {locality}"
    return _Resolved(name, kind, level, locality)


def _resolve_committee(committee: str, place: str | None, portal: PortalInfo) -> _Resolved | None:
    name, level = COMMITTEES[committee]
    locality = place or _portal_locality(level, portal)
    if not locality:
        return None
    return _Resolved(f"{name} {locality}", name, level, locality)


def find_mentions(text: str, portal: PortalInfo) -> Counter[_Resolved]:
    found: Counter[_Resolved] = Counter()
    taken: list[tuple[int, int]] = []
    for m in _MENTION.finditer(text):
        kind = _KIND_ALIASES[m.group("kind")]
        place = _clean_place(m.group("place"))
        r = _resolve(kind, m.group("committee"), m.group("admin"), place, portal)
        if r:
            found[r] += 1
            taken.append(m.span())
    for m in _COMMITTEE_ONLY.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue  # part of "Ban Tuyên giáo Huyện ủy ...": already counted
        r = _resolve_committee(m.group("committee"), _clean_place(m.group("place")), portal)
        if r:
            found[r] += 1
    return found


def resolve_body(name: str, portal: PortalInfo) -> _Resolved | None:
    """Resolve a whole string naming one body (a portal owner, a byline)."""
    found = find_mentions(name, portal)
    return found.most_common(1)[0][0] if found else None


def _mention(r: _Resolved, role: Role, count: int = 1) -> DepartmentMention:
    return DepartmentMention(name=r.name, kind=r.kind, level=r.level, locality=r.locality,
                             role=role, count=count)


def publisher_department(portal: PortalInfo) -> DepartmentMention | None:
    if not portal.owner:
        return None
    r = resolve_body(portal.owner, portal)
    if r is None:
        r = _Resolved(portal.owner, "Cơ quan", portal.level, portal.district or portal.province)
    return _mention(r, "publisher")


def article_departments(
    texts: list[str], portal: PortalInfo, author: str | None = None
) -> list[DepartmentMention]:
    """Publisher first, then an author body, then bodies mentioned (most mentioned first)."""
    out: list[DepartmentMention] = []
    pub = publisher_department(portal)
    if pub:
        out.append(pub)
    if author:
        r = resolve_body(author, portal)
        if r:
            out.append(_mention(r, "author"))
    counts: Counter[_Resolved] = Counter()
    for text in texts:
        counts.update(find_mentions(text, portal))
    for r, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].name)):
        out.append(_mention(r, "mentioned", n))
    return out
