"""How far each unit (Perangkat Daerah) is with its assigned indicators."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from spbe.charts.chart import Chart
from spbe.charts.data import ProgressLabels, Role, UnitProgress
from spbe.charts.layout import fit_cartesian
from spbe.charts.parts import Bar, draw_bars, draw_empty, legend_below, small_text_size, start
from spbe.charts.style import (
    A4_WIDTH,
    GRID_COLOUR,
    MISSING_MARK,
    OVERDUE_COLOUR,
    PENDING_COLOUR,
    SMALL_FONT_SIZE,
    colour,
    wrap_label,
)

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.artist import Artist
    from matplotlib.figure import Figure


def unit_progress(
    units: Sequence[UnitProgress],
    *,
    title: str,
    labels: ProgressLabels,
    empty_text: str = MISSING_MARK,
    show_title: bool = False,
) -> Chart:
    """One stacked bar per unit, in the order given: verified, submitted, overdue, pending.

    Each bar ends with "verified/assigned", so the numbers can be read without the colours.
    """
    height = 1.1 + 0.32 * max(len(units), 1)
    draw = partial(
        _draw, units=list(units), title=title, labels=labels, empty_text=empty_text,
        show_title=show_title,
    )  # fmt: skip
    return Chart(title=title, width=A4_WIDTH, height=max(height, 2.0), draw=draw)


def _draw(
    figure: Figure,
    *,
    units: list[UnitProgress],
    title: str,
    labels: ProgressLabels,
    empty_text: str,
    show_title: bool,
) -> None:
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    top = start(figure, title, show_title=show_title)
    if not units:
        draw_empty(figure, empty_text)
        return
    axes = figure.add_subplot()
    segments = (
        (labels.verified, colour(Role.VERIFIED), [u.verified for u in units]),
        (labels.submitted, colour(Role.SELF), [u.submitted - u.verified for u in units]),
        (labels.overdue, OVERDUE_COLOUR, [u.overdue for u in units]),
        (labels.pending, PENDING_COLOUR, [u.pending for u in units]),
    )
    rows = range(len(units))
    left = [0] * len(units)
    bars: list[Bar] = []
    fills: list[str] = []
    for _name, fill, counts in segments:
        # A segment of zero draws nothing, so it is left out rather than written as an empty path.
        for row, (start_at, count) in enumerate(zip(left, counts, strict=True)):
            if count:
                bars.append((start_at, row - 0.3, count, 0.6))
                fills.append(fill)
        left = [a + b for a, b in zip(left, counts, strict=True)]
    most = max(unit.assigned for unit in units) or 1
    for row, unit in zip(rows, units, strict=True):
        axes.text(
            unit.assigned + most * 0.01,
            row,
            f"{unit.verified}/{unit.assigned}",
            va="center",
            fontsize=SMALL_FONT_SIZE,
        )
    axes.set_xlim(0, most * 1.1)
    axes.set_yticks(
        rows,
        [wrap_label(unit.unit, 36, max_lines=2) for unit in units],
        fontsize=small_text_size(len(units)),
    )
    axes.set_ylim(len(units) - 0.5, -0.5)
    draw_bars(axes, bars, fills)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.6, clip_on=False)
    axes.set_axisbelow(True)
    handles: list[Artist] = [Patch(facecolor=fill, label=name) for name, fill, _ in segments]
    fit_cartesian(figure, axes, top=top, legend=legend_below(figure, handles))
