"""JSON Lines export in the id/text/source/added/created/metadata layout of text corpora.

The file is written beside its target and renamed into place at the end, so
an interrupted export never leaves a half-written dataset under the real name.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import selectinload

import models
from harvester.errors import InputError
from harvester.query import VN_TZ, Filters
from pipelines.normalize import apply_tone_style


def article_id(url: str) -> str:
    """Stable across databases and re-crawls: derived from the canonical URL only."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _iso(value) -> str | None:
    return value.astimezone(VN_TZ).isoformat() if value is not None else None


def record(article: models.Article, *, tokens: bool = True) -> dict:
    departments = [
        {"name": ad.department.name, "kind": ad.department.kind, "level": ad.department.level,
         "locality": ad.department.locality, "role": ad.role, "count": ad.count}
        for ad in sorted(article.departments, key=lambda ad: ("publisher", "author", "mentioned").index(ad.role))
    ]
    portal = article.portal
    style = (article.processed_with or {}).get("tone_style")

    def styled(value: str | None) -> str | None:
        # Portal fields come from the registry as typed; the record keeps one spelling throughout.
        return apply_tone_style(value, style) if value else value

    rec = {
        "id": article_id(article.url),
        "text": article.text,
        "source": portal.key,
        "added": _iso(article.first_seen),
        "created": _iso(article.published_at),
        "metadata": {
            "url": article.url,
            "title": article.title,
            "lead": article.lead,
            "author": article.author,
            "source_credit": article.source_credit,
            "portal": styled(portal.name),
            "province": styled(portal.province),
            "district": styled(portal.district),
            "departments": departments,
            "documents": [{"number": ad.document.number, "kind": ad.document.kind, "issuer": ad.document.issuer,
                           "level": ad.document.level, "year": ad.document.year, "count": ad.count}
                          for ad in article.documents],
            "people": [{"name": p.name, "title": p.title} for p in article.people],
            "published_raw": article.published_raw,
            "date_method": article.date_method,
            "date_confidence": article.date_confidence,
            "updated": _iso(article.updated_at),
            "language": article.language,
            "sentences": article.sentence_count,
            "words": article.word_count,
            "text_hash": article.text_hash,
            "processed_with": article.processed_with,
        },
    }
    if tokens:
        rec["segmented"] = article.segmented
    return rec


@contextmanager
def _atomic_writer(out: Path) -> Iterator[IO[str]]:
    if not out.parent.exists():
        raise InputError(f"cannot write {out}: folder {out.parent} does not exist")
    tmp = out.with_name(f".{out.name}.partial")
    opener = gzip.open if out.suffix == ".gz" else open
    try:
        with opener(tmp, "wt", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()


def count_articles(engine: Engine, filters: Filters) -> int:
    from sqlalchemy import func

    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(filters.apply(select(models.Article.id)).subquery()))


def export_jsonl(engine: Engine, out: Path, filters: Filters = Filters(), *, tokens: bool = True,
                 progress: Callable[[int], None] | None = None, batch: int = 200) -> int:
    """Write matching articles to `out` (.jsonl or .jsonl.gz), oldest first; return the count."""
    A = models.Article
    stmt = filters.apply(select(A)).order_by(A.published_at, A.id).options(
        selectinload(A.departments).selectinload(models.ArticleDepartment.department),
        selectinload(A.documents).selectinload(models.ArticleDocumentRef.document),
        selectinload(A.people),
        selectinload(A.portal),
    )
    n = 0
    with _atomic_writer(Path(out)) as fh, models.session_factory(engine)() as session:
        for article in session.scalars(stmt.execution_options(yield_per=batch)):
            fh.write(json.dumps(record(article, tokens=tokens), ensure_ascii=False) + "\n")
            n += 1
            if progress:
                progress(1)
    return n
