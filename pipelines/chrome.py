"""Page chrome: the parts of a portal page that belong to the site, not to the article.

Menus, sidebars, widgets, related-news lists and the footer carry titles and
dates of *other* articles; every stage that looks for this article's date,
author or listing items must look past them.
"""
from __future__ import annotations

import copy
import re

import lxml.html

# Matched anywhere in class/id.
CHROME_HINTS = re.compile(
    r"related|sidebar|side-bar|menu|widget|banner|navbar|today|clock|comment|logo|"
    r"date-?now|current-?date|ngay-?hien-?tai|hom-?nay|lien-?quan|tin-?khac|cung-?chuyen-?muc|"
    r"binh-?luan|xem-?them|doc-?them|most-?view|other-?news|hot-?news|"
    r"moduletable|module-|right-?col|left-?col|col-?right|col-?left|box-?right|box-?left|"
    r"noi-?bat|tin-?moi|latest|recent-?posts|popular|marquee|thong-?ke|truy-?cap|"
    r"mod-?articles|category-module|mod-list|mostread|"
    r"box-?trai|box-?phai|cot-?trai|cot-?phai|doc-?nhieu|xem-?nhieu",
    re.IGNORECASE,
)
# Whole class tokens or ids only: "detail-header" and "article-footer" hold the article's own date.
CHROME_TOKENS = {"header", "site-header", "topbar", "top-bar", "footer", "site-footer"}
# Page landmarks; inside an <article> header and footer are the article's own.
CHROME_TAGS = {"nav", "aside", "marquee"}
PAGE_EDGE_TAGS = {"header", "footer"}


def _hints(el: lxml.html.HtmlElement) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def is_chrome(el: lxml.html.HtmlElement) -> bool:
    """True when `el` sits in navigation, a sidebar, a widget, a related list or the footer."""
    # <body> classes describe the page ("wp-custom-logo", "has-sidebar"), not a region of it.
    chain = [a for a in (el, *el.iterancestors()) if isinstance(a.tag, str) and a.tag not in ("body", "html")]
    in_article = any(a.tag == "article" for a in chain)
    for a in chain:
        if a.tag in CHROME_TAGS or (a.tag in PAGE_EDGE_TAGS and not in_article):
            return True
        hints = _hints(a)
        if CHROME_HINTS.search(hints) or CHROME_TOKENS.intersection(hints.lower().split()):
            return True
    return False


def strip_chrome(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page without its chrome (outermost chrome elements dropped whole)."""
    doc = copy.deepcopy(tree)
    doomed = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head"):
            continue
        hints = _hints(el)
        own = (el.tag in CHROME_TAGS or CHROME_HINTS.search(hints)
               or CHROME_TOKENS.intersection(hints.lower().split())
               or (el.tag in PAGE_EDGE_TAGS and not any(a.tag == "article" for a in el.iterancestors())))
        if own and not any(d in el.iterancestors() for d in doomed[-50:]):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return doc
