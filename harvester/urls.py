"""URL helpers: canonical form, and the mapping between a portal's origin and a mirror.

One article must be one row, however it was linked: with tracking parameters
from a share button, a session id, a print-view parameter, or with and without
the trailing slash. A mirror is where bytes are really fetched from (the demo
server on loopback, later an archive) while articles keep the portal's own URLs.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

TRACKING_PARAM = re.compile(
    r"(?i)^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|zarsrc|gidzl|_ga|_gl|mc_cid|mc_eid|igshid|"
    r"fb_(source|action_ids|action_types|ref)|ref_src|share)$"
)
SESSION_PARAM = re.compile(r"(?i)^(jsessionid|phpsessid|sid|sessionid|aspsessionid[a-z]*|cfid|cftoken)$")
# Parameters that only ask for a print layout of the same article.
PRINT_PARAMS = {("print", None), ("tmpl", "component"), ("format", "print"), ("layout", "print")}
_PATH_SESSION = re.compile(r"(?i);jsessionid=[^/?#]*|/\(S\([^)]*\)\)")
_DEFAULT_PORT = {"http": 80, "https": 443}


def origin(url: str) -> str:
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc, "", "", ""))


def _keep_param(key: str, value: str) -> bool:
    if TRACKING_PARAM.match(key) or SESSION_PARAM.match(key):
        return False
    return (key.lower(), None) not in PRINT_PARAMS and (key.lower(), value.lower()) not in PRINT_PARAMS


def canonical(url: str, trailing_slash: str | None = None) -> str:
    """The one spelling of a URL under which its article is stored."""
    p = urlsplit(url.strip())
    scheme = p.scheme.lower()
    host = (p.hostname or "").lower()
    if p.port and p.port != _DEFAULT_PORT.get(scheme):
        host = f"{host}:{p.port}"
    path = _PATH_SESSION.sub("", p.path) or "/"
    if trailing_slash == "add" and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
        path += "/"
    elif trailing_slash == "strip" and path != "/":
        path = path.rstrip("/") or "/"
    query = urlencode([(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if _keep_param(k, v)])
    # w3lib settles percent-encoding and query order, as Scrapy's duplicate filter does.
    return canonicalize_url(urlunsplit((scheme, host, path, query, "")))


def rebase(url: str, from_origin: str, to_origin: str) -> str:
    """Swap the origin of `url` when it is `from_origin`; other URLs pass unchanged."""
    if from_origin and origin(url).lower() == origin(from_origin).lower():
        p = urlsplit(url)
        t = urlsplit(to_origin)
        return urlunsplit((t.scheme, t.netloc, p.path, p.query, p.fragment))
    return url


def bare_host(url: str) -> str:
    """The host without port or a leading "www.": archives and WARC files spell one site several ways."""
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def onto_origin(url: str, portal_origin: str, trailing_slash: str | None = None) -> str:
    """An archived URL (http or https, with or without www., :80) as the portal's own canonical URL."""
    p = urlsplit(url)
    t = urlsplit(portal_origin)
    return canonical(urlunsplit((t.scheme, t.netloc, p.path or "/", p.query, "")), trailing_slash)
