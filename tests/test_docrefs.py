from __future__ import annotations

import pytest

from pipelines.docrefs import find_documents


@pytest.mark.parametrize(
    "text, number, kind, issuer, level, year",
    [
        ("quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị", "35-NQ/TW", "Nghị quyết",
         "Trung ương Đảng", "Trung ương", 2018),
        ("thực hiện Kết luận 01-KL/TW", "01-KL/TW", "Kết luận", "Trung ương Đảng", "Trung ương", None),
        ("theo Chỉ thị 05-CT/TW", "05-CT/TW", "Chỉ thị", "Trung ương Đảng", "Trung ương", None),
        ("Quyết định số 238-QĐ/TW", "238-QĐ/TW", "Quyết định", "Trung ương Đảng", "Trung ương", None),
        ("Kế hoạch số 06-KH/BTG", "06-KH/BTG", "Kế hoạch", "Ban Tuyên giáo", None, None),
        ("Nghị quyết 21/NQ-CP của Chính phủ", "21/NQ-CP", "Nghị quyết", "Chính phủ", "Trung ương", None),
        ("NQ số 51-NQ/TU của Tỉnh ủy", "51-NQ/TU", "Nghị quyết", "Tỉnh ủy", "tỉnh", None),
        ("Quyết định 123/QĐ-UBND ngày 5/1/2024", "123/QĐ-UBND", "Quyết định", "Ủy ban nhân dân", None, 2024),
        ("Nghị định 05/2023/NĐ-CP", "05/2023/NĐ-CP", "Nghị định", "Chính phủ", "Trung ương", 2023),
        ("Nghị quyết 35 – NQ/TW", "35-NQ/TW", "Nghị quyết", "Trung ương Đảng", "Trung ương", None),
        ("học tập Nghị quyết 18", "NQ 18", "Nghị quyết", None, None, None),
        ("NQ 35 đi vào cuộc sống", "NQ 35", "Nghị quyết", None, None, None),
    ],
)
def test_document_forms(text, number, kind, issuer, level, year):
    (doc,) = find_documents(text)
    assert (doc.number, doc.kind, doc.issuer, doc.level, doc.year) == (number, kind, issuer, level, year)


def test_bare_citation_joins_the_full_number_in_the_same_article():
    docs = find_documents("Quán triệt Nghị quyết số 35-NQ/TW. Sau 5 năm thực hiện NQ 35, Nghị quyết 35 đã đi vào cuộc sống.")
    assert [(d.number, d.count) for d in docs] == [("35-NQ/TW", 3)]


@pytest.mark.parametrize("text", ["năm 2024 có 35 hộ", "ngày 17/01/2024", "Quốc lộ 1A", "Điều 35 của Luật", "1.234 đảng viên"])
def test_no_document(text):
    assert find_documents(text) == []
