from __future__ import annotations

import gzip

from sqlalchemy import func, select

import models
from pipelines.process import process_page
from pipelines.store import store_page
from pipelines.types import Article, Rejected
from tests.conftest import DISTRICT, PARAS, article_html, capture

URL = "https://thanhhoa.test.invalid/hoi-nghi-quan-triet.311"


def _count(engine, model) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model))


def _store(engine, html: str, url: str = URL):
    cap = capture(url, html)
    result = process_page(cap, DISTRICT.info())
    return result, store_page(models.session_factory(engine), DISTRICT, cap, result)


def test_article_is_stored_with_departments_and_compressed_capture(engine):
    result, outcome = _store(engine, article_html("Hội nghị quán triệt Nghị quyết", "18/06/2024 08:39", PARAS))
    assert isinstance(result, Article) and outcome == "new"
    with models.session_factory(engine)() as s:
        art = s.scalar(select(models.Article))
        assert art.title == "Hội nghị quán triệt Nghị quyết"
        assert art.published_at.isoformat() == "2024-06-18T01:39:00+00:00"  # 08:39 in Hà Nội time
        assert art.author == "Huỳnh Hương"
        roles = {(ad.department.name, ad.role) for ad in art.departments}
        assert ("Ban Tuyên giáo Huyện uỷ Thạnh Hoá", "publisher") in roles
        assert ("Uỷ ban MTTQ Việt Nam huyện Thạnh Hoá", "mentioned") in roles
        cap = s.scalar(select(models.Capture))
        assert gzip.decompress(cap.body_gz).decode("utf-8").startswith("<html>")
        assert cap.is_article and cap.outcome == "article"


def test_storing_twice_changes_nothing(engine):
    html = article_html("Hội nghị quán triệt Nghị quyết", "18/06/2024 08:39", PARAS)
    _store(engine, html)
    counts = [_count(engine, m) for m in (models.Article, models.ArticleDepartment, models.Department, models.Capture)]
    _, outcome = _store(engine, html)
    assert outcome == "unchanged"
    assert [_count(engine, m) for m in (models.Article, models.ArticleDepartment, models.Department, models.Capture)] == counts


def test_changed_page_updates_the_same_row_and_keeps_both_captures(engine):
    _store(engine, article_html("Hội nghị quán triệt Nghị quyết", "18/06/2024 08:39", PARAS))
    _, outcome = _store(engine, article_html("Hội nghị quán triệt Nghị quyết (cập nhật)", "18/06/2024 08:39", PARAS))
    assert outcome == "updated"
    assert _count(engine, models.Article) == 1
    assert _count(engine, models.Capture) == 2


def test_rejected_page_is_a_capture_not_an_article(engine):
    result, outcome = _store(engine, "<html><body><a href='/a'>Trang chủ</a></body></html>",
                             url="https://thanhhoa.test.invalid/lien-he.html")
    assert isinstance(result, Rejected) and result.reason == "non-article-url"
    assert outcome == "rejected"
    assert _count(engine, models.Article) == 0
    with models.session_factory(engine)() as s:
        assert s.scalar(select(models.Capture.outcome)) == "non-article-url"


def test_schema_version_and_wal(engine):
    assert models.schema_version(engine) == models.SCHEMA_VERSION
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
