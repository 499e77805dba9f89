"""Author and source lines at the end of Vietnamese news articles.

Local portals sign an article with a short last paragraph ("Thanh Nga (Trung
tâm Chính trị huyện)", "Theo Báo Long An") instead of marked-up bylines, and
trafilatura keeps that line as body text. No maintained library knows these
conventions, so they are recognised here by shape: Vietnamese names are
short runs of capitalised syllables, organisations start with a known kind
of body, sources start with "Theo"/"Nguồn". Anything that reads like a
sentence is left in the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Byline:
    author: str | None  # person or body name, no prefix, no parenthesised affiliation
    affiliation: str | None  # "Trung tâm Chính trị huyện" from "Thanh Nga (Trung tâm Chính trị huyện)"
    source_credit: str | None  # "Báo Long An" from "Theo Báo Long An" / "Nguồn: ..."
    raw: str  # the line(s) removed, in body order, joined by newlines


# At most this many trailing lines are signature lines (a name and a source).
MAX_BYLINE_LINES = 2
MAX_BYLINE_CHARS = 120
MAX_NAME_SYLLABLES = 5
# Longest Vietnamese syllable ("nghiêng", "nguyễn" are 7 and 6); longer tokens are not name syllables.
MAX_SYLLABLE_LETTERS = 7

_LABEL = re.compile(
    r"^(?:(?:tác\s+giả|người\s+viết|bài\s+và\s+ảnh|bài,\s*ảnh|bài\s*&\s*ảnh|tin\s+và\s+ảnh|tin,\s*ảnh|"
    r"tin\s*&\s*ảnh|bài|tin|thực\s+hiện|phóng\s+viên)\s*[:\-–]\s*|"
    # Joomla and WordPress themes: "Viết bởi Trần Hải", "Đăng bởi ...".
    r"(?:viết|đăng|gửi)\s+bởi\s*:?\s*)",
    re.IGNORECASE,
)
# Reporter roles written before a name ("PV Minh Tâm") or standing alone ("PV", "Nhóm PV").
_ROLE_ONLY = re.compile(
    r"^(?:nhóm\s+)?(?:PV|CTV|phóng\s+viên|cộng\s+tác\s+viên)(?:\s*[-–,]\s*(?:PV|CTV))*$", re.IGNORECASE
)
_ROLE_PREFIX = re.compile(r"^(?:PV|CTV)\.?\s+", re.IGNORECASE)
# "Bài: Mai Hương - Ảnh: Minh Tâm": the photo credit is not the author.
_PHOTO_TAIL = re.compile(r"\s*[-–,;|]?\s*ảnh\s*:.*$", re.IGNORECASE)
_AFFILIATION = re.compile(r"^(.*?)\s*\(([^()]{1,100})\)\s*$")
# Parenthesised notes that say how the text was made, not where the author works.
_NOT_AFFILIATION = {"tổng hợp", "th", "st", "sưu tầm", "lược dịch", "dịch", "tổng thuật"}
_SOURCE = re.compile(r"^\(?\s*(theo|nguồn)(?:\s*:\s*|\s+)(.+?)\s*\)?\.?\s*$", re.IGNORECASE)
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|info)\b", re.IGNORECASE)
# "Theo kế hoạch số 12/KH-UBND ..." starts like a source credit but cites a document.
_DOCUMENT_WORDS = re.compile(
    r"^(?:nghị\s+quyết|chỉ\s+thị|quyết\s+định|kết\s+luận|kế\s+hoạch|thông\s+báo|công\s+văn|"
    r"nghị\s+định|thông\s+tư|hướng\s+dẫn|quy\s+định|luật|đề\s+án|chương\s+trình)\b",
    re.IGNORECASE,
)
_LABEL_ANYWHERE = re.compile(
    r"(?:tác\s+giả|người\s+viết|bài\s+và\s+ảnh|bài,\s*ảnh|tin,\s*ảnh)\s*:|(?:viết|đăng|gửi)\s+bởi\b",
    re.IGNORECASE,
)
_AREA_SEPARATOR = re.compile(r"\s*[|•·]\s*")
# What follows a name inside an author area: a date, a view counter, another label.
_AREA_TAIL = re.compile(r"\s+[-–]\s+|\d|\s(?:Ngày|Cập nhật|Lượt xem|Đăng)\b")
_NAME_SPLIT = re.compile(r"\s+[-–]\s+|\s*,\s*|\s+và\s+|\s*;\s*")
# Kinds of bodies that sign articles. The word after the kind must be capitalised or a
# locality word, which keeps "Hội nghị kết thúc tốt đẹp" out.
_BODY_KIND = re.compile(
    r"^(?:Ban|Trung\s+tâm|Hội|Phòng|Sở|Đài|Văn\s+phòng|Ủy\s+ban|Uỷ\s+ban|Mặt\s+trận|Liên\s+đoàn|"
    r"Đoàn|Công\s+an|Báo|Tạp\s+chí|Chi\s+bộ|Đảng\s+bộ|Đảng\s+ủy|Đảng\s+uỷ|Bộ\s+Chỉ\s+huy|"
    r"Huyện\s+ủy|Huyện\s+uỷ|Tỉnh\s+ủy|Tỉnh\s+uỷ|Thị\s+ủy|Thị\s+uỷ|Thành\s+ủy|Thành\s+uỷ|"
    r"Huyện\s+đoàn|Tỉnh\s+đoàn|Thành\s+đoàn|Cổng\s+thông\s+tin|Trang\s+thông\s+tin|"
    r"UBND|HĐND|MTTQ|UBMTTQ|LĐLĐ|BCH|BTG|BCĐ)(?=\s|$)"
)
_LOCALITY = {"huyện", "xã", "tỉnh", "thị", "trấn", "thành", "phố", "phường", "quận", "và", "-", "–"}
# Words that are capitalised on share bars and end markers, not in names.
_NOT_NAME = {
    w.casefold()
    for w in (
        "Hết", "Kết", "Thứ", "Xem", "Tin", "Ảnh", "Video", "Tags",
        "Facebook", "Twitter", "Zalo", "Email", "Print", "Share",
    )
}
# Portal-level values that CMSs put in meta[name=author].
_NOT_META_AUTHOR = re.compile(
    r"^(?:admin|administrator|quản\s*trị(?:\s+viên)?|quantri|webmaster|root|editor|ban\s+biên\s+tập|bbt)$|"
    # Newspapers and portals are the publisher, not the author.
    r"^(?:báo|tạp\s+chí)\s|cổng\s+thông\s+tin|trang\s+thông\s+tin|báo\s+điện\s+tử|https?:|www\.",
    re.IGNORECASE,
)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _is_syllable(token: str) -> bool:
    # "T.Hà", "Ng.Hương": initials may stand before a syllable.
    core = token.rsplit(".", 1)[-1] if "." in token.rstrip(".") else token.rstrip(".")
    initials = token[: len(token) - len(core)].replace(".", "")
    if initials and not all(c.isupper() for c in initials):
        return False
    if not core.isalpha() or len(core) > MAX_SYLLABLE_LETTERS or not core[0].isupper():
        return False
    return core[1:].islower() or core.isupper() or len(core) == 1


def _is_person(text: str, *, min_syllables: int) -> bool:
    tokens = text.split()
    # "Đ.T.Thủy" is three syllables written as one token.
    syllables = sum(t.rstrip(".").count(".") + 1 for t in tokens)
    return (
        min_syllables <= syllables <= MAX_NAME_SYLLABLES
        and all(_is_syllable(t) for t in tokens)
        and not any(t.rstrip(".").casefold() in _NOT_NAME for t in tokens)
    )


def _is_acronym(text: str) -> bool:
    # "TTXVN", "TTVH", "BBT": bodies are often signed by their initials.
    return text.isalpha() and text.isupper() and 2 <= len(text) <= 8 and text.casefold() not in _NOT_NAME


def _is_body(text: str) -> bool:
    if _is_acronym(text):
        return True
    m = _BODY_KIND.match(text)
    if not m or text.endswith(".") or any(c.isdigit() for c in text) or "," in text:
        return False
    rest = text[m.end() :].split()
    if len(rest) > 10:
        return False
    previous_capitalised = True  # the kind itself
    for i, word in enumerate(rest):
        capitalised = word[0].isupper()
        # Vietnamese capitalises only the first syllable of each part of a name
        # ("Tuyên giáo", "Văn hóa - Thể thao"), so a lowercase word must follow a
        # capitalised one or be a locality word ("huyện", "xã").
        if i == 0 and not capitalised and word.lower() not in _LOCALITY:
            return False
        if not capitalised and not previous_capitalised and word.lower() not in _LOCALITY:
            return False
        previous_capitalised = capitalised
    return True


def _is_name_or_body(text: str, *, min_syllables: int) -> bool:
    if _is_body(text) or _is_person(text, min_syllables=min_syllables):
        return True
    parts = [p for p in _NAME_SPLIT.split(text) if p]
    return len(parts) > 1 and all(
        _is_body(p) or _is_person(p, min_syllables=min_syllables) for p in parts
    )


def _author_line(text: str) -> tuple[str, str | None, str | None] | None:
    """(author, affiliation, source in parentheses) of a signature line, or None if it isn't one."""
    line = _squash(text)
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    if _ROLE_ONLY.match(line):
        return line, None, None
    labelled = False
    m = _LABEL.match(line)
    if m:
        line, labelled = line[m.end() :], True
    line = _PHOTO_TAIL.sub("", line) if labelled else line
    role = _ROLE_PREFIX.match(line)
    if role:
        line, labelled = line[role.end() :], True
    affiliation = source = None
    m = _AFFILIATION.match(line)
    if m:
        line, note = m.group(1), _squash(m.group(2))
        src = _SOURCE.match(note)
        if src:
            source = src.group(2)
        elif _ROLE_ONLY.match(note):
            affiliation = note
        elif note.lower() not in _NOT_AFFILIATION:
            affiliation = note
    line = line.strip(" -–:")
    if line.endswith(".") and not _is_body(line[:-1]):
        line = line[:-1]  # "Minh Tâm." — a stray period after a name
    # Unlabelled one-word lines ("Hết", "Kết") are too often not names.
    if not line or not _is_name_or_body(line, min_syllables=1 if labelled else 2):
        if labelled and _ROLE_ONLY.match(line or ""):
            return line, affiliation, source
        return None
    parts = [p for p in _NAME_SPLIT.split(line) if p]
    if affiliation is None and len(parts) == 2 and _is_person(parts[0], min_syllables=1) and _is_body(parts[1]):
        return parts[0], parts[1], source  # "Ngọc Hân - Ban Tuyên giáo Huyện ủy"
    return line, affiliation, source


def _source_line(text: str) -> str | None:
    line = _squash(text)
    if not line or len(line) > MAX_BYLINE_CHARS:
        return None
    m = _SOURCE.match(line)
    if not m:
        return None
    keyword, credit = m.group(1).lower(), m.group(2).strip()
    if keyword == "nguồn":
        return credit or None
    # "Theo" also starts ordinary sentences ("Theo kế hoạch, ..."): take only a short,
    # capitalised name or a domain, with no clause after it.
    if _DOMAIN.fullmatch(credit):
        return credit
    if "," in credit or len(credit.split()) > 12 or not credit[0].isupper():
        return None
    return None if _DOCUMENT_WORDS.match(credit) else credit


def parse_author_label(text: str) -> str | None:
    """The author named by a byline text, without label or affiliation.

    "Tác giả: Minh Tâm" -> "Minh Tâm"; "Bài, ảnh: Mai Hương" -> "Mai Hương";
    "PV" -> "PV"; a sentence -> None. A label may sit inside a longer area
    text ("Tác giả: Minh Tâm | Ngày đăng: 18/01/2024").
    """
    line = _squash(text)
    for segment in _AREA_SEPARATOR.split(line):
        found = _author_line(segment)
        if found:
            return found[0]
    m = _LABEL_ANYWHERE.search(line)
    if m:
        found = _author_line(_AREA_TAIL.split(line[m.start() :])[0])
        if found:
            return found[0]
    return None


def _meta_author(value: str | None, site_name: str | None) -> str | None:
    if not value:
        return None
    value = _squash(value)
    if _NOT_META_AUTHOR.search(value):
        return None
    if site_name and value.casefold() == _squash(site_name).casefold():
        return None
    found = _author_line(value)
    return found[0] if found else None


def split_byline(
    paragraphs: list[str],
    *,
    meta_author: str | None = None,
    area_text: str | None = None,
    site_name: str | None = None,
) -> tuple[list[str], Byline]:
    """Return body paragraphs with trailing byline/source lines removed, and what they said.

    When the body is unsigned, the author comes from `area_text` (the page's
    author element) or else `meta_author`, unless that is the portal itself
    (`site_name`, "admin", a newspaper name).
    """
    body = list(paragraphs)
    while body and not body[-1].strip():
        body.pop()
    author = affiliation = source = None
    removed: list[str] = []
    # Keep at least one paragraph: a body that is only a name is not an article we can fix.
    while len(body) > 1 and len(removed) < MAX_BYLINE_LINES:
        last = body[-1]
        credit = _source_line(last) if source is None else None
        if credit:
            source = credit
        else:
            signed = _author_line(last) if author is None else None
            if not signed:
                break
            author, affiliation, in_parens = signed
            source = source or in_parens
        removed.insert(0, _squash(last))
        body.pop()
    if author is None and area_text:
        author = parse_author_label(area_text)
    if author is None:
        author = _meta_author(meta_author, site_name)
    return body, Byline(author, affiliation, source, "\n".join(removed))
