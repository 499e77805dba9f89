from __future__ import annotations

import pytest

from pipelines.departments import article_departments, find_mentions, publisher_department
from pipelines.types import PortalInfo

DISTRICT = PortalInfo(key="d", province="Long An", district="Thạnh Hóa", level="huyện",
                      owner="Ban Tuyên giáo Huyện ủy Thạnh Hóa")
PROVINCE = PortalInfo(key="p", province="Long An", level="tỉnh", owner="UBND tỉnh Long An")


def names(text: str, portal: PortalInfo = DISTRICT) -> dict[str, int]:
    return {r.name: n for r, n in find_mentions(text, portal).items()}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ban Tuyên giáo Huyện ủy Thạnh Hóa tổ chức hội nghị", {"Ban Tuyên giáo Huyện ủy Thạnh Hóa": 1}),
        # Unqualified: resolved from the portal's own district.
        ("Ban Tuyên giáo Huyện ủy tổ chức hội nghị", {"Ban Tuyên giáo Huyện ủy Thạnh Hóa": 1}),
        ("Ban Tổ chức Tỉnh ủy hướng dẫn", {"Ban Tổ chức Tỉnh ủy Long An": 1}),
        ("UBND huyện Tân Thạnh và UBND tỉnh", {"UBND huyện Tân Thạnh": 1, "UBND tỉnh Long An": 1}),
        ("Ủy ban nhân dân huyện phối hợp", {"UBND huyện Thạnh Hóa": 1}),
        ("Ủy ban MTTQ Việt Nam huyện phát động", {"Ủy ban MTTQ Việt Nam huyện Thạnh Hóa": 1}),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An", {"Ủy ban MTTQ Việt Nam tỉnh Long An": 1}),
        ("Hội LHPN xã Thuận Nghĩa Hòa ra mắt mô hình", {"Hội LHPN xã Thuận Nghĩa Hòa": 1}),
        ("UBKT Huyện ủy kiểm tra", {"Ủy ban Kiểm tra Huyện ủy Thạnh Hóa": 1}),
        ("Ban Tuyên giáo Trung ương ban hành hướng dẫn", {"Ban Tuyên giáo Trung ương": 1}),
        ("Huyện ủy Thạnh Hóa lãnh đạo. Huyện ủy chỉ đạo", {"Huyện ủy Thạnh Hóa": 2}),
        # The committee inside a board's name is not a second mention of the committee.
        ("Ban Dân vận Huyện ủy", {"Ban Dân vận Huyện ủy Thạnh Hóa": 1}),
        # "Ban Tuyên giáo" alone names no particular board: left out, not guessed.
        ("đồng chí Trưởng Ban Tuyên giáo phát biểu", {}),
        ("Trung tâm Chính trị huyện mở lớp", {"Trung tâm Chính trị huyện Thạnh Hóa": 1}),
    ],
)
def test_mentions_in_district_portal(text, expected):
    assert names(text) == expected


def test_unqualified_district_body_on_provincial_portal_is_not_guessed():
    assert names("Ban Tuyên giáo Huyện ủy tổ chức hội nghị", PROVINCE) == {}


def test_publisher_is_first_and_author_body_is_linked():
    deps = article_departments(["Hội nghị của UBND huyện. UBND huyện chỉ đạo."], DISTRICT,
                               author="Ban Tuyên giáo Huyện ủy")
    assert [(d.name, d.role) for d in deps] == [
        ("Ban Tuyên giáo Huyện ủy Thạnh Hóa", "publisher"),
        ("Ban Tuyên giáo Huyện ủy Thạnh Hóa", "author"),
        ("UBND huyện Thạnh Hóa", "mentioned"),
    ]
    assert deps[2].count == 2


def test_person_author_links_no_department():
    deps = article_departments(["Không nhắc cơ quan nào."], PROVINCE, author="Huỳnh Hương")
    assert [(d.name, d.role) for d in deps] == [("UBND tỉnh Long An", "publisher")]


def test_unrecognized_owner_is_still_the_publisher():
    p = PortalInfo(key="x", province="Long An", level="tỉnh", owner="Sở Thông tin và Truyền thông")
    pub = publisher_department(p)
    assert pub.name == "Sở Thông tin và Truyền thông" and pub.role == "publisher"


from datetime import date

from pipelines.departments import PersonMention


def names_on(text: str, when: date, portal: PortalInfo = DISTRICT) -> set[str]:
    return {m.name for m in article_departments([text], portal, when=when) if m.role == "mentioned"}


@pytest.mark.parametrize(
    "text, when, expected",
    [
        # Before the February 2025 merger the boards were two.
        ("Ban Tuyên giáo Huyện ủy và Ban Dân vận Huyện ủy phối hợp", date(2024, 5, 1),
         {"Ban Tuyên giáo Huyện ủy Thạnh Hóa", "Ban Dân vận Huyện ủy Thạnh Hóa"}),
        # After it, either old name means the merged board.
        ("Ban Tuyên giáo Huyện ủy và Ban Dân vận Huyện ủy phối hợp", date(2025, 4, 1),
         {"Ban Tuyên giáo và Dân vận Huyện ủy Thạnh Hóa"}),
        # After 1 July 2025 no district body exists to be attributed.
        ("Ban Tuyên giáo Huyện ủy và UBND huyện phối hợp", date(2026, 1, 10), set()),
        # ... and Long An's provincial bodies are Tây Ninh's.
        ("Tỉnh ủy và UBND tỉnh chỉ đạo", date(2026, 1, 10), {"Tỉnh ủy Tây Ninh", "UBND tỉnh Tây Ninh"}),
        ("Tỉnh ủy và UBND tỉnh chỉ đạo", date(2025, 6, 30), {"Tỉnh ủy Long An", "UBND tỉnh Long An"}),
    ],
)
def test_bodies_in_their_time(text, when, expected):
    assert names_on(text, when) == expected


def test_validity_is_recorded():
    (m,) = [d for d in article_departments(["UBND huyện chỉ đạo"], DISTRICT, when=date(2024, 1, 1))
            if d.role == "mentioned"]
    assert m.valid_to == date(2025, 6, 30)


def test_places_are_checked_in_the_gazetteer():
    # "Đồng chí" after the body is not a place: the body falls back to the portal's district.
    assert names("Huyện ủy Đồng chí Bí thư chủ trì") == {"Huyện ủy Thạnh Hóa": 1}
    assert names("UBND huyện Tân Thạnh") == {"UBND huyện Tân Thạnh": 1}
    assert names("Hội LHPN xã Tân Tây") == {"Hội LHPN xã Tân Tây": 1}


def test_people_titles_link_the_body_and_are_kept():
    people: list[PersonMention] = []
    deps = article_departments(["Trưởng Ban Tuyên giáo Huyện ủy Nguyễn Văn Tình phát biểu; Bí thư Huyện ủy Lê Văn Hai dự."],
                               DISTRICT, when=date(2024, 1, 1), people=people)
    assert {d.name for d in deps if d.role == "mentioned"} == {"Ban Tuyên giáo Huyện ủy Thạnh Hóa", "Huyện ủy Thạnh Hóa"}
    assert people == [
        PersonMention("Nguyễn Văn Tình", "Trưởng Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy Thạnh Hóa"),
        PersonMention("Lê Văn Hai", "Bí thư Huyện ủy", "Huyện ủy Thạnh Hóa"),
    ]
