"""Writing captures and articles: idempotent upserts, one transaction per page.

Upserts use the database's own ON CONFLICT (SQLite and PostgreSQL), keyed on
unique constraints, so re-crawls and concurrent writers never duplicate rows.
"""
from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

import models
from harvester.portals import Portal as PortalConfig
from pipelines.provenance import Candidate, capture_time, replaces
from pipelines.types import Article, Capture, DepartmentMention, Rejected

Outcome = Literal["new", "updated", "unchanged", "rejected"]


def _insert(session: Session, table):
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def ensure_portal(session: Session, portal: PortalConfig) -> int:
    values = {
        "key": portal.key,
        "name": portal.name,
        "base_url": str(portal.base_url),
        "platform": portal.platform or "generic",
        "province": portal.province,
        "district": portal.district,
        "level": portal.level,
        "owner": portal.owner,
        "active_from": portal.active_from,
        "active_to": portal.active_to,
    }
    stmt = _insert(session, models.Portal).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["key"], set_={k: v for k, v in values.items() if k != "key"}
    )
    session.execute(stmt)
    return session.scalar(select(models.Portal.id).where(models.Portal.key == portal.key))


def ensure_department(session: Session, mention: DepartmentMention) -> int:
    # ON CONFLICT on the identity index (a missing level/locality counts as one value), so two
    # workers meeting the same new body at once store it once.
    D = models.Department
    stmt = _insert(session, D).values(name=mention.name, kind=mention.kind, level=mention.level,
                                      locality=mention.locality, aliases=[],
                                      valid_from=mention.valid_from, valid_to=mention.valid_to)
    session.execute(stmt.on_conflict_do_nothing(index_elements=list(models.DEPARTMENT_IDENTITY)))
    return session.scalar(select(D.id).where(*(col == value for col, value in zip(
        models.DEPARTMENT_IDENTITY, (mention.name, mention.level or "", mention.locality or "")))))


def store_capture(session: Session, capture: Capture, portal_key: str | None,
                  result: Article | Rejected | None = None, processed_with: dict | None = None) -> int:
    body_hash = hashlib.sha256(capture.body).hexdigest()
    fetched_at = capture.fetched_at or datetime.now(timezone.utc)
    outcome = None if result is None else ("article" if isinstance(result, Article) else result.reason)
    values = {
        "url": capture.url,
        "fetched_url": capture.fetched_url,
        "portal_key": portal_key,
        "fetched_at": fetched_at,
        "source": capture.source,
        # "" rather than NULL: NULLs never collide in a unique constraint.
        "archive_timestamp": capture.archive_timestamp or "",
        "status": capture.status,
        "headers": dict(capture.headers),
        "body_gz": gzip.compress(capture.body, compresslevel=6),
        "body_hash": body_hash,
        "outcome": outcome,
        "is_article": isinstance(result, Article),
        "processed_with": processed_with,
        "article_url": result.url if isinstance(result, Article) else None,
    }
    stmt = _insert(session, models.Capture).values(**values)
    stmt = stmt.on_conflict_do_update(
        index_elements=["url", "source", "archive_timestamp", "body_hash"],
        set_={"fetched_at": fetched_at, "outcome": outcome, "is_article": values["is_article"],
              "portal_key": portal_key, "processed_with": processed_with, "article_url": values["article_url"]},
    )
    session.execute(stmt)
    return session.scalar(
        select(models.Capture.id).where(
            models.Capture.url == capture.url,
            models.Capture.source == capture.source,
            models.Capture.archive_timestamp == values["archive_timestamp"],
            models.Capture.body_hash == body_hash,
        )
    )


def _article_values(article: Article, portal_id: int, capture_id: int | None) -> dict:
    return {
        "capture_id": capture_id,
        "url": article.url,
        "portal_id": portal_id,
        "title": article.title,
        "lead": article.lead,
        "text": article.text,
        "author": article.author,
        "source_credit": article.source_credit,
        "published_at": article.published_at,
        "published_raw": article.published_raw,
        "date_method": article.date_method,
        "date_confidence": article.date_confidence,
        "updated_at": article.updated_at,
        "language": article.language,
        "text_hash": article.text_hash,
        "sentence_count": article.sentence_count,
        "word_count": article.word_count,
        "segmented": article.segmented,
        "processed_with": article.processed_with,
        "last_processed": datetime.now(timezone.utc),
    }


@dataclass(frozen=True)
class Stored:
    article_id: int
    outcome: Outcome


def upsert_article(session: Session, article: Article, portal_id: int, capture_id: int | None = None) -> Stored:
    A = models.Article
    values = _article_values(article, portal_id, capture_id)
    # Insert-or-nothing first: only the transaction that inserts the row calls it new, so two
    # workers storing the same article at once count it once; the other locks the row and updates.
    inserted = session.scalar(_insert(session, A).values(**values)
                              .on_conflict_do_nothing(index_elements=["url"]).returning(A.id))
    if inserted is not None:
        article_id, outcome = inserted, "new"
    else:
        before = session.execute(select(A.id, A.text_hash, A.title).where(A.url == article.url)
                                 .with_for_update()).one()
        session.execute(update(A).where(A.id == before.id).values(**{k: v for k, v in values.items() if k != "url"}))
        article_id = before.id
        changed = before.text_hash != article.text_hash or before.title != article.title
        outcome = "updated" if changed else "unchanged"
    session.execute(delete(models.ArticleDepartment).where(models.ArticleDepartment.article_id == article_id))
    seen: set[tuple[int, str]] = set()
    for mention in article.departments:
        dept_id = ensure_department(session, mention)
        if (dept_id, mention.role) in seen:
            continue
        seen.add((dept_id, mention.role))
        session.add(models.ArticleDepartment(article_id=article_id, department_id=dept_id,
                                             role=mention.role, count=mention.count))
    _replace_documents(session, article_id, article.documents)
    _replace_people(session, article_id, article.people)
    return Stored(article_id, outcome)


def _same_capture(capture: Capture, body_hash: str):
    """The stored row of these bytes of this URL from this source (and archive snapshot: two
    snapshots with equal bytes are two pieces of evidence, each listed)."""
    C = models.Capture
    return (C.url == capture.url, C.body_hash == body_hash, C.source == capture.source,
            C.archive_timestamp == (capture.archive_timestamp or ""))


def already_processed(session_factory, capture: Capture, processed_with: dict) -> bool:
    """These bytes of this URL were processed by the same code versions before."""
    body_hash = hashlib.sha256(capture.body).hexdigest()
    with session_factory() as session:
        done = session.execute(
            select(models.Capture.processed_with).where(*_same_capture(capture, body_hash))
        ).scalars().all()
    return any(d == processed_with for d in done)


def touch_capture(session_factory, capture: Capture) -> None:
    """A re-fetch of unchanged bytes: only the fetch time moves."""
    body_hash = hashlib.sha256(capture.body).hexdigest()
    with session_factory.begin() as session:
        session.execute(
            update(models.Capture)
            .where(*_same_capture(capture, body_hash))
            .values(fetched_at=capture.fetched_at or datetime.now(timezone.utc))
        )


def ensure_document(session: Session, doc) -> int:
    stmt = _insert(session, models.DocumentRef).values(number=doc.number, kind=doc.kind, issuer=doc.issuer,
                                                       level=doc.level, year=doc.year)
    session.execute(stmt.on_conflict_do_nothing(index_elements=["number"]))
    row = session.execute(select(models.DocumentRef).where(models.DocumentRef.number == doc.number)).scalar_one()
    if row.year is None and doc.year is not None:
        row.year = doc.year  # a later citation may give the date the first one left out
    return row.id


def _replace_documents(session: Session, article_id: int, documents) -> None:
    session.execute(delete(models.ArticleDocumentRef).where(models.ArticleDocumentRef.article_id == article_id))
    for doc in documents:
        session.add(models.ArticleDocumentRef(article_id=article_id, document_id=ensure_document(session, doc),
                                              count=doc.count))


def _replace_people(session: Session, article_id: int, people) -> None:
    session.execute(delete(models.ArticlePerson).where(models.ArticlePerson.article_id == article_id))
    for person in dict.fromkeys(people):
        dept = session.scalar(select(models.Department.id).where(models.Department.name == person.department).limit(1))
        session.add(models.ArticlePerson(article_id=article_id, name=person.name, title=person.title,
                                         department_id=dept))


def store_page(session_factory, portal: PortalConfig, capture: Capture,
               result: Article | Rejected, processed_with: dict | None = None) -> Outcome:
    """Capture and article in one transaction: both land, or neither does."""
    with session_factory.begin() as session:
        portal_id = ensure_portal(session, portal)
        capture_id = store_capture(session, capture, portal.key, result, processed_with)
        if isinstance(result, Rejected):
            return "rejected"
        if not _better_than_stored(session, result, capture, capture_id):
            return "unchanged"  # listed as another capture of the article; the stored one stays
        return upsert_article(session, result, portal_id, capture_id).outcome


def _better_than_stored(session: Session, article: Article, capture: Capture, capture_id: int) -> bool:
    A, C = models.Article, models.Capture
    stored = session.execute(
        select(A.capture_id, A.date_method, A.date_confidence, C.source, C.archive_timestamp, C.fetched_at)
        .outerjoin(C, C.id == A.capture_id).where(A.url == article.url)
    ).first()
    if stored is None or stored.capture_id in (None, capture_id):
        return True  # a new article, one stored before captures were linked, or the same capture again
    old_capture = Capture(url=article.url, body=b"", source=stored.source, fetched_at=stored.fetched_at,
                          archive_timestamp=stored.archive_timestamp or None)
    old = Candidate(stored.source, stored.date_method, stored.date_confidence,
                    capture_time(old_capture) or stored.fetched_at)
    new = Candidate(capture.source, article.date_method, article.date_confidence,
                    capture_time(capture) or capture.fetched_at)
    return replaces(new, old)


def store_validator(session_factory, url: str, etag: str | None, last_modified: str | None) -> None:
    with session_factory.begin() as session:
        values = {"url": url, "etag": etag, "last_modified": last_modified, "checked_at": datetime.now(timezone.utc)}
        stmt = _insert(session, models.HttpValidator).values(**values)
        session.execute(stmt.on_conflict_do_update(index_elements=["url"],
                                                   set_={k: v for k, v in values.items() if k != "url"}))
