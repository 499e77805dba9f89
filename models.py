"""SQLAlchemy 2.0 models of the corpus, and the engine/session factory.

SQLite (WAL mode) is the embedded default; any SQLAlchemy URL works through
`make_engine`, so PostgreSQL is the same models behind another URL.
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    create_engine,
    event,
    func,
    literal_column,
    select,
)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker

# Bumped by every migration (harvester/migrations/versions); `schema_info` records it, and
# Alembic's `alembic_version` the exact revision.
SCHEMA_VERSION = 3

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware datetimes out, on every backend.

    SQLite has no time zones and SQLAlchemy writes the wall-clock digits of an
    aware value, dropping its offset; storing UTC and tagging it on the way
    out keeps "08:39+07:00" from silently becoming "08:39 UTC".
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: the corpus stores only aware datetimes")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class SchemaInfo(Base):
    __tablename__ = "schema_info"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Portal(Base):
    __tablename__ = "portals"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    base_url: Mapped[str] = mapped_column(String(500))
    platform: Mapped[str] = mapped_column(String(50), default="generic")
    province: Mapped[str | None] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    level: Mapped[str | None] = mapped_column(String(30))
    owner: Mapped[str | None] = mapped_column(String(300))
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)

    articles: Mapped[list[Article]] = relationship(back_populates="portal")


class Department(Base):
    __tablename__ = "departments"
    __table_args__ = (UniqueConstraint("name", "level", "locality"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(100))
    level: Mapped[str | None] = mapped_column(String(30))
    locality: Mapped[str | None] = mapped_column(String(150))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)


# NULLs never collide in a unique constraint, so (name, NULL, NULL) could be stored twice by two
# workers at once; this index makes a missing level or locality count as one value, and is the
# ON CONFLICT target of pipelines.store.ensure_department.
# The '' is a literal: SQLite matches an ON CONFLICT target to the index only without bound parameters.
_EMPTY = literal_column("''")
DEPARTMENT_IDENTITY = (Department.name, func.coalesce(Department.level, _EMPTY),
                       func.coalesce(Department.locality, _EMPTY))
Index("uq_departments_identity", *DEPARTMENT_IDENTITY, unique=True)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    portal_id: Mapped[int] = mapped_column(ForeignKey("portals.id"), index=True)
    title: Mapped[str] = mapped_column(Text)
    lead: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(300))
    source_credit: Mapped[str | None] = mapped_column(String(300))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    published_raw: Mapped[str | None] = mapped_column(String(200))
    date_method: Mapped[str | None] = mapped_column(String(30))
    date_confidence: Mapped[float | None] = mapped_column(Float)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    language: Mapped[str] = mapped_column(String(10), default="vi")
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True)
    sentence_count: Mapped[int] = mapped_column(Integer, default=0)
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    segmented: Mapped[str] = mapped_column(Text, default="")
    processed_with: Mapped[dict] = mapped_column(JSON, default=dict)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_processed: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The capture the stored fields came from: with several captures of one article (live
    # re-crawls, archive snapshots) it is the best one (pipelines.provenance), the others
    # point here through captures.article_url.
    capture_id: Mapped[int | None] = mapped_column(ForeignKey("captures.id", ondelete="SET NULL"))

    portal: Mapped[Portal] = relationship(back_populates="articles")
    departments: Mapped[list[ArticleDepartment]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    documents: Mapped[list[ArticleDocumentRef]] = relationship(
        back_populates="article", cascade="all, delete-orphan"
    )
    people: Mapped[list[ArticlePerson]] = relationship(back_populates="article", cascade="all, delete-orphan")


class ArticleDepartment(Base):
    __tablename__ = "article_departments"
    __table_args__ = (UniqueConstraint("article_id", "department_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))  # publisher | author | mentioned
    count: Mapped[int] = mapped_column(Integer, default=1)

    article: Mapped[Article] = relationship(back_populates="departments")
    department: Mapped[Department] = relationship()


class DocumentRef(Base):
    """A Party or state document, by its normalized number ("35-NQ/TW")."""

    __tablename__ = "document_refs"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    issuer: Mapped[str | None] = mapped_column(String(100))
    level: Mapped[str | None] = mapped_column(String(30))
    year: Mapped[int | None] = mapped_column(Integer)


class ArticleDocumentRef(Base):
    __tablename__ = "article_document_refs"
    __table_args__ = (UniqueConstraint("article_id", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document_refs.id"), index=True)
    count: Mapped[int] = mapped_column(Integer, default=1)

    article: Mapped[Article] = relationship(back_populates="documents")
    document: Mapped[DocumentRef] = relationship()


class ArticlePerson(Base):
    """A person named with a title that links a body ("Trưởng Ban Tuyên giáo Huyện ủy Nguyễn Văn Tình")."""

    __tablename__ = "article_people"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str] = mapped_column(String(300))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), index=True)

    article: Mapped[Article] = relationship(back_populates="people")


class Capture(Base):
    """A raw page as fetched, kept compressed so any article can be re-processed."""

    __tablename__ = "captures"
    __table_args__ = (UniqueConstraint("url", "source", "archive_timestamp", "body_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), index=True)
    fetched_url: Mapped[str | None] = mapped_column(String(1000))
    portal_key: Mapped[str | None] = mapped_column(String(100), index=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(10), default="live")
    archive_timestamp: Mapped[str | None] = mapped_column(String(14))
    status: Mapped[int] = mapped_column(Integer, default=200)
    headers: Mapped[dict] = mapped_column(JSON, default=dict)
    body_gz: Mapped[bytes] = mapped_column(LargeBinary)
    body_hash: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(String(60))  # "article" or the rejection reason
    # Versions of the code that decided the outcome; equal versions and equal bytes mean
    # processing again would change nothing, so re-crawls and `harvester process` skip it.
    processed_with: Mapped[dict | None] = mapped_column(JSON)
    is_article: Mapped[bool] = mapped_column(Boolean, default=False)
    # The article URL this page was processed into (its canonical link may differ from `url`),
    # so every capture of one article can be listed, the chosen one and the others.
    article_url: Mapped[str | None] = mapped_column(String(1000), index=True)
    # `harvester process` on several machines: who took this capture, and when (a lease that
    # lapses, so a worker that dies does not keep its pages; see harvester/reprocess.py).
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class HttpValidator(Base):
    """ETag / Last-Modified of listing pages, sitemaps and feeds, for conditional requests."""

    __tablename__ = "http_validators"

    url: Mapped[str] = mapped_column(String(1000), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(300))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    portals: Mapped[list[str]] = mapped_column(JSON, default=list)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    new_articles: Mapped[int] = mapped_column(Integer, default=0)
    updated_articles: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[dict] = mapped_column(JSON, default=dict)
    errors: Mapped[dict] = mapped_column(JSON, default=dict)
    stats: Mapped[dict] = mapped_column(JSON, default=dict)  # discovery counts, paging stops
    per_portal: Mapped[dict] = mapped_column(JSON, default=dict)  # portal -> {pages, new, updated, ...}
    status: Mapped[str] = mapped_column(String(20), default="running")


class DedupRun(Base):
    """One computation of `articles.cluster_id` (harvester dedup): its parameters, and a
    fingerprint of the articles it saw, so later readers can tell whether it is current."""

    __tablename__ = "dedup_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    threshold: Mapped[float] = mapped_column(Float)
    num_perm: Mapped[int] = mapped_column(Integer)
    shingle: Mapped[int] = mapped_column(Integer)
    articles: Mapped[int] = mapped_column(Integer, default=0)
    clusters: Mapped[int] = mapped_column(Integer, default=0)
    fingerprint: Mapped[str] = mapped_column(String(64))


DEFAULT_DB = Path(__file__).resolve().parent / "data" / "corpus.sqlite"


def database_url(db: str | Path | None) -> str:
    """A path or an SQLAlchemy URL -> an SQLAlchemy URL."""
    if db is None:
        db = DEFAULT_DB
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    # WAL lets researchers query while a crawl writes.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()
    # The folded search index is fed by triggers that call this (harvester/fts.py).
    from pipelines.normalize import fold

    dbapi_connection.create_function("vnfold", 1, fold, deterministic=True)


def make_engine(db: str | Path | None = None) -> Engine:
    url = make_url(database_url(db))
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def init_db(engine: Engine) -> None:
    """Build a fresh database (tables, search index, stamped at the newest migration), or check
    that an existing one is at the newest migration (else DatabaseError: `harvester db upgrade`)."""
    from harvester import fts, schema  # local imports: both build on these models

    with schema.building(engine):
        fresh = schema.check(engine).empty
        if fresh:
            Base.metadata.create_all(engine)
        fts.ensure_index(engine)
        Session = sessionmaker(engine)
        with Session.begin() as s:
            if s.scalar(select(SchemaInfo).limit(1)) is None:
                s.add(SchemaInfo(version=SCHEMA_VERSION))
        if fresh:
            schema.stamp_head(engine)


def schema_version(engine: Engine) -> int | None:
    Session = sessionmaker(engine)
    with Session() as s:
        info = s.scalar(select(SchemaInfo).limit(1))
        return info.version if info else None


def session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
