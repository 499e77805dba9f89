"""Properties of the text layer, checked on generated text (hypothesis)."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.normalize import apply_tone_style, normalize_text
from pipelines.tokenize import segment, segment_sentence

SYLLABLES = ["Ban", "Tuyên", "giáo", "Huyện", "ủy", "uỷ", "hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "quý",
             "Thạnh", "Hóa", "tổ", "chức", "hội", "nghị", "Đảng", "bộ", "xã", "ngày", "17/01/2024", "35-NQ/TW",
             "94,2%", "1.234", ",", ".", "(", ")", "–", "Ủy", "ban", "Kiểm", "tra", "Việt", "Nam"]
vietnamese = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=30).map(" ".join)
messy = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@given(st.one_of(vietnamese, messy), st.sampled_from([None, "new", "old"]))
def test_normalization_is_idempotent_and_nfc(text, style):
    once = normalize_text(text, style)
    assert normalize_text(once, style) == once
    assert unicodedata.is_normalized("NFC", once)


@given(vietnamese)
def test_tone_styles_round_trip(text):
    text = unicodedata.normalize("NFC", text)
    assert apply_tone_style(apply_tone_style(text, "new"), "new") == apply_tone_style(text, "new")
    # Moving tone marks never changes the length or the letters' order.
    assert len(apply_tone_style(text, "old")) == len(text)


@settings(max_examples=60, deadline=None)
@given(vietnamese)
def test_segmentation_removes_no_character_but_spaces(text):
    out = segment([text])
    flat = "".join(out.segmented.split()).replace("_", "")
    assert flat == "".join(text.split())
    assert unicodedata.is_normalized("NFC", out.segmented)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("hòa bình", "hoà bình"), ("Thạnh Hóa", "Thạnh Hoá"), ("thủy lợi", "thuỷ lợi"), ("Huyện ủy", "Huyện uỷ"),
        ("Ủy ban", "Uỷ ban"), ("khỏe mạnh", "khoẻ mạnh"), ("HÒA", "HOÀ"),
        # Closed syllables and qu- are spelled alike in both placements.
        ("hoàng", "hoàng"), ("thuyết", "thuyết"), ("quý", "quý"), ("quỳnh", "quỳnh"), ("hoạch", "hoạch"),
    ],
)
def test_tone_placement_table(text, expected):
    assert apply_tone_style(text, "new") == expected
    assert apply_tone_style(expected, "old") == text


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Sáng 17/01/2024 Ban Tuyên giáo Huyện ủy Thạnh Hóa tổ chức hội nghị.",
         ["Sáng", "17/01/2024", "Ban Tuyên giáo", "Huyện ủy", "Thạnh Hóa", "tổ chức", "hội nghị", "."]),
        ("Quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.",
         ["Quán triệt", "Nghị quyết", "số", "35-NQ/TW", "ngày", "22/10/2018", "của", "Bộ Chính trị", "."]),
        ("Ủy ban Kiểm tra Huyện ủy kiểm tra 12 tổ chức đảng.",
         ["Ủy ban Kiểm tra", "Huyện ủy", "kiểm tra", "12", "tổ chức", "đảng", "."]),
        ("Tỷ lệ đạt 94,2% với 1.234 hộ lúc 08:39.",
         ["Tỷ lệ", "đạt", "94,2%", "với", "1.234", "hộ", "lúc", "08:39", "."]),
        ("Quyết định 123/QĐ-UBND giao hoà giải.", ["Quyết định", "123/QĐ-UBND", "giao", "hoà giải", "."]),
    ],
)
def test_domain_terms_and_numbers_stay_whole(sentence, words):
    assert list(segment_sentence(sentence)) == words


def test_tone_placement_inside_segmented_words():
    assert apply_tone_style("Ủy_ban Huyện_ủy hòa_giải", "new") == "Uỷ_ban Huyện_uỷ hoà_giải"
    assert apply_tone_style("Uỷ_ban hoà_giải", "old") == "Ủy_ban hòa_giải"
