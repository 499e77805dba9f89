"""Publication dates of Vietnamese news pages.

Structured metadata is read first; visible dates are parsed by hand because
the general-purpose parsers (dateutil, dateparser, htmldate's own rules) guess
between day-first and month-first and do not know the Vietnamese labels
("Ngày đăng", "Thứ Năm", "ngày 17 tháng 1 năm 2024") nor the habit of citing
resolutions by date ("Nghị quyết số 35-NQ/TW ngày 22/10/2018") right next to
the real dateline. htmldate is kept as the last generic fallback.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import lxml.html
from htmldate import find_date

from pipelines.chrome import is_chrome, strip_chrome
from pipelines.types import PublishedDate

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
MIN_YEAR = 1990
# A page dated a little ahead of our clock is a clock/timezone slip, not the future.
FUTURE_SLACK = timedelta(days=1)
# How far back from a date to look for the document it may belong to.
CITED_WINDOW = 40
# The text of a date/byline area is short; longer elements are prose.
MAX_AREA_CHARS = 120
# A dateline sits at the very start of the body.
DATELINE_SPAN = 300

CONFIDENCE = {"meta": 0.95, "date-area": 0.85, "url": 0.6, "htmldate": 0.5, "body": 0.4}

# --- parsing ---------------------------------------------------------------

# Day-first only: Vietnamese sites never write month-first, so "05/03/2023" is 5 March.
# Four-digit years only: "18/01/24" could be 2024 or a fraction/number pair.
_DMY = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")
_YMD = re.compile(r"(?<![\d/.\-])(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?!\d)")
_WORDS = re.compile(
    r"(?<!\d)(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*|\s+)(?:năm\s+)?(\d{4})(?!\d)",
    re.IGNORECASE,
)
_TIME = (
    r"(?<!\d)(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*(?::|phút)\s*(\d{2}))?(?:\.\d+)?"
    r"(?:\s*(AM|PM|SA|CH)\b)?"
)
_GAP = r"[\s,|\-–—•·]*"
_TIME_AFTER = re.compile(r"(?:T|" + _GAP + r"(?:lúc\s*)?)" + _TIME, re.IGNORECASE)
_TIME_BEFORE = re.compile(_TIME + _GAP + r"(?:ngày\s*)?$", re.IGNORECASE)
_ISO_OFFSET = re.compile(r"(?:(Z)\b|([+-])(\d{2}):?(\d{2})(?!\d))")
_GMT_OFFSET = re.compile(
    r"\s*[(\[]?\s*(?:GMT|UTC)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*[)\]]?", re.IGNORECASE
)


@dataclass(frozen=True)
class _Found:
    value: datetime
    raw: str
    start: int
    end: int


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(VN_TZ)


def _plausible(value: datetime, now: datetime | None) -> bool:
    return value.year >= MIN_YEAR and value <= _now(now) + FUTURE_SLACK


def _offset(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14):
        return None
    return timezone(-delta if sign == "-" else delta)


def _clock(m: re.Match[str]) -> tuple[int, int, int] | None:
    hour, minute, second = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
    meridiem = (m.group(4) or "").upper()
    if meridiem and not 1 <= hour <= 12:
        return None
    if meridiem in ("PM", "CH") and hour < 12:
        hour += 12
    elif meridiem in ("AM", "SA") and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second


def _date_spans(text: str) -> list[tuple[int, int, int, int, int]]:
    """(start, end, year, month, day) of every date-shaped token, in text order, no overlaps."""
    spans = []
    for m in _DMY.finditer(text):
        spans.append((m.start(), m.end(), int(m.group(4)), int(m.group(3)), int(m.group(1))))
    for m in _YMD.finditer(text):
        spans.append((m.start(), m.end(), int(m.group(1)), int(m.group(3)), int(m.group(4))))
    for m in _WORDS.finditer(text):
        spans.append((m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
    spans.sort()
    out: list[tuple[int, int, int, int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _iter_dates(text: str, now: datetime | None = None) -> Iterator[_Found]:
    """Every valid, plausible, non-cited date(-time) in `text`, in order."""
    for start, end, year, month, day in _date_spans(text):
        try:
            value = datetime(year, month, day)
        except ValueError:
            continue  # 31/02, 0/13 ...
        raw_start, raw_end = start, end
        tz: tzinfo | None = None
        clock = None
        after = _TIME_AFTER.match(text, end)
        if after and (clock := _clock(after)):
            raw_end = after.end()
            iso = _ISO_OFFSET.match(text, raw_end)
            if iso:
                tz = timezone.utc if iso.group(1) else _offset(iso.group(2), iso.group(3), iso.group(4))
                raw_end = iso.end()
        else:
            before = _TIME_BEFORE.search(text[max(0, start - 30) : start])
            if before and (clock := _clock(before)):
                raw_start = max(0, start - 30) + before.start()
        if tz is None:
            gmt = _GMT_OFFSET.match(text, raw_end)
            if gmt:
                tz = _offset(gmt.group(1), gmt.group(2), gmt.group(3)) if gmt.group(1) else timezone.utc
                raw_end = gmt.end()
        if clock:
            value = value.replace(hour=clock[0], minute=clock[1], second=clock[2])
        # An explicit offset is kept as written: the instant is the same, and the page's own
        # calendar day is what it says it published on. Naive times are Vietnamese local time.
        value = value.replace(tzinfo=tz or VN_TZ)
        if not _plausible(value, now):
            continue
        if is_cited_document_date(text, start):
            continue
        yield _Found(value, text[raw_start:raw_end].strip(), raw_start, raw_end)


def parse_vietnamese_date(text: str, *, now: datetime | None = None) -> tuple[datetime, str] | None:
    """Find the first date(-time) expression in `text`; return (aware datetime, the raw matched substring).

    Dates that belong to a cited document ("Nghị quyết số 35-NQ/TW ngày
    22/10/2018") are not dates of the text and are passed over. `now` bounds
    what counts as the future (default: the current time).
    """
    for found in _iter_dates(text, now):
        return found.value, found.raw
    return None


# --- cited documents ---------------------------------------------------------

_DOC_KEYWORD = re.compile(
    r"nghị\s+quyết|chỉ\s+thị|quyết\s+định|kết\s+luận|kế\s+hoạch|thông\s+báo|công\s+văn|"
    r"nghị\s+định|thông\s+tư|hướng\s+dẫn|quy\s+định|tờ\s+trình|công\s+điện|văn\s+bản|đề\s+án|"
    r"báo\s+cáo\s+số|luật\s+số|pháp\s+lệnh",
    re.IGNORECASE,
)
# "35-NQ/TW", "123/QĐ-UBND", "05-CT/TW": the uppercase code is what marks a document number.
_DOC_NUMBER = re.compile(r"\d+[-/][A-ZĐ]{1,6}(?:/[A-ZĐ\-]+)?")
_SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")
_NUMBER_WORD = re.compile(r"(?<!\w)số(?!\w)", re.IGNORECASE)
_DATE_WORD = re.compile(r"ngày\s*$", re.IGNORECASE)


def is_cited_document_date(text: str, start: int) -> bool:
    """Whether the date starting at `text[start]` is the date of a document the text cites.

    Looks at the ~40 characters before the date, cut at the last sentence
    break or earlier date, so "Chỉ thị 05-CT/TW ngày 15/5/2016, ngày
    18/1/2024 ..." cites only the first date.
    """
    window = text[max(0, start - CITED_WINDOW) : start]
    cut = 0
    for brk in _SENTENCE_BREAK.finditer(window):
        cut = max(cut, brk.end())
    for span in _date_spans(window):
        cut = max(cut, span[1])
    window = window[cut:]
    if _DOC_NUMBER.search(window):
        return True
    # A bare keyword may be a category label ("Thông báo | 18/01/2024"); a citation
    # goes on with a number ("số ...") or ends in "ngày" right before the date.
    keyword = _DOC_KEYWORD.search(window)
    return bool(keyword and (_NUMBER_WORD.search(window, keyword.end()) or _DATE_WORD.search(window)))


# --- metadata ------------------------------------------------------------------

_META_PUBLISHED_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//time[@itemprop='datePublished']/@datetime",
    "//*[not(self::meta) and not(self::time)][@itemprop='datePublished']/@content",
)
_META_PUBLISHED_NAMES = (
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "citation_publication_date",
)
_META_MODIFIED_XPATHS = (
    "//meta[@property='article:modified_time']/@content",
    "//meta[@property='og:updated_time']/@content",
    "//meta[@itemprop='dateModified']/@content",
    "//time[@itemprop='dateModified']/@datetime",
)
_LOWER = "translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_ARTICLE_TYPES = re.compile(r"(News)?Article$|BlogPosting$|Report$")


def _parse_meta_value(value: str, now: datetime | None) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    parsed = parse_vietnamese_date(value, now=now)
    if parsed:
        return parsed[0]
    try:  # RFC 2822 ("Thu, 18 Jan 2024 10:52:00 GMT") shows up in some CMS feeds' meta.
        rfc = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    rfc = rfc if rfc.tzinfo else rfc.replace(tzinfo=VN_TZ)
    return rfc if _plausible(rfc, now) else None


def _json_ld_objects(tree: lxml.html.HtmlElement) -> Iterator[dict]:
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            # Hand-edited JSON-LD is often broken on these portals; a broken block is
            # simply no evidence, the other sources still get their turn.
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


def _json_ld_dates(tree: lxml.html.HtmlElement, key: str) -> Iterator[str]:
    for obj in _json_ld_objects(tree):
        types = obj.get("@type", [])
        types = [types] if isinstance(types, str) else types
        if any(isinstance(t, str) and _ARTICLE_TYPES.search(t) for t in types):
            value = obj.get(key)
            if isinstance(value, str):
                yield value


def _meta_values(
    tree: lxml.html.HtmlElement, xpaths: Sequence[str], names: Sequence[str], ld_key: str
) -> Iterator[str]:
    for xp in xpaths:
        yield from (str(v) for v in tree.xpath(xp))
    for name in names:
        yield from (str(v) for v in tree.xpath(f"//meta[{_LOWER}='{name}']/@content"))
    yield from _json_ld_dates(tree, ld_key)


def _from_meta(tree: lxml.html.HtmlElement, now: datetime | None) -> PublishedDate | None:
    for raw in _meta_values(tree, _META_PUBLISHED_XPATHS, _META_PUBLISHED_NAMES, "datePublished"):
        value = _parse_meta_value(raw, now)
        if value:
            return PublishedDate(value, raw.strip(), "meta", CONFIDENCE["meta"])
    return None


# --- the date/byline area ------------------------------------------------------

_AREA_HINTS = ("date", "time", "publish", "ngay", "created")
_AREA_LABEL = re.compile(
    r"^\s*(?:ngày\s+đăng|ngày\s+xuất\s+bản|ngày\s+cập\s+nhật|ngày\s*:|đăng\s+lúc|đăng\s+ngày|"
    r"cập\s+nhật|xuất\s+bản|"
    # A weekday only when the date follows at once: "Thứ hai, ..." also means "secondly".
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,\-–]?\s*(?:ngày\s*)?\d)",
    re.IGNORECASE,
)
_POSTED = re.compile(r"đăng|xuất\s+bản|publish|posted|created|ngày\s+tạo", re.IGNORECASE)
_UPDATED = re.compile(r"cập\s+nhật|update|modified|sửa", re.IGNORECASE)
_SKIP_TAGS = {"script", "style", "noscript", "meta", "link", "head", "title", "option"}


def _lower_attr(attr: str) -> str:
    return f"translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"


_GENERIC_AREA_XPATH = "//time | //*[" + " or ".join(
    f"contains({_lower_attr(attr)}, '{hint}')" for attr in ("class", "id") for hint in _AREA_HINTS
) + "]"


@dataclass(frozen=True)
class _AreaDate:
    found: _Found
    rank: int  # 2 posted, 1 unlabelled, 0 updated
    tier: int  # 0 profile xpath, 1 generic
    position: int
    before_title: bool


def _squash(text: str) -> str:
    return " ".join(text.split())


def _element_text(el: lxml.html.HtmlElement) -> str:
    # itertext, not text_content: "<span>18/01/2024</span><span>10:52</span>" must not run together.
    return _squash(" ".join(el.itertext()))


def _attr_hints(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _foreign(el: lxml.html.HtmlElement) -> bool:
    """Chrome, or an item of a list of other articles (a <li> with its own link)."""
    if is_chrome(el):
        return True
    return any(a.tag == "li" and a.xpath(".//a[@href]") for a in (el, *el.iterancestors()) if isinstance(a.tag, str))


def _rank(label: str, hints: str) -> int:
    for source in (label, hints):
        if _POSTED.search(source):
            return 2
        if _UPDATED.search(source):
            return 0
    return 1


def _dates_in_area(text: str, hints: str, now: datetime | None) -> Iterator[tuple[_Found, int]]:
    """Dates in a short area text, each ranked by the label just before it."""
    if len(text) > MAX_AREA_CHARS:
        return
    previous_end = 0
    for found in _iter_dates(text, now):
        yield found, _rank(text[previous_end : found.start], hints)
        previous_end = found.end


def _title_element(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    # Some portals wrap the logo in the first <h1>; the article title is the first one outside the chrome.
    return next((h for h in tree.iter("h1") if not _foreign(h)), None)


def _area_elements(
    tree: lxml.html.HtmlElement, date_xpaths: Sequence[str], title: lxml.html.HtmlElement | None
) -> Iterator[tuple[int, lxml.html.HtmlElement | None, str, str]]:
    """(tier, element, text, class/id hints) of everything that may be a date area."""
    for xp in date_xpaths:
        for hit in tree.xpath(xp):
            if isinstance(hit, str):  # the profile may select text() or an attribute
                parent = hit.getparent() if hasattr(hit, "getparent") else None
                yield 0, parent, _squash(hit), ""
            elif isinstance(hit.tag, str):
                yield 0, hit, _element_text(hit), _attr_hints(hit)
                if hit.tag == "time" and hit.get("datetime"):
                    yield 0, hit, hit.get("datetime", ""), _attr_hints(hit)
    for el in tree.xpath(_GENERIC_AREA_XPATH):
        if el.tag in _SKIP_TAGS or _foreign(el):
            continue
        if el.tag == "time" and el.get("datetime"):
            yield 1, el, el.get("datetime", ""), _attr_hints(el)
        yield 1, el, _element_text(el), _attr_hints(el)
    if title is not None:
        # Many portals print the date, unmarked, on the line right under the title.
        near = "following-sibling::*[position() <= 3] | parent::*/following-sibling::*[position() <= 2]"
        for el in title.xpath(near):
            if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or _foreign(el):
                continue
            text = _element_text(el)
            # Unmarked, so it must also not read as prose (a short lead "Sáng 6/1/2022, ... .").
            if text and not text.endswith((".", "!", "?", "…")):
                yield 1, el, text, _attr_hints(el)
    for node in tree.xpath("//text()[normalize-space()]"):
        parent = node.getparent()
        if parent is None or parent.tag in _SKIP_TAGS or not _AREA_LABEL.match(node):
            continue
        if len(node.strip()) >= MAX_AREA_CHARS or _foreign(parent):
            continue
        # "<span>Ngày đăng:</span> <span>18/01/2024</span>": the label and the value sit
        # in sibling elements, so climb while the text stays short.
        el: lxml.html.HtmlElement | None = parent
        for _ in range(3):
            if el is None or not isinstance(el.tag, str):
                break
            text = _element_text(el)
            if len(text) > MAX_AREA_CHARS:
                break
            if _DMY.search(text) or _YMD.search(text) or _WORDS.search(text):
                yield 1, el, text, _attr_hints(el)
                break
            el = el.getparent()


def _area_candidates(
    tree: lxml.html.HtmlElement, date_xpaths: Sequence[str], now: datetime | None
) -> list[_AreaDate]:
    order = {el: i for i, el in enumerate(tree.iter())}
    title = _title_element(tree)
    title_pos = order.get(title, -1) if title is not None else -1
    out = []
    for tier, el, text, hints in _area_elements(tree, date_xpaths, title):
        position = order.get(el, len(order)) if el is not None else len(order)
        for found, rank in _dates_in_area(text, hints, now):
            out.append(_AreaDate(found, rank, tier, position, 0 <= position < title_pos))
    return out


def _best_area(candidates: list[_AreaDate]) -> _AreaDate | None:
    if not candidates:
        return None
    return min(candidates, key=lambda c: (c.tier, c.before_title, -c.rank, c.position))


# --- URL, htmldate, body ----------------------------------------------------------

_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_\-](\d{1,2})[/_\-](\d{1,2})(?!\d)")
# 8/12/14/17-digit stamps: date, +HHMM, +HHMMSS, +milliseconds (Tuổi Trẻ, Dân trí style ids).
_URL_STAMP = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:(\d{2})(\d{3})?)?)?(?!\d)"
)


def _from_url(url: str, now: datetime | None) -> PublishedDate | None:
    parts = urlsplit(url)
    where = parts.path + ("?" + parts.query if parts.query else "")
    hits = []
    for m in _URL_YMD.finditer(where):
        hits.append((m.start(), m.group(0), int(m.group(1)), int(m.group(2)), int(m.group(3)), 0, 0, 0))
    for m in _URL_STAMP.finditer(where):
        hh, mm, ss = (int(g) if g else 0 for g in (m.group(4), m.group(5), m.group(6)))
        hits.append((m.start(), m.group(0), int(m.group(1)), int(m.group(2)), int(m.group(3)), hh, mm, ss))
    for _, raw, *fields in sorted(hits):
        try:
            value = datetime(*fields, tzinfo=VN_TZ)
        except ValueError:
            continue
        if _plausible(value, now):
            return PublishedDate(value, raw, "url", CONFIDENCE["url"])
    return None


def _from_htmldate(tree: lxml.html.HtmlElement, html: str, url: str, now: datetime | None,
                   extensive: bool = False) -> PublishedDate | None:
    if not html.strip():
        return None
    latest = _now(now) + FUTURE_SLACK
    bounds = {"outputformat": "%Y-%m-%d", "min_date": f"{MIN_YEAR}-01-01", "max_date": latest.strftime("%Y-%m-%d")}
    # htmldate's time-of-day output is unreliable, so ask for the date only.
    if extensive:
        # The web at large: htmldate with its own defaults, which suit it best.
        found = find_date(html, url=url or None, **bounds)
    else:
        # Widgets list other articles with their dates; htmldate would take one of those.
        found = find_date(strip_chrome(tree), url=url or None, original_date=True, extensive_search=False, **bounds)
    if not found:
        return None
    try:
        value = datetime.strptime(found, "%Y-%m-%d").replace(tzinfo=VN_TZ)
    except ValueError:
        return None
    if not _plausible(value, now):
        return None
    return PublishedDate(value, found, "htmldate", CONFIDENCE["htmldate"])


# What may stand before a dateline: a place/agency tag ("(LA) - ", "THẠNH HÓA – "),
# "Vừa qua,", a time of day ("Sáng", "Chiều nay"), a weekday, "ngày".
_DATELINE_PREFIX = re.compile(
    r"^\s*(?:[^\n.,;:!?]{0,60}?(?:\)\s*|\s)[-–—]\s*)?"
    r"(?:(?:vừa\s+qua|mới\s+đây|hôm\s+qua|hôm\s+nay|tối\s+qua)\s*,?\s*)?"
    r"(?:(?:vào\s+)?(?:buổi\s+)?(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm)\s+(?:nay\s+)?)?"
    r"(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?"
    r"(?:ngày\s+)?\(?$",
    re.IGNORECASE,
)


def _from_body(body_text: str, now: datetime | None) -> PublishedDate | None:
    head = body_text[:DATELINE_SPAN]
    for found in _iter_dates(head, now):
        if _DATELINE_PREFIX.match(head[: found.start]):
            return PublishedDate(found.value, found.raw, "body", CONFIDENCE["body"])
        return None  # only the first date can be a dateline
    return None


# --- public entry points -------------------------------------------------------------


def find_published_date(
    tree: lxml.html.HtmlElement,
    html: str,
    url: str,
    *,
    date_xpaths: Sequence[str] = (),
    body_text: str = "",
    now: datetime | None = None,
    vietnamese: bool = True,
) -> PublishedDate | None:
    """The page's publication date, from the strongest evidence available.

    Order: structured metadata, the visible date area (profile xpaths first),
    the URL, htmldate, a dateline at the start of the body. On a page that is
    not Vietnamese, visible dates may be month-first, so after the metadata
    htmldate (which knows the web's date habits) decides.
    """
    found = _from_meta(tree, now)
    if found:
        return found
    if not vietnamese:
        return _from_htmldate(tree, html, url, now, extensive=True)
    area = _best_area(_area_candidates(tree, date_xpaths, now))
    if area:
        return PublishedDate(area.found.value, area.found.raw, "date-area", CONFIDENCE["date-area"])
    return _from_url(url, now) or _from_htmldate(tree, html, url, now) or _from_body(body_text, now)


def find_updated_date(
    tree: lxml.html.HtmlElement,
    html: str = "",
    *,
    date_xpaths: Sequence[str] = (),
    now: datetime | None = None,
) -> datetime | None:
    """When the page says it was last updated, if that differs from (and follows) publication.

    `html` is accepted for symmetry with `find_published_date`; all the evidence
    used here is in `tree`.
    """
    updated: datetime | None = None
    for raw in _meta_values(tree, _META_MODIFIED_XPATHS, (), "dateModified"):
        updated = _parse_meta_value(raw, now)
        if updated:
            break
    candidates = _area_candidates(tree, date_xpaths, now)
    if updated is None:
        labelled = [c for c in candidates if c.rank == 0]
        best = _best_area(labelled)
        updated = best.found.value if best else None
    if updated is None:
        return None
    published = _from_meta(tree, now)
    area = _best_area(candidates)
    reference = published.value if published else (area.found.value if area else None)
    if reference is not None and updated <= reference:
        return None
    return updated
