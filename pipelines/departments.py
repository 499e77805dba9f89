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
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipelines.gazetteer import OLD_END, REFORM, gazetteer
from pipelines.types import DepartmentMention, PortalInfo, Role

RECOGNIZER_VERSION = "2"

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
    "Đảng uỷ xã": ("Đảng ủy xã", "xã"), "Đảng uỷ phường": ("Đảng ủy phường", "xã"),
    # A bare "Đảng ủy" in local news is a commune's ("Đảng ủy, UBND xã Tân Tây"); one
    # followed by another name ("Đảng ủy Khối cơ quan") is not, and is left out.
    "Đảng ủy": ("Đảng ủy xã", "xã"), "Đảng uỷ": ("Đảng ủy xã", "xã"),
    "Trung ương": ("Trung ương", "Trung ương"),
}
ADMIN_WORDS: dict[str, str] = {
    "tỉnh": "tỉnh", "thành phố": "tỉnh", "huyện": "huyện", "thị xã": "huyện", "quận": "huyện",
    "xã": "xã", "phường": "xã", "thị trấn": "xã",
}

# Any letter here; place names are then checked against the gazetteer (a regex class
# like [À-Ỹ] would also admit lower-case letters, which are interleaved in Unicode).
_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x1F00)) if c.isalpha() and c.isupper()}))
_SYLLABLE = rf"[{re.escape(_UPPER)}][^\s,.;:()\"'“”]*"
# Up to five capitalised syllables after a body: a place ("Thừa Thiên Huế") and/or a
# person's name ("Nguyễn Văn Tình"); the gazetteer tells which part is the place.
_TAIL = rf"(?P<tail>{_SYLLABLE}(?:\s+{_SYLLABLE}){{0,4}})"

# Party boards belong to a committee ("Ban Tuyên giáo Huyện ủy X"); the others are named
# with the administrative word ("UBND huyện X", "Trung tâm Chính trị huyện X").
COMMITTEE_FORM = {"Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Tuyên giáo và Dân vận", "Ban Nội chính",
                  "Ủy ban Kiểm tra", "Văn phòng"}
IMPLIED_LEVEL = {"Huyện đoàn": "huyện", "Tỉnh đoàn": "tỉnh", "Thành đoàn": "tỉnh"}
LEVEL_COMMITTEE = {"tỉnh": "Tỉnh ủy", "huyện": "Huyện ủy", "xã": "Đảng ủy xã"}
# In February 2025 the Propaganda and the Mass Mobilization boards merged; the old names in a
# later article mean the merged board.
MERGER = date(2025, 3, 1)
MERGED_KINDS = {"Ban Tuyên giáo", "Ban Dân vận"}
PERSON_TITLES = ("Phó Trưởng", "Trưởng", "Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư", "Phó Chủ tịch Thường trực",
                 "Phó Chủ tịch", "Chủ tịch", "Phó Chủ nhiệm", "Chủ nhiệm", "Chánh Văn phòng", "Phó Giám đốc",
                 "Giám đốc", "Ủy viên", "Uỷ viên")


def _alt(options) -> str:
    return "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))


_KIND_ALIASES = {alias: kind for kind, aliases in KINDS.items() for alias in aliases}
_MENTION = re.compile(
    rf"(?<![\w])(?P<kind>{_alt(_KIND_ALIASES)})"
    # "Ban Chỉ đạo 35 của xã", "Ban Tuyên giáo của Huyện ủy"
    rf"(?:\s+của(?=\s+(?:{_alt(COMMITTEES)}|{_alt(ADMIN_WORDS)})(?![\w])))?"
    rf"(?:\s+(?P<committee>{_alt(COMMITTEES)}))?"
    rf"(?:\s+(?P<admin>{_alt(ADMIN_WORDS)}))?"
    rf"(?:\s+{_TAIL})?"
    rf"(?![\w])"
)
_COMMITTEE_ONLY = re.compile(
    rf"(?<![\w])(?P<committee>{_alt(k for k in COMMITTEES if k not in ('TU', 'HU', 'Trung ương'))})"
    rf"(?:\s+{_TAIL})?(?![\w])"
)
_TITLE_BEFORE = re.compile(rf"(?P<title>{_alt(PERSON_TITLES)})\s+$")


@dataclass(frozen=True)
class _Resolved:
    name: str
    kind: str
    level: str | None
    locality: str | None
    valid_from: date | None = None
    valid_to: date | None = None


@dataclass(frozen=True)
class PersonMention:
    name: str
    title: str  # "Trưởng Ban Tuyên giáo Huyện ủy Thạnh Hóa"
    department: str


def _split_tail(tail: str | None, level: str | None, province: str | None) -> tuple[str | None, list[str]]:
    """(the place the tail starts with, the capitalised words after it)."""
    if not tail:
        return None, []
    words = []
    for w in tail.split():
        if not w[0].isupper() or (w.isupper() and len(w) > 1):
            break
        words.append(w)
    g = gazetteer()
    levels = [level] if level else ["tỉnh", "huyện", "xã"]
    for n in range(min(len(words), 4), 0, -1):
        candidate = " ".join(words[:n])
        for lv in levels:
            inside = g.find(candidate, lv, province=province if lv != "tỉnh" else None)
            if inside or (lv == "xã" and g.find(candidate, lv)):
                return candidate, words[n:]
    return None, words


def _portal_locality(level: str | None, portal: PortalInfo) -> str | None:
    return {"huyện": portal.district, "tỉnh": portal.province, "xã": portal.commune}.get(level or "")


_PLACE_WORDS = {"huyện": r"huyện|thị xã|quận", "xã": r"xã|phường|thị trấn"}


def context_places(texts: list[str], portal: PortalInfo) -> PortalInfo:
    """The portal, with the district or commune an article is about when the portal has none.

    A provincial newspaper writing "huyện Tân Thạnh ... Ủy ban MTTQ Việt Nam huyện" means
    Tân Thạnh's; when an article names exactly one district (or commune), unqualified
    bodies of that level are that place's. Two or more named: nothing is guessed.
    """
    found: dict[str, set[str]] = {"huyện": set(), "xã": set()}
    for level, words in _PLACE_WORDS.items():
        if (portal.district if level == "huyện" else portal.commune):
            continue
        pattern = re.compile(rf"(?<![\w])(?:{words})\s+{_TAIL}")
        for text in texts:
            for m in pattern.finditer(text):
                place, _ = _split_tail(m.group("tail"), level, portal.province)
                if place:
                    found[level].add(place)
    update = {}
    if len(found["huyện"]) == 1:
        update["district"] = next(iter(found["huyện"]))
    if len(found["xã"]) == 1:
        update["commune"] = next(iter(found["xã"]))
    return replace(portal, **update) if update else portal


def _validity(kind: str, level: str | None, locality: str | None) -> tuple[date | None, date | None]:
    start = MERGER if kind == "Ban Tuyên giáo và Dân vận" else None
    end = None
    if kind in MERGED_KINDS:
        end = MERGER - timedelta(days=1)
    if level == "huyện" or (level == "tỉnh" and locality and not gazetteer().find(locality, "tỉnh", REFORM)):
        # District bodies, and the bodies of provinces merged away, ended with the reform.
        end = min(filter(None, (end, OLD_END)))
    return start, end


def _build(kind: str, level: str, locality: str | None, committee_name: str | None) -> _Resolved:
    if level == "Trung ương":
        name, locality = f"{kind} Trung ương", None
    elif kind in COMMITTEE_FORM:
        name = f"{kind} {committee_name or LEVEL_COMMITTEE[level]} {locality}"
    else:
        name = f"{kind} {level} {locality}"
    start, end = _validity(kind, level, locality)
    return _Resolved(name, kind, level, locality, start, end)


def _in_time(kind: str, level: str, locality: str | None, committee: str | None, when: date | None,
             portal: PortalInfo) -> tuple[str, str, str | None]:
    """The body as it existed when the article was written."""
    if when and when >= MERGER and kind in MERGED_KINDS and level != "xã":
        kind = "Ban Tuyên giáo và Dân vận"
    if when and when >= REFORM and level == "tỉnh" and locality:
        locality = gazetteer().successor_province(locality) or locality
    return kind, level, locality


def _resolve(kind: str, committee: str | None, admin: str | None, tail: str | None, portal: PortalInfo,
             when: date | None, implied: str | None = None) -> tuple[_Resolved | None, list[str]]:
    committee_name, level = COMMITTEES.get(committee or "", (None, None))
    if admin:
        level = ADMIN_WORDS[admin]
    level = level or implied
    if level is None:
        return None, []  # "Ban Tuyên giáo" alone: which one is unknowable
    if level == "Trung ương":
        return _build(kind, level, None, None), _split_tail(tail, None, None)[1]
    place, rest = _split_tail(tail, level, portal.province)
    locality = place or _portal_locality(level, portal)
    if not locality:
        return None, rest
    if when and when >= REFORM and level == "huyện":
        return None, rest  # the district level no longer exists
    kind, level, locality = _in_time(kind, level, locality, committee, when, portal)
    if level == "tỉnh" and committee_name in ("Huyện ủy", "Thị ủy", "Quận ủy"):
        committee_name = None
    return _build(kind, level, locality, committee_name), rest


def _resolve_committee(committee: str, tail: str | None, portal: PortalInfo,
                       when: date | None) -> tuple[_Resolved | None, list[str]]:
    name, level = COMMITTEES[committee]
    place, rest = _split_tail(tail, level, portal.province)
    if committee in ("Đảng ủy", "Đảng uỷ") and not place and rest:
        return None, rest
    locality = place or _portal_locality(level, portal)
    if not locality or (when and when >= REFORM and level == "huyện"):
        return None, rest
    _, level, locality = _in_time(name, level, locality, None, when, portal)
    start, end = _validity(name, level, locality)
    return _Resolved(f"{name} {locality}", name, level, locality, start, end), rest


def _person(text: str, m: re.Match, rest: list[str], body: _Resolved) -> PersonMention | None:
    """ "Trưởng Ban Tuyên giáo Huyện ủy Nguyễn Văn Tình": a title before the body, a name after."""
    title = _TITLE_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    if not title or not 2 <= len(rest) <= 4:
        return None
    name_at = text.index(" ".join(rest), m.start("tail"))
    written = text[m.start():name_at].strip()
    return PersonMention(" ".join(rest), f"{title.group('title')} {written}", body.name)


_LIST_GLUE = re.compile(r"^\s*(?:,|và|;)\s*$")


def _shared_qualifiers(text: str, matches: list[re.Match]) -> list[tuple[str | None, str | None, str | None]]:
    """(committee, admin word, tail) for each mention, lending a list's last qualifier to the
    bare kinds before it: "Thường trực Huyện ủy, HĐND, UBND huyện" is the district's HĐND."""
    own = [(m.group("committee"), m.group("admin"), m.group("tail")) for m in matches]
    out = list(own)
    for i in range(len(matches) - 2, -1, -1):
        committee, admin, _ = own[i]
        if committee or admin or IMPLIED_LEVEL.get(matches[i].group("kind")):
            continue
        if _LIST_GLUE.match(text[matches[i].end():matches[i + 1].start()]) and (out[i + 1][0] or out[i + 1][1]):
            nxt = out[i + 1]
            out[i] = (nxt[0] if nxt[0] in COMMITTEES and _KIND_ALIASES[matches[i].group("kind")] in COMMITTEE_FORM
                      else None, nxt[1] or COMMITTEES.get(nxt[0] or "", (None, None))[1] and _admin_word(nxt[0]),
                      nxt[2])
    return out


def _admin_word(committee: str | None) -> str | None:
    level = COMMITTEES.get(committee or "", (None, None))[1]
    return {"tỉnh": "tỉnh", "huyện": "huyện", "xã": "xã"}.get(level or "")


def find_mentions(text: str, portal: PortalInfo, when: date | None = None,
                  people: list[PersonMention] | None = None) -> Counter[_Resolved]:
    found: Counter[_Resolved] = Counter()
    taken: list[tuple[int, int]] = []
    matches = list(_MENTION.finditer(text))
    for m, (committee, admin, tail) in zip(matches, _shared_qualifiers(text, matches)):
        alias = m.group("kind")
        r, rest = _resolve(_KIND_ALIASES[alias], committee, admin, tail,
                           portal, when, IMPLIED_LEVEL.get(alias))
        if r:
            found[r] += 1
            taken.append(m.span())
            person = _person(text, m, rest, r)
            if person and people is not None:
                people.append(person)
    for m in _COMMITTEE_ONLY.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue  # part of "Ban Tuyên giáo Huyện ủy ...": already counted
        r, rest = _resolve_committee(m.group("committee"), m.group("tail"), portal, when)
        if r:
            found[r] += 1
            person = _person(text, m, rest, r)
            if person and people is not None:
                people.append(person)
    return found


def resolve_body(name: str, portal: PortalInfo, when: date | None = None) -> _Resolved | None:
    """Resolve a whole string naming one body (a portal owner, a byline)."""
    found = find_mentions(name, portal, when)
    return found.most_common(1)[0][0] if found else None


def _mention(r: _Resolved, role: Role, count: int = 1) -> DepartmentMention:
    return DepartmentMention(name=r.name, kind=r.kind, level=r.level, locality=r.locality,
                             role=role, count=count, valid_from=r.valid_from, valid_to=r.valid_to)


def publisher_department(portal: PortalInfo, when: date | None = None) -> DepartmentMention | None:
    if not portal.owner:
        return None
    r = resolve_body(portal.owner, portal)  # the owner as the registry names it, whatever the date
    if r is None:
        r = _Resolved(portal.owner, "Cơ quan", portal.level, portal.district or portal.province)
    return _mention(r, "publisher")


def article_departments(
    texts: list[str], portal: PortalInfo, author: str | None = None, when: date | None = None,
    people: list[PersonMention] | None = None,
) -> list[DepartmentMention]:
    """Publisher first, then an author body, then bodies mentioned (most mentioned first).

    `when` (the publication date) puts mentions in their time: no district bodies after
    the 2025 reform, merged boards after the 2025 merger, new provinces after 1 July 2025.
    """
    out: list[DepartmentMention] = []
    pub = publisher_department(portal, when)
    if pub:
        out.append(pub)
    if author:
        r = resolve_body(author, portal, when)
        if r:
            out.append(_mention(r, "author"))
    counts: Counter[_Resolved] = Counter()
    in_context = context_places(texts, portal)
    for text in texts:
        counts.update(find_mentions(text, in_context, when, people))
    for r, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].name)):
        out.append(_mention(r, "mentioned", n))
    return out
