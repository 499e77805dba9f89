"""A generated portal for crawl benchmarks: thousands of article pages on loopback.

The markup is our *.dcs.vn-family demo portal (data/demo/thanhhoa-dcs): a home page,
category listings paged with `?trang=N` (20 items a page, dated), and `/slug.311`
article pages with a dated header, a body, a byline and the family's "Tin liên quan" /
"Các tin khác" blocks. Bodies are sentences recombined from the clauses of our own gold
articles (bench/corpus.py), so no two pages share a sentence; titles are built from body names, actions and topics
written for this file. Files are written once; the demo server serves them.
"""
from __future__ import annotations

import itertools
import random
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from pathlib import Path

import lxml.html

from corpus import ROOT, novel_sentence, templates
from harvester.urls import canonical
from pipelines.normalize import fold

DEMO = ROOT / "data" / "demo" / "thanhhoa-dcs"
ARTICLE_TEMPLATE = DEMO / "site" / "ban-tuyen-giao-huyen-uy-thanh-hoa-to-chuc-hoi-nghi-bao-cao-vien-quy-ii-nam-2024.311.html"
LISTING_TEMPLATE = DEMO / "site" / "chuyen-muc" / "tin-hoat-dong@trang=2.html"
# Pages every portal has besides news; copied so their links answer as on the real site.
STATIC_PAGES = ("robots.txt", "lien-he.html", "so-do-cong-thong-tin.html", "van-ban/index.html")
PER_PAGE = 20

CATEGORIES = {
    "tin-hoat-dong": "Tin hoạt động",
    "xay-dung-dang": "Xây dựng Đảng",
    "kinh-te": "Kinh tế",
    "van-hoa-xa-hoi": "Văn hóa - Xã hội",
    "quoc-phong-an-ninh": "Quốc phòng - An ninh",
    "mat-tran-doan-the": "Mặt trận và các đoàn thể",
    "hoc-tap-lam-theo-bac": "Học tập và làm theo Bác",
    "chuyen-doi-so": "Chuyển đổi số",
}
BODIES = ["Ban Tuyên giáo Huyện ủy Thạnh Hóa", "Ủy ban Kiểm tra Huyện ủy Thạnh Hóa", "Huyện ủy Thạnh Hóa",
          "UBND huyện Thạnh Hóa", "Ủy ban MTTQ Việt Nam huyện Thạnh Hóa", "Huyện đoàn Thạnh Hóa",
          "Hội LHPN huyện Thạnh Hóa", "Ban Dân vận Huyện ủy Thạnh Hóa", "Đảng ủy xã Tân Tây",
          "Đảng ủy xã Thủy Đông", "Ban Tổ chức Huyện ủy Thạnh Hóa", "Hội Nông dân huyện Thạnh Hóa"]
ACTIONS = ["tổ chức hội nghị triển khai", "sơ kết công tác", "tổng kết", "ra quân thực hiện",
           "kiểm tra, giám sát việc thực hiện", "tập huấn nghiệp vụ về", "phát động phong trào",
           "họp mặt trao đổi kinh nghiệm về", "ký kết chương trình phối hợp về"]
TOPICS = ["công tác tuyên truyền", "xây dựng nông thôn mới", "chuyển đổi số ở cơ sở",
          "công tác dân vận", "phòng chống thiên tai", "cải cách hành chính", "sinh hoạt chi bộ",
          "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "an sinh xã hội",
          "công tác kiểm tra đảng viên", "phát triển đảng viên mới", "bảo vệ nền tảng tư tưởng của Đảng"]
PERIODS = ["quý I năm", "quý II năm", "quý III năm", "quý IV năm", "6 tháng đầu năm", "9 tháng năm", "năm"]
AUTHORS = ["Huỳnh Hương", "Minh Tâm", "Thanh Nga", "Quốc Bảo", "Ngọc Hân", "Văn Lợi", "Kim Yến"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@dataclass(frozen=True)
class Item:
    path: str
    title: str
    category: str
    published: datetime
    author: str


@dataclass(frozen=True)
class Site:
    root: Path  # the folder served
    registry: Path  # a portal TOML for `harvester crawl --registry`
    base_url: str  # the portal's own origin; the crawl stores URLs under it
    articles: list[str]  # canonical URLs of every article page (the gold)
    pages: int  # every page a full crawl can reach (home, listings, articles, static pages)


def _placeholder(el, name: str) -> None:
    for child in list(el):
        el.remove(child)
    el.text = f"@@{name}@@"


def _page_template(path: Path, slots: dict[str, str]) -> str:
    """The page's markup with the given elements (XPath -> slot name) emptied to @@slot@@."""
    tree = lxml.html.fromstring(path.read_bytes().decode("utf-8"))
    for xpath, name in slots.items():
        for el in tree.xpath(xpath):
            _placeholder(el, name)
    for form in tree.xpath("//form[@action]"):
        form.set("action", "@@ACTION@@")
    menu = "".join(f'<li><a href="/chuyen-muc/{k}">{escape(v)}</a></li>' for k, v in CATEGORIES.items())
    menu += '<li><a href="/van-ban/">Văn bản</a></li>'
    html = lxml.html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")
    return html.replace("@@MENU@@", menu)


def _fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"@@{key}@@", value)
    return template


def _links(items: list[Item], dated: bool) -> str:
    return "".join(f'<li><a href="{i.path}">{escape(i.title)}</a>'
                   + (f' <span class="date">({i.published:%d/%m/%Y})</span>' if dated else "") + "</li>"
                   for i in items)


def _items(n: int, rng: random.Random) -> list[Item]:
    """Newest first, a few hours apart, each in one category."""
    start = datetime(2025, 6, 20, 9, 30)
    cats = list(CATEGORIES)
    out, when = [], start
    for i in range(n):
        title = f"{rng.choice(BODIES)} {rng.choice(ACTIONS)} {rng.choice(TOPICS)} {rng.choice(PERIODS)} {when.year}"
        slug = "-".join(fold(title).lower().replace(",", "").split())
        out.append(Item(f"/{slug}-{i}.311", title, cats[i % len(cats)], when, rng.choice(AUTHORS)))
        when -= timedelta(minutes=rng.randint(90, 600))
    return out


def build(root: Path, n_articles: int, seed: int = 11) -> Site:
    """Write a site of n_articles article pages (plus home, listings, static pages) under root."""
    rng = random.Random(seed)
    _, sentences = templates()
    items = _items(n_articles, rng)
    site = root / "site"
    if site.exists():
        shutil.rmtree(site)
    (site / "chuyen-muc").mkdir(parents=True)
    newest = itertools.cycle(i.path for i in items[:5])
    for rel in STATIC_PAGES:
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        text = (DEMO / "site" / rel).read_text(encoding="utf-8")
        # Their news links name the demo's own articles, which this site does not have.
        text = re.sub(r'href="/[^"]*\.311"', lambda _: f'href="{next(newest)}"', text)
        (site / rel).write_text(text, encoding="utf-8")
    hot = _links(items[:5], dated=False)
    article_tpl = _page_template(ARTICLE_TEMPLATE, {
        "//title": "TITLE", "//*[@class='ct-title']/h1": "TITLE", "//*[@class='ngaydang']": "DATE",
        "//*[@id='noidung']": "BODY", "//*[@class='tin-lien-quan']/ul": "RELATED", "//*[@class='tin-khac']/ul": "OTHERS",
        "//*[@class='breadcrumb']/a[2]": "CATEGORY", "//*[@class='tools']": "TOOLS",
        "//marquee": "HOT", "//ul[@class='list-noibat']": "HOT", "//ul[@id='menu']": "MENU", "//ul[@class='left-menu']": "MENU",
    })
    listing_tpl = _page_template(LISTING_TEMPLATE, {
        "//title": "TITLE", "//*[@class='cat-title']": "HEADING", "//*[@class='breadcrumb']/span": "HEADING",
        "//*[@class='news-list']": "ITEMS", "//*[@class='paging']": "PAGING",
        "//marquee": "HOT", "//ul[@class='list-noibat']": "HOT", "//ul[@id='menu']": "MENU", "//ul[@class='left-menu']": "MENU",
    })
    by_cat: dict[str, list[Item]] = {c: [] for c in CATEGORIES}
    for item in items:
        by_cat[item.category].append(item)

    for k, item in enumerate(items):
        same = by_cat[item.category]
        pos = k // len(CATEGORIES)  # items are dealt to the categories in turn
        paras = "".join(
            f'<p style="text-align:justify">{escape(" ".join(novel_sentence(rng, sentences) for _ in range(rng.randint(2, 5))))}</p>'
            for _ in range(rng.randint(3, 7)))
        body = paras + f'<p style="text-align:right"><strong>{escape(item.author)}</strong></p>'
        tools = ('<span class="cochu">Cỡ chữ: <a href="javascript:changeFontSize(-1)">A-</a> '
                 '<a href="javascript:changeFontSize(1)">A+</a></span> &nbsp;|&nbsp; '
                 f'<span class="luotxem">Lượt xem: {rng.randint(40, 900)}</span>')
        html = _fill(article_tpl, {
            "TITLE": escape(item.title), "BODY": body, "TOOLS": tools, "HOT": hot, "ACTION": f".{item.path}",
            "DATE": f"{WEEKDAYS[item.published.weekday()]}, {item.published:%d/%m/%Y %H:%M} (GMT+7)",
            "RELATED": _links(same[pos + 1:pos + 3], dated=True), "OTHERS": _links(same[pos + 3:pos + 7], dated=True),
            "CATEGORY": f'<a href="/chuyen-muc/{item.category}">{escape(CATEGORIES[item.category])}</a>',
        })
        (site / (item.path.lstrip("/") + ".html")).write_text(html, encoding="utf-8")

    pages = n_articles + len(STATIC_PAGES) - 1  # robots.txt is not a page
    for cat, name in CATEGORIES.items():
        chunks = [by_cat[cat][i:i + PER_PAGE] for i in range(0, len(by_cat[cat]), PER_PAGE)] or [[]]
        for number, chunk in enumerate(chunks, start=1):
            url = f"/chuyen-muc/{cat}" + (f"?trang={number}" if number > 1 else "")
            (site / "chuyen-muc" / (cat + (f"@trang={number}" if number > 1 else "") + ".html")).write_text(
                _listing(listing_tpl, name, url, chunk, hot, cat, number, len(chunks)), encoding="utf-8")
            pages += 1
    home = [by_cat[c][0] for c in CATEGORIES if by_cat[c]]
    (site / "index.html").write_text(_listing(listing_tpl, "Tin mới", "/", home, hot, None, 1, 1), encoding="utf-8")
    pages += 1

    registry = root / "portal.toml"
    portal_toml = (DEMO / "portal.toml").read_text(encoding="utf-8")
    registry.write_text(portal_toml.replace('key = "thanhhoa-dcs"', 'key = "bench-dcs"'), encoding="utf-8")
    base = "https://thanhhoa.longan.demo.invalid"
    return Site(site, registry, base, [canonical(base + i.path) for i in items], pages)


def _listing(tpl: str, heading: str, url: str, items: list[Item], hot: str, cat: str | None,
             number: int, last: int) -> str:
    cards = "".join(
        '<div class="news-item">'
        f'<div class="news-item-title"><a href="{i.path}">{escape(i.title)}</a></div>'
        f'<div class="news-item-date">({i.published:%d/%m/%Y %H:%M})</div>'
        f'<div class="news-item-sum">{escape(i.title)}. {escape(CATEGORIES[i.category])}...</div>'
        '<div style="clear:both"></div></div>' for i in items)
    if cat is None:
        paging = " ".join(f'<a href="/chuyen-muc/{k}">{escape(v)} &raquo;</a>' for k, v in CATEGORIES.items())
    else:
        here = f"/chuyen-muc/{cat}"
        window = range(max(1, number - 2), min(last, number + 2) + 1)
        paging = "Trang: " + " ".join(
            f"<b>[{p}]</b>" if p == number else f'<a href="{here}{"" if p == 1 else f"?trang={p}"}">[{p}]</a>'
            for p in window)
        if number < last:
            paging += f' <a href="{here}?trang={number + 1}">Trang sau &raquo;</a>'
    return _fill(tpl, {"TITLE": f"{escape(heading)} - Trang thông tin điện tử Đảng bộ huyện Thạnh Hóa",
                       "HEADING": escape(heading.upper()), "ITEMS": cards, "PAGING": paging, "HOT": hot,
                       "ACTION": f".{url}"})
