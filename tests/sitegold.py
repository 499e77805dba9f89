"""Local test sites (data/demo/*, tests/sites/*) and their gold, shared by the crawl tests."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

import models
from harvester.portals import Portal, load_portal_file
from harvester.urls import canonical

ROOT = Path(__file__).resolve().parent.parent
SITE_DIRS = sorted([*(ROOT / "data" / "demo").glob("*/portal.toml"), *(ROOT / "tests" / "sites").glob("*/portal.toml")])


@dataclass
class SiteGold:
    key: str
    folder: Path
    portal: Portal
    platform: str
    articles: dict[str, dict]  # canonical URL -> gold
    others: set[str]  # canonical URLs of pages that are not articles
    since: str | None = None
    since_articles: set[str] = field(default_factory=set)
    not_fetched_with_since: set[str] = field(default_factory=set)

    @property
    def site(self) -> Path:
        return self.folder / "site"


def load_site(portal_toml: Path) -> SiteGold:
    portal = load_portal_file(portal_toml)
    data = tomllib.loads((portal_toml.parent / "expected.toml").read_text(encoding="utf-8"))
    platform = data.get("platform") or portal.platform
    # Gold URLs are spelled as the site links them; the corpus stores them canonical.
    slash = portal.model_copy(update={"platform": platform}).effective_rules().trailing_slash
    base = str(portal.base_url).rstrip("/")

    def url(path: str) -> str:
        return canonical(base + path, slash)

    since = data.get("since_test", {})
    return SiteGold(
        key=portal.key,
        folder=portal_toml.parent,
        portal=portal,
        platform=platform,
        articles={url(a["path"]): {**a, "owner": portal.owner} for a in data["article"]},
        others={url(p["path"]) for p in data.get("non_article", [])},
        since=since.get("since"),
        since_articles={url(p) for p in since.get("articles", [])},
        not_fetched_with_since={url(p) for p in since.get("listing_not_fetched", [])},
    )


def all_sites() -> list[SiteGold]:
    return [load_site(p) for p in SITE_DIRS]


def run_cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "harvester.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def stored_articles(db: Path) -> dict[str, models.Article]:
    engine = models.make_engine(db)
    with models.session_factory(engine)() as s:
        rows = s.scalars(select(models.Article)).all()
        for a in rows:
            _ = [(ad.role, ad.department.name) for ad in a.departments]
    engine.dispose()
    return {a.url: a for a in rows}


def captured_urls(db: Path) -> set[str]:
    engine = models.make_engine(db)
    with engine.connect() as conn:
        urls = set(conn.scalars(select(models.Capture.url)))
    engine.dispose()
    return urls


def field_problems(url: str, art: models.Article, exp: dict) -> list[str]:
    """Where a stored article differs from its gold (title, date, author, text)."""
    from harvester.evaluate import styled_gold

    problems = []
    exp = styled_gold(exp, (art.processed_with or {}).get("tone_style"))
    want_date = datetime.fromisoformat(exp["published"])
    checks = {
        "title": (art.title, exp["title"]),
        "published": (art.published_at.astimezone(want_date.tzinfo).isoformat(), want_date.isoformat()),
        "author": (art.author, exp.get("author")),
        "source_credit": (art.source_credit, exp.get("source_credit")),
    }
    for name, (have, want) in checks.items():
        if have != want:
            problems.append(f"{url} {name}: {have!r} != {want!r}")
    for snippet in exp.get("contains", []):
        if snippet not in art.text and snippet not in (art.lead or ""):
            problems.append(f"{url}: text lacks {snippet!r}")
    for snippet in exp.get("not_contains", []):
        if snippet in art.text:
            problems.append(f"{url}: text keeps {snippet!r}")
    return problems
