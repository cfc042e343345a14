"""Drawing steps several charts share: the index axis, the legend, the empty-chart message."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from spbe.charts.data import Role, Series
from spbe.charts.layout import EDGE, LINE_SPACING, TITLE_SIZE, TITLE_SPACE
from spbe.charts.style import (
    GRID_COLOUR,
    INDEX_LIMIT,
    INDEX_TICKS,
    SMALL_FONT_SIZE,
    colour,
)

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.typing import LineStyleType

Bar = tuple[float, float, float, float]

_LEGEND_SIZE = 8.5
# Handle, the gap after it and the space between columns, in points at the legend's font size.
_ENTRY_PADDING = (1.6 + 0.8 + 2.0) * _LEGEND_SIZE


def start(figure: Figure, title: str, *, show_title: bool) -> float:
    """Print the title on the figure if asked; the space it takes at the top, in points.

    The charts place their plot themselves (``spbe.charts.layout``), so no layout engine is set.
    """
    if not show_title:
        return 0.0
    figure.suptitle(
        title, fontsize=TITLE_SIZE, fontweight="bold", y=1 - EDGE / (figure.get_figheight() * 72)
    )
    return TITLE_SPACE


def draw_empty(figure: Figure, message: str) -> None:
    """A chart without data still renders: the caller's message, centred, with no axes."""
    figure.text(0.5, 0.5, message, ha="center", va="center", color="#666666")


def index_axis(axes: Axes, *, axis: Literal["x", "y"] = "y", headroom: float = 0.0) -> None:
    """Scale an axis to the index: 0 to 5, ticks 1–5, light grid lines at each level."""
    limits = (0.0, INDEX_LIMIT + headroom)
    if axis == "y":
        axes.set_ylim(*limits)
        axes.set_yticks(INDEX_TICKS)
    else:
        axes.set_xlim(*limits)
        axes.set_xticks(INDEX_TICKS)
    # Grid lines stand at ticks, which matplotlib draws only inside the limits: no clip path.
    axes.grid(axis=axis, color=GRID_COLOUR, linewidth=0.6, clip_on=False)
    axes.set_axisbelow(True)


def draw_bars(axes: Axes, bars: Sequence[Bar], colours: Sequence[str]) -> None:
    """Rectangles ``(x, y, width, height)`` in data units, drawn as one collection.

    ``Axes.bar`` makes a patch per bar that matplotlib sizes, transforms, clips and writes one
    by one, each in a group of its own; one collection draws the same rectangles at a fraction
    of the cost. The axes' limits must be set first: each rectangle is cut to them here, so
    the SVG needs no clip path (which WeasyPrint computes for every shape that has one).
    """
    from matplotlib.collections import PolyCollection

    (left, right), (low, high) = sorted(axes.get_xlim()), sorted(axes.get_ylim())
    corners = []
    for x, y, width, height in bars:
        x0, x1 = sorted((x, x + width))
        y0, y1 = sorted((y, y + height))
        x0, x1 = max(x0, left), min(x1, right)
        y0, y1 = max(y0, low), min(y1, high)
        corners.append(((x0, y0), (x1, y0), (x1, max(y1, y0)), (x0, max(y1, y0))))
    collection = PolyCollection(corners, facecolors=list(colours), edgecolors="none")
    collection.set_clip_on(False)
    axes.add_collection(collection, autolim=False)


def series_handles(series: Sequence[Series]) -> list[Artist]:
    """Legend entries as filled boxes, so that a series with no value is still named."""
    from matplotlib.patches import Patch

    return [Patch(facecolor=colour(s.role), label=s.name) for s in series]


def line_handle(
    label: str, role: Role, *, linestyle: LineStyleType = "-", marker: str = ""
) -> Line2D:
    """A legend entry for a line (an average, a target)."""
    from matplotlib.lines import Line2D

    return Line2D(
        [],
        [],
        color=colour(role),
        linestyle=linestyle,
        marker=marker or "None",
        markersize=4,
        label=label,
    )


def legend_below(figure: Figure, handles: Sequence[Artist]) -> float:
    """Legend entries at the foot of the figure, in as many columns as fit the figure's width;
    the height they take, in points, for the plot to stand above."""
    named = [handle for handle in handles if handle.get_label()]
    if not named:
        return 0.0
    available = figure.get_figwidth() * 72 - 24
    columns = legend_columns([str(h.get_label()) for h in named], available)
    figure.legend(
        handles=named,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.0),
        ncols=columns,
        fontsize=_LEGEND_SIZE,
        handlelength=1.6,
        borderaxespad=0.0,
    )
    rows = -(-len(named) // columns)
    return legend_height(rows)


def legend_height(rows: int) -> float:
    """A legend's height in points: its rows at matplotlib's spacing (0.5 em between rows)
    and its border padding (0.4 em above and below)."""
    return (rows * LINE_SPACING + (rows - 1) * 0.5 + 2 * 0.4) * _LEGEND_SIZE


def legend_columns(labels: Sequence[str], available: float) -> int:
    """The most columns whose widest entries, side by side, fit in ``available`` points.

    Widths are estimated from the number of characters (DejaVu Sans averages about 0.62 em),
    which errs on the wide side, rather than measured, so that no renderer is needed.
    """
    widths = [_ENTRY_PADDING + len(label) * _LEGEND_SIZE * 0.62 for label in labels]
    for columns in range(len(widths), 1, -1):
        if sum(_column_widths(widths, columns)) <= available:
            return columns
    return 1


def _column_widths(widths: list[float], columns: int) -> list[float]:
    # Matplotlib fills a legend column by column, the first columns taking one entry more.
    rows, longer = divmod(len(widths), columns)
    result, start = [], 0
    for column in range(columns):
        size = rows + (1 if column < longer else 0)
        result.append(max(widths[start : start + size], default=0.0))
        start += size
    return result


def small_text_size(count: int) -> float:
    """Tick labels shrink a little when many of them share an axis."""
    return SMALL_FONT_SIZE if count > 12 else 9.0
