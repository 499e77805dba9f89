"""Text typed in the legacy Vietnamese font encodings TCVN3 (ABC) and VNI-Windows.

Older government pages and documents were written in 8-bit "Vietnamese fonts": the
bytes are plain Latin-1 codes and only the font (.VnTime, VNI-Times) drew them as
Vietnamese letters. Once the font is gone (HTML text, a copied quote, PDF text) the
same bytes read as Windows-1252, so the corpus sees mojibake such as
"Ban Tuyªn gi¸o HuyÖn ñy" (TCVN3) or "Ban Tuyeân giaùo Huyeän uûy" (VNI) for
"Ban Tuyên giáo Huyện ủy". This module finds such blocks and converts them back.

No maintained PyPI library does this for arbitrary web text, hence a module of our own:
`vniencoder` handles VNI *keystrokes* ("a1" -> "á"), not the VNI-Windows font encoding;
`viparse` (a young RAG document loader) has both tables but picks the encoding from
font names, its content detector is opt-in and whole-document, its VNI table lacks ẳ,
and it leaves .VnTimeH capitals lowercase. charset-normalizer/ftfy repair wrong
*charsets*, not font encodings: the text here is valid cp1252 that means something else.

Detection is per block (a line): a page may quote a legacy-typed paragraph inside a
Unicode page. A block is converted only when (1) it has almost no letters that only
Unicode Vietnamese has (ă đ ĩ ũ ơ ư, U+1EA0-U+1EF9) and none from other scripts or
alphabets cp1252 lacks; (2) converting it turns at least two distinct words that are not
Vietnamese syllables into syllables, and breaks none that were; (3) one of those words
shows a code European spelling never produces (TCVN3: "gi¸o", "hµnh", "HuyÖn"; VNI: a
mark after a vowel, "giaùo"); (4) the result then reads as Vietnamese (>= 70% of its
words are syllables, 50% when many words were repaired); and (5) one encoding clearly beats the other. French, German or
Spanish words do not become syllables (their letters, initials and finals are not
Vietnamese), so such text is left alone.

Measured on the 2,119 VLSP 2013 test sentences underthesea ships, legacy-encoded: 99.8%
found, none converted wrongly, none of the Unicode originals touched; no conversion of
~220,000 word bags drawn from jusText's stoplists for 90 languages and Babel's place,
language and month names (see tests/test_legacy_encodings.py).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

LegacyEncoding = Literal["tcvn3", "vni"]
ENCODINGS: tuple[LegacyEncoding, ...] = ("tcvn3", "vni")

# ---------------------------------------------------------------------------------------
# TCVN3 (TCVN 5712:1993, the VN3 set used by the ABC fonts .VnTime, .VnArial, ...).
# One byte per letter. VN3 keeps only the lowercase toned letters: upper case exists
# just for the seven base letters at 0xA1-0xA7. Capitals with a tone were typed with the
# "H" fonts (.VnTimeH), which draw the *lowercase* codes as capitals, so the bytes of
# "HUYỆN" are those of "HUYệN". We decode every such code as the lowercase letter and
# then restore capitals from context (see _restore_case).
# Checked against glibc's TCVN5712-1 (VN1) table, whose 0xA1-0xFE lowercase half VN3
# shares; VN1's extra capitals (0xC0-0xC5 etc.) are not in VN3 and are not mapped,
# because À-Å are everyday Latin-1 letters.
_TCVN3: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
# What the page shows for each code (0xA0-0xFF read the same in cp1252 and Latin-1).
_TCVN3_DECODE: dict[str, str] = {bytes([b]).decode("cp1252"): u for b, u in _TCVN3.items()}
_TCVN3_ENCODE: dict[str, int] = {u: b for b, u in _TCVN3.items()}
# Codes an .VnTimeH heading draws as capitals: everything but the seven real capitals.
_TCVN3_CASELESS = frozenset(c for c, u in _TCVN3_DECODE.items() if u.islower())
# PDF text extraction swaps two TCVN3 glyphs for look-alikes ("n−íc" for "n­íc", nước).
# Only taken as letters next to a letter: a minus between digits stays a minus.
_TCVN3_GLYPH_SUBSTITUTES = {"\u2212": "\u00ad", "\u2219": "\u00b7"}
_GLYPH_SUB = re.compile(r"(?<=[^\W\d_])[\u2212\u2219]|[\u2212\u2219](?=[^\W\d_])")

# ---------------------------------------------------------------------------------------
# VNI-Windows. A toned vowel is its base ASCII letter followed by one mark byte (tone,
# circumflex+tone or breve+tone); ơ ư đ and the i/ỵ family are single bytes of their own.
# Capitals take the capital mark, 0x20 below the small one ("AÙ" = Á, "aù" = á).
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
_TONE_MARKS = (_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT)
_VNI_TONE = {_ACUTE: 0xF9, _GRAVE: 0xF8, _HOOK: 0xFB, _TILDE: 0xF5, _DOT: 0xEF}
_VNI_CIRCUMFLEX = {"": 0xE2, _ACUTE: 0xE1, _GRAVE: 0xE0, _HOOK: 0xE5, _TILDE: 0xE3, _DOT: 0xE4}
_VNI_BREVE = {"": 0xEA, _ACUTE: 0xE9, _GRAVE: 0xE8, _HOOK: 0xFA, _TILDE: 0xFC, _DOT: 0xEB}
_VNI_I = {"": None, _ACUTE: 0xED, _GRAVE: 0xEC, _HOOK: 0xE6, _TILDE: 0xF3, _DOT: 0xF2}
_VNI_SINGLE = {"ơ": 0xF4, "ư": 0xF6, "đ": 0xF1, "ỵ": 0xEE}
_CASE_STEP = 0x20

# Every lowercase letter of Vietnamese, NFC: the 12 vowels in their 6 tones, and đ
# (73, of which 67 are beyond ASCII).
_VOWELS = "aăâeêioôơuưy"
VIETNAMESE_LETTERS: tuple[str, ...] = tuple(
    [unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in ("",) + _TONE_MARKS] + ["đ"]
)


def _split_letter(ch: str) -> tuple[str, str, str]:
    """(ASCII base, quality mark, tone mark) of one lowercase Vietnamese letter."""
    base, quality, tone = "", "", ""
    for part in unicodedata.normalize("NFD", ch):
        if part in _TONE_MARKS:
            tone = part
        elif part in (_CIRCUMFLEX, _BREVE, _HORN):
            quality = part
        else:
            base = part
    return base, quality, tone


def _vni_bytes(ch: str) -> bytes:
    """VNI-Windows bytes of one lowercase Vietnamese letter."""
    if ch in _VNI_SINGLE:
        return bytes([_VNI_SINGLE[ch]])
    base, quality, tone = _split_letter(ch)
    if base == "i":
        code = _VNI_I[tone]
        return b"i" if code is None else bytes([code])
    if quality == _HORN:  # ơ ư carry the tone byte after their own byte
        head = bytes([_VNI_SINGLE["ơ" if base == "o" else "ư"]])
        return head + (bytes([_VNI_TONE[tone]]) if tone else b"")
    if quality == _CIRCUMFLEX:
        return base.encode() + bytes([_VNI_CIRCUMFLEX[tone]])
    if quality == _BREVE:
        return base.encode() + bytes([_VNI_BREVE[tone]])
    return base.encode() + (bytes([_VNI_TONE[tone]]) if tone else b"")


def _upper_vni(code: bytes) -> bytes:
    """The capital form: ASCII base upper-cased, every high byte moved 0x20 down."""
    return bytes(b - _CASE_STEP if b >= 0xE0 else (b - 0x20 if 0x61 <= b <= 0x7A else b) for b in code)


_VNI_ENCODE: dict[str, bytes] = {}
for _letter in VIETNAMESE_LETTERS:
    _VNI_ENCODE[_letter] = _vni_bytes(_letter)
    _VNI_ENCODE[_letter.upper()] = _upper_vni(_vni_bytes(_letter))
del _letter
# Plain a e i o u y are themselves.
_VNI_ENCODE = {u: b for u, b in _VNI_ENCODE.items() if not u.isascii()}

_VNI_DECODE: dict[str, str] = {b.decode("cp1252"): u for u, b in _VNI_ENCODE.items()}
# Some converters and hand edits put the small mark after a capital base ("Aù"); the
# base decides the case. The reverse (small base, capital mark) is left alone: capital
# marks Ô Ö Ñ are letters of their own and would be misread.
for _seq, _u in list(_VNI_DECODE.items()):
    if len(_seq) == 2 and _seq[0].isupper():
        _VNI_DECODE.setdefault(_seq[0] + _seq[1].lower(), _u)
del _seq, _u
# Longest sequence first: "aù" must win over a bare "a".
_VNI_PATTERN = re.compile("|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True)))

# ---------------------------------------------------------------------------------------
# Tokens and syllables.

# A "word" for our purposes: letters plus every TCVN3 code that is not a letter in
# cp1252 (¸ µ ­ ¬ § ...), since those sit in the middle of TCVN3 words.
_TCVN3_SYMBOLS = frozenset(c for c in _TCVN3_DECODE if not c.isalpha())
_WORD = re.compile("(?:[^\\W\\d_]|[" + re.escape("".join(sorted(_TCVN3_SYMBOLS))) + "])+")

# Letters no cp1252 page can show: their presence means the text is real Unicode.
_UNICODE_ONLY = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_UNICODE_ONLY_SHARE = 0.1

_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
# Rimes that end in a vowel, and vowel groups that take a final consonant. A loose
# model: it accepts some unused rimes but no foreign spelling (no f j w z, no final
# l r s, no ou ei ie, no vowel outside a ă â e ê i o ô ơ u ư y).
_OPEN = (
    "a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua ui uy ưa ưi ưu "
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu uê uơ"
).split()
_CLOSED = "a ă â e ê i o ô ơ u ư y iê yê uô ươ oa oă oe uâ uê uy uyê oo".split()
_FINAL = "ch|nh|ng|c|m|n|p|t"


def _alternation(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


_SYLLABLE = re.compile(
    f"{_INITIAL}(?:(?:{_alternation(_CLOSED)})(?:{_FINAL})|(?:{_alternation(_OPEN)}))"
)


def is_syllable(word: str) -> bool:
    """Whether a word spells one Vietnamese syllable (initial + vowels + final, one tone;
    a syllable ending in c ch p t takes the acute or dot-below tone), written in
    lowercase, capitals or with a capital initial."""
    if not (word.islower() or word.isupper() or (word[:1].isupper() and word[1:].islower()) or len(word) == 1):
        return False  # "HuyÖn", "chÝnh": a capital inside a word is TCVN3's toned letter
    tones = []
    letters = []
    for part in unicodedata.normalize("NFD", word.lower()):
        if part in _TONE_MARKS:
            tones.append(part)
        else:
            letters.append(part)
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(letters))
    if not _SYLLABLE.fullmatch(bare):
        return False
    if bare[-1] in "cpt" or bare.endswith("ch"):
        return bool(tones) and tones[0] in (_ACUTE, _DOT)
    return True


# ---------------------------------------------------------------------------------------
# Conversion.


def _protected(token: str) -> bool:
    """A word with letters no cp1252 page can show was typed in Unicode: keep it."""
    return any(ch.isalpha() and not _cp1252_char(ch) for ch in token)


def _foreign(token: str) -> bool:
    return any(ch.isalpha() and not _cp1252_char(ch) and not _UNICODE_ONLY.match(ch) for ch in token)


def _cp1252_char(ch: str) -> bool:
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _raw(token: str, encoding: LegacyEncoding) -> str:
    """Table conversion of one token, all TCVN3 toned letters lowercase."""
    if encoding == "tcvn3":
        return "".join(_TCVN3_DECODE.get(ch, ch) for ch in token)
    return _VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group()], token)


# Text before a sentence's first word: nothing, or . ! ? (not an ellipsis, which runs on
# mid-sentence in Vietnamese: "v.v... đã"), or a colon and an opening quote.
_SENTENCE_START = re.compile(r"(?:^|(?<!\.)[.!?]|:\s*[\"“‘])[\s\"'“‘(\[\-–—•*+]*$")
# "a) b) c) d) đ)": a list marker, lowercase by convention.
_LIST_MARKER = re.compile(r"\s*[).]")


def _restore_case(line: str) -> str:
    """TCVN3 line -> Unicode, with the capitals the H fonts drew restored where the
    rest of the word or line shows them: a word whose other letters are all capitals
    ("HUYÖN"), any word of an all-capitals line ("Bé" in "§¶NG Bé HUYÖN"), and the
    first letter of a sentence ("ñy ban nh©n d©n ..." -> "Ủy ban nhân dân ..."). A
    capital inside a mixed-case sentence ("Thường trực Ủy ban") cannot be told from a
    lowercase one and stays lowercase."""
    matches = list(_WORD.finditer(line))
    words: list[tuple[re.Match[str], list[str], list[bool], list[str]] | None] = []
    upper_words = lower_words = 0
    for m in matches:
        token = m.group()
        if _protected(token):
            words.append(None)
            continue
        chars = [_TCVN3_DECODE.get(ch, ch) for ch in token]
        caseless = [ch in _TCVN3_CASELESS for ch in token]
        carriers = [u for u, c in zip(chars, caseless) if not c and u.lower() != u.upper()]
        if any(u.islower() for u in carriers):
            lower_words += 1
        elif len(carriers) >= 2:
            upper_words += 1
        words.append((m, chars, caseless, carriers))
    caps_line = upper_words > 0 and lower_words == 0

    out: list[str] = []
    pos = 0
    for entry in words:
        if entry is None:
            continue
        m, chars, caseless, carriers = entry
        out.append(line[pos : m.start()])
        pos = m.end()
        all_upper = all(u.isupper() for u in carriers)
        if all_upper and (len(carriers) >= 2 or caps_line):
            chars = [u.upper() if c else u for u, c in zip(chars, caseless)]
        elif (
            caseless[0]
            and not any(u.isupper() for u in carriers)
            and _SENTENCE_START.search(line[: m.start()])
            and not (len(chars) == 1 and _LIST_MARKER.match(line, m.end()))
        ):
            chars[0] = chars[0].upper()
        out.append("".join(chars))
    out.append(line[pos:])
    return "".join(out)


def _unsubstitute(text: str) -> str:
    return _GLYPH_SUB.sub(lambda m: _TCVN3_GLYPH_SUBSTITUTES[m.group()], text)


# The line boundaries of str.splitlines, which normalize_text splits on.
_LINE_BREAK = re.compile("(\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029])")


def _lines(text: str) -> list[str]:
    """Lines with their line breaks as separate items, so joining gives the text back."""
    return _LINE_BREAK.split(text)


def convert_legacy(text: str, encoding: LegacyEncoding) -> str:
    """Text shown as cp1252 -> Unicode NFC, read as typed in `encoding`. No detection:
    every code is converted, except words holding Unicode-only letters (already Unicode).
    TCVN3 capitals are restored from context (see _restore_case)."""
    if encoding not in ENCODINGS:
        raise ValueError(f"unknown legacy encoding {encoding!r} (use one of {', '.join(ENCODINGS)})")
    if encoding == "tcvn3":
        text = _unsubstitute(text)
        converted = "".join(_restore_case(part) for part in _lines(text))
    else:
        converted = _WORD.sub(lambda m: m.group() if _protected(m.group()) else _raw(m.group(), "vni"), text)
    return unicodedata.normalize("NFC", converted)


def encode_legacy(text: str, encoding: LegacyEncoding) -> bytes:
    """Unicode Vietnamese -> the bytes a legacy font user typed (for tests and fixtures:
    `encode_legacy(s, e).decode("cp1252")` is what a page shows). TCVN3 capitals with a
    tone take the lowercase code, as typed for the .VnTimeH font. Other characters are
    written in cp1252; a letter that neither has raises ValueError."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if encoding == "tcvn3":
            code = _TCVN3_ENCODE.get(ch, _TCVN3_ENCODE.get(ch.lower()) if ch.lower() != ch else None)
            if code is not None:
                out.append(code)
                continue
        elif encoding == "vni":
            if ch in _VNI_ENCODE:
                out += _VNI_ENCODE[ch]
                continue
        else:
            raise ValueError(f"unknown legacy encoding {encoding!r}")
        if ord(ch) >= 0x80 and ch.isalpha():
            raise ValueError(f"{ch!r} cannot be written in {encoding}")
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError as exc:
            raise ValueError(f"{ch!r} cannot be written in {encoding}") from exc
    return bytes(out)


# ---------------------------------------------------------------------------------------
# Detection.


@dataclass(frozen=True)
class _Evidence:
    repaired: int  # distinct words that are not syllables and become syllables
    broken: int  # syllables that stop being syllables
    failed: int  # changed words that are not syllables before or after
    share_before: float  # share of the block's words that are syllables, as shown
    share_after: float  # ... and after conversion
    telltale: bool  # a repaired word shows a code that European spelling does not produce


# Evidence no European word gives: a TCVN3 code that is a symbol in cp1252 inside a word
# ("gi¸o", "n­íc"), or a VNI mark right after a vowel ("giaùo", "Noäi"). Some word must
# show it: Danish "Vi skal gå på arbejde, så må vi se" is all syllables once å is read
# as TCVN3 "ồ". Real TCVN3 text all but always has it: ư ơ đ ê â ă à á ả ã ạ are symbols.
_VNI_MARKS = "".join(sorted({b.decode("cp1252")[-1] for b in _VNI_ENCODE.values() if len(b) == 2}))
_TELLTALE = {
    # ...also µ ª (letters to Unicode, but not inside European words: "hµnh", "Chiªu"), and
    # a Latin-1 capital after a small letter ("viÖc", "tiÕp", "LËp").
    "tcvn3": re.compile(
        "[" + re.escape("".join(sorted(_TCVN3_SYMBOLS))) + "]|(?<=[^\\W\\d_])[µª]|[a-zß-ÿ][À-ÖØ-Þ]"
    ),
    "vni": re.compile("[aeiouyAEIOUYôöÔÖ][" + re.escape(_VNI_MARKS) + "]"),
}


def _counted(token: str) -> bool:
    # Abbreviations (NQ, TW, UBND) and single ASCII letters say nothing about language.
    return not (token.isascii() and (len(token) == 1 or token.isupper()))


def _evidence(tokens: list[str], encoding: LegacyEncoding) -> _Evidence:
    broken = failed = counted = valid_before = valid_after = 0
    telltale = False
    repaired: set[str] = set()  # distinct words: "på på" is one piece of evidence
    for token in tokens:
        after = _raw(token, encoding)
        before_ok = is_syllable(token)
        after_ok = is_syllable(after.lower())  # TCVN3 capitals are restored later
        if _counted(token):
            counted += 1
            valid_before += before_ok
            valid_after += after_ok
        # One character (« § © ª, or Danish "å") is as often a symbol or a foreign word
        # as a one-letter Vietnamese word: no evidence either way.
        if after == token or len(token) == 1:
            continue
        if after_ok and not before_ok:
            repaired.add(token.lower())
            telltale = telltale or bool(_TELLTALE[encoding].search(token))
        elif before_ok and not after_ok:
            broken += 1
        elif not after_ok:
            failed += 1
    return _Evidence(
        len(repaired),
        broken,
        failed,
        valid_before / max(counted, 1),
        valid_after / max(counted, 1),
        telltale,
    )


def _passes(ev: _Evidence, strict: bool = True) -> bool:
    if ev.repaired < 1:
        return False
    if strict:
        # Two repaired words at least; most changed words must become Vietnamese, a broken
        # word weighing three failures; and the block must then read as Vietnamese (over
        # 2,000 news sentences legacy-encoded, 99% convert to >= 94% syllables; European
        # text stays far below because its plain ASCII words are not syllables), and
        # clearly better than before.
        return (
            ev.repaired >= 2
            and ev.telltale
            and ev.repaired >= 0.7 * (ev.repaired + ev.failed + 3 * ev.broken)
            and (ev.share_after >= 0.7 or (ev.repaired >= 8 and ev.share_after >= 0.5))
            and ev.share_after - ev.share_before >= 0.1
        )
    return ev.broken == 0 and ev.repaired >= 0.5 * (ev.repaired + ev.failed) and ev.share_after >= 0.4


def _tokens(text: str) -> list[str] | None:
    """The block's words, or None when it holds real Unicode Vietnamese in normal measure."""
    tokens = _WORD.findall(text)
    if not tokens:
        return None
    # A letter no cp1252 page can show and Vietnamese does not use (ř ı ş, Cyrillic):
    # the block was never read as cp1252, so it is not legacy mojibake.
    if any(_foreign(t) for t in tokens):
        return None
    unicode_words = sum(1 for t in tokens if _UNICODE_ONLY.search(t))
    if unicode_words and unicode_words >= _UNICODE_ONLY_SHARE * len(tokens):
        return None
    return [t for t in tokens if not _UNICODE_ONLY.search(t)]


def _detect(text: str, prior: LegacyEncoding | None = None) -> LegacyEncoding | None:
    if text.isascii():
        return None
    text = unicodedata.normalize("NFC", text)
    evidence = {}
    for enc in ENCODINGS:
        tokens = _tokens(_unsubstitute(text) if enc == "tcvn3" else text)
        if not tokens:
            return None
        evidence[enc] = _evidence(tokens, enc)
    passing = [enc for enc in ENCODINGS if _passes(evidence[enc])]
    if len(passing) == 1:
        best = passing[0]
        other = evidence["vni" if best == "tcvn3" else "tcvn3"]
        if evidence[best].repaired > other.repaired:
            return best
    elif len(passing) == 2:
        # Both read as Vietnamese: only a clear winner is trusted.
        a, b = sorted(passing, key=lambda e: evidence[e].repaired, reverse=True)
        if evidence[a].repaired >= 2 * evidence[b].repaired + 1:
            return a
    if prior is not None and _passes(evidence[prior], strict=False):
        return prior
    return None


def detect_legacy(text: str) -> LegacyEncoding | None:
    """Which legacy encoding a text shown as Latin-1/cp1252 was typed in, or None if it
    reads as Unicode Vietnamese or plain text. Judges the text as one block: for a page,
    use fix_legacy, which goes line by line."""
    return _detect(text)


def _fix_block(
    block: str, prior: LegacyEncoding | None, cleanup: Callable[[str], str] | None
) -> tuple[str, LegacyEncoding] | None:
    encoding = _detect(block, prior)
    if encoding is None and cleanup is not None:
        encoding = _detect(cleanup(block), prior)
    if encoding is None:
        return None
    converted = convert_legacy(block, encoding)
    # A conversion whose result still looks legacy was a misreading; leaving the block
    # as it came also keeps fix_legacy idempotent.
    if _detect(converted) is not None or (cleanup is not None and _detect(cleanup(converted)) is not None):
        return None
    return converted, encoding


# A line using _UNICODE_ONLY letters in normal proportion is Unicode Vietnamese already.
# Checked with one regex pass first, since almost every line a crawler sees is of that
# kind and the full judgement costs far more.
def _plainly_unicode(part: str) -> bool:
    # Unicode Vietnamese has such a letter in every other word; legacy lines have none.
    return len(_UNICODE_ONLY.findall(part)) * 4 >= max(4, len(part.split()))


def _blocks(text: str) -> Iterator[tuple[int, str]]:
    for i, part in enumerate(_lines(text)):
        if i % 2 == 0 and part and not part.isascii() and not _plainly_unicode(part):
            yield i, part


def fix_legacy(text: str, cleanup: Callable[[str], str] | None = None) -> tuple[str, str | None]:
    """(text converted to Unicode NFC, the encoding found or None). Leaves real Unicode
    text, English, French, German untouched (returned as given, not even NFC'd).

    Each line is judged on its own; a line too short to judge alone is converted with
    the encoding that the page's clearly legacy lines were found in, if it fits it.

    `cleanup` is for a caller that cleans the text afterwards (normalize_text strips
    U+00AD, which is TCVN3's "ư", and maps Ð, TCVN3's "é", to Đ): each line is also
    judged as `cleanup` would leave it, so the caller's next pass over its own output
    reaches the same verdict. `cleanup` must work line by line and be idempotent."""
    if text.isascii():
        return text, None
    parts = _lines(text)
    found: Counter[str] = Counter()
    pending: list[int] = []
    for i, block in _blocks(text):
        fixed = _fix_block(block, None, cleanup)
        if fixed is None:
            pending.append(i)
        else:
            parts[i], encoding = fixed
            found[encoding] += 1
    if not found:
        return text, None
    prior: LegacyEncoding = "tcvn3" if found["tcvn3"] >= found["vni"] else "vni"
    for i in pending:
        fixed = _fix_block(parts[i], prior, cleanup)
        if fixed is not None:
            parts[i], encoding = fixed
            found[encoding] += 1
    return "".join(parts), found.most_common(1)[0][0]
