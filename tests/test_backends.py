"""SQLite and PostgreSQL answer the researcher's questions alike."""
from __future__ import annotations

from datetime import date

import pytest

from harvester.errors import QueryError
from harvester.query import Filters, concordance, counts_by_period_split, departments, search, summary, top_words


def titles(hits) -> list[str]:
    return sorted(h.title for h in hits)


@pytest.mark.parametrize(
    "query, fold, expected",
    [
        ("nền tảng", False, ["Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"]),
        ('"dân vận khéo"', False, ["Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà"]),
        ("HĐND AND khai", False, ["HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]),
        ("tư* NOT nông", False, ["HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm",
                                 "Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"]),
        ("tuong", False, []),
        ("tuyen giao", True, ["Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"]),
        ("HDND", True, ["HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]),
        ('"Thuận Nghĩa Hòa"', False, ["Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà"]),  # either tone placement
    ],
)
def test_search(any_corpus, query, fold, expected):
    assert titles(search(any_corpus, query, fold=fold)) == expected


def test_filters_and_order(any_corpus):
    hits = search(any_corpus, "huyện OR tỉnh", order="date")
    assert [h.published_at.date() for h in hits] == [date(2024, 6, 18), date(2022, 5, 22), date(2022, 1, 19)]
    assert titles(search(any_corpus, "huyện OR tỉnh", Filters(portals=("longan-test",)))) == [
        "HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]
    assert titles(search(any_corpus, "huyện", Filters(department="BTG Huyện ủy Thạnh Hóa", cites="NQ 35",
                                                     since=date(2024, 1, 1)))) == [
        "Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"]


@pytest.mark.parametrize("bad", ['"unclosed', "AND", "tư*)", ""])
def test_malformed_query(any_corpus, bad):
    with pytest.raises(QueryError):
        search(any_corpus, bad)


def test_counts_concordance_departments_words(any_corpus):
    assert counts_by_period_split(any_corpus, "year", split="portal") == [
        ("2022", "longan-test", 1), ("2022", "thanhhoa-test", 1), ("2024", "thanhhoa-test", 1)]
    lines = concordance(any_corpus, '"nền tảng tư tưởng"', width=20)
    assert [line.match for line in lines] == ["nền tảng tư tưởng"] * 2
    s = summary(any_corpus)
    assert s.articles == 3 and s.by_year == [("2022", 2), ("2024", 1)]
    top = {d.name: d.articles for d in departments(any_corpus)}
    assert top["Ban Tuyên giáo Huyện uỷ Thạnh Hoá"] == 2
    assert dict(top_words(any_corpus, "nền tảng"))
