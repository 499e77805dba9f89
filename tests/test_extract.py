from __future__ import annotations

import pytest

from pipelines.extract import clean_title, extract
from pipelines.types import PortalInfo

PORTAL = PortalInfo(key="t", name="Cổng Thông tin điện tử tỉnh Long An")


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("null Hội nghị tổng kết công tác tuyên giáo", "Hội nghị tổng kết công tác tuyên giáo"),
        ("null - Hội nghị tổng kết - Cổng Thông tin điện tử tỉnh Long An", "Hội nghị tổng kết"),
        ("Hội nghị tổng kết | Cổng Thông tin điện tử tỉnh Long An", "Hội nghị tổng kết"),
        ("Cổng Thông tin điện tử tỉnh Long An - Hội nghị tổng kết", "Hội nghị tổng kết"),
        # A dash inside the title itself stays.
        ("Long An - Tây Ninh ký kết hợp tác", "Long An - Tây Ninh ký kết hợp tác"),
        ("  Hội   nghị\n tổng kết ", "Hội nghị tổng kết"),
    ],
)
def test_clean_title(raw, expected):
    assert clean_title(raw, (), PORTAL.name) == expected


def page(head: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


PARAS = "".join(
    f"<p>Đoạn {i}: Huyện ủy chỉ đạo các chi bộ tổ chức sinh hoạt chuyên đề, bảo đảm nội dung thiết thực, "
    f"gắn với nhiệm vụ chính trị của từng địa phương trong năm.</p>" for i in range(4)
)


def test_heading_beats_page_title_and_site_suffix_is_dropped():
    html = page("<title>Sinh hoạt chuyên đề quý II - Báo Long An</title>",
                f"<nav><a href='/'>Trang chủ</a></nav><h1>Sinh hoạt chuyên đề quý II</h1>{PARAS}")
    assert extract(html, "https://x.vn/a", PORTAL).title == "Sinh hoạt chuyên đề quý II"


def test_og_title_with_unknown_site_suffix():
    html = page('<meta property="og:title" content="Sinh hoạt chuyên đề quý II - Trang thông tin điện tử huyện X">',
                PARAS)
    assert extract(html, "https://x.vn/a", PORTAL).title == "Sinh hoạt chuyên đề quý II"


def test_sapo_becomes_lead_and_leaves_the_body():
    lead = "Sáng 5/1, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng năm 2023."
    html = page("<title>Sơ kết</title>", f"<h1>Hội nghị sơ kết công tác</h1><div class='sapo'>{lead}</div>{PARAS}")
    ex = extract(html, "https://x.vn/a", PORTAL)
    assert ex.lead == lead
    assert lead not in ex.paragraphs
    assert len(ex.paragraphs) == 4


def test_furniture_is_not_body_text():
    html = page("<title>Sơ kết</title>",
                "<h1>Hội nghị sơ kết công tác</h1>"
                "<div class='font-size'>Cỡ chữ: A- A A+</div>"
                f"<div class='content'>{PARAS}</div>"
                "<div class='tin-lien-quan'><h3>Tin liên quan</h3><ul><li><a href='/b'>Một bài khác về hội nghị</a></li></ul></div>"
                "<div id='counter'>Lượt truy cập: 1.234.567</div>")
    text = "\n".join(extract(html, "https://x.vn/a", PORTAL).paragraphs)
    for furniture in ("Cỡ chữ", "Tin liên quan", "Một bài khác", "Lượt truy cập"):
        assert furniture not in text
    assert "Đoạn 3" in text


def test_photo_captions_and_credits_are_not_body_text():
    html = page("<title>Sơ kết</title>",
                "<h1>Hội nghị sơ kết công tác</h1>"
                "<figure><img src='/a.jpg'><figcaption>Quang cảnh hội nghị sơ kết</figcaption></figure>"
                f"<div class='content'>{PARAS}<p>Ảnh: Minh Tâm</p><p>(Ảnh minh họa)</p></div>")
    text = "\n".join(extract(html, "https://x.vn/a", PORTAL).paragraphs)
    for credit in ("Quang cảnh hội nghị", "Ảnh: Minh Tâm", "Ảnh minh họa"):
        assert credit not in text
    assert "Đoạn 3" in text


@pytest.mark.parametrize(
    "line, furniture",
    [("Tin liên quan", True), ("Lượt xem: 245", True), ("Ảnh: Minh Tâm", True), ("Nguồn ảnh: TTXVN", True),
     ("Ảnh hưởng của bão số 3 đến sản xuất nông nghiệp", False), ("Tình hình kinh tế - xã hội", False)],
)
def test_furniture_lines(line, furniture):
    from pipelines.extract import _FURNITURE_LINE

    assert bool(_FURNITURE_LINE.match(line)) == furniture


def test_english_page_is_read_as_trafilatura_reads_it():
    import trafilatura

    html = page("<title>Council meeting</title>",
                "<article><h1>Council meeting held</h1>" + "".join(
                    f"<p>Paragraph {i}: the council discussed the budget and the new road for the district.</p>"
                    for i in range(5)) + "</article>")
    ex = extract(html, "https://x.com/a", PortalInfo(key="t"))
    assert not ex.vietnamese and ex.lead is None
    assert ex.paragraphs == [p for p in trafilatura.extract(html, url="https://x.com/a").split("\n") if p.strip()]
