"""The search syntax of `harvester search` (FTS5's) as a PostgreSQL tsquery.

Researchers write one syntax whatever the database: phrases in quotes, AND / OR / NOT,
prefix*, parentheses. FTS5 reads it directly; PostgreSQL gets the same query here.
"""
from __future__ import annotations

import re

from harvester.errors import QueryError

_TOKEN = re.compile(r'"([^"]*)"|(\()|(\))|([^\s()"]+)')
_OPS = {"AND": "&", "OR": "|", "NOT": "& !"}


def _lexeme(word: str) -> str | None:
    prefix = word.endswith("*")
    clean = re.sub(r"[&|!():*<>'\\\\]", " ", word).strip()
    parts = clean.split()
    if not parts:
        return None
    quoted = [f"'{p}'" for p in parts]
    if prefix:
        quoted[-1] += ":*"
    return " <-> ".join(quoted)


def to_tsquery(query: str) -> str:
    out: list[str] = []
    need_operand = True
    for m in _TOKEN.finditer(query):
        phrase, opening, closing, word = m.groups()
        if opening:
            if not need_operand:
                out.append("&")
            out.append("(")
            need_operand = True
        elif closing:
            if need_operand:
                raise QueryError(f"malformed query {query!r}: nothing before ')'")
            out.append(")")
        elif word in _OPS:
            if need_operand:
                raise QueryError(f"malformed query {query!r}: {word} needs a term before it")
            out.append(_OPS[word])
            need_operand = True
        else:
            lexeme = _lexeme(phrase if phrase is not None else word)
            if lexeme is None:
                continue
            if not need_operand:
                out.append("&")  # terms side by side must all occur, as in FTS5
            out.append(f"({lexeme})" if " <-> " in lexeme else lexeme)
            need_operand = False
    if need_operand or not out:
        raise QueryError(f"malformed query {query!r}")
    if out.count("(") != out.count(")"):
        raise QueryError(f"malformed query {query!r}: unbalanced parentheses")
    return " ".join(out)
