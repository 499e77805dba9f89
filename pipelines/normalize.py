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

NORMALIZER_VERSION = "1"

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
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
    # Mislabelled page: let charset-normalizer guess rather than guessing by hand.
    best = from_bytes(body).best()
    if best is not None:
        return str(best)
    return body.decode(declared or "utf-8", "replace")


def normalize_text(text: str) -> str:
    """Entities, NFC, Đ/Ð, invisible characters and runs of spaces, per line."""
    text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_ZERO_WIDTH).translate(_ETH)
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines)


def normalize_line(text: str) -> str:
    """normalize_text for a one-line value (title, author): newlines become spaces."""
    return " ".join(normalize_text(text).split())
