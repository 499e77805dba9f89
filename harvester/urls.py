"""URL helpers: canonical form, and the mapping between a portal's origin and a mirror.

A mirror is where the bytes are really fetched from (the demo server on
loopback, later an archive) while articles keep the portal's own URLs, so
re-crawls through a different mirror still hit the same rows.
"""
from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit


def origin(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, "", "", ""))


def canonical(url: str) -> str:
    """Drop the fragment and lower-case scheme and host; the path is kept as the site spells it."""
    p = urlsplit(url.strip())
    path = p.path or "/"
    return urlunsplit((p.scheme.lower(), p.netloc.lower(), path, p.query, ""))


def rebase(url: str, from_origin: str, to_origin: str) -> str:
    """Swap the origin of `url` when it is `from_origin`; other URLs pass unchanged."""
    if from_origin and origin(url).lower() == origin(from_origin).lower():
        p = urlsplit(url)
        t = urlsplit(to_origin)
        return urlunsplit((t.scheme, t.netloc, p.path, p.query, p.fragment))
    return url
