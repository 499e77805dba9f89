"""Charts of attention over time: articles per period, one line per group."""
from __future__ import annotations

from pathlib import Path

from harvester.errors import InputError


def plot_counts(rows: list[tuple[str, str, int]], out: Path, *, title: str, by: str, top: int = 8) -> None:
    """A labelled line chart (PNG) of (period, group, count) rows; the `top` largest groups."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no display on servers and in CI
    import matplotlib.pyplot as plt

    if not out.parent.exists():
        raise InputError(f"cannot write {out}: folder {out.parent} does not exist")
    periods = sorted({p for p, _, _ in rows})
    totals: dict[str, int] = {}
    for _, g, n in rows:
        totals[g] = totals.get(g, 0) + n
    groups = sorted(totals, key=lambda g: (-totals[g], g))[:top]
    fig, ax = plt.subplots(figsize=(10, 5), dpi=120)
    for g in groups:
        series = {p: n for p, gg, n in rows if gg == g}
        ax.plot(periods, [series.get(p, 0) for p in periods], marker="o", label=g or "tất cả bài viết")
    ax.set_title(title)
    ax.set_xlabel({"day": "Ngày", "week": "Tuần", "month": "Tháng", "year": "Năm"}[by])
    ax.set_ylabel("Số bài viết")
    ax.grid(alpha=0.3)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts of articles are whole numbers
    if len(periods) > 12:
        ax.set_xticks(periods[:: max(1, len(periods) // 12)])
    ax.tick_params(axis="x", rotation=45)
    if any(groups):
        ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    fig.savefig(out)  # DejaVu Sans, matplotlib's default, has every Vietnamese letter
    plt.close(fig)
