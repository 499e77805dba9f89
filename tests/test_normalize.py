from __future__ import annotations

import pytest

from pipelines.normalize import decode_body, normalize_line, normalize_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Ban Tuye\u0302n gia\u0301o Huye\u0323\u0302n", "Ban Tuyên giáo Huyện"),  # NFD -> NFC
        ("Huy&#7879;n &amp; x&atilde;", "Huyện & xã"),  # HTML entities
        ("Ðảng bộ", "Đảng bộ"),  # Icelandic eth typed for Đ
        ("Hội\u00a0nghị\u200b  tổng kết", "Hội nghị tổng kết"),  # nbsp, zero-width, double space
        ("  dòng một  \n  dòng hai ", "dòng một\ndòng hai"),
        ("\ufeffThạnh Hóa", "Thạnh Hóa"),  # stray BOM inside text
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


def test_normalize_line_joins_lines():
    assert normalize_line("Hội nghị\n  quán triệt ") == "Hội nghị quán triệt"


@pytest.mark.parametrize(
    "body, headers, expected",
    [
        ("Huyện ủy Thạnh Hóa".encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"}, "Huyện ủy Thạnh Hóa"),
        # Declared in the page, not the header.
        ('<meta charset="windows-1258"><p>Hu\u1ef3nh</p>'.encode("cp1258", "ignore"), {}, None),
        # Header lies (says latin-1-ish but bytes are UTF-8 with Vietnamese): the declared codec
        # still decodes, so it wins; a header naming UTF-8 for cp1258 bytes falls to detection.
        (b"\xef\xbb\xbfTh\xe1\xba\xa1nh H\xc3\xb3a", {}, "Thạnh Hóa"),  # BOM
    ],
)
def test_decode_body(body, headers, expected):
    text = decode_body(body, headers)
    if expected is not None:
        assert text == expected
    else:
        assert "<p>" in text


TONES = "\u0300\u0301\u0303\u0309\u0323"


def _cp1258(ch: str) -> bytes:
    """Encode as Windows-1258 does: a precomposed base letter plus a combining tone mark."""
    import unicodedata

    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        return base.encode("cp1258") + "".join(c for c in d if c in TONES).encode("cp1258")


def test_decode_windows_1258_page():
    # cp1258 writes tone marks as combining characters; after NFC they equal the UTF-8 text.
    original = "Ban Tuyên giáo Huyện ủy tổ chức hội nghị"
    raw = f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>{original}</p>'
    encoded = b"".join(_cp1258(ch) for ch in raw)
    assert original in normalize_text(decode_body(encoded, {}))


def test_undeclared_utf8_is_detected_not_mangled():
    assert decode_body("Tỉnh ủy Long An".encode("utf-8"), {"Content-Type": "text/html"}) == "Tỉnh ủy Long An"


LEGACY_SOURCE = "Ban Tuyên giáo Huyện ủy Thạnh Hóa tổ chức hội nghị quán triệt Nghị quyết số 35-NQ/TW của Bộ Chính trị"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_mojibake_is_repaired_by_normalize_text(encoding):
    from pipelines.legacy_encodings import encode_legacy

    mojibake = encode_legacy(LEGACY_SOURCE, encoding).decode("cp1252")
    assert mojibake != LEGACY_SOURCE
    assert normalize_text(mojibake) == LEGACY_SOURCE
    assert normalize_text(normalize_text(mojibake)) == LEGACY_SOURCE


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_undeclared_legacy_page_is_decoded_through_windows_1252(encoding):
    from pipelines.legacy_encodings import encode_legacy

    body = b"<html><body><p>" + encode_legacy(LEGACY_SOURCE, encoding) + b"</p></body></html>"
    assert LEGACY_SOURCE in normalize_text(decode_body(body, {"Content-Type": "text/html"}))


@pytest.mark.parametrize(
    "text, style, expected",
    [
        ("Thạnh Hóa và thủy lợi", "new", "Thạnh Hoá và thuỷ lợi"),
        ("Thạnh Hoá và thuỷ lợi", "old", "Thạnh Hóa và thủy lợi"),
        ("Thạnh Hoá và thuỷ lợi", None, "Thạnh Hoá và thuỷ lợi"),
        ("dòng một\n\n\ndòng hai", None, "dòng một\ndòng hai"),  # empty lines dropped
    ],
)
def test_normalize_text_tone_and_lines(text, style, expected):
    assert normalize_text(text, style) == expected
