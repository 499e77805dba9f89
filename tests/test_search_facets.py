"""Portal and date filters answered by the search index (harvester/facets.py, fts.py):
the same articles as the SQL filters, for any range, after edits and after an upgrade."""
from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

import models
from harvester import facets
from harvester import query as query_module
from harvester.query import Filters, search

VN = ZoneInfo("Asia/Ho_Chi_Minh")
WORDS = ["nông thôn mới", "Ban Tuyên giáo", "chuyển đổi số", "cải cách hành chính", "dân vận khéo"]


def days_of(piece: str) -> set[date]:
    kind, digits = piece[0], piece[1:]
    if kind == "d":
        return {date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))}
    first = date(int(digits[:4]), int(digits[4:6]) if kind == "m" else 1, 1)
    out, day = set(), first
    while (day.month == first.month if kind == "m" else day.year == first.year):
        out.add(day)
        day += timedelta(days=1)
    return out


@settings(max_examples=300, deadline=None)
@given(st.dates(date(2016, 1, 1), date(2027, 12, 31)), st.integers(0, 1500))
def test_date_pieces_cover_the_range_exactly_and_briefly(since, span):
    until = since + timedelta(days=span)
    pieces = facets.date_pieces(since, until)
    covered = [days_of(p) for p in pieces]
    union = set().union(*covered) if covered else set()
    assert union == {since + timedelta(days=i) for i in range(span + 1)}
    assert sum(len(c) for c in covered) == len(union)  # no day twice
    # At most a month of days and eleven months on either side, plus whole years.
    assert len(pieces) <= 2 * (31 + 11) + span // 365 + 1


def test_expression_combines_small_filters_and_splits_large_ones():
    small = facets.expression([2], date(2021, 1, 1), None, date(2019, 3, 1), date(2022, 12, 31))
    assert small == "facets : (p000002y2021 OR p000002y2022)"
    many = facets.expression(list(range(1, 41)), date(2021, 1, 1), date(2022, 12, 31), date(2019, 1, 1), date(2024, 1, 1))
    assert many.startswith("facets : (p000001 OR ") and many.endswith(") AND facets : (y2021 OR y2022)")
    assert facets.expression(None, None, None, None, None) is None
    assert facets.expression([], None, None, None, None) == ""  # no portal of that name
    assert facets.expression(None, date(2021, 1, 1), None, None, None) == ""  # no dated article
    assert facets.expression(None, date(2030, 1, 1), None, date(2019, 1, 1), date(2024, 1, 1)) == ""


PORTALS = ["alpha", "beta", "gamma"]


def build(engine, n: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    with engine.begin() as conn:
        for i, key in enumerate(PORTALS, 1):
            conn.execute(text("INSERT INTO portals (id, key, name, base_url, platform) VALUES (:i, :k, :k, :u, 'generic')"),
                         {"i": i, "k": key, "u": f"https://{key}.vn/"})
        for i in range(1, n + 1):
            # Times cluster around local midnight, where a UTC day and a Vietnamese day differ.
            local = datetime(2020, 12, 25, tzinfo=VN) + timedelta(days=rng.randint(0, 60), minutes=rng.choice(
                [-30, -1, 0, 1, 30, 6 * 60 + 59, 7 * 60, 7 * 60 + 1, 12 * 60]))
            published = None if i % 17 == 0 else local.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.000000")
            body = " ".join(rng.sample(WORDS, 2)) + f" bài số {i}."
            conn.execute(text(
                "INSERT INTO articles (id, url, portal_id, title, text, published_at, text_hash, sentence_count, "
                "word_count, segmented, processed_with, first_seen, last_processed, language) VALUES "
                "(:i, :u, :p, :t, :b, :d, '', 0, 0, '', '{}', '2026-01-01 00:00:00.000000', "
                "'2026-01-01 00:00:00.000000', 'vi')"),
                {"i": i, "u": f"https://x.vn/{i}", "p": rng.randint(1, 3), "t": f"Tin {i}", "b": body, "d": published})


def expected(engine, query: str, flt: Filters) -> set[int]:
    """The filters applied by hand to every match of the query."""
    rows = {h.id: h for h in search(engine, query, limit=10**6)}
    keep = set()
    with engine.connect() as conn:
        portal_of = dict(conn.execute(text("SELECT a.id, p.key FROM articles a JOIN portals p ON p.id = a.portal_id")).all())
    for i, hit in rows.items():
        day = hit.published_at.date() if hit.published_at else None
        if flt.portals and portal_of[i] not in flt.portals:
            continue
        if (flt.since or flt.until) and day is None:
            continue
        if flt.since and day < flt.since or flt.until and day > flt.until:
            continue
        keep.add(i)
    return keep


@pytest.fixture
def generated(tmp_path):
    engine = models.make_engine(tmp_path / "facets.sqlite")
    models.init_db(engine)
    build(engine, 600)
    return engine


def test_filtered_search_returns_exactly_the_hand_filtered_matches(generated):
    rng = random.Random(9)
    for _ in range(40):
        since = date(2020, 12, 20) + timedelta(days=rng.randint(0, 70)) if rng.random() < 0.8 else None
        until = since + timedelta(days=rng.randint(0, 20)) if since and rng.random() < 0.6 else None
        portals = tuple(rng.sample(PORTALS, rng.randint(0, 2)))
        flt = Filters(since=since, until=until, portals=portals)
        for query in ('"nông thôn mới"', "chuyển OR dân", "cải*"):
            got = {h.id for h in search(generated, query, flt, limit=10**6)}
            assert got == expected(generated, query, flt), (query, flt)


def test_ranked_page_is_the_best_of_the_filtered_matches(generated):
    flt = Filters(since=date(2021, 1, 1), until=date(2021, 1, 31), portals=("beta",))
    page = search(generated, '"nông thôn mới"', flt, limit=5)
    everything = search(generated, '"nông thôn mới"', limit=10**6)
    allowed = expected(generated, '"nông thôn mới"', flt)
    best = [h for h in everything if h.id in allowed][:5]
    assert [h.id for h in page] == [h.id for h in best] and len(page) == 5
    assert [h.score for h in page] == pytest.approx([h.score for h in best])


@pytest.mark.parametrize("cores", [2, 3])
def test_a_ranked_search_split_over_cores_answers_as_one_query(generated, monkeypatch, cores):
    queries = [('"nông thôn mới"', Filters()), ("chuyển OR dân", Filters(portals=("beta",))),
               ("cải*", Filters(since=date(2021, 1, 1))), ("bài", Filters())]  # "bài": every article, ties
    pages = [(q, flt, limit) for q, flt in queries for limit in (25, 10**6)]  # the first page, and every match
    monkeypatch.setattr(query_module, "search_cores", lambda: 1)
    alone = [[(h.id, h.score) for h in search(generated, q, flt, limit=n)] for q, flt, n in pages]
    monkeypatch.setattr(query_module, "search_cores", lambda: cores)
    split = [[(h.id, h.score) for h in search(generated, q, flt, limit=n)] for q, flt, n in pages]
    assert split == alone and all(len(page) >= 25 for page in alone) and len(alone[-1]) == 600


def test_edits_to_date_and_portal_move_an_article_between_filters(generated):
    flt = Filters(since=date(2023, 3, 1), until=date(2023, 3, 1), portals=("gamma",))
    assert search(generated, "bài", flt) == []
    with generated.begin() as conn:
        # 2023-02-28 17:30 UTC is 1 March in Vietnam.
        conn.execute(text("UPDATE articles SET published_at = '2023-02-28 17:30:00.000000', portal_id = 3 WHERE id = 7"))
    assert [h.id for h in search(generated, "bài", flt)] == [7]
    with generated.begin() as conn:
        conn.execute(text("DELETE FROM articles WHERE id = 7"))
    assert search(generated, "bài", flt) == []


def index_without_facets(conn) -> None:
    """The exact search index as schema versions 1 and 2 wrote it: no facets column."""
    for trigger in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
        conn.execute(text(f"DROP TRIGGER IF EXISTS {trigger}"))
    conn.execute(text("DROP TABLE IF EXISTS articles_fts"))
    conn.execute(text("DROP VIEW IF EXISTS articles_search_source"))
    conn.execute(text("CREATE VIRTUAL TABLE articles_fts USING fts5(title, lead, text, content='articles', "
                      "content_rowid='id', tokenize=\"unicode61 remove_diacritics 0\")"))
    conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"))


def test_a_corpus_indexed_before_facets_is_reindexed_on_open(tmp_path):
    engine = models.make_engine(tmp_path / "old.sqlite")
    models.init_db(engine)
    build(engine, 120)
    with engine.begin() as conn:
        index_without_facets(conn)
    models.init_db(engine)
    flt = Filters(since=date(2021, 1, 10), portals=("alpha",))
    got = {h.id for h in search(engine, "bài", flt, limit=10**6)}
    assert got and got == expected(engine, "bài", flt)
