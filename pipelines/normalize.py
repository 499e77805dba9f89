"""Decoding of page bytes and normalization of Vietnamese text.

One `normalize_text` is used on everything that reaches the corpus, so the same
word is always the same string (searches and counts depend on it).
"""
from __future__ import annotations

import codecs
import html
import re
import unicodedata

from charset_normalizer import from_bytes

from pipelines.legacy_encodings import detect_legacy, fix_legacy

NORMALIZER_VERSION = "4"
ToneStyle = str  # "new" (hoà, thuỷ) | "old" (hòa, thủy)
TONE_STYLES = ("new", "old")
# The placement recommended by the Ministry of Education's 2018 spelling rules (tone on the
# main vowel: hoà, khoẻ, thuỷ). Sources mix both; the corpus holds one, recorded per article.
DEFAULT_TONE_STYLE: ToneStyle = "new"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_TAGS = re.compile(r"<[^>]*>|&\w+;")
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", re.I)

# Characters that are invisible or space-like on a page but break token matching.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# "Ð" (U+00D0, Icelandic eth) is typed for "Đ" (U+0110) by some legacy keyboards.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charset(body: bytes, headers: dict[str, str] | None = None) -> str | None:
    """The charset the server or the page itself declares, if Python knows it."""
    for key, value in (headers or {}).items():
        if key.lower() == "content-type":
            m = _HEADER_CHARSET.search(value)
            if m and _codec(m.group(1)):
                return _codec(m.group(1))
    m = _META_CHARSET.search(body[:4096])
    if m:
        return _codec(m.group(1).decode("ascii", "ignore"))
    return None


def decode_body(body: bytes, headers: dict[str, str] | None = None) -> str:
    """Bytes -> text: BOM, then the declared charset if it decodes cleanly, then detection."""
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace")
    declared = declared_charset(body, headers)
    candidates = [c for c in (declared, "utf-8") if c]
    for enc in dict.fromkeys(candidates):
        try:
            return body.decode(enc)
        except UnicodeDecodeError:
            continue
    # Undeclared 8-bit page typed in a TCVN3/VNI font: those bytes were always shown
    # through Windows-1252, and charset-normalizer would pick some other code page.
    as_1252 = body.decode("cp1252", errors="replace")
    if detect_legacy(_TAGS.sub(" ", as_1252[:40000])):
        return as_1252
    # Mislabelled page: let charset-normalizer guess rather than guessing by hand.
    best = from_bytes(body).best()
    if best is not None:
        return str(best)
    return body.decode(declared or "utf-8", "replace")


def _clean(text: str, tone_style: ToneStyle | None) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_ZERO_WIDTH).translate(_ETH)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return apply_tone_style("\n".join(line for line in lines if line), tone_style)


def normalize_text(text: str, tone_style: ToneStyle | None = None) -> str:
    """Entities, legacy TCVN3/VNI mojibake, NFC, Đ/Ð, invisible characters, runs of spaces
    per line (empty lines dropped), and (when asked) one tone placement. Idempotent."""
    # Legacy text first: TCVN3 uses U+00AD for "ư" and U+00D0 for "é", which the
    # invisible-character and Đ/Ð rules would otherwise destroy.
    text, _ = fix_legacy(html.unescape(text), cleanup=lambda s: _clean(s, tone_style))
    return _clean(text, tone_style)


def normalize_line(text: str, tone_style: ToneStyle | None = None) -> str:
    """normalize_text for a one-line value (title, author): newlines become spaces."""
    return " ".join(normalize_text(text, tone_style).split())


# Tone placement. In the open syllables oa, oe, uy (no final consonant; not "qu"+y) the two
# spellings put the tone on different vowels: old "hòa, hòe, thủy", new "hoà, hoè, thuỷ".
# Closed syllables (hoàng, thuyết) are spelled alike in both. underthesea's text_normalize
# only goes to the old style and re-tokenizes punctuation, so it cannot serve stored text;
# these 30 pairs are the whole rule.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook above, tilde, dot below
_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))


def _tone_tables() -> tuple[dict[str, str], dict[str, str]]:
    to_new: dict[str, str] = {}
    for first, second in _PAIRS:
        for tone in _TONES:
            for f, s_ in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = unicodedata.normalize("NFC", f + tone) + s_
                new = f + unicodedata.normalize("NFC", s_ + tone)
                to_new[old] = new
    return to_new, {v: k for k, v in to_new.items()}


_TO_NEW, _TO_OLD = _tone_tables()
# The pair must end the syllable, and "uy" after q is "qu" + "y" (quý is the same in both styles).
# "_" ends a syllable too: segmented text joins the syllables of a word with it ("Uỷ_ban").
_OLD_PAIR = re.compile("(?<![qQ])(" + "|".join(map(re.escape, _TO_NEW)) + r")(?![^\W_])")
_NEW_PAIR = re.compile("(?<![qQ])(" + "|".join(map(re.escape, _TO_OLD)) + r")(?![^\W_])")


def apply_tone_style(text: str, style: ToneStyle | None) -> str:
    """Move tone marks of oa/oe/uy syllables to one placement; None leaves the text as it is."""
    if style is None:
        return text
    if style == "new":
        return _OLD_PAIR.sub(lambda m: _TO_NEW[m.group(1)], text)
    if style == "old":
        return _NEW_PAIR.sub(lambda m: _TO_OLD[m.group(1)], text)
    raise ValueError(f"unknown tone style {style!r} (use one of {', '.join(TONE_STYLES)})")


_FOLD = {"đ": "d", "Đ": "D"}


def _fold_char(ch: str) -> str:
    if ch in _FOLD:
        return _FOLD[ch]
    return unicodedata.normalize("NFD", ch)[0] if ord(ch) > 0x7F else ch


_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(0x80, 0x2000) if _fold_char(chr(cp)) != chr(cp)}


def fold(text: str) -> str:
    """Vietnamese without diacritics, one character for one ("Đảng" -> "Dang").

    Character for character, so a position in the folded text is the same position in
    the original: concordance lines are cut from the original at folded matches. FTS5's
    own remove_diacritics leaves "đ" alone (it has no decomposition), so folded search
    indexes this instead.
    """
    return unicodedata.normalize("NFC", text).translate(_FOLD_TABLE)
