"""The rows of an export, streamed in export order with plain SQL, one chunk at a time.

Loading ORM objects (an Article with its departments, documents, people and portal) cost
more than writing the records. Here one query streams the matching article ids in export
order (a sort of narrow rows, not of whole articles), and for each chunk of ids one query
fetches the articles' columns (with the source of the capture they came from and the cluster's first
URL; on SQLite untyped, through the DB-API cursor: ArticleRows) and one query each fetches
their departments, documents and people, as tuples (the worker processes make the records).
Everything runs on one connection, so the id cursor holds one read snapshot for the whole
export on SQLite.

Related rows come in id order within an article (the order they were stored in, which is
also the order the ORM's loaders returned them on both backends).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import LargeBinary, bindparam, cast, func, literal_column, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

import models
from harvester.query import Filters


@dataclass(frozen=True)
class Chunk:
    """Articles in export order, with their related rows keyed by article id."""

    columns: tuple[str, ...]  # names of the articles' values
    articles: list[tuple]  # as the database returned them (see ArticleRows)
    portals: dict[int, tuple]  # by id: (key, name, province, district), at least of these articles
    departments: dict[int, list[tuple]]  # values of DEPARTMENT_KEYS
    documents: dict[int, list[tuple]]  # values of DOCUMENT_KEYS
    people: dict[int, list[tuple]]  # values of PERSON_KEYS
    members: dict[int, list[str]]  # cluster id -> URLs of its articles, earliest first (only with dedup)


def ordered_ids(filters: Filters, *, dedup: bool):
    """The matching articles' ids in export order (one per cluster with `dedup`)."""
    from harvester.clusters import rank_order

    A = models.Article
    stmt = filters.apply(select(A.id))
    if dedup:
        rn = func.row_number().over(partition_by=func.coalesce(A.cluster_id, -A.id), order_by=rank_order())
        first = filters.apply(select(A.id.label("id"), rn.label("rn"))).subquery()
        stmt = stmt.join(first, first.c.id == A.id).where(first.c.rn == 1)
    return stmt.order_by(*rank_order())


def _articles(ids, *, tokens: bool, raw: bool = False):
    """With `raw`, text and segmented come as UTF-8 bytes (SQLite: not decoded here, since
    they are handed to another process and decoded there). `ids`: a list, or a bound
    parameter holding them as a JSON array (SQLite's json_each)."""
    A, C = models.Article, models.Capture
    rep = aliased(A)
    chosen = aliased(C)
    # The capture the article's fields were taken from (one of several archive snapshots, say);
    # articles stored before captures were linked fall back to their URL's newest capture.
    newest = (select(C.source).where(C.url == A.url).order_by(C.fetched_at.desc(), C.id.desc())
              .limit(1).correlate(A).scalar_subquery())
    capture_source = func.coalesce(chosen.source, newest)
    text = cast(A.text, LargeBinary).label("text") if raw else A.text
    columns = [A.id, A.url, A.portal_id, A.title, A.lead, text, A.author, A.source_credit, A.published_at,
               A.first_seen, A.published_raw, A.date_method, A.date_confidence, A.updated_at, A.language,
               A.sentence_count, A.word_count, A.text_hash, A.cluster_id, A.processed_with,
               capture_source.label("capture_source"), rep.url.label("rep_url")]
    if tokens:
        columns.append(cast(A.segmented, LargeBinary).label("segmented") if raw else A.segmented)
    return (select(*columns).outerjoin(rep, rep.id == A.cluster_id).outerjoin(chosen, chosen.id == A.capture_id)
            .where(A.id.in_(ids if isinstance(ids, list) else
                            select(literal_column("value")).select_from(func.json_each(ids)))))


DEPARTMENT_KEYS = ("name", "kind", "level", "locality", "role", "count")
DOCUMENT_KEYS = ("number", "kind", "issuer", "level", "year", "count")
PERSON_KEYS = ("name", "title")


def _grouped(conn: Connection, stmt) -> dict[int, list[tuple]]:
    """Rows of (article_id, *values) as {article_id: [values, ...]}, in the statement's order."""
    out: dict[int, list[tuple]] = {}
    for row in conn.execute(stmt):
        out.setdefault(row[0], []).append(tuple(row[1:]))
    return out


def _related(conn: Connection, ids: list[int]) -> tuple[dict, dict, dict]:
    AD, D = models.ArticleDepartment, models.Department
    AR, R = models.ArticleDocumentRef, models.DocumentRef
    P = models.ArticlePerson
    departments = _grouped(conn, select(AD.article_id, D.name, D.kind, D.level, D.locality, AD.role, AD.count)
                           .join(D, D.id == AD.department_id).where(AD.article_id.in_(ids))
                           .order_by(AD.article_id, AD.id))
    documents = _grouped(conn, select(AR.article_id, R.number, R.kind, R.issuer, R.level, R.year, AR.count)
                         .join(R, R.id == AR.document_id).where(AR.article_id.in_(ids))
                         .order_by(AR.article_id, AR.id))
    people = _grouped(conn, select(P.article_id, P.name, P.title).where(P.article_id.in_(ids))
                      .order_by(P.article_id, P.id))
    return departments, documents, people


def cluster_members(conn: Connection, cluster_ids: set[int]) -> dict[int, list[str]]:
    """URLs of every article of these clusters, earliest first."""
    from harvester.clusters import rank_order

    A = models.Article
    out: dict[int, list[str]] = {}
    ids = sorted(cluster_ids)
    for start in range(0, len(ids), 500):
        rows = conn.execute(select(A.cluster_id, A.url).where(A.cluster_id.in_(ids[start:start + 500]))
                            .order_by(*rank_order()))
        for cluster_id, url in rows:
            out.setdefault(cluster_id, []).append(url)
    return out


def _portals(conn: Connection, ids: set[int]) -> dict[int, tuple]:
    P = models.Portal
    return {row.id: tuple(row[1:]) for row in conn.execute(select(P.id, P.key, P.name, P.province, P.district)
                                                           .where(P.id.in_(sorted(ids))))}


class ArticleRows:
    """The articles of a chunk by id, on one connection.

    On SQLite they are read through the DB-API cursor of that connection (one statement,
    compiled once, the ids as a JSON array): SQLAlchemy's per-row work (parsing times and
    JSON, building Row objects) cost more than reading the rows, and it is left to the
    processes that build the records (export.typed), two at a time. Elsewhere the values come
    typed through SQLAlchemy, and that conversion finds nothing left to do."""

    def __init__(self, conn: Connection, *, tokens: bool):
        self._conn, self._tokens = conn, tokens
        self._sqlite = conn.dialect.name == "sqlite"
        if self._sqlite:
            compiled = _articles(bindparam("ids"), tokens=tokens, raw=True).compile(dialect=conn.dialect)
            self._sql, self._names = str(compiled), compiled.positiontup
            self._params = compiled.params

    def read(self, ids: list[int]) -> tuple[tuple[str, ...], dict[int, tuple]]:
        if not self._sqlite:
            rows = self._conn.execute(_articles(ids, tokens=self._tokens)).all()
            columns = tuple(rows[0]._fields) if rows else ()
            return columns, {row[0]: tuple(row) for row in rows}
        params = [json.dumps(ids) if n == "ids" else self._params[n] for n in self._names]
        cursor = self._conn.connection.dbapi_connection.cursor()
        try:
            rows = cursor.execute(self._sql, params).fetchall()
            columns = tuple(d[0] for d in cursor.description)
        finally:
            cursor.close()
        return columns, {row[0]: row for row in rows}


def chunks(conn: Connection, filters: Filters, *, dedup: bool, tokens: bool, batch: int = 500) -> Iterator[Chunk]:
    """The export's articles, `batch` at a time, in export order."""
    result = conn.execute(ordered_ids(filters, dedup=dedup).execution_options(yield_per=batch))
    portals: dict[int, tuple] = {}  # a few hundred at most: read as they appear, not joined to each article
    reader = ArticleRows(conn, tokens=tokens)
    for part in result.partitions():
        ids = [id_ for (id_,) in part]
        columns, by_id = reader.read(ids)
        articles = [by_id[id_] for id_ in ids]
        portal_at, cluster_at = columns.index("portal_id"), columns.index("cluster_id")
        missing = {a[portal_at] for a in articles} - portals.keys()
        if missing:
            portals.update(_portals(conn, missing))
        members = cluster_members(conn, {a[cluster_at] for a in articles if a[cluster_at] is not None}) \
            if dedup else {}
        yield Chunk(columns, articles, portals, *_related(conn, ids), members)
