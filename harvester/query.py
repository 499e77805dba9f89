"""Reading the corpus: full-text search and summary statistics, as plain rows."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, case, column, exists, func, literal_column, or_, select, table, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.engine import Engine

import models
from harvester import facets, fts
from harvester import kwic
from harvester.tsquery import to_tsquery
from harvester.errors import QueryError
from pipelines.normalize import DEFAULT_TONE_STYLE, apply_tone_style, normalize_line
from pipelines.normalize import fold as fold_text

VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")


@dataclass(frozen=True)
class Filters:
    since: date | None = None
    until: date | None = None
    portals: tuple[str, ...] = ()
    department: str | None = None
    cites: str | None = None  # a document number ("35-NQ/TW") or bare citation ("NQ 35")
    tone_style: str | None = None  # the corpus's placement, set by the query functions

    def apply(self, stmt: Select, article_id=None) -> Select:
        """`stmt` with these filters; department and citation conditions are correlated on
        `article_id` (default articles.id: a search passes its index's rowid, so they are
        tested before the article row is read)."""
        A = models.Article
        article_id = A.id if article_id is None else article_id
        if self.since:
            stmt = stmt.where(A.published_at >= datetime.combine(self.since, time.min, VN_TZ))
        if self.until:
            stmt = stmt.where(A.published_at <= datetime.combine(self.until, time.max, VN_TZ))
        if self.portals:
            stmt = stmt.where(A.portal_id.in_(select(models.Portal.id).where(models.Portal.key.in_(self.portals))))
        if self.department:
            D, AD = models.Department, models.ArticleDepartment
            canonical = canonical_department(self.department)
            canonical = apply_tone_style(canonical, self.tone_style) if canonical else None
            match = (D.name == canonical) if canonical else func.lower(D.name).contains(self.department.lower())
            # The bodies are looked up once (uncorrelated IN), then each article costs one probe
            # of the (article_id, department_id) index instead of a join and a LIKE per link.
            stmt = stmt.where(exists(select(AD.id).where(AD.article_id == article_id,
                                                         AD.department_id.in_(select(D.id).where(match)))))
        if self.cites:
            R, AR = models.DocumentRef, models.ArticleDocumentRef
            stmt = stmt.where(exists(select(AR.id).where(AR.article_id == article_id, AR.document_id.in_(
                select(R.id).where(cites_condition(self.cites))))))
        return stmt


def canonical_department(text: str) -> str | None:
    """A department typed as users type it ("BTG Huyện ủy Thạnh Hóa", "UBND tỉnh Long An")
    resolved to its canonical name, when it names one body completely."""
    from pipelines.departments import resolve_body
    from pipelines.types import PortalInfo

    found = resolve_body(text.strip(), PortalInfo(key="query"))
    return found.name if found else None


def cites_condition(text: str):
    """Which stored documents a --cites value stands for: its number, and for a bare
    citation ("NQ 35") also every full number of that kind and number (35-NQ/TW, 35/NQ-CP)."""
    from pipelines.docrefs import find_documents

    R = models.DocumentRef
    docs = find_documents(text) or []
    if not docs:
        return R.number == text.strip()
    conditions = []
    for doc in docs:
        conditions.append(R.number == doc.number)
        code, _, num = doc.number.partition(" ")
        if num.isdigit():
            conditions += [R.number.like(f"{num}-{code}/%"), R.number.like(f"{num}/{code}-%"),
                           R.number.like(f"0{num}-{code}/%")]
    return or_(*conditions)


@dataclass(frozen=True)
class Hit:
    id: int
    url: str
    title: str
    published_at: datetime | None
    portal: str
    author: str | None
    snippet: str
    score: float | None = None


def _fts_match(query: str) -> str:
    query = query.strip()
    if not query:
        raise QueryError("empty search query")
    return query


def _fts_index(query: str, fold: bool) -> tuple[str, str]:
    """SQLite: the FTS5 table to search and the MATCH expression for it."""
    return (fts.FOLDED_TABLE if fold else fts.FTS_TABLE), _fts_match(fold_text(query) if fold else query)


def _pg_match(query: str, fold: bool):
    """PostgreSQL: the indexed tsvector expression and the tsquery for `query`."""
    if query.count('"') % 2:
        raise QueryError(f"cannot search for {query!r}: unterminated phrase")
    tsq = func.to_tsquery(literal_column("'simple'::regconfig"), to_tsquery(fold_text(query) if fold else query))
    return literal_column(fts.PG_FOLDED_VECTOR if fold else fts.PG_VECTOR), tsq


def _like_match(query: str):
    """Any other database: every term somewhere in title or text (no index, no syntax)."""
    A = models.Article
    terms = [t for t in query.split() if t.upper() not in ("AND", "OR", "NOT")]
    if not terms:
        raise QueryError("empty search query")
    return and_(*[or_(A.title.ilike(f"%{t}%"), A.text.ilike(f"%{t}%")) for t in terms])


def corpus_tone_style(engine: Engine) -> str:
    """The tone placement the corpus was built with (queries are spelled the same way)."""
    with engine.connect() as conn:
        row = conn.execute(select(models.Article.processed_with).limit(1)).first()
    return (row[0] or {}).get("tone_style", DEFAULT_TONE_STYLE) if row else DEFAULT_TONE_STYLE


def _styled_filters(filters: Filters, style: str) -> Filters:
    if not filters.department:
        return replace(filters, tone_style=style)
    return replace(filters, department=normalize_line(filters.department, style), tone_style=style)


def search(engine: Engine, query: str, filters: Filters = Filters(), *, limit: int = 20,
           order: str = "rank", fold: bool = False) -> list[Hit]:
    """Articles matching `query` (FTS5 syntax: phrases in quotes, AND/OR/NOT, prefix*).

    With `fold`, diacritics do not count: "tuyen giao" finds "tuyên giáo", "dang" "Đảng".
    """
    rows, query = _ranked(engine, query, filters, limit=limit, order=order, fold=fold)
    # Snippets are cut after ranking, for the returned page only: computed in the query they
    # were made for every filtered match before the LIMIT applied (FTS5 snippet() included).
    bodies = _bodies(engine, [r[0] for r in rows])
    return [Hit(r[0], r[1], r[2], _aware(r[3]), r[4], r[5],
                kwic.snippet(bodies.get(r[0], ""), query, width=50, folded=fold), r[6]) for r in rows]


def _ranked(engine: Engine, query: str, filters: Filters, *, limit: int, order: str,
            fold: bool) -> tuple[list, str]:
    """(id, url, title, published_at, portal key, author, score) of the matches in order, and
    the query as the corpus spells it; no text is read (concordance and word counts read it
    their own way)."""
    A, P = models.Article, models.Portal
    if order not in ("rank", "date"):
        raise QueryError(f"unknown order {order!r}: use 'rank' or 'date'")
    style = corpus_tone_style(engine)
    query, filters = normalize_line(query, style), _styled_filters(filters, style)
    columns = (A.id, A.url, A.title, A.published_at, P.key, A.author)
    article_id = None  # filters correlate on articles.id, or on the search index's rowid
    if fts.available(engine):
        name, match = _fts_index(query, fold)
        narrowing = None if fold else _facets_match(engine, filters)  # the folded index has no facets
        if narrowing == "":
            return [], query
        if narrowing:
            # Portal and dates are answered by the index (exactly), so the SQL filters that
            # would read every match's article row are dropped. A prefix query could reach
            # the facets words, so the user's part is kept to the text columns then.
            own = f"{{title lead text}} : ({match})" if "*" in match else f"({match})"
            match = f"{own} AND {narrowing}"
            filters = replace(filters, since=None, until=None, portals=())
        index = table(name, column("rowid"))
        article_id = index.c.rowid
        whole = literal_column(name)
        # Title hits weigh most, then the lead, then the body; the facets words not at all.
        # Newest first needs no score: BM25 counts every match of each phrase in the corpus
        # before its first row, the dearest part of a search for a common phrase.
        rank = (literal_column("NULL") if order == "date" else
                func.bm25(whole, *((5.0, 2.0, 1.0) if fold else (5.0, 2.0, 1.0, 0.0)))).label("score")
        stmt = (
            select(*columns, rank)
            .select_from(index)
            .join(A, A.id == index.c.rowid)
            .join(P, P.id == A.portal_id)
            .where(whole.op("MATCH")(match))
        )
    elif engine.dialect.name == "postgresql":
        vector, tsq = _pg_match(query, fold)
        rank = func.ts_rank_cd(vector, tsq).label("score")
        stmt = select(*columns, (-rank).label("score")).join(P, P.id == A.portal_id).where(vector.op("@@")(tsq))
    else:
        stmt = (select(*columns, literal_column("0.0").label("score"))
                .join(P, P.id == A.portal_id).where(_like_match(query)))
    stmt = filters.apply(stmt, article_id)
    stmt = stmt.order_by(A.published_at.desc() if order == "date" else literal_column("score"), A.id).limit(limit)
    try:
        if article_id is not None and order == "rank":
            rows = _ranked_in_parts(engine, stmt, article_id, limit)
        else:
            with engine.connect() as conn:
                rows = conn.execute(stmt).all()
    except (OperationalError, ProgrammingError) as exc:
        message = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise QueryError(f"cannot search for {query!r}: {message}") from None
    return rows, query


def _bounds(conn, column) -> tuple:
    """min(column), max(column) as two statements: SQLite answers a lone min() or max() from
    the column's index, both in one statement by a scan of the table."""
    return conn.scalar(select(func.min(column))), conn.scalar(select(func.max(column)))


_PARTS = None  # threads for _ranked_in_parts, started on first use


def search_cores() -> int:
    """How many parts a ranked search is split into (one per core, at most four)."""
    from harvester.ordered_pool import default_workers

    return min(default_workers(), 4)


def _ranked_in_parts(engine: Engine, stmt: Select, rowid, limit: int) -> list:
    """`stmt` (FTS5 matches by BM25, best first) run over halves of the rowids at once, one
    connection each, and the best `limit` of their answers.

    A ranked FTS5 query runs on one core: BM25 first counts every article holding each phrase
    in the whole index, then scores every filtered match. SQLite lets go of the GIL while it
    works, so with two cores each half scores its own matches beside the other. The counts are
    the whole index's in both halves, so the scores and the order (score, then id) are the
    single query's; only the counting is done twice (the cost of the speed)."""
    global _PARTS
    from concurrent.futures import ThreadPoolExecutor

    cores = search_cores()
    with engine.connect() as conn:
        low, high = _bounds(conn, models.Article.id)
    if cores < 2 or low is None or high - low < 2 * cores:
        with engine.connect() as conn:
            return conn.execute(stmt).all()
    if _PARTS is None:
        _PARTS = ThreadPoolExecutor(max_workers=4, thread_name_prefix="search-part")
    step = (high - low + cores) // cores
    bounds = [(low + i * step, min(high, low + (i + 1) * step - 1)) for i in range(cores)]

    def part(lo_hi):
        with engine.connect() as conn:
            return conn.execute(stmt.where(rowid.between(*lo_hi))).all()

    rows = [row for answer in _PARTS.map(part, bounds) for row in answer]
    return sorted(rows, key=lambda r: (r.score, r.id))[:limit]


def _facets_match(engine: Engine, filters: Filters) -> str | None:
    """The portal and date filters as an FTS5 condition on the facets column (see facets.py)."""
    if not (filters.portals or filters.since or filters.until):
        return None
    A, P = models.Article, models.Portal
    with engine.connect() as conn:
        portal_ids = None
        if filters.portals:
            portal_ids = list(conn.scalars(select(P.id).where(P.key.in_(filters.portals))))
        first = last = None
        if filters.since or filters.until:
            first, last = _bounds(conn, A.published_at)
    day = lambda value: _aware(value).date() if value else None  # noqa: E731
    return facets.expression(portal_ids, filters.since, filters.until, day(first), day(last))


def _bodies(engine: Engine, ids: list[int]) -> dict[int, str]:
    A = models.Article
    if not ids:
        return {}
    with engine.connect() as conn:
        return dict(conn.execute(select(A.id, A.text).where(A.id.in_(ids))).all())


@dataclass(frozen=True)
class KwicRow:
    left: str
    match: str
    right: str
    published_at: datetime | None
    portal: str
    title: str
    url: str


def concordance(engine: Engine, query: str, filters: Filters = Filters(), *, width: int = 40,
                limit: int = 1000, fold: bool = False) -> list[KwicRow]:
    """Keyword-in-context lines for every occurrence in the matching articles, newest first."""
    hits, query = _ranked(engine, query, filters, limit=limit, order="date", fold=fold)
    texts = _texts(engine, [h[0] for h in hits])
    rows = []
    for article_id, url, title, published, portal, *_ in hits:
        for line in kwic.concordance(texts.get(article_id, ""), query, width=width, folded=fold):
            rows.append(KwicRow(line.left, line.match, line.right, _aware(published), portal, title, url))
    return rows


def _texts(engine: Engine, ids: list[int]) -> dict[int, str]:
    A = models.Article
    with engine.connect() as conn:
        return {i: "\n".join(filter(None, (t, lead, body)))
                for i, t, lead, body in conn.execute(select(A.id, A.title, A.lead, A.text).where(A.id.in_(ids)))}


def top_words(engine: Engine, query: str | None = None, filters: Filters = Filters(), *, limit: int = 30,
              fold: bool = False) -> list[tuple[str, int]]:
    """The most frequent words (segmented, Vietnamese stop words and punctuation left out)."""
    import pipelines.underthesea_import  # noqa: F401  (first, for its logging side effect)
    from underthesea.datasets.stopwords import words as stopwords

    stop = {w.strip().casefold() for w in stopwords if w.strip()}
    A = models.Article
    if query:
        ids = [r[0] for r in _ranked(engine, query, filters, limit=10**9, order="date", fold=fold)[0]]
        stmt = select(A.segmented).where(A.id.in_(ids))
    else:
        stmt = _styled_filters(filters, corpus_tone_style(engine)).apply(select(A.segmented))
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        for (segmented,) in conn.execute(stmt.execution_options(yield_per=500)):
            for token in (segmented or "").split():
                word = token.replace("_", " ")
                key = word.casefold()
                if key in stop or not any(c.isalpha() for c in word) or len(word) < 2:
                    continue
                counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def _aware(value: datetime | None) -> datetime | None:
    """Stored values are UTC; researchers read Vietnamese local time."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo("UTC"))
    return value.astimezone(VN_TZ)


@dataclass
class Summary:
    portals: list[tuple[str, str, int]] = field(default_factory=list)  # key, name, articles
    articles: int = 0
    first: datetime | None = None
    last: datetime | None = None
    top_departments: list[tuple[str, int]] = field(default_factory=list)
    by_year: list[tuple[str, int]] = field(default_factory=list)
    rejected: list[tuple[str, int]] = field(default_factory=list)
    captures: int = 0


def summary(engine: Engine, filters: Filters = Filters(), *, top: int = 10) -> Summary:
    A, P, D, AD, C = models.Article, models.Portal, models.Department, models.ArticleDepartment, models.Capture
    out = Summary()
    filters = _styled_filters(filters, corpus_tone_style(engine))
    with engine.connect() as conn:
        ids = filters.apply(select(A.id)).subquery()
        out.articles = conn.scalar(select(func.count()).select_from(ids)) or 0
        first, last = conn.execute(
            select(func.min(A.published_at), func.max(A.published_at)).where(A.id.in_(select(ids)))
        ).one()
        out.first, out.last = _aware(first), _aware(last)
        out.portals = [tuple(r) for r in conn.execute(
            select(P.key, P.name, func.count(A.id))
            .outerjoin(A, and_(A.portal_id == P.id, A.id.in_(select(ids))))
            .group_by(P.id).order_by(func.count(A.id).desc(), P.key)
        )]
        out.top_departments = [tuple(r) for r in conn.execute(
            select(D.name, func.count(func.distinct(AD.article_id)).label("n"))
            .join(AD, AD.department_id == D.id)
            .where(AD.article_id.in_(select(ids)))
            .group_by(D.id).order_by(text("n DESC"), D.name).limit(top)
        )]
        years = {}
        for (published,) in conn.execute(select(A.published_at).where(A.id.in_(select(ids)))):
            aware = _aware(published)
            if aware:
                years[str(aware.year)] = years.get(str(aware.year), 0) + 1
        out.by_year = sorted(years.items())
        out.rejected = [tuple(r) for r in conn.execute(
            select(C.outcome, func.count(func.distinct(C.url)))
            .where(C.is_article.is_(False), C.outcome.is_not(None))
            .group_by(C.outcome).order_by(func.count(func.distinct(C.url)).desc())
        )]
        out.captures = conn.scalar(select(func.count(C.id))) or 0
    return out


PERIODS = {
    "day": "%Y-%m-%d",
    "week": "%G-W%V",
    "month": "%Y-%m",
    "year": "%Y",
}


SPLITS = ("portal", "province", "department")


def counts_by_period(engine: Engine, by: str, filters: Filters = Filters(), *, query: str | None = None,
                     fold: bool = False) -> list[tuple[str, int]]:
    """Articles per day/week/month/year (Vietnamese time), optionally only those matching `query`."""
    return [(period, n) for period, _, n in counts_by_period_split(engine, by, filters, query=query, fold=fold)]


_SQL_PERIODS = {
    # Vietnam keeps UTC+7 all year, so the local day is the stored UTC time plus seven hours.
    "sqlite": {"day": "strftime('%Y-%m-%d', {col}, '+7 hours')", "month": "strftime('%Y-%m', {col}, '+7 hours')",
               "year": "strftime('%Y', {col}, '+7 hours')"},
    "postgresql": {p: f"to_char({{col}} AT TIME ZONE 'Asia/Ho_Chi_Minh', '{f}')" for p, f in
                   {"day": "YYYY-MM-DD", "week": 'IYYY-"W"IW', "month": "YYYY-MM", "year": "YYYY"}.items()},
}


def matching_ids(engine: Engine, query: str, *, fold: bool = False) -> Select:
    """A subquery of the ids of the articles matching `query` (no ranking, no limit)."""
    A = models.Article
    style = corpus_tone_style(engine)
    query = normalize_line(query, style)
    if fts.available(engine):
        name, match = _fts_index(query, fold)
        index = table(name, column("rowid"))
        return select(index.c.rowid).where(literal_column(name).op("MATCH")(match))
    if engine.dialect.name == "postgresql":
        vector, tsq = _pg_match(query, fold)
        return select(A.id).where(vector.op("@@")(tsq))
    return select(A.id).where(_like_match(query))


def counts_by_period_split(engine: Engine, by: str, filters: Filters = Filters(), *, query: str | None = None,
                           split: str | None = None, fold: bool = False) -> list[tuple[str, str, int]]:
    """(period, group, articles): per portal, province or department (an article linked to
    several departments counts once for each), or one group "" without `split`.

    Counted in the database (a monthly count over a million articles is one GROUP BY),
    except ISO weeks on SQLite, which has no ISO week number."""
    if by not in PERIODS:
        raise QueryError(f"unknown period {by!r}: use one of {', '.join(PERIODS)}")
    if split not in (None, *SPLITS):
        raise QueryError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    A, P, D, AD = models.Article, models.Portal, models.Department, models.ArticleDepartment
    group = {None: literal_column("''"), "portal": P.key, "province": P.province, "department": D.name}[split]
    stmt = select(A.published_at, group).join(P, P.id == A.portal_id)
    if split == "department":
        stmt = stmt.join(AD, AD.article_id == A.id).join(D, D.id == AD.department_id)
    stmt = _styled_filters(filters, corpus_tone_style(engine)).apply(stmt)
    if query:
        stmt = stmt.where(A.id.in_(matching_ids(engine, query, fold=fold)))
    sql_period = _SQL_PERIODS.get(engine.dialect.name, {}).get(by)
    try:
        with engine.connect() as conn:
            if sql_period:
                period = literal_column(sql_period.format(col="articles.published_at"))
                grouped = (stmt.with_only_columns(period.label("period"), group.label("grp"),
                                                  func.count(func.distinct(A.id)))
                           .where(A.published_at.is_not(None)).group_by(literal_column("period"), literal_column("grp")))
                return sorted((p, g or "", n) for p, g, n in conn.execute(grouped))
            counts: dict[tuple[str, str], set[int]] = {}
            for published, key, article_id in conn.execute(stmt.add_columns(A.id)):
                aware = _aware(published)
                if aware:
                    # A set: an article linked to one department in two roles still counts once.
                    counts.setdefault((aware.strftime(PERIODS[by]), key or ""), set()).add(article_id)
            return sorted((p, g, len(members)) for (p, g), members in counts.items())
    except (OperationalError, ProgrammingError) as exc:
        message = str(exc.orig).splitlines()[0] if exc.orig else str(exc)
        raise QueryError(f"cannot count {query!r}: {message}") from None


@dataclass(frozen=True)
class DepartmentRow:
    name: str
    kind: str
    level: str | None
    locality: str | None
    articles: int
    publisher: int
    author: int
    mentioned: int
    valid_to: date | None


def departments(engine: Engine, filters: Filters = Filters(), *, kind: str | None = None,
                limit: int | None = None) -> list[DepartmentRow]:
    """Canonical bodies with the number of articles linked to them, by role."""
    D, AD, A = models.Department, models.ArticleDepartment, models.Article
    ids = _styled_filters(filters, corpus_tone_style(engine)).apply(select(A.id)).subquery()
    role = lambda r: func.count(func.distinct(case((AD.role == r, AD.article_id))))  # noqa: E731
    stmt = (select(D.name, D.kind, D.level, D.locality, func.count(func.distinct(AD.article_id)).label("n"),
                   role("publisher"), role("author"), role("mentioned"), D.valid_to)
            .join(AD, AD.department_id == D.id).where(AD.article_id.in_(select(ids)))
            .group_by(D.id).order_by(text("n DESC"), D.name))
    if kind:
        stmt = stmt.where(func.lower(D.kind).contains(kind.lower()))
    if limit:
        stmt = stmt.limit(limit)
    with engine.connect() as conn:
        return [DepartmentRow(*row) for row in conn.execute(stmt)]


def as_frame(rows, columns: list[str] | None = None):
    """Any list of rows these functions return, as a pandas DataFrame (pandas is optional)."""
    try:
        import pandas as pd
    except ImportError:
        raise QueryError("as_frame needs pandas: pip install pandas") from None
    from dataclasses import asdict, is_dataclass

    records = [asdict(r) if is_dataclass(r) else r for r in rows]
    if records and not isinstance(records[0], dict):
        return pd.DataFrame.from_records(records, columns=columns)
    return pd.DataFrame.from_records(records)


def crawl_runs(engine: Engine, *, limit: int = 20) -> list[dict]:
    """The newest crawl runs first, as plain dicts."""
    R = models.CrawlRun
    with models.session_factory(engine)() as session:
        out = []
        for r in session.scalars(select(R).order_by(R.id.desc()).limit(limit)):
            seconds = (r.finished_at - r.started_at).total_seconds() if r.finished_at else None
            out.append({"id": r.id, "started": _aware(r.started_at), "seconds": seconds, "status": r.status,
                        "portals": list(r.portals or []), "pages": r.pages, "new": r.new_articles,
                        "updated": r.updated_articles, "rejected": dict(r.rejected or {}),
                        "errors": dict(r.errors or {}), "per_portal": dict(r.per_portal or {}),
                        "stats": dict(r.stats or {})})
        return out
