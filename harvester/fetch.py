"""Fetching one page outside a crawl (for `portals detect URL`), politely and with clear errors."""
from __future__ import annotations

import urllib.error
import urllib.request

from harvester.crawl import project_settings
from harvester.errors import InputError
from pipelines.normalize import decode_body

MAX_BYTES = 8 * 1024 * 1024


def fetch_page(url: str, *, user_agent: str | None = None, timeout: float = 30) -> tuple[str, str]:
    """(decoded HTML, final URL) of one page; robots.txt does not apply to a single user-asked fetch."""
    agent = user_agent or project_settings().get("USER_AGENT")
    request = urllib.request.Request(url, headers={"User-Agent": agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES)
            headers = dict(response.headers.items())
            return decode_body(body, headers), response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(f"cannot fetch {url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(f"cannot fetch {url}: {reason}") from None
