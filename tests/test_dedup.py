"""Duplicate clusters on planted republications: library, `harvester dedup`, `stats --duplicates`."""
from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner
from sqlalchemy import select

import models
from harvester.cli import cli
from harvester.clusters import current_run, duplicate_report, ensure_current, recompute
from harvester.errors import InputError
from harvester.export import article_id, export
from harvester.query import Filters
from pipelines.dedup import Clusterer, jaccard, shingle_hashes, signature, similarity, words
from tests.planted import EXACT_URL, EXTRA, NEAR_URL, ORIGINAL, ORIGINAL_URL, OTHER_URL, build


@pytest.fixture
def planted(engine):
    build(engine)
    return engine


def clusters(engine) -> dict[str, str | None]:
    """URL → URL of its cluster's representative."""
    A = models.Article
    with engine.connect() as conn:
        ids = dict(conn.execute(select(A.id, A.url)).all())
        return {url: ids.get(cid) for url, cid in conn.execute(select(A.url, A.cluster_id))}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


# -- the pure part ------------------------------------------------------------

def test_words_fold_case_tone_placement_and_punctuation():
    assert words("Huyện uỷ Thạnh Hoá, HUYỆN ỦY thạnh hóa!") == ["huyện", "ủy", "thạnh", "hóa"] * 2


def test_signature_matches_datasketch_and_estimates_jaccard():
    from datasketch import MinHash

    text = " ".join(ORIGINAL)
    hashes = shingle_hashes(text)
    reference = MinHash(num_perm=128, hashfunc=lambda x: x)
    reference.update_batch([int(h) for h in hashes])
    assert np.array_equal(reference.hashvalues, signature(hashes))
    near = " ".join(ORIGINAL + [EXTRA])
    exact = jaccard(text, near)
    assert 0.8 < exact < 0.95
    assert abs(similarity(signature(hashes), signature(shingle_hashes(near))) - exact) < 0.1


def test_clusterer_joins_copies_to_the_first_added():
    c = Clusterer(0.8)
    c.add("a", " ".join(ORIGINAL))
    c.add("b", " ".join(ORIGINAL + [EXTRA]))
    c.add("c", " ".join(ORIGINAL).upper())  # the same words: an exact copy
    c.add("d", "Một bài hoàn toàn khác về hội nghị giám sát bảo hiểm y tế ở tỉnh Long An năm nay.")
    assert c.representatives() == {"a": "a", "b": "a", "c": "a", "d": "d"}
    assert (c.stats.exact, c.stats.near) == (1, 1)


@pytest.mark.parametrize("bad", [0, -0.1, 1.01, "abc", float("nan")])
def test_bad_thresholds_are_refused(bad):
    with pytest.raises(ValueError):
        Clusterer(bad)


def test_threshold_one_keeps_exact_copies_only():
    c = Clusterer(1.0)
    c.add("a", " ".join(ORIGINAL))
    c.add("b", " ".join(ORIGINAL + [EXTRA]))
    c.add("c", " ".join(ORIGINAL))
    assert c.representatives() == {"a": "a", "b": "b", "c": "a"}


# -- in the database ---------------------------------------------------------

def test_dedup_clusters_planted_republications(planted):
    assert current_run(planted) is None  # nothing computed yet: every cluster_id is NULL
    assert set(clusters(planted).values()) == {None}
    run_ = recompute(planted)
    assert (run_.articles, run_.clusters, run_.threshold) == (7, 5, 0.8)
    found = clusters(planted)
    # Every article has a cluster: copies point at the earliest publication, the others at themselves.
    assert found[NEAR_URL] == found[EXACT_URL] == found[ORIGINAL_URL] == ORIGINAL_URL
    assert all(found[url] == url for url in found if url not in (NEAR_URL, EXACT_URL))
    assert found[OTHER_URL] == OTHER_URL
    assert current_run(planted).id == run_.id


def test_a_higher_threshold_leaves_the_edited_copy_alone(planted):
    recompute(planted, 0.95)
    found = clusters(planted)
    assert found[EXACT_URL] == ORIGINAL_URL and found[NEAR_URL] == NEAR_URL
    assert recompute(planted).threshold == 0.95  # without a threshold: the last one's
    with pytest.raises(InputError, match="between 0"):
        recompute(planted, 2)


def test_clusters_go_stale_when_the_corpus_changes(planted):
    recompute(planted)
    with models.session_factory(planted).begin() as s:
        s.get(models.Article, 1).text_hash = "0" * 64
    assert current_run(planted) is None
    _, recomputed = ensure_current(planted)
    assert recomputed and current_run(planted) is not None


def test_duplicate_report_per_portal_pair(planted):
    recompute(planted)
    report = duplicate_report(planted)
    assert (report.articles, report.clusters, report.shared, report.duplicates) == (7, 5, 1, 2)
    assert report.exact == 0  # the cluster holds an edited copy
    pairs = {(p.portal_a, p.portal_b): (p.clusters, p.exact) for p in report.pairs}
    assert pairs == {("baolongan-test", "longan-test"): (1, 0), ("baolongan-test", "thanhhoa-test"): (1, 0),
                     ("longan-test", "thanhhoa-test"): (1, 0)}
    only = duplicate_report(planted, Filters(portals=("baolongan-test", "thanhhoa-test")))
    assert only.shared == 1 and [(p.portal_a, p.portal_b) for p in only.pairs] == [("baolongan-test", "thanhhoa-test")]
    recompute(planted, 1.0)
    exact = duplicate_report(planted)
    assert (exact.shared, exact.exact) == (1, 1)


def test_export_dedup_keeps_the_earliest_and_lists_the_others(planted, tmp_path):
    result = export(planted, tmp_path / "ds.jsonl", dedup=True)  # computes the clusters first
    assert result.dedup_recomputed and (result.records, result.matching) == (5, 7)
    recs = [json.loads(line) for line in (tmp_path / "ds.jsonl").read_text(encoding="utf-8").splitlines()]
    urls = [r["metadata"]["url"] for r in recs]
    assert ORIGINAL_URL in urls and NEAR_URL not in urls and EXACT_URL not in urls
    kept = recs[urls.index(ORIGINAL_URL)]["metadata"]
    assert kept["duplicates"] == [NEAR_URL, EXACT_URL]  # earliest first
    assert kept["cluster"] == article_id(ORIGINAL_URL)
    assert all(r["metadata"]["duplicates"] == [] for r in recs if r["metadata"]["url"] != ORIGINAL_URL)
    manifest = json.loads(result.manifest.read_text(encoding="utf-8"))
    assert manifest["dedup"]["threshold"] == 0.8 and manifest["counts"]["duplicates_left_out"] == 2
    # Filtered to the provincial portal, its own (later) copy is the one kept.
    result = export(planted, tmp_path / "prov.jsonl", Filters(portals=("longan-test",)), dedup=True)
    assert not result.dedup_recomputed and result.records == 3  # its three articles are of three clusters
    recs = [json.loads(line) for line in (tmp_path / "prov.jsonl").read_text(encoding="utf-8").splitlines()]
    near = next(r for r in recs if r["metadata"]["url"] == NEAR_URL)
    assert near["metadata"]["duplicates"] == [ORIGINAL_URL, EXACT_URL]


def test_export_without_dedup_carries_the_cluster(planted, tmp_path):
    recompute(planted)
    export(planted, tmp_path / "all.jsonl")
    recs = [json.loads(line) for line in (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 7 and all("duplicates" not in r["metadata"] for r in recs)
    by_url = {r["metadata"]["url"]: r["metadata"]["cluster"] for r in recs}
    assert by_url[NEAR_URL] == by_url[EXACT_URL] == by_url[ORIGINAL_URL] == article_id(ORIGINAL_URL)


# -- the command line ----------------------------------------------------------

def test_dedup_command_and_stats_duplicates(planted):
    db = planted.url.database
    out = run("stats", "--duplicates", "--db", db).output
    assert "No duplicate clusters yet: run harvester dedup" in out
    result = run("dedup", "--db", db)
    assert result.exit_code == 0
    assert "7 article(s) in 5 cluster(s) (threshold 0.8): 1 cluster(s) hold copies (0 exact), 2 copy(ies)" \
        in result.output
    out = run("stats", "--duplicates", "--db", db).output
    assert "Duplicate clusters (threshold 0.8" in out and "run harvester dedup again" not in out
    assert any(line.split()[:3] == ["longan-test", "thanhhoa-test", "1"] for line in out.splitlines())
    data = json.loads(run("stats", "--duplicates", "--json", "--db", db, "--portal", "thanhhoa-test",
                          "--portal", "longan-test").output)
    assert data["shared"] == 1 and data["pairs"] == [
        {"portal_a": "longan-test", "portal_b": "thanhhoa-test", "clusters": 1, "exact": 0}]
    assert "(threshold 1): 1 cluster(s) hold copies (1 exact), 1 copy(ies)" in run(
        "dedup", "--threshold", "1", "--db", db).output


def test_stats_without_duplicates_is_unchanged(planted):
    assert "Corpus: 7 article(s)" in run("stats", "--db", planted.url.database).output


@pytest.mark.parametrize("value", ["1.5", "0", "abc", "-1"])
def test_bad_threshold_is_a_one_line_error(planted, value):
    result = CliRunner().invoke(cli, ["dedup", "--threshold", value, "--db", planted.url.database])
    assert result.exit_code == 1
    assert result.output.startswith("Error: --threshold:") and len(result.output.strip().splitlines()) == 1


@pytest.fixture
def any_planted(any_engine):
    build(any_engine)
    return any_engine


def test_sqlite_and_postgresql_cluster_and_export_alike(any_planted, tmp_path):
    recompute(any_planted)
    assert clusters(any_planted)[NEAR_URL] == ORIGINAL_URL
    report = duplicate_report(any_planted)
    assert (report.clusters, report.shared, report.duplicates, len(report.pairs)) == (5, 1, 2, 3)
    result = export(any_planted, tmp_path / "ds.jsonl", dedup=True, shard_records=2)
    assert result.records == 5 and not result.dedup_recomputed
    recs = [json.loads(line) for s in result.shards for line in s.path.read_text(encoding="utf-8").splitlines()]
    assert [r["metadata"]["url"] for r in recs][:2] == [
        "https://longan.test.invalid/web/guest/tin-tuc/-/asset_publisher/tt/content/hdnd-ky-hop",
        "https://thanhhoa.test.invalid/dan-van-kheo.311"]
    kept = next(r for r in recs if r["metadata"]["url"] == ORIGINAL_URL)
    assert kept["metadata"]["duplicates"] == [NEAR_URL, EXACT_URL]
    assert kept["metadata"]["processed_with"]["tone_style"] == "new" and kept["metadata"]["capture_source"] == "live"
    export(any_planted, tmp_path / "ds.parquet", dedup=True)


def test_dedup_has_help():
    result = run("dedup", "--help")
    assert result.exit_code == 0 and "--threshold" in result.output and "MinHash" in result.output
