from __future__ import annotations

import pytest

from pipelines.bylines import Byline, parse_author_label, split_byline

BODY = [
    "Sáng 18/01/2024, Ban Tuyên giáo Huyện ủy Thạnh Hóa tổ chức hội nghị tổng kết công tác năm 2023.",
    "Năm qua, công tác tuyên truyền được triển khai đồng bộ, bám sát nhiệm vụ chính trị của địa phương.",
]

# (trailing lines, expected author, affiliation, source_credit, number of lines removed)
SPLIT_CASES = [
    (["Huỳnh Hương"], "Huỳnh Hương", None, None, 1),
    (["Thanh Nga (Trung tâm Chính trị huyện)"], "Thanh Nga", "Trung tâm Chính trị huyện", None, 1),
    (["Nguyễn Văn Bình"], "Nguyễn Văn Bình", None, None, 1),
    (["NGỌC HÂN"], "NGỌC HÂN", None, None, 1),
    (["  Hoàng   Yến  "], "Hoàng Yến", None, None, 1),
    (["Tác giả: Minh Tâm"], "Minh Tâm", None, None, 1),
    (["Bài và ảnh: Hoàng Yến"], "Hoàng Yến", None, None, 1),
    (["Bài, ảnh: Mai Hương"], "Mai Hương", None, None, 1),
    (["Bài: Mai Hương - Ảnh: Minh Tâm"], "Mai Hương", None, None, 1),
    (["Tin, ảnh: Thanh Nga (Trung tâm Chính trị huyện)"], "Thanh Nga", "Trung tâm Chính trị huyện", None, 1),
    (["Tin: Phong"], "Phong", None, None, 1),
    (["PV"], "PV", None, None, 1),
    (["Nhóm PV"], "Nhóm PV", None, None, 1),
    (["CTV Minh Tâm"], "Minh Tâm", None, None, 1),
    (["Hoàng Yến - Minh Tâm"], "Hoàng Yến - Minh Tâm", None, None, 1),
    (["Ban Tuyên giáo Huyện ủy Thạnh Hóa"], "Ban Tuyên giáo Huyện ủy Thạnh Hóa", None, None, 1),
    (["Ban Tuyên giáo Huyện ủy"], "Ban Tuyên giáo Huyện ủy", None, None, 1),
    (["Trung tâm Văn hóa - Thể thao huyện"], "Trung tâm Văn hóa - Thể thao huyện", None, None, 1),
    (["Hội LHPN huyện"], "Hội LHPN huyện", None, None, 1),
    (["UBND xã Tân Đông"], "UBND xã Tân Đông", None, None, 1),
    (["Ngọc Hân - Ban Tuyên giáo Huyện ủy"], "Ngọc Hân", "Ban Tuyên giáo Huyện ủy", None, 1),
    (["Minh Tâm (tổng hợp)"], "Minh Tâm", None, None, 1),
    (["Đ.T.Thủy"], "Đ.T.Thủy", None, None, 1),
    (["Thanh Nga - TTVH"], "Thanh Nga", "TTVH", None, 1),
    (["TTXVN"], "TTXVN", None, None, 1),
    (["HẾT"], None, None, None, 0),
    (["Theo Báo Long An"], None, None, "Báo Long An", 1),
    (["Nguồn: Trang thông tin điện tử Đảng bộ huyện Thạnh Hóa"], None, None,
     "Trang thông tin điện tử Đảng bộ huyện Thạnh Hóa", 1),
    (["(Theo baolongan.vn)"], None, None, "baolongan.vn", 1),
    (["Theo TTXVN"], None, None, "TTXVN", 1),
    # A name line and a source line, in either order.
    (["Huỳnh Hương", "Theo Báo Long An"], "Huỳnh Hương", None, "Báo Long An", 2),
    (["Nguồn: Báo Long An", "Thanh Nga"], "Thanh Nga", None, "Báo Long An", 2),
    (["Minh Tâm (Theo Báo Long An)"], "Minh Tâm", None, "Báo Long An", 1),
    # Negatives: real last sentences, captions, ordinary short lines stay in the body.
    (["Hội nghị kết thúc tốt đẹp."], None, None, None, 0),
    (["Theo kế hoạch, năm 2024 huyện phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới."], None, None, None, 0),
    (["Theo Báo Long An, huyện đã hoàn thành chỉ tiêu."], None, None, None, 0),
    (["Đồng chí Nguyễn Văn Bình phát biểu tại hội nghị"], None, None, None, 0),
    (["Ảnh: Quang cảnh hội nghị"], None, None, None, 0),
    (["Hoàng Yến đạt giải nhất hội thi."], None, None, None, 0),
    (["Ban Tuyên giáo tổ chức hội nghị"], None, None, None, 0),
    (["(Hết)"], None, None, None, 0),
    (["Hết"], None, None, None, 0),
    (["Thứ Năm"], None, None, None, 0),
    (["Facebook Twitter Zalo"], None, None, None, 0),
    ([
        "Đến nay, toàn huyện có 13 xã đạt chuẩn nông thôn mới, trong đó có 3 xã đạt chuẩn nông thôn mới "
        "nâng cao, góp phần Nâng Cao Đời Sống Nhân Dân."
    ], None, None, None, 0),
]


@pytest.mark.parametrize(("tail", "author", "affiliation", "source", "removed"), SPLIT_CASES)
def test_split_byline(
    tail: list[str], author: str | None, affiliation: str | None, source: str | None, removed: int
) -> None:
    paragraphs = BODY + tail
    body, byline = split_byline(paragraphs)
    assert body == paragraphs[: len(paragraphs) - removed]
    assert (byline.author, byline.affiliation, byline.source_credit) == (author, affiliation, source)
    assert byline.raw == "\n".join(" ".join(t.split()) for t in tail[len(tail) - removed :] if removed)


# (meta_author, area_text, site_name, expected author) for an unsigned body.
FALLBACK_CASES = [
    ("Minh Tâm", None, None, "Minh Tâm"),
    ("admin", None, None, None),
    ("BBT", None, None, None),
    ("Quản trị viên", None, None, None),
    ("Báo Long An", None, None, None),
    ("Đảng bộ huyện Thạnh Hóa", None, "Đảng bộ huyện Thạnh Hóa", None),
    ("Cổng thông tin điện tử huyện Thạnh Hóa", None, None, None),
    (None, "Tác giả: Minh Tâm", None, "Minh Tâm"),
    (None, "Tác giả: Minh Tâm | Ngày đăng: 18/01/2024", None, "Minh Tâm"),
    ("Hoàng Yến", "Tác giả: Minh Tâm", None, "Minh Tâm"),
    (None, "Thứ Năm, 18/01/2024 10:52", None, None),
]


@pytest.mark.parametrize(("meta_author", "area_text", "site_name", "author"), FALLBACK_CASES)
def test_author_fallbacks(meta_author: str | None, area_text: str | None, site_name: str | None,
                          author: str | None) -> None:
    body, byline = split_byline(BODY, meta_author=meta_author, area_text=area_text, site_name=site_name)
    assert body == BODY
    assert byline == Byline(author, None, None, "")


def test_body_byline_beats_meta_author() -> None:
    _, byline = split_byline([*BODY, "Huỳnh Hương"], meta_author="Minh Tâm")
    assert byline.author == "Huỳnh Hương"


def test_source_line_with_meta_author() -> None:
    body, byline = split_byline([*BODY, "Theo Báo Long An"], meta_author="Minh Tâm")
    assert body == BODY
    assert byline == Byline("Minh Tâm", None, "Báo Long An", "Theo Báo Long An")


def test_never_empties_the_body() -> None:
    body, byline = split_byline(["Huỳnh Hương"])
    assert body == ["Huỳnh Hương"]
    assert byline.author is None


def test_trailing_blank_paragraphs() -> None:
    body, byline = split_byline([*BODY, "Thanh Nga", "  ", ""])
    assert body == BODY
    assert byline.author == "Thanh Nga"


LABEL_CASES = [
    ("Tác giả: Minh Tâm", "Minh Tâm"),
    ("Bài, ảnh: Mai Hương", "Mai Hương"),
    ("Bài và ảnh: Hoàng Yến", "Hoàng Yến"),
    ("Tin, ảnh: Thanh Nga (Trung tâm Chính trị huyện)", "Thanh Nga"),
    ("PV", "PV"),
    ("Nhóm PV", "Nhóm PV"),
    ("Tác giả: PV", "PV"),
    ("Minh Tâm", "Minh Tâm"),
    ("Tác giả: Minh Tâm - 18/01/2024 10:52", "Minh Tâm"),
    ("Hội nghị kết thúc tốt đẹp.", None),
    ("Tác giả:", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES)
def test_parse_author_label(text: str, expected: str | None) -> None:
    assert parse_author_label(text) == expected
