from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

import models
from harvester.portals import Portal
from pipelines.types import Capture

ROOT = Path(__file__).resolve().parent.parent

DISTRICT = Portal(
    key="thanhhoa-test",
    name="Trang thông tin điện tử Đảng bộ huyện Thạnh Hóa",
    base_url="https://thanhhoa.test.invalid/",
    platform="dcs",
    province="Long An",
    district="Thạnh Hóa",
    level="huyện",
    owner="Ban Tuyên giáo Huyện ủy Thạnh Hóa",
)

ARTICLE_TEMPLATE = """<html><head><meta charset="utf-8">
<title>{title} - Trang thông tin điện tử Đảng bộ huyện Thạnh Hóa</title></head>
<body><div class="menu"><a href="/">Trang chủ</a> <a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động</a>
<a href="/lien-he.html">Liên hệ</a></div>
<div class="counter">Lượt truy cập: 1.234.567</div>
<div class="news-detail"><h1 class="title">{title}</h1>
<div class="date">{date}</div>
{paragraphs}
<p style="text-align:right"><strong>{author}</strong></p>
</div>
<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul><li><a href="/khac.311">Tin khác của huyện</a></li></ul></div>
</body></html>"""


def article_html(title: str, date: str, paragraphs: list[str], author: str = "Huỳnh Hương") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return ARTICLE_TEMPLATE.format(title=title, date=date, paragraphs=body, author=author)


PARAS = [
    "Sáng ngày 18/6, Ban Tuyên giáo Huyện ủy phối hợp Trung tâm Chính trị huyện tổ chức hội nghị học tập, "
    "quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị cho cán bộ chủ chốt toàn huyện.",
    "Tại hội nghị, đồng chí Phó Bí thư Thường trực Huyện ủy nhấn mạnh việc bảo vệ nền tảng tư tưởng của Đảng "
    "là nhiệm vụ thường xuyên của cả hệ thống chính trị, đòi hỏi mỗi cán bộ, đảng viên nêu cao trách nhiệm.",
    "Các đại biểu thảo luận sôi nổi, đề xuất nhiều giải pháp thiết thực để đưa nghị quyết vào cuộc sống ở "
    "từng chi bộ, ấp và xã; Ủy ban MTTQ Việt Nam huyện cam kết phối hợp tuyên truyền trong nhân dân.",
]


def capture(url: str, html: str, **kw) -> Capture:
    return Capture(url=url, body=html.encode("utf-8"), headers={"Content-Type": "text/html; charset=utf-8"},
                   fetched_at=datetime(2024, 7, 1, tzinfo=timezone.utc), **kw)


@pytest.fixture
def engine(tmp_path):
    eng = models.make_engine(tmp_path / "corpus.sqlite")
    models.init_db(eng)
    yield eng
    eng.dispose()


PROVINCE = Portal(
    key="longan-test",
    name="Cổng Thông tin điện tử tỉnh Long An",
    base_url="https://longan.test.invalid/",
    platform="liferay",
    province="Long An",
    level="tỉnh",
    owner="UBND tỉnh Long An",
)

CORPUS = [
    (DISTRICT, "https://thanhhoa.test.invalid/quan-triet-nghi-quyet-35.311", "Quán triệt Nghị quyết 35 về bảo vệ nền tảng tư tưởng",
     "Thứ Ba, 18/06/2024 08:39 (GMT+7)", PARAS, "Huỳnh Hương"),
    (DISTRICT, "https://thanhhoa.test.invalid/dan-van-kheo.311", "Phong trào dân vận khéo ở xã Thuận Nghĩa Hòa",
     "Cập nhật lúc: 18:00 | 22/05/2022",
     ["Ban Dân vận Huyện ủy tổng kết phong trào thi đua dân vận khéo giai đoạn 2019 - 2022 với nhiều mô hình hay, "
      "cách làm sáng tạo được nhân dân đồng tình hưởng ứng.",
      "Hội Nông dân và Hội LHPN xã Thuận Nghĩa Hòa là những đơn vị tiêu biểu, vận động bà con hiến đất làm đường "
      "giao thông nông thôn, góp phần hoàn thành các tiêu chí nông thôn mới nâng cao.",
      "Dịp này, UBND huyện khen thưởng 12 tập thể và 20 cá nhân có thành tích xuất sắc trong phong trào."],
     "Thanh Nga"),
    (PROVINCE, "https://longan.test.invalid/web/guest/tin-tuc/-/asset_publisher/tt/content/hdnd-ky-hop",
     "HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm", "19/01/2022 - 10:15",
     ["Sáng 19/01, HĐND tỉnh Long An khai mạc kỳ họp thường lệ cuối năm để xem xét các báo cáo kinh tế - xã hội, "
      "quyết định nhiều nội dung quan trọng về đầu tư công và bảo đảm an sinh xã hội.",
      "Phát biểu khai mạc, lãnh đạo HĐND tỉnh đề nghị các đại biểu tập trung thảo luận, đóng góp ý kiến thẳng thắn "
      "để các nghị quyết ban hành sát thực tiễn, sớm đi vào cuộc sống.",
      "UBND tỉnh Long An báo cáo tình hình thực hiện nhiệm vụ năm 2021 và kế hoạch năm 2022 trước kỳ họp."],
     "Minh Tâm"),
]


@pytest.fixture
def corpus(engine):
    return fill(engine)


PG_ADMIN_URL = os.environ.get("HARVESTER_TEST_PG")


def server_url(value: str | None, variable: str, server: str, script: str) -> str:
    """The URL of a test server; CI must provide it (fail), elsewhere its tests are skipped."""
    if not value:
        if os.environ.get("CI"):
            pytest.fail(f"{variable} is not set: CI must start {server} ({script})")
        pytest.skip(f"no {server} server (set {variable}, see {script})")
    return value


@pytest.fixture
def pg_engine():
    """A fresh PostgreSQL database (from HARVESTER_TEST_PG, which .ci/run sets), dropped afterwards."""
    from tests.fleet import pg_database

    with pg_database(server_url(PG_ADMIN_URL, "HARVESTER_TEST_PG", "PostgreSQL", ".ci/postgres.sh")) as url:
        eng = models.make_engine(url)
        models.init_db(eng)
        yield eng
        eng.dispose()


def fill(engine):
    from pipelines.process import process_page
    from pipelines.store import store_page
    from pipelines.types import Article

    sessions = models.session_factory(engine)
    for portal, url, title, date, paras, author in CORPUS:
        cap = capture(url, article_html(title, date, paras, author))
        result = process_page(cap, portal.info())
        assert isinstance(result, Article), result
        store_page(sessions, portal, cap, result)
    return engine


@pytest.fixture(params=["sqlite", "postgresql"])
def any_engine(request, tmp_path):
    """An empty corpus in SQLite, then in PostgreSQL."""
    if request.param == "sqlite":
        eng = models.make_engine(tmp_path / "corpus.sqlite")
        models.init_db(eng)
        yield eng
        eng.dispose()
    else:
        yield request.getfixturevalue("pg_engine")


@pytest.fixture
def any_corpus(any_engine):
    """The small corpus in SQLite and in PostgreSQL: the same questions must get the same answers."""
    return fill(any_engine)


REDIS_URL = os.environ.get("HARVESTER_TEST_REDIS")


@pytest.fixture
def redis_url():
    """A Redis server (from HARVESTER_TEST_REDIS, which .ci/run sets via .ci/redis.sh)."""
    return server_url(REDIS_URL, "HARVESTER_TEST_REDIS", "Redis", ".ci/redis.sh")
