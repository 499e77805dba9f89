"""The researcher's tools: folded search, concordance, counts over time, frequent words, charts."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from harvester.cli import cli
from harvester.kwic import concordance as kwic_lines
from harvester.kwic import query_patterns
from harvester.query import Filters, concordance, counts_by_period_split, search, top_words
from pipelines.normalize import fold


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize(
    "text, folded",
    [("Ban Tuyên giáo", "Ban Tuyen giao"), ("ĐẢNG bộ", "DANG bo"), ("Huyện uỷ Thạnh Hoá", "Huyen uy Thanh Hoa"),
     ("đồng chí", "dong chi"), ("English text", "English text")],
)
def test_fold_keeps_length_and_drops_marks(text, folded):
    assert fold(text) == folded and len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "query, expected",
    [
        ("tuyen giao", ["Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"]),
        ('"dan van kheo"', ["Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà"]),
        ("dang AND hdnd", []),  # nothing has both
        ("HDND", ["HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]),  # đ folds to d
    ],
)
def test_folded_search(corpus, query, expected):
    assert sorted(h.title for h in search(corpus, query, fold=True)) == sorted(expected)
    # Without folding, diacritics count: none of these queries is spelled as the corpus is.
    assert search(corpus, query) == []


def test_concordance_lines(corpus):
    rows = concordance(corpus, '"nền tảng tư tưởng"', width=20)
    # Once in the title, once in the body.
    assert [(r.match, r.portal) for r in rows] == [("nền tảng tư tưởng", "thanhhoa-test")] * 2
    assert rows[0].left.endswith("bảo vệ ") and rows[1].right.startswith(" của Đảng")
    folded = concordance(corpus, "nen tang", width=20, fold=True)
    assert {r.match for r in folded} == {"nền", "tảng"}


def test_kwic_cuts_the_original_at_folded_matches():
    (line,) = kwic_lines("Sáng nay, Đảng ủy xã họp.", "dang", width=10, folded=True)
    assert (line.left, line.match, line.right) == ("Sáng nay, ", "Đảng", " ủy xã họp")
    assert [p.pattern for p in query_patterns('"a b" NOT c d*')] == [r"(?<!\w)a\s+b(?!\w)", r"(?<!\w)d\w*(?!\w)"]


def test_counts_split_and_words(corpus):
    rows = counts_by_period_split(corpus, "year", split="portal")
    assert rows == [("2022", "longan-test", 1), ("2022", "thanhhoa-test", 1), ("2024", "thanhhoa-test", 1)]
    by_dept = counts_by_period_split(corpus, "year", split="department", filters=Filters(portals=("longan-test",)))
    assert ("2022", "UBND tỉnh Long An", 1) in by_dept
    words = dict(top_words(corpus, "nền tảng"))
    assert words["nghị quyết"] if "nghị quyết" in words else words["Nghị quyết"]
    assert "của" not in words and "và" not in words  # stop words


def test_cli_kwic_words_stats_plot(corpus, tmp_path):
    db = corpus.url.database
    out = run("kwic", "nền tảng", "--db", db, "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and set(rows[0]) == {"left", "match", "right", "published", "portal", "title", "url"}
    assert json.loads(run("words", "--db", db, "--format", "json", "--limit", "3").output.splitlines()[0])["count"] > 0
    png = tmp_path / "chart.png"
    result = run("stats", "--db", db, "--by", "month", "--split", "portal", "--plot", str(png))
    assert result.exit_code == 0 and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "2024-06" in result.output
    assert run("search", "tuyen giao", "--fold", "--db", db, "--json").output.count("\n") == 1
