"""`--plot FILE.png`: variance shift per BatchNorm index, before and after the fix (the paper's Figure 1),
one panel per model. matplotlib is an optional extra: bnlint[plot]."""

from __future__ import annotations

from typing import List

from bnlint.verify.measure import Result

MISSING = 'needs matplotlib: pip install "bnlint[plot]" (or pip install matplotlib)'


def available() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def write_png(results: List[Result], path: str) -> int:
    """Write the figure; returns the number of panels (models with BatchNorm layers)."""
    import matplotlib

    matplotlib.use("Agg")  # no display needed
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    shown = [r for r in results if r.error is None and r.before]
    fig, axes = plt.subplots(max(1, len(shown)), 1, figsize=(6.4, 2.8 * max(1, len(shown))), squeeze=False)
    for ax, r in zip(axes[:, 0], shown):
        index = [s.index + 1 for s in r.before]
        after = {s.name: s.shift for s in r.after}
        ax.plot(index, [s.shift for s in r.before], marker="o", label="before the fix")
        ax.plot(index, [after.get(s.name, float("nan")) for s in r.before], marker="s",
                label=f"after ({r.strategy}{f', beta {r.beta:g}' if r.strategy == 'uout' else ''})")
        ax.axhline(1.0, color="grey", linewidth=0.8)
        ax.axhline(r.limit, color="red", linewidth=0.8, linestyle="--", label=f"limit {r.limit:.3f}")
        ax.set_title(r.origin or r.name, fontsize=9)
        ax.set_xlabel("BatchNorm layer (order of use)")
        ax.set_ylabel("variance shift")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(fontsize=7)
    if not shown:
        axes[0, 0].text(0.5, 0.5, "no BatchNorm layer measured", ha="center", va="center")
        axes[0, 0].set_axis_off()
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return len(shown)
