from __future__ import annotations

from datetime import date

import pytest

from harvester.errors import QueryError
from harvester.query import Filters, search, summary


def titles(hits) -> list[str]:
    return [h.title for h in hits]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("nền tảng tư tưởng", ["Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng"]),
        ('"dân vận khéo"', ["Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà"]),
        ("HĐND AND khai", ["HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]),
        ("tư* NOT nông", ["Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng",
                          "HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]),
        # Diacritics are significant: "tuong" is not "tưởng".
        ("tuong", []),
    ],
)
def test_search(corpus, query, expected):
    assert sorted(titles(search(corpus, query))) == sorted(expected)


def test_search_filters_and_date_order(corpus):
    assert titles(search(corpus, "huyện OR tỉnh", order="date")) == [
        "Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng",
        "Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà",
        "HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm",
    ]
    assert titles(search(corpus, "huyện OR tỉnh", Filters(portals=("longan-test",)))) == [
        "HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm"]
    assert titles(search(corpus, "huyện OR tỉnh", Filters(since=date(2022, 5, 22), until=date(2022, 5, 22)))) == [
        "Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà"]
    assert titles(search(corpus, "huyện OR tỉnh", Filters(department="Ban Dân vận"))) == [
        "Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà"]


def test_hit_carries_local_date_and_snippet(corpus):
    (hit,) = search(corpus, '"dân vận khéo"')
    assert hit.published_at.isoformat() == "2022-05-22T18:00:00+07:00"
    assert "[dân vận khéo]" in hit.snippet and hit.author == "Thanh Nga"


@pytest.mark.parametrize("bad", ['"unclosed', "AND", "tư*)", ""])
def test_malformed_query_is_a_query_error(corpus, bad):
    with pytest.raises(QueryError):
        search(corpus, bad)


def test_summary(corpus):
    s = summary(corpus)
    assert s.articles == 3
    assert s.first.date() == date(2022, 1, 19) and s.last.date() == date(2024, 6, 18)
    assert dict((k, n) for k, _, n in s.portals) == {"thanhhoa-test": 2, "longan-test": 1}
    top = dict(s.top_departments)
    assert top["Ban Tuyên giáo Huyện uỷ Thạnh Hoá"] == 2
    assert top["UBND tỉnh Long An"] == 1
    assert s.by_year == [("2022", 2), ("2024", 1)]


def test_queries_and_filters_match_either_tone_placement(corpus):
    # The corpus stores "Hoà" (new placement); a researcher may type either.
    assert titles(search(corpus, '"Thuận Nghĩa Hòa"')) == titles(search(corpus, '"Thuận Nghĩa Hoà"')) == [
        "Phong trào dân vận khéo ở xã Thuận Nghĩa Hoà"]
    # A full name is resolved to the one canonical body (the committee, not its boards);
    # a partial one ("Huyện ủy") matches every body whose name holds it.
    assert len(search(corpus, "huyện", Filters(department="Huyện ủy Thạnh Hóa"))) == 1
    assert len(search(corpus, "huyện", Filters(department="Huyện ủy"))) == 2
    # An alias names the same body; both district articles are published by it.
    assert len(search(corpus, "huyện", Filters(department="BTG Huyện ủy Thạnh Hóa"))) == 2
