"""Main-text extraction: trafilatura for the body, profile rules for the rest.

trafilatura finds the article body well on the web at large; what it does not
know is the habits of Vietnamese portals (a stray "null" before Liferay
titles, site names glued to titles, a bold sapo that belongs in `lead`, and the
visitor counters and related-news lists of district portals), so those are
handled here with rules that come from the portal's platform profile.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

import lxml.html
import trafilatura

from pipelines.chrome import is_chrome, strip_chrome
from pipelines.language import is_vietnamese
from pipelines.normalize import normalize_line, normalize_text
from pipelines.types import PortalInfo

EXTRACTOR_VERSION = f"1+trafilatura-{trafilatura.__version__}"

# Furniture common to Vietnamese portals whatever their platform: share and
# print tools, font-size switches, visitor counters, related-news lists.
COMMON_FURNITURE = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' related')]",
    "//*[contains(@class, 'tin-lien-quan') or contains(@class, 'tinlienquan')]",
    "//*[contains(@class, 'other-news') or contains(@class, 'othernews') or contains(@class, 'tin-khac')]",
    "//*[contains(@class, 'share') or contains(@class, 'social')]",
    "//*[contains(@class, 'counter') or contains(@id, 'counter') or contains(@class, 'thong-ke')]",
    "//*[contains(@class, 'font-size') or contains(@class, 'fontsize') or contains(@class, 'text-size')]",
    "//*[contains(@class, 'breadcrumb')]",
    "//*[contains(@class, 'tags') or contains(@class, 'tag-list')]",
    "//*[contains(@class, 'print') or contains(@class, 'toolbar')]",
    "//*[contains(@class, 'view-count') or contains(@class, 'luot-xem') or contains(@class, 'views')]",
    # Photo captions and credits describe pictures the corpus does not keep.
    "//figcaption",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' caption ') or contains(@class, 'image-caption')"
    " or contains(@class, 'PhotoCMS_Caption') or contains(@class, 'chu-thich')]",
)

# Paragraph lines that are furniture even when trafilatura keeps them.
_FURNITURE_LINE = re.compile(
    r"^(?:(?:"
    r"tin liên quan|các tin khác|tin khác|tin cùng chuyên mục|bài viết liên quan|xem thêm|"
    r"chia sẻ|in bài|gửi email|gửi bài viết|lượt xem|lượt truy cập|đang trực tuyến|đang online|"
    r"cỡ chữ|trở về|về đầu trang|bình luận|ý kiến bạn đọc|từ khóa|tags?"
    r")\b|"
    # Photo credits: "Ảnh: Minh Tâm", "(Ảnh minh họa)", "Nguồn ảnh: TTXVN".
    r"\(?\s*ảnh\s*(?:minh\s+h[oọ]a|tư\s+liệu)?\s*[:)]|\(?\s*ảnh\s+minh\s+h[oọ]a|nguồn\s+ảnh"
    r").*",
    re.I,
)

# Article-body containers of the CMSs Vietnamese portals run on. When one of
# them holds the article, trafilatura is given just that element: old portals
# lay pages out with nested tables, which trafilatura otherwise reads as one
# data table spanning menu, body and footer.
COMMON_BODY = (
    "//*[@id='noidung' or @id='abody' or @id='ArticleContent' or @id='content-detail']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ct-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' detail-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' journal-content-article ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' asset-full-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' article-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' itemFullText ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ms-rtestate-field ')]",
)
MIN_BODY_CHARS = 300

_NULL_PREFIX = re.compile(r"^\s*null\b[\s:\-–|]*", re.I)
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " » ")
_LEAD_CLASSES = ("sapo", "lead", "summary", "tom-tat", "tomtat", "mo-ta", "chapeau", "description")


@dataclass
class Extracted:
    title: str
    lead: str | None
    paragraphs: list[str]
    tree: lxml.html.HtmlElement
    meta_author: str | None = None
    og_type: str | None = None
    link_text_ratio: float = 0.0
    links: int = 0
    vietnamese: bool = True
    extra: dict[str, str] = field(default_factory=dict)


def parse_html(html: str) -> lxml.html.HtmlElement:
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    return lxml.html.fromstring(html or "<html></html>")


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            for value in found:
                value = normalize_line(value)
                if value:
                    return value
    return None


def clean_title(raw: str, suffixes: tuple[str, ...] = (), site_name: str | None = None) -> str:
    """Drop a Liferay "null" prefix and a site-name suffix (or prefix) from a title."""
    title = _NULL_PREFIX.sub("", normalize_line(raw))
    names = [s for s in (*suffixes, site_name or "") if s]
    for name in names:
        for sep in _TITLE_SEPARATORS:
            if title.endswith(sep + name):
                title = title[: -len(sep + name)]
            if title.startswith(name + sep):
                title = title[len(name + sep):]
    return _NULL_PREFIX.sub("", title).strip()


def _site_suffix_split(title: str) -> str:
    """Without a known site name, strip a trailing part that names a portal."""
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            head, _, tail = title.rpartition(sep)
            if re.search(r"(?i)cổng|trang thông tin|báo |portal|\.vn\b|điện tử", tail) and len(head) > 10:
                return head.strip()
    return title


def find_title(tree: lxml.html.HtmlElement, portal: PortalInfo) -> str:
    """The title as a reader sees it.

    Headings are candidates (og:title, h1, title-classed h2/h3); the one that
    the page's <title> also carries is the article's own. Portals put their
    own name in an h1 (the logo), so headings naming the site are skipped.
    """
    site_names = {n.casefold() for n in (portal.name, *portal.title_suffixes) if n}

    def usable(text: str) -> bool:
        return len(text) > 8 and text.casefold() not in site_names

    page_title_raw = normalize_line(tree.findtext(".//title") or "")
    page_title = _site_suffix_split(clean_title(page_title_raw, portal.title_suffixes, portal.name))
    og = _meta(tree, "og:title", "twitter:title")
    # The profile knows where its platform puts the title; that beats any guess.
    for xp in portal.title_xpaths:
        for el in tree.xpath(xp):
            text = clean_title(el.text_content() if hasattr(el, "text_content") else str(el),
                               portal.title_suffixes, portal.name)
            if usable(text):
                return text
    candidates: list[str] = []
    if og:
        candidates.append(_site_suffix_split(clean_title(og, portal.title_suffixes, portal.name)))
    for xp in ("//h1", "//*[contains(@class,'title') and (self::h2 or self::h3)]"):
        candidates += [clean_title(el.text_content(), portal.title_suffixes, portal.name)
                       for el in tree.xpath(xp) if not _hidden_or_chrome(el)]
    candidates = [c for c in candidates if usable(c)]
    for c in candidates:
        if c.casefold() in page_title_raw.casefold():
            return c
    # News titles are sentences; short headings are section labels ("Tin tức", "Điều hướng").
    long_ones = [c for c in candidates if len(c) >= 20]
    if long_ones or candidates:
        return (long_ones or candidates)[0]
    return page_title if usable(page_title) else ""


_HIDDEN = re.compile(r"hide-accessible|sr-only|visually-hidden|screen-reader|hidden", re.I)


def _hidden_or_chrome(el: lxml.html.HtmlElement) -> bool:
    """Screen-reader labels and headings inside navigation, header or footer."""
    if _HIDDEN.search(el.get("class", "")):
        return True
    return any(a.tag in ("nav", "header", "footer") for a in el.iterancestors())


def find_lead(tree: lxml.html.HtmlElement) -> str | None:
    for cls in _LEAD_CLASSES:
        for el in tree.xpath(
            "//*[contains(concat(' ', normalize-space(@class), ' '), $c) and not(self::meta)]",
            c=f" {cls}",
        ):
            text = normalize_line(el.text_content())
            if 30 <= len(text) <= 1200:
                return text
    return None


def _link_stats(tree: lxml.html.HtmlElement) -> tuple[float, int]:
    body = tree.find(".//body")
    if body is None:
        return 0.0, 0
    total = len(" ".join(body.text_content().split())) or 1
    anchors = body.xpath(".//a[@href]")
    in_links = sum(len(" ".join(a.text_content().split())) for a in anchors)
    return min(in_links / total, 1.0), len(anchors)


def _strip_repeats(paragraphs: list[str], title: str, lead: str | None) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        if not out and p in (title, lead):
            continue
        if lead and p == lead:
            continue
        if _FURNITURE_LINE.match(p) and len(p) < 80:
            continue
        out.append(p)
    return out


def find_body(tree: lxml.html.HtmlElement, xpaths: tuple[str, ...]) -> lxml.html.HtmlElement | None:
    """The one element these XPaths say holds the article body, if exactly one does."""
    for xp in xpaths:
        found = [el for el in tree.xpath(xp) if isinstance(el, lxml.html.HtmlElement)]
        if len(found) == 1 and len(" ".join(found[0].text_content().split())) >= MIN_BODY_CHARS:
            return found[0]
    return None


_TABLE_PARTS = {"table", "tbody", "thead", "tfoot", "tr", "td", "th"}
_BLOCKS = ".//p | .//div | .//table | .//ul | .//ol | .//h1 | .//h2 | .//h3 | .//h4 | .//br"
MAX_DATA_CELL_CHARS = 200


def unwrap_layout_tables(doc: lxml.html.HtmlElement) -> None:
    """Turn tables used for page layout into divs, in place.

    Old portals build the whole page out of nested tables. trafilatura reads a table
    as data and writes the content cell as one "| ... |" row, so the article comes
    out as a single line, or is dropped as too short. A table is layout when a cell
    holds block elements or long text; real data tables (short cells) stay tables.
    """
    for table in list(doc.iter("table")):
        cells = table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
        layout = any(c.xpath(_BLOCKS) or len(" ".join(c.text_content().split())) > MAX_DATA_CELL_CHARS
                     for c in cells)
        if not layout:
            continue
        for el in [table, *table.xpath("./tr | ./*/tr | ./*/tr/td | ./*/tr/th | ./tr/td | ./tr/th | ./tbody | ./thead | ./tfoot")]:
            if el.tag in _TABLE_PARTS:
                el.tag = "div"


def _body_document(tree: lxml.html.HtmlElement, xpaths: tuple[str, ...],
                   vietnamese: bool) -> lxml.html.HtmlElement | None:
    """What trafilatura should read: the body container, the page without its chrome,
    or None for a non-Vietnamese page without a profile container (read it as trafilatura would)."""
    body = find_body(tree, xpaths)
    if body is None and not vietnamese:
        return None
    if body is None:
        # Without a known body container, drop the chrome (sidebars, counters, related
        # lists) first: trafilatura keeps some of it, and a byline must be the last line.
        # strip_chrome works on a copy, so our tree stays intact for the later stages.
        doc = strip_chrome(tree)
    else:
        doc = lxml.html.fromstring("<html><body><article></article></body></html>")
        doc.find(".//article").append(copy.deepcopy(body))
    unwrap_layout_tables(doc)
    return doc


def extract(html: str, url: str, portal: PortalInfo) -> Extracted:
    tree = parse_html(html)
    title = find_title(tree, portal)
    ratio, links = _link_stats(tree)
    vietnamese = is_vietnamese(tree.text_content())
    # The sapo is a convention of Vietnamese news pages; elsewhere "summary" classes vary too much.
    lead = find_lead(tree) if vietnamese else None
    # The Vietnamese CMS containers and furniture rules apply to Vietnamese pages; the
    # web at large is read by trafilatura as it reads it, so tuning for portals here
    # never costs quality elsewhere (harvester eval checks both).
    containers = (*portal.body_xpaths, *(COMMON_BODY if vietnamese else ()))
    doc = _body_document(tree, containers, vietnamese)
    if doc is None:
        # From the markup itself: trafilatura's own parser is what it is tuned on.
        text = trafilatura.extract(html, url=url) or ""
    else:
        prune = list(COMMON_FURNITURE) + list(portal.furniture_xpaths)
        text = trafilatura.extract(doc, url=url, include_comments=False, include_tables=True,
                                   favor_precision=True, deduplicate=False, prune_xpath=prune)
        if not text:
            # favor_precision can throw away short articles whole; retry without it.
            text = trafilatura.extract(doc, url=url, include_comments=False, prune_xpath=prune) or ""
    if vietnamese or doc is not None:
        paragraphs = _strip_repeats([p for p in normalize_text(text).split("\n") if p.strip()], title, lead)
    else:
        paragraphs = [p for p in text.split("\n") if p.strip()]  # as trafilatura gave it
    return Extracted(
        title=title,
        lead=lead,
        paragraphs=paragraphs,
        tree=tree,
        meta_author=_meta(tree, "author", "article:author", "dc.creator"),
        og_type=_meta(tree, "og:type"),
        link_text_ratio=ratio,
        links=links,
        vietnamese=vietnamese,
    )



def find_author_area(tree: lxml.html.HtmlElement) -> str | None:
    """Short text of an element the page marks as the author or byline."""
    for el in tree.xpath(
        "//*[contains(@class,'author') or contains(@class,'tac-gia') or contains(@class,'tacgia')"
        " or contains(@class,'byline') or contains(@class,'signature') or contains(@class,'createdby')"
        " or @itemprop='author' or @rel='author'][not(self::meta) and not(self::link)]"
    ):
        text = normalize_line(el.text_content())
        if 2 <= len(text) <= 120 and not is_chrome(el):
            return text
    # Old portals put "Tác giả: ..." in the date line, with no class to say so.
    for node in tree.xpath(_AUTHOR_LABEL_TEXT):
        parent = node.getparent()
        text = normalize_line(parent.text_content()) if parent is not None else ""
        if 2 <= len(text) <= 160 and not is_chrome(parent):
            return text
    return None


_AUTHOR_LABEL_TEXT = ("//body//text()[contains(., 'Tác giả') or contains(., 'Người viết')"
                      " or contains(., 'Viết bởi') or contains(., 'Bài và ảnh') or contains(., 'Bài, ảnh')]")
