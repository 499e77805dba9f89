"""Portal and date filters as an FTS5 expression over the index's `facets` column.

The words are written by harvester/fts.py (FACETS_SQL): p000002 for a portal, y2021,
m202103 and d20210315 for the local publication date, and the same date words behind the
portal. A date range becomes the fewest whole years, months and days that cover it
exactly, so the expression selects the same articles as the SQL filters it replaces.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

# Above this many portal-and-date words, portals and dates are matched as two separate
# conditions: FTS5 walks every branch of an OR at each step, so a long OR costs more than
# one more AND.
MAX_COMBINED = 64


def portal_word(portal_id: int) -> str:
    return f"p{portal_id:06d}"


def date_pieces(since: date, until: date) -> list[str]:
    """Whole years, then whole months, then days, covering since..until inclusive."""
    pieces: list[str] = []
    day = since
    while day <= until:
        if day.month == 1 and day.day == 1 and date(day.year, 12, 31) <= until:
            pieces.append(f"y{day.year}")
            day = date(day.year + 1, 1, 1)
            continue
        month_end = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        if day.day == 1 and month_end <= until:
            pieces.append(f"m{day:%Y%m}")
            day = month_end + timedelta(days=1)
            continue
        pieces.append(f"d{day:%Y%m%d}")
        day += timedelta(days=1)
    return pieces


def expression(portal_ids: list[int] | None, since: date | None, until: date | None,
               first: date | None, last: date | None) -> str | None:
    """The facets condition for these filters: None when there is nothing to narrow, ""
    when no article can pass them.

    `portal_ids` None means no portal filter (an empty list: no portal matches); `first` and
    `last` are the corpus's earliest and latest local publication days, which bound an open
    range (None when no article has a date)."""
    parts = []
    dates = None
    if since or until:
        if first is None or last is None:
            dates = []
        else:
            # No article lies outside first..last, so an open or wider end moves out to the
            # year's edge, where it costs one word instead of a run of months and days.
            low = date(first.year, 1, 1) if since is None or since <= first else since
            high = date(last.year, 12, 31) if until is None or until >= last else until
            dates = date_pieces(low, high)
    portals = None if portal_ids is None else [portal_word(i) for i in sorted(set(portal_ids))]
    if portals is not None and dates is not None and len(portals) * len(dates) <= MAX_COMBINED:
        parts.append([p + d for p in portals for d in dates])
    else:
        if portals is not None:
            parts.append(portals)
        if dates is not None:
            parts.append(dates)
    if not parts:
        return None
    if any(not words for words in parts):
        return ""
    return " AND ".join("facets : (" + " OR ".join(words) + ")" for words in parts)
