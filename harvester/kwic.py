"""Keyword in context: where a search query occurs in an article's text.

The query is the same FTS5 query `harvester search` takes; its words and phrases
are found again in the text (case-insensitively; in folded text when searching
without diacritics) and cut out with their left and right context.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.normalize import fold

_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_TOKEN = re.compile(r'"([^"]+)"|(\S+)')


@dataclass(frozen=True)
class Line:
    left: str
    match: str
    right: str
    start: int  # offset of the match in the text


def query_patterns(query: str, folded: bool = False) -> list[re.Pattern]:
    """Regexes for the phrases and words a query looks for (NOT-ed terms excluded)."""
    patterns: list[re.Pattern] = []
    negate = False
    for m in _TOKEN.finditer(query.replace("(", " ").replace(")", " ")):
        phrase, word = m.group(1), m.group(2)
        if word in _OPERATORS:
            negate = word == "NOT"
            continue
        if negate:
            negate = False
            continue
        text = phrase or word.strip('"')
        if ":" in text and not phrase:  # column filter "title:..."
            text = text.split(":", 1)[1]
        words = [w for w in re.split(r"\s+", fold(text) if folded else text) if w]
        if not words:
            continue
        parts = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words]
        patterns.append(re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE))
    return patterns


def concordance(text: str, query: str, *, width: int = 40, folded: bool = False) -> Iterator[Line]:
    """Every occurrence of the query's words and phrases, in text order."""
    haystack = fold(text) if folded else text
    hits = sorted({(m.start(), m.end()) for p in query_patterns(query, folded) for m in p.finditer(haystack)})
    last_end = -1
    for start, end in hits:
        if start < last_end:
            continue  # overlapping matches of two patterns: keep the first
        last_end = end
        yield Line(_squash(text[max(0, start - width * 2):start])[-width:], text[start:end],
                   _squash(text[end:end + width * 2])[:width], start)


def _squash(part: str) -> str:
    """Runs of white space (line breaks too) as one space, keeping one at either edge."""
    inner = " ".join(part.split())
    if not inner:
        return " " if part else ""
    return (" " if part[0].isspace() else "") + inner + (" " if part[-1].isspace() else "")


def snippet(text: str, query: str, *, width: int = 60, folded: bool = False) -> str:
    """The first occurrence in context, marked as FTS5's snippet() marks it."""
    for line in concordance(text, query, width=width, folded=folded):
        return f"… {line.left}[{line.match}]{line.right} …".replace("  ", " ")
    return " ".join(text.split())[: width * 2]
