"""A small corpus with planted republications, built through the real pipeline.

District news republished by the provincial portal with an edited title and an extra
closing paragraph (a near copy), and word for word by a Party newspaper under another
title (an exact copy), beside articles that only share the register.
"""
from __future__ import annotations

import models
from harvester.portals import Portal
from tests.conftest import CORPUS, DISTRICT, PROVINCE, article_html, capture

NEWSPAPER = Portal(
    key="baolongan-test",
    name="Báo Long An",
    base_url="https://baolongan.test.invalid/",
    platform="dcs",
    province="Long An",
    level="tỉnh",
    owner="Tỉnh ủy Long An",
)

ORIGINAL = [
    "Sáng ngày 12/3, Ban Thường vụ Huyện ủy Thạnh Hóa tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I "
    "năm 2024, triển khai nhiệm vụ trọng tâm quý II với sự tham dự của các đồng chí Ủy viên Ban Chấp hành.",
    "Theo báo cáo, trong quý I, các tổ chức cơ sở đảng đã kết nạp 45 đảng viên mới, đạt 30% chỉ tiêu năm; "
    "công tác kiểm tra, giám sát được thực hiện đúng kế hoạch tại 12 chi bộ trực thuộc.",
    "Công tác tuyên truyền, học tập các nghị quyết của Đảng được đẩy mạnh bằng nhiều hình thức phong phú như "
    "sinh hoạt chuyên đề, thi tìm hiểu trực tuyến và tuyên truyền trên mạng xã hội.",
    "Phong trào thi đua yêu nước gắn với xây dựng nông thôn mới kiểu mẫu tiếp tục lan tỏa; nhiều hộ dân tự "
    "nguyện hiến đất mở rộng đường giao thông ở các ấp vùng sâu của huyện.",
    "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy tập trung chuẩn bị tốt đại hội chi bộ "
    "nhiệm kỳ 2025 - 2027, chú trọng công tác nhân sự và xây dựng văn kiện.",
    "Đồng chí cũng lưu ý các địa phương chủ động phòng chống hạn mặn, bảo đảm nước sinh hoạt cho nhân dân và "
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công trong những tháng còn lại của năm.",
]
EXTRA = ("Tin, ảnh do Ban Tuyên giáo Huyện ủy Thạnh Hóa cung cấp; Báo điện tử tỉnh đăng lại để bạn đọc tiện theo "
         "dõi hoạt động của các cấp ủy cơ sở trong tỉnh.")
OTHER = [
    "Chiều ngày 20/3, Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức hội nghị giám sát việc thực hiện chính sách "
    "bảo hiểm y tế cho người cận nghèo trên địa bàn các huyện biên giới.",
    "Đoàn giám sát ghi nhận các địa phương đã cấp thẻ bảo hiểm y tế kịp thời, tuy nhiên tỷ lệ người dân tham "
    "gia bảo hiểm tự nguyện còn thấp so với mục tiêu đề ra.",
    "Đại diện Sở Y tế kiến nghị tăng cường truyền thông, phối hợp với các tổ chức đoàn thể vận động người dân "
    "tham gia bảo hiểm để được chăm sóc sức khỏe tốt hơn.",
    "Kết luận hội nghị, lãnh đạo Ủy ban MTTQ tỉnh đề nghị các ngành liên quan tiếp thu ý kiến, sớm có giải pháp "
    "tháo gỡ khó khăn cho người dân.",
]

ORIGINAL_URL = "https://thanhhoa.test.invalid/so-ket-cong-tac-xay-dung-dang-quy-i.311"
NEAR_URL = "https://longan.test.invalid/web/guest/tin-tuc/-/asset_publisher/tt/content/thanh-hoa-so-ket-quy-i"
EXACT_URL = "https://baolongan.test.invalid/huyen-thanh-hoa-so-ket-xay-dung-dang.311"
OTHER_URL = "https://longan.test.invalid/web/guest/tin-tuc/-/asset_publisher/tt/content/giam-sat-bhyt"

PLANTED = [
    (DISTRICT, ORIGINAL_URL, "Huyện ủy Thạnh Hóa sơ kết công tác xây dựng Đảng quý I năm 2024",
     "Thứ Ba, 12/03/2024 10:20 (GMT+7)", ORIGINAL, "Minh Khoa"),
    (PROVINCE, NEAR_URL, "Thạnh Hóa: Sơ kết công tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II",
     "14/03/2024 - 08:00", ORIGINAL + [EXTRA], "Minh Khoa"),
    (NEWSPAPER, EXACT_URL, "Huyện Thạnh Hóa sơ kết xây dựng Đảng", "Thứ Sáu, 15/03/2024 16:45 (GMT+7)",
     ORIGINAL, "Minh Khoa"),
    (PROVINCE, OTHER_URL, "Giám sát chính sách bảo hiểm y tế cho người cận nghèo", "21/03/2024 - 09:30",
     OTHER, "Thu Hà"),
]


def build(engine) -> None:
    from pipelines.process import process_page
    from pipelines.store import store_page
    from pipelines.types import Article

    sessions = models.session_factory(engine)
    for portal, url, title, date, paras, author in [*CORPUS, *PLANTED]:
        cap = capture(url, article_html(title, date, paras, author))
        result = process_page(cap, portal.info())
        assert isinstance(result, Article), (url, result)
        store_page(sessions, portal, cap, result)
