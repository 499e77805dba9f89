"""Many writers on one corpus: upserts under concurrency, and processing claimed by workers."""
from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

import models
from harvester.reprocess import claim, release, reprocess
from pipelines.process import process_page
from pipelines.store import ensure_portal, store_capture, store_page
from tests.conftest import CORPUS, DISTRICT, PARAS, article_html, capture

WARDS = ["Thạnh Phú", "Thạnh An", "Tân Đông", "Tân Tây", "Thủy Tây", "Thủy Đông", "Tân Hiệp", "Thạnh Phước",
         "Tân Bình", "Thuận Bình"]


def ward_pages():
    """Ten district articles of our own, one per commune (the capture, and its processed result)."""
    for i, ward in enumerate(WARDS):
        url = f"https://thanhhoa.test.invalid/xa-{i}-dai-hoi-chi-bo.311"
        html = article_html(f"Chi bộ xã {ward} học tập Nghị quyết 35", f"0{1 + i % 9}/03/2024 08:00",
                            [f"Đảng ủy xã {ward} tổ chức cho đảng viên học tập, quán triệt Nghị quyết số 35-NQ/TW "
                             "về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái.", *PARAS])
        yield capture(url, html)


@pytest.fixture
def unprocessed(any_engine):
    """Ten stored captures no code version has processed yet (as a backfill leaves them)."""
    with models.session_factory(any_engine).begin() as s:
        ensure_portal(s, DISTRICT)
        for cap in ward_pages():
            store_capture(s, cap, DISTRICT.key)
    return any_engine


def test_a_claimed_capture_is_not_taken_by_another_worker_until_released_or_lapsed(unprocessed):
    with unprocessed.connect() as conn:
        ids = sorted(conn.scalars(select(models.Capture.id)))
    assert claim(unprocessed, ids[:4], "a") == ids[:4]
    assert claim(unprocessed, ids, "b") == ids[4:]
    assert claim(unprocessed, ids, "c") == []
    release(unprocessed, ids[:2], "a")
    assert claim(unprocessed, ids, "c") == ids[:2]
    # A worker that died keeps nothing past the lease.
    with unprocessed.begin() as conn:
        conn.execute(update(models.Capture).where(models.Capture.claimed_by == "b")
                     .values(claimed_at=models.utcnow() - timedelta(hours=1)))
    assert claim(unprocessed, ids, "d") == ids[4:]


def test_concurrent_process_workers_process_each_page_once(unprocessed):
    # Three `harvester process` runs at once (threads here, machines in production), small batches.
    with ThreadPoolExecutor(3) as pool:
        runs = list(pool.map(lambda _: reprocess(unprocessed, workers=0, batch=2), range(3)))
    done = Counter()
    for outcome in runs:
        done.update({k: v for k, v in outcome.items() if k in ("new", "updated", "unchanged", "rejected")})
    assert done == {"new": len(WARDS)}  # each page processed by exactly one of them
    assert sum(1 for o in runs if o["new"]) >= 2  # and the work was shared
    with unprocessed.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(models.Article)) == len(WARDS)
        assert conn.scalar(select(func.count()).where(models.Capture.claimed_by.is_not(None))) == 0
    # Nothing left to do for a later run.
    assert reprocess(unprocessed, workers=0) == {"skipped": len(WARDS)}


def test_the_same_article_stored_by_four_writers_at_once_is_one_row_counted_new_once(pg_engine):
    portal, url, title, date, paras, author = CORPUS[0]
    cap = capture(url, article_html(title, date, paras, author))
    result = process_page(cap, portal.info())
    sessions = models.session_factory(pg_engine)
    start = threading.Barrier(4)

    def store(_):
        start.wait()
        return store_page(sessions, portal, cap, result)

    with ThreadPoolExecutor(4) as pool:
        outcomes = Counter(pool.map(store, range(4)))
    assert outcomes == {"new": 1, "unchanged": 3}
    with pg_engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(models.Article)) == 1
        assert conn.scalar(select(func.count()).select_from(models.Department)) == \
            conn.scalar(select(func.count(models.ArticleDepartment.department_id.distinct())))
