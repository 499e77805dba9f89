"""Generated article pages for benchmarks, from our own fixture templates and texts.

Each page takes the markup of one of our gold article pages (every platform family)
and fills its body with paragraphs recombined from the sentences of all our gold
articles, with a fresh title and date, so pages differ while the language stays
the register of local Party news.
"""
from __future__ import annotations

import random
import re
import tomllib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import lxml.html
from underthesea import sent_tokenize

from harvester.demo_server import resolve
from harvester.portals import Portal, load_portal_file
from pipelines.normalize import decode_body

ROOT = Path(__file__).resolve().parent.parent
SITE_DIRS = sorted([*(ROOT / "data" / "demo").glob("*/portal.toml"), *(ROOT / "tests" / "sites").glob("*/portal.toml")])


@dataclass(frozen=True)
class Template:
    portal: Portal
    html: str
    body_texts: list[str]  # the paragraphs of the original article, to be replaced


@dataclass(frozen=True)
class Page:
    portal: Portal
    url: str
    html: bytes


def templates() -> tuple[list[Template], list[str]]:
    """Article pages of every gold site, and the pool of sentences of all their bodies."""
    out, sentences = [], []
    for portal_toml in SITE_DIRS:
        gold = tomllib.loads((portal_toml.parent / "expected.toml").read_text(encoding="utf-8"))
        portal = load_portal_file(portal_toml)
        portal = portal.model_copy(update={"platform": portal.platform or gold.get("platform")})
        for art in gold["article"]:
            path = resolve(portal_toml.parent / "site", art["path"])
            html = decode_body(path.read_bytes(), {})
            if "windows-1258" in html[:2000]:
                continue  # legacy bytes are kept as they are in the gold; templates are UTF-8
            tree = lxml.html.fromstring(html)
            paras = [p.text_content().strip() for p in tree.xpath("//p") if len(p.text_content().strip()) > 120]
            if len(paras) < 2:
                continue
            out.append(Template(portal, html, paras))
            for p in paras:
                sentences += [s for s in sent_tokenize(p) if len(s) > 40]
    return out, sentences


def novel_sentence(rng: random.Random, pool: list[str]) -> str:
    """A sentence no earlier page had: clauses of three pool sentences, recombined.

    Real articles seldom repeat whole sentences, while pages built from the ~500 pool
    sentences repeat each one every few dozen pages, which a per-sentence cache (the
    segmenter's) would serve for free and make processing look faster than it is.
    """
    clauses = [c.strip().rstrip(".") for s in rng.sample(pool, 3) for c in s.split(", ") if c.strip()]
    text = ", ".join(rng.sample(clauses, k=min(len(clauses), rng.randint(2, 4))))
    return text[0].upper() + text[1:] + "."


def generate(n: int, seed: int = 7, novel: bool = False) -> list[Page]:
    """n pages; with novel=True their sentences are recombined clauses, not pool sentences."""
    rng = random.Random(seed)
    tpls, pool = templates()
    pages = []
    for i in range(n):
        t = tpls[i % len(tpls)]
        html = t.html
        for old in t.body_texts:
            k = rng.randint(2, 5)
            sentences = [novel_sentence(rng, pool) for _ in range(k)] if novel else rng.sample(pool, k=min(len(pool), k))
            html = html.replace(old, " ".join(sentences), 1)
        day = date(2021, 1, 1) + timedelta(days=rng.randint(0, 1600))
        html = re.sub(r"\b\d{1,2}/\d{1,2}/20\d\d\b", day.strftime("%d/%m/%Y"), html, count=3)
        url = str(t.portal.base_url).rstrip("/") + f"/bench/bai-viet-{i}.html"
        pages.append(Page(t.portal, url, html.encode("utf-8")))
    return pages
