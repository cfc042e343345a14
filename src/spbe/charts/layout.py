"""Margins computed from the labels a chart prints, in place of matplotlib's constrained layout.

Constrained layout finds the margins by measuring every artist of the figure, twice over; it
was a third of a chart's CPU time (issue 16: the cold first view of the dashboard). A chart
here knows what sticks out of its plot (tick labels, an axis label, the legend, the title),
so the margins are those texts' measured sizes plus matplotlib's own paddings, in points.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.text import Text

LINE_SPACING = 1.2  # matplotlib's default ``linespacing`` of a text
EDGE = 4.0  # points left free at each edge of the figure
# A tick's length and the gap to its label (rcParams ``xtick.major.size`` and ``.pad``).
TICK_SPACE = 3.5 + 3.5
# A radar's spoke labels stand this far from the circle (the tick's pad, measured).
SPOKE_SPACE = 14.0
TITLE_SIZE = 10.0
TITLE_SPACE = TITLE_SIZE * LINE_SPACING + 2 * EDGE


@lru_cache(maxsize=2048)
def text_width(text: str, size: float) -> float:
    """The width in points of ``text`` (its widest line) at ``size`` points, in the chart font.

    Measured with matplotlib's own font metrics, as the SVG backend measures it when it aligns
    the text; called while a chart is drawn, under the chart's style (``spbe.charts.chart``).
    """
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import text_to_path

    font = FontProperties(size=size)
    return max(
        text_to_path.get_text_width_height_descent(line, font, ismath=False)[0]
        for line in text.split("\n")
    )


def text_height(text: str, size: float) -> float:
    """The height in points of ``text`` at ``size`` points: each line at matplotlib's spacing,
    and a fifth of an em for the descenders of the last line, rounding up."""
    return ((text.count("\n") + 1) * LINE_SPACING + 0.2) * size


def widest(labels: Iterable[Text]) -> float:
    """The width of the widest of ``labels``; an unset tick label is counted as ``5,0``."""
    return max(
        (text_width(label.get_text() or "5,0", float(label.get_fontsize())) for label in labels),
        default=0.0,
    )


def tallest(labels: Iterable[Text], *, size: float) -> float:
    """The height of the tallest of ``labels``, or of one line at ``size`` if none is set."""
    return max(
        (text_height(label.get_text(), float(label.get_fontsize())) for label in labels),
        default=size * LINE_SPACING,
    )


def place(
    figure: Figure, axes: Axes, *, left: float, right: float, top: float, bottom: float
) -> None:
    """Put the plot of ``axes`` inside the figure less the given margins, in points.

    The plot's own background is hidden: the figure's is white already, so it would be a
    second white rectangle in every SVG.
    """
    axes.patch.set_visible(False)
    width, height = figure.get_figwidth() * 72, figure.get_figheight() * 72
    axes.set_position(
        (
            left / width,
            bottom / height,
            max(width - left - right, 1.0) / width,
            max(height - top - bottom, 1.0) / height,
        )
    )


def fit_cartesian(figure: Figure, axes: Axes, *, top: float, legend: float) -> None:
    """Margins for a plot with its y labels on the left and its x labels (and name) below.

    ``top`` is the space the title takes, ``legend`` the height of the legend under the plot.
    """
    below = TICK_SPACE + tallest(axes.get_xticklabels(), size=9.0)
    name = axes.xaxis.label
    if name.get_text():
        below += text_height(name.get_text(), float(name.get_fontsize())) + 4.0
    place(
        figure,
        axes,
        left=EDGE + TICK_SPACE + widest(axes.get_yticklabels()),
        right=3 * EDGE,
        top=top + 2 * EDGE,
        bottom=2 * EDGE + legend + below,
    )


def fit_radar(figure: Figure, axes: Axes, *, top: float, legend: float) -> None:
    """Margins for a radar: its spoke labels stand outside the circle, each on its own side.

    Matplotlib keeps a polar plot square and centred in its box. How far a label reaches past
    the circle depends on the circle's radius (a label at 45° starts inside the square around
    the circle), so the margins and the radius are found together, in a few rounds.
    """
    width, height = figure.get_figwidth() * 72, figure.get_figheight() * 72
    spokes = [
        (math.sin(angle), math.cos(angle), label)
        for angle, label in zip(axes.get_xticks(), axes.get_xticklabels(), strict=True)
    ]
    margins = {"left": 0.0, "right": 0.0, "top": 0.0, "bottom": 0.0}
    for _ in range(4):
        free_width = width - 2 * EDGE - margins["left"] - margins["right"]
        free_height = height - top - legend - 2 * EDGE - margins["top"] - margins["bottom"]
        radius = max(min(free_width, free_height) / 2, 1.0)
        margins = _beyond_circle(spokes, radius)
    place(
        figure,
        axes,
        left=EDGE + margins["left"],
        right=EDGE + margins["right"],
        top=top + EDGE + margins["top"],
        bottom=legend + EDGE + margins["bottom"],
    )


_SHARE = {"left": 0.0, "bottom": 0.0, "center": 0.5, "right": 1.0, "top": 1.0}


def _beyond_circle(spokes: list[tuple[float, float, Text]], radius: float) -> dict[str, float]:
    """How far, in points, the spoke labels reach past a circle of ``radius`` on each side."""
    reach = {"left": 0.0, "right": 0.0, "top": 0.0, "bottom": 0.0}
    for across, up, label in spokes:
        size = float(label.get_fontsize())
        label_width = text_width(label.get_text(), size)
        label_height = text_height(label.get_text(), size)
        x = (radius + SPOKE_SPACE) * across
        y = (radius + SPOKE_SPACE) * up
        # The share of the label left of (or below) its anchor, from its alignment.
        before = _SHARE[label.get_horizontalalignment()] * label_width
        under = _SHARE[label.get_verticalalignment()] * label_height
        reach["left"] = max(reach["left"], before - x - radius)
        reach["right"] = max(reach["right"], x + label_width - before - radius)
        reach["bottom"] = max(reach["bottom"], under - y - radius)
        reach["top"] = max(reach["top"], y + label_height - under - radius)
    return reach
