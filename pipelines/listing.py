"""Listing pages: the dated items (title link, teaser, date) that make a page a list of articles.

Used twice: the crawler reads item dates to stop paging back past --since,
and processing rejects a page whose text is mostly teasers of other articles
(a category page that trafilatura would otherwise return as an "article").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

import lxml.html

from harvester.urls import canonical
from pipelines.chrome import is_chrome
from pipelines.dates import parse_vietnamese_date

MAX_ITEM_TEXT = 600
_DATE_ELEMENTS = (".//time | .//*[contains(@class,'date') or contains(@class,'time') or contains(@class,'ngay')"
                  " or contains(@class,'publish')]")


@dataclass(frozen=True)
class Item:
    url: str
    date: datetime
    text: str  # the item block's text, spaces folded
    link_share: float = 0.0  # how much of that text is link text (high for "related news" lines)


def _date_in(node: lxml.html.HtmlElement) -> datetime | None:
    # A date-classed element is the item's own date; the title text may cite
    # a document with its date ("Kết luận số 01-KL/TW ngày ...").
    for el in node.xpath(_DATE_ELEMENTS):
        for text in (el.get("datetime") or "", el.text_content()):
            found = parse_vietnamese_date(text)
            if found:
                return found[0]
    text = " ".join(node.text_content().split())
    found = parse_vietnamese_date(text)
    if found:
        return found[0]
    # "Title citing Nghị quyết số 18-NQ/TW (20/12/2022)": a date in brackets closing the
    # item is the item's own, even where a cited document stands just before it.
    tail = _TRAILING_DATE.search(text)
    found = parse_vietnamese_date(tail.group(1)) if tail else None
    return found[0] if found else None


_TRAILING_DATE = re.compile(r"[(\[]\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s+\d{1,2}:\d{2})?)\s*[)\]]\s*$")


def dated_items(tree: lxml.html.HtmlElement, base_url: str, is_item: Callable[[str], bool],
                trailing_slash: str | None = None) -> list[Item]:
    """The page's listing items outside its chrome, for links that `is_item` accepts.

    An item is the smallest block around a link that holds a date and no link
    to another item; blocks spanning several items are never read for a date.
    """
    def item_url(a) -> str | None:
        url = canonical(urljoin(base_url, a.get("href", "")), trailing_slash)
        return url if is_item(url) else None

    items: list[Item] = []
    for a in tree.xpath("//a[@href]"):
        url = item_url(a)
        if url is None or is_chrome(a):
            continue
        node = a
        for _ in range(4):
            node = node.getparent()
            if node is None:
                break
            text = " ".join(node.text_content().split())
            if len(text) > MAX_ITEM_TEXT:
                break
            if any(item_url(other) not in (None, url) for other in node.xpath(".//a[@href]")):
                break
            found = _date_in(node)
            if found:
                text, link_share = _whole_item(node, url, item_url)
                items.append(Item(url, found, text, link_share))
                break
    # One item per block: a thumbnail link and a title link of the same item are one.
    return list({(i.url, i.text): i for i in items}.values())


def _whole_item(node: lxml.html.HtmlElement, url: str, item_url) -> tuple[str, float]:
    """The item's full text (title, date and teaser), the largest block around it holding
    no other item, and the share of that text which is link text."""
    block, parent = node, node.getparent()
    while parent is not None and parent.tag not in ("body", "html"):
        wider = " ".join(parent.text_content().split())
        if len(wider) > MAX_ITEM_TEXT or any(item_url(o) not in (None, url) for o in parent.xpath(".//a[@href]")):
            break
        block, parent = parent, parent.getparent()
    text = " ".join(block.text_content().split())
    linked = sum(len(" ".join(a.text_content().split())) for a in block.xpath(".//a"))
    return text, (linked / len(text) if text else 0.0)


_CELL = re.compile(r"\s*\|\s*")


def _plain(line: str) -> str:
    """A line as its words: trafilatura writes list items as "- x" and table rows as "| a | b |"."""
    return _CELL.sub(" ", line).strip().lstrip("-•* ").strip()


def teaser_share(paragraphs: list[str], items: list[Item]) -> float:
    """Share of the extracted text that sits inside listing items."""
    total = sum(len(p) for p in paragraphs)
    if not total or not items:
        return 0.0
    inside = sum(len(p) for p in paragraphs if _inside_items(p, items))
    return inside / total


def _inside_items(line: str, items: list[Item]) -> bool:
    plain = _plain(line)
    # A table row may hold title, date and teaser of one item in separate cells.
    cells = [c for c in (_plain(x) for x in line.split("|")) if c]
    return any(plain in item.text or (len(cells) > 1 and all(c in item.text for c in cells)) for item in items)


# Lines of a "related news" list are mostly their link (the title); a body
# paragraph that merely links somewhere is mostly its own prose.
MIN_RELATED_LINK_SHARE = 0.4


def drop_related_lines(paragraphs: list[str], items: list[Item]) -> list[str]:
    """Paragraphs without the titles of other dated articles that trafilatura kept."""
    related = [i.text for i in items if i.link_share >= MIN_RELATED_LINK_SHARE]
    # trafilatura writes list items as "- title (date)".
    return [p for p in paragraphs if not any(_plain(p) in text for text in related)]
