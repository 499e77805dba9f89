"""Text a person reads: the corpus summary."""
from __future__ import annotations

from harvester.query import Summary


def format_summary(s: Summary) -> str:
    lines = [f"Corpus: {s.articles} article(s) from {sum(1 for p in s.portals if p[2])} portal(s)"]
    if s.first and s.last:
        lines.append(f"Published: {s.first:%d/%m/%Y} – {s.last:%d/%m/%Y}")
    if s.portals:
        lines.append("Portals:")
        lines += [f"  {n:6}  {key}  {name}" for key, name, n in s.portals]
    if s.by_year:
        lines.append("By year: " + ", ".join(f"{y}: {n}" for y, n in s.by_year))
    if s.top_departments:
        lines.append("Top departments (articles):")
        lines += [f"  {n:6}  {name}" for name, n in s.top_departments]
    if s.rejected:
        lines.append("Pages that are not articles: " + ", ".join(f"{r} {n}" for r, n in s.rejected))
    return "\n".join(lines)
