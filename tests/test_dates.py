from __future__ import annotations

import re

from datetime import datetime

import lxml.html
import pytest

from pipelines.dates import (
    VN_TZ,
    find_published_date,
    find_updated_date,
    is_cited_document_date,
    parse_vietnamese_date,
)

NOW = datetime(2024, 7, 1, 12, 0, tzinfo=VN_TZ)


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


# --- parse_vietnamese_date -------------------------------------------------------

PARSE_CASES = [
    ("19/01/2022 - 10:15", vn(2022, 1, 19, 10, 15), "19/01/2022 - 10:15"),
    ("Thứ Ba, 18/06/2024 08:39 (GMT+7)", vn(2024, 6, 18, 8, 39), "18/06/2024 08:39 (GMT+7)"),
    ("Thứ 5, 18/01/2024 | 10:52:32 [GMT +7]", vn(2024, 1, 18, 10, 52, 32), "18/01/2024 | 10:52:32 [GMT +7]"),
    ("Cập nhật lúc: 18:00 | 22/05/2022", vn(2022, 5, 22, 18, 0), "18:00 | 22/05/2022"),
    ("Ngày đăng: 30/4/2021", vn(2021, 4, 30), "30/4/2021"),
    ("Hội nghị diễn ra ngày 17 tháng 1 năm 2024 tại hội trường", vn(2024, 1, 17), "ngày 17 tháng 1 năm 2024"),
    ("NGÀY 05 THÁNG 02 NĂM 2023", vn(2023, 2, 5), "NGÀY 05 THÁNG 02 NĂM 2023"),
    ("Sáng ngày 6-1-2022, Huyện ủy tổ chức hội nghị", vn(2022, 1, 6), "6-1-2022"),
    ("Thứ Năm, 18/01/2024 - 10:52", vn(2024, 1, 18, 10, 52), "18/01/2024 - 10:52"),
    ("18.01.2024", vn(2024, 1, 18), "18.01.2024"),
    ("10:52 18/01/2024", vn(2024, 1, 18, 10, 52), "10:52 18/01/2024"),
    ("Chủ nhật, 05/03/2023, 07:30", vn(2023, 3, 5, 7, 30), "05/03/2023, 07:30"),
    ("Đăng lúc 18/01/2024 lúc 9h05", vn(2024, 1, 18, 9, 5), "18/01/2024 lúc 9h05"),
    ("18/01/2024 10:52 CH", vn(2024, 1, 18, 22, 52), "18/01/2024 10:52 CH"),
    ("2024-01-18T10:52:00+07:00", vn(2024, 1, 18, 10, 52), "2024-01-18T10:52:00+07:00"),
    ("2024-01-18 10:52:00", vn(2024, 1, 18, 10, 52), "2024-01-18 10:52:00"),
    ("2024-01-18", vn(2024, 1, 18), "2024-01-18"),
    ("2024-01-18T10:52:00.000+0700", vn(2024, 1, 18, 10, 52), "2024-01-18T10:52:00.000+0700"),
    # Offsets other than +7 are respected, then shown in Vietnam time.
    ("2024-01-18T03:52:00Z", vn(2024, 1, 18, 10, 52), "2024-01-18T03:52:00Z"),
    ("2024-01-17T22:52:00-05:00", vn(2024, 1, 18, 10, 52), "2024-01-17T22:52:00-05:00"),
    ("18/01/2024 03:52 GMT", vn(2024, 1, 18, 10, 52), "18/01/2024 03:52 GMT"),
    # Day-first always: 05/03 is 5 March, never May 3rd.
    ("05/03/2023", vn(2023, 3, 5), "05/03/2023"),
    # An invalid date is passed over, the next valid one is taken.
    ("31/02/2024 hoặc 01/03/2024", vn(2024, 3, 1), "01/03/2024"),
    # A cited resolution's date is not the text's date.
    (
        "Theo Chỉ thị số 05-CT/TW ngày 15/5/2016, ngày 18/01/2024 huyện tổ chức sơ kết",
        vn(2024, 1, 18),
        "18/01/2024",
    ),
    # An invalid clock leaves the date at midnight.
    ("18/01/2024 25:70", vn(2024, 1, 18), "18/01/2024"),
]


@pytest.mark.parametrize(("text", "value", "raw"), PARSE_CASES)
def test_parse_vietnamese_date(text: str, value: datetime, raw: str) -> None:
    found = parse_vietnamese_date(text, now=NOW)
    assert found is not None
    assert found == (value, raw)  # the same instant
    # An explicit offset is kept as written (the page's own calendar day); naive times are Vietnam time.
    if not re.search(r"GMT|Z$|[+-]\d{2}:?\d{2}$", text):
        assert found[0].tzinfo == VN_TZ


NO_DATE_CASES = [
    "18/01/24",  # two-digit year: ambiguous
    "31/02/2024",
    "29/02/2023",  # not a leap year
    "15/13/2024",
    "12/12/1985",  # before the earliest year we accept
    "01/01/2030",  # in the future
    "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị",
    "Quyết định số 123/QĐ-UBND ngày 05/01/2024 của UBND huyện",
    "Kết luận số 01-KL/TW ngày 18/5/2021",
    "Kế hoạch số 45-KH/HU ngày 2/3/2023 của Ban Thường vụ Huyện ủy",
    "theo Công văn ngày 10/10/2023 của Sở Nội vụ",
    "Hội nghị kết thúc tốt đẹp.",
    "",
]


@pytest.mark.parametrize("text", NO_DATE_CASES)
def test_parse_vietnamese_date_rejects(text: str) -> None:
    assert parse_vietnamese_date(text, now=NOW) is None


def test_future_bound_follows_now() -> None:
    # One day of slack for clocks and timezones, no more.
    assert parse_vietnamese_date("02/07/2024", now=NOW) is not None
    assert parse_vietnamese_date("03/07/2024", now=NOW) is None


# --- is_cited_document_date -------------------------------------------------------

CITED_CASES = [
    ("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị", "22/10/2018", True),
    ("Chỉ thị số 05-CT/TW ngày 15/5/2016", "15/5/2016", True),
    ("Quyết định số 123/QĐ-UBND ngày 5/1/2024", "5/1/2024", True),
    ("thực hiện Thông báo ngày 3/4/2023 của Huyện ủy", "3/4/2023", True),
    ("văn bản 210-CV/BTGTU ngày 7/7/2022", "7/7/2022", True),
    ("Ngày đăng: 18/01/2024", "18/01/2024", False),
    ("Nghị quyết 35 ngày 22/10/2018", "22/10/2018", True),
    # A category label next to the date is not a citation.
    ("Thông báo | 18/01/2024", "18/01/2024", False),
    ("Sáng ngày 6-1-2022, Huyện ủy Thạnh Hóa tổ chức hội nghị", "6-1-2022", False),
    # The citation ends at the earlier date; the next date is the text's own.
    ("Chỉ thị 05-CT/TW ngày 15/5/2016, ngày 18/1/2024 huyện", "18/1/2024", False),
    # A sentence break ends the citation too.
    ("Thực hiện Kế hoạch của tỉnh. Ngày 20/3/2024, xã", "20/3/2024", False),
    # Too far back (> 40 characters) to be the same reference.
    ("Nghị quyết đã được quán triệt sâu rộng đến toàn thể cán bộ, ngày 9/9/2023", "9/9/2023", False),
]


@pytest.mark.parametrize(("text", "date", "cited"), CITED_CASES)
def test_is_cited_document_date(text: str, date: str, cited: bool) -> None:
    assert is_cited_document_date(text, text.index(date)) is cited


# --- find_published_date ------------------------------------------------------------


def page(head: str = "", body: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


ARTICLE_BODY = (
    "<h1>Huyện ủy Thạnh Hóa sơ kết công tác tuyên giáo</h1>"
    "<div class='content'><p>Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị, "
    "Ban Tuyên giáo Huyện ủy đã tổ chức nhiều hoạt động tuyên truyền trong năm.</p></div>"
)

FIND_CASES = [
    pytest.param(
        page("<meta property='article:published_time' content='2024-01-18T10:52:00+07:00'>",
             "<h1>Tin</h1><span class='date'>20/01/2024</span>"),
        "https://thanhhoa.longan.gov.vn/tin-tuc/a.html", (), "",
        vn(2024, 1, 18, 10, 52), "meta", 0.95,
        id="meta-beats-visible-date",
    ),
    pytest.param(
        page("<meta name='pubdate' content='2023-11-02T08:00:00Z'>"),
        "https://example.vn/a", (), "Sáng ngày 6-1-2022, hội nghị ...",
        vn(2023, 11, 2, 15, 0), "meta", 0.95,
        id="meta-name-utc-converted-beats-body",
    ),
    pytest.param(
        page("<meta name='DC.date.issued' content='2023-11-02'>"),
        "https://example.vn/a", (), "",
        vn(2023, 11, 2), "meta", 0.95,
        id="meta-name-case-insensitive",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><time itemprop='datePublished' datetime='2022-05-22T18:00:00+07:00'>22/05/2022</time>"),
        "https://example.vn/a", (), "",
        vn(2022, 5, 22, 18, 0), "meta", 0.95,
        id="time-itemprop",
    ),
    pytest.param(
        page("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
             "{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},"
             "{\"@type\":\"NewsArticle\",\"headline\":\"Tin\",\"datePublished\":\"2024-03-05T07:30:00+07:00\"}]}"
             "</script>"),
        "https://example.vn/a", (), "",
        vn(2024, 3, 5, 7, 30), "meta", 0.95,
        id="json-ld-graph-article-only",
    ),
    pytest.param(
        page("<script type='application/ld+json'>{broken json</script>"
             "<meta property='article:published_time' content='0001-01-01T00:00:00'>",
             "<h1>Tin</h1><div class='detail-time'>Thứ Năm, 18/01/2024 - 10:52</div>"),
        "https://example.vn/a", (), "",
        vn(2024, 1, 18, 10, 52), "date-area", 0.85,
        id="implausible-meta-and-broken-json-ld-fall-through",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><span class='publish-date'>Thứ Ba, 18/06/2024 08:39 (GMT+7)</span>" + ARTICLE_BODY),
        "https://example.vn/a", (), "",
        vn(2024, 6, 18, 8, 39), "date-area", 0.85,
        id="publish-date-span",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><div class='info'><span>Ngày đăng:</span> <span>30/4/2021</span></div>"),
        "https://example.vn/a", (), "",
        vn(2021, 4, 30), "date-area", 0.85,
        id="label-and-value-in-sibling-spans",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><div class='meta'>Cập nhật lúc: 18:00 | 22/05/2022</div>"
                  "<div class='meta'>Ngày đăng: 20/05/2022</div>"),
        "https://example.vn/a", (), "",
        vn(2022, 5, 20), "date-area", 0.85,
        id="posted-label-beats-updated-label",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><p class='post-info'>Ngày xuất bản: 10/02/2023 | Cập nhật: 12/02/2023</p>"),
        "https://example.vn/a", (), "",
        vn(2023, 2, 10), "date-area", 0.85,
        id="posted-and-updated-in-one-line",
    ),
    pytest.param(
        page(body="<div id='header'><span class='date'>Thứ Hai, 01/07/2024</span></div>"
                  "<h1>Tin</h1><span class='time'>Chủ nhật, 05/03/2023, 07:30</span>"),
        "https://example.vn/a", (), "",
        vn(2023, 3, 5, 7, 30), "date-area", 0.85,
        id="header-today-date-ignored",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><span class='date'>20/01/2024</span>"
                  "<div class='detail-head'><em>19/01/2022 - 10:15</em></div>"),
        "https://example.vn/a", ("//div[@class='detail-head']/em",), "",
        vn(2022, 1, 19, 10, 15), "date-area", 0.85,
        id="profile-xpath-first",
    ),
    pytest.param(
        page(body="<div class='logo'><h1>Cổng thông tin huyện Thạnh Hóa</h1><span>Thứ Hai, 01/07/2024</span></div>"
                  "<h1>Sơ kết công tác</h1><p class='info'>Thứ Năm, 18/01/2024 - 10:52 | Lượt xem: 125</p>"),
        "https://example.vn/a", (), "",
        vn(2024, 1, 18, 10, 52), "date-area", 0.85,
        id="unmarked-date-under-title-logo-h1-skipped",
    ),
    pytest.param(
        page(body="<div class='main'><h1>Tin</h1><p class='info'>18/01/2024</p>"
                  "<div class='content'><p>" + "Nội dung bài viết dài. " * 8 + "</p></div>"
                  "<div class='tin-lien-quan'><span class='date'>Ngày đăng: 20/01/2024</span></div></div>"),
        "https://example.vn/a", (), "",
        vn(2024, 1, 18), "date-area", 0.85,
        id="related-list-dates-ignored",
    ),
    pytest.param(
        page(body="<article><header class='detail-header'><h1>Tin</h1>"
                  "<span class='post-date'>05/03/2023 07:30</span></header></article>"),
        "https://example.vn/a", (), "",
        vn(2023, 3, 5, 7, 30), "date-area", 0.85,
        id="article-header-is-the-articles-own",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><div class='content'><p>Thứ hai, hoàn thành kế hoạch trước ngày 30/6/2024.</p>"
                  "<p>" + "Nội dung bài viết dài. " * 8 + "</p></div>"),
        "https://example.vn/tin-tuc/2024/01/18/so-ket.html", (), "",
        vn(2024, 1, 18), "url", 0.6,
        id="thu-hai-meaning-secondly-is-not-a-weekday-label",
    ),
    pytest.param(
        page("<meta name='parsely-pub-date' content='2023-09-14T10:00:00+07:00'>", "<h1>Tin</h1><p>Nội dung.</p>"),
        "https://example.vn/tin-tuc/so-ket.html", (), "",
        vn(2023, 9, 14), "htmldate", 0.5,
        id="htmldate-fallback",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><div class='date-box'>" + "Bài viết này được đăng tải " * 6 + "18/01/2024</div>"),
        "https://example.vn/tin-tuc/2023/12/05/bai-viet.html", (), "",
        vn(2023, 12, 5), "url", 0.6,
        id="long-element-is-not-a-date-area",
    ),
    pytest.param(
        page(body=ARTICLE_BODY),
        "https://baomoi.example.vn/so-ket-cong-tac-20240118103045123.htm", (), "",
        vn(2024, 1, 18, 10, 30, 45), "url", 0.6,
        id="url-17-digit-stamp",
    ),
    pytest.param(
        page(body=ARTICLE_BODY),
        "https://example.vn/tin-tuc/2024-01-18/so-ket.html", (), "",
        vn(2024, 1, 18), "url", 0.6,
        id="url-iso-folder",
    ),
    pytest.param(
        page(body=ARTICLE_BODY),
        "https://example.vn/tin-tuc/so-ket-cong-tac-20240118.html", (), "",
        vn(2024, 1, 18), "url", 0.6,
        id="url-compact-date",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><div class='content'><p>Sáng ngày 6-1-2022, Huyện ủy Thạnh Hóa "
                  "tổ chức hội nghị.</p></div>"),
        "https://example.vn/tin-tuc/so-ket.html", (), "Sáng ngày 6-1-2022, Huyện ủy Thạnh Hóa tổ chức hội nghị.",
        vn(2022, 1, 6), "body", 0.4,
        id="body-dateline",
    ),
    pytest.param(
        page(body=ARTICLE_BODY),
        "https://example.vn/tin-tuc/so-ket.html", (),
        "(LA) - Chiều 18/01/2024, Ban Tuyên giáo Huyện ủy tổ chức hội nghị.",
        vn(2024, 1, 18), "body", 0.4,
        id="body-dateline-after-agency-tag",
    ),
]


@pytest.mark.parametrize(("html", "url", "xpaths", "body", "value", "method", "confidence"), FIND_CASES)
def test_find_published_date(
    html: str, url: str, xpaths: tuple[str, ...], body: str, value: datetime, method: str, confidence: float
) -> None:
    tree = lxml.html.fromstring(html)
    found = find_published_date(tree, html, url, date_xpaths=xpaths, body_text=body, now=NOW)
    assert found is not None
    assert (found.value, found.method, found.confidence) == (value, method, confidence)
    assert found.raw


NOT_FOUND_CASES = [
    pytest.param(
        # The only dates on the page belong to a cited resolution.
        page(body=ARTICLE_BODY),
        "https://example.vn/tin-tuc/so-ket.html",
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị, Ban Tuyên giáo Huyện ủy ...",
        id="only-cited-document-date",
    ),
    pytest.param(
        # A date in the middle of the body is not a dateline.
        page(body="<h1>Tin</h1><p>Hội nghị đánh giá kết quả.</p>"),
        "https://example.vn/tin-tuc/so-ket.html",
        "Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm qua và đến ngày 18/01/2024 đã hoàn thành.",
        id="body-date-not-in-dateline-position",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><p>Nội dung.</p>"),
        "https://example.vn/tin-tuc/so-ket-20241399.html",
        "",
        id="invalid-url-stamp",
    ),
]


@pytest.mark.parametrize(("html", "url", "body"), NOT_FOUND_CASES)
def test_find_published_date_none(html: str, url: str, body: str) -> None:
    tree = lxml.html.fromstring(html)
    assert find_published_date(tree, html, url, body_text=body, now=NOW) is None


# --- find_updated_date -------------------------------------------------------------

UPDATED_CASES = [
    pytest.param(
        page("<meta property='article:published_time' content='2024-01-18T10:52:00+07:00'>"
             "<meta property='article:modified_time' content='2024-01-19T08:00:00+07:00'>"),
        vn(2024, 1, 19, 8, 0),
        id="modified-meta",
    ),
    pytest.param(
        page("<meta property='article:published_time' content='2024-01-18T10:52:00+07:00'>"
             "<meta property='article:modified_time' content='2024-01-18T03:52:00Z'>"),
        None,
        id="modified-equals-published",
    ),
    pytest.param(
        page("<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":\"2024-01-18\","
             "\"dateModified\":\"2024-02-01T09:00:00+07:00\"}</script>"),
        vn(2024, 2, 1, 9, 0),
        id="json-ld-date-modified",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><p class='post-info'>Ngày đăng: 10/02/2023 | Cập nhật: 12/02/2023 14:00</p>"),
        vn(2023, 2, 12, 14, 0),
        id="updated-label",
    ),
    pytest.param(
        page(body="<h1>Tin</h1><div class='meta'>Cập nhật lúc: 18:00 | 22/05/2022</div>"),
        None,
        id="only-date-is-labelled-updated",
    ),
]


@pytest.mark.parametrize(("html", "expected"), UPDATED_CASES)
def test_find_updated_date(html: str, expected: datetime | None) -> None:
    assert find_updated_date(lxml.html.fromstring(html), html, now=NOW) == expected
