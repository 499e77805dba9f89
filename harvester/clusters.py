"""Duplicate clusters in the corpus: computing `articles.cluster_id` and reporting on it.

Every article gets a cluster id after `harvester dedup`: the `articles.id` of the
cluster's representative, its earliest publication (then smallest URL). A singleton
is its own cluster (cluster_id = its own id). NULL means the article was stored after
the last computation. Each computation is recorded as a `DedupRun` with its parameters
and a fingerprint of the articles it saw (id, text hash, publication time, URL), so a
reader can tell whether the stored clusters are still current.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import combinations

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.engine import Engine

import models
from harvester.errors import InputError
from harvester.query import Filters
from pipelines.dedup import DEFAULT_NUM_PERM, DEFAULT_SHINGLE, DEFAULT_THRESHOLD, Clusterer, check_threshold


def rank_order():
    """Earliest publication first (undated articles last), then URL: the same on every backend."""
    A = models.Article
    return (A.published_at.is_(None), A.published_at, A.url)


def corpus_fingerprint(engine: Engine) -> str:
    A = models.Article
    digest = hashlib.sha256()
    with engine.connect() as conn:
        rows = conn.execute(select(A.id, A.text_hash, A.published_at, A.url).order_by(A.id)
                            .execution_options(yield_per=5000))
        for id_, text_hash, published, url in rows:
            digest.update(f"{id_}\t{text_hash}\t{published.isoformat() if published else ''}\t{url}\n".encode())
    return digest.hexdigest()


def latest_run(engine: Engine) -> models.DedupRun | None:
    with models.session_factory(engine)() as s:
        return s.scalar(select(models.DedupRun).order_by(models.DedupRun.id.desc()).limit(1))


def unclustered(engine: Engine) -> int:
    A = models.Article
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(A).where(A.cluster_id.is_(None)))


def current_run(engine: Engine) -> models.DedupRun | None:
    """The last computation, when the corpus has not changed since; else None."""
    run = latest_run(engine)
    if run is None or unclustered(engine) or run.fingerprint != corpus_fingerprint(engine):
        return None
    return run


def recompute(engine: Engine, threshold: float | None = None, *, num_perm: int = DEFAULT_NUM_PERM,
              shingle: int = DEFAULT_SHINGLE, progress: Callable[[int], None] | None = None,
              batch: int = 500) -> models.DedupRun:
    """Cluster every article again and store the cluster ids (only changed rows are written).

    Without a threshold, the last run's is used (else the default, 0.8).
    """
    if threshold is None:
        last = latest_run(engine)
        threshold = last.threshold if last else DEFAULT_THRESHOLD
    try:
        threshold = check_threshold(threshold)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    A = models.Article
    fingerprint = corpus_fingerprint(engine)
    clusterer = Clusterer(threshold, num_perm=num_perm, shingle=shingle)
    before: dict[int, int | None] = {}
    with engine.connect() as conn:
        rows = conn.execute(select(A.id, A.text, A.text_hash, A.cluster_id).order_by(*rank_order())
                            .execution_options(yield_per=batch))
        for id_, text, text_hash, cluster_id in rows:
            clusterer.add(id_, text or "", text_hash or None)
            before[id_] = cluster_id
            if progress:
                progress(1)
    reps = clusterer.representatives()
    changes = [{"_id": id_, "_cluster": rep} for id_, rep in reps.items() if before[id_] != rep]
    stmt = update(A.__table__).where(A.__table__.c.id == bindparam("_id")).values(cluster_id=bindparam("_cluster"))
    run = models.DedupRun(computed_at=datetime.now(timezone.utc), threshold=threshold, num_perm=num_perm,
                          shingle=shingle, articles=len(reps), clusters=len(set(reps.values())),
                          fingerprint=fingerprint)
    with models.session_factory(engine).begin() as s:
        for start in range(0, len(changes), 5000):
            s.connection().execute(stmt, changes[start:start + 5000])
        s.add(run)
    return run


def ensure_current(engine: Engine) -> tuple[models.DedupRun, bool]:
    """The current computation, recomputing it (with the last threshold) when the corpus changed."""
    run = current_run(engine)
    if run is not None:
        return run, False
    return recompute(engine), True


@dataclass(frozen=True)
class PairRow:
    portal_a: str
    portal_b: str  # the same as portal_a: copies within one portal
    clusters: int  # clusters holding articles of both portals
    exact: int  # of which every article has the same text


@dataclass
class DuplicateReport:
    articles: int = 0
    unclustered: int = 0
    clusters: int = 0
    shared: int = 0  # clusters of two or more articles
    exact: int = 0  # shared clusters whose articles all have the same text
    duplicates: int = 0  # articles that are not their cluster's first in the selection
    pairs: list[PairRow] = field(default_factory=list)
    threshold: float | None = None
    computed_at: str | None = None
    current: bool = False


def duplicate_report(engine: Engine, filters: Filters = Filters()) -> DuplicateReport:
    """Clusters among the articles matching `filters`, and per portal pair how many they share."""
    A, P = models.Article, models.Portal
    report = DuplicateReport()
    run = latest_run(engine)
    if run is not None:
        report.threshold, report.computed_at = run.threshold, run.computed_at.isoformat()
        report.current = current_run(engine) is not None
    pair_clusters: Counter = Counter()
    pair_exact: Counter = Counter()

    def close(members: list[tuple[str, str]]) -> None:
        report.clusters += 1
        if len(members) < 2:
            return
        report.shared += 1
        report.duplicates += len(members) - 1
        exact = len({h for _, h in members}) == 1
        report.exact += exact
        counts = Counter(p for p, _ in members)
        pairs = [(p, p) for p, n in counts.items() if n > 1] + list(combinations(sorted(counts), 2))
        for pair in pairs:
            pair_clusters[pair] += 1
            pair_exact[pair] += exact

    stmt = filters.apply(select(A.cluster_id, P.key, A.text_hash).join(P, P.id == A.portal_id))
    with engine.connect() as conn:
        current, members = None, []
        for cluster_id, portal, text_hash in conn.execute(stmt.order_by(A.cluster_id, P.key, A.url)
                                                          .execution_options(yield_per=5000)):
            report.articles += 1
            if cluster_id is None:
                report.unclustered += 1
                continue
            if cluster_id != current and members:
                close(members)
                members = []
            current = cluster_id
            members.append((portal, text_hash))
        if members:
            close(members)
    report.pairs = sorted((PairRow(a, b, n, pair_exact[(a, b)]) for (a, b), n in pair_clusters.items()),
                          key=lambda r: (-r.clusters, r.portal_a, r.portal_b))
    return report
