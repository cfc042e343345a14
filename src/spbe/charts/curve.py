"""The cost-versus-index curve of the optimal plans (the Pareto front)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from spbe.charts.chart import Chart
from spbe.charts.data import Role
from spbe.charts.layout import fit_cartesian
from spbe.charts.parts import draw_empty, index_axis, legend_below, line_handle, start
from spbe.charts.style import A4_WIDTH, INDEX_LIMIT, MISSING_MARK, as_float, colour

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.figure import Figure


_MARKER_SIZE = 2.5  # points
# The plot's size in points, near enough (the figure less its axis labels and legend): two
# marks closer than a mark's width on it are drawn as one: they touch, and read as a band.
_PLOT_WIDTH, _PLOT_HEIGHT = A4_WIDTH * 72 * 0.95, 3.0 * 72 * 0.72


@dataclass(frozen=True)
class CurvePoint:
    cost: Decimal
    index: Decimal


@dataclass(frozen=True)
class CurveLabels:
    curve: str
    cost_axis: str
    target: str


def cost_curve(
    points: Sequence[CurvePoint],
    *,
    title: str,
    labels: CurveLabels,
    target: Decimal | None = None,
    empty_text: str = MISSING_MARK,
    show_title: bool = False,
) -> Chart:
    """A staircase from the current index (cost 0) to the best reachable one.

    Each step is the cheapest plan reaching an index no cheaper plan reaches, so a leader reads
    off what a target costs: the curve's first point at or above the target line.
    """
    draw = partial(
        _draw,
        points=sorted(points, key=lambda point: point.cost),
        title=title,
        labels=labels,
        target=target,
        empty_text=empty_text,
        show_title=show_title,
    )
    return Chart(title=title, width=A4_WIDTH, height=3.0, draw=draw)


def _draw(
    figure: Figure,
    *,
    points: list[CurvePoint],
    title: str,
    labels: CurveLabels,
    target: Decimal | None,
    empty_text: str,
    show_title: bool,
) -> None:
    top = start(figure, title, show_title=show_title)
    if not points:
        draw_empty(figure, empty_text)
        return
    axes = figure.add_subplot()
    costs = [as_float(point.cost) for point in points]
    indices = [as_float(point.index) for point in points]
    axes.step(costs, indices, where="post", color=colour(Role.VERIFIED), linewidth=1.8)
    marked = distinct_marks(costs, indices)
    axes.plot(
        [costs[i] for i in marked],
        [indices[i] for i in marked],
        linestyle="none",
        marker="o",
        markersize=_MARKER_SIZE,
        color=colour(Role.VERIFIED),
    )
    handles = [line_handle(labels.curve, Role.VERIFIED, marker="o")]
    if target is not None:
        axes.axhline(float(target), color=colour(Role.TARGET), linestyle=":", linewidth=1.2)
        handles.append(line_handle(labels.target, Role.TARGET, linestyle=":"))
    index_axis(axes, headroom=0.2)
    axes.set_xlabel(labels.cost_axis)
    axes.set_xlim(left=0)
    fit_cartesian(figure, axes, top=top, legend=legend_below(figure, handles))


def distinct_marks(costs: Sequence[float], indices: Sequence[float]) -> list[int]:
    """The positions of the points that get a mark: each point at least a mark's width
    (on the plot, in either direction) from the last one marked, and the last point.

    A national cost table gives curves of hundreds of plans whose marks overlap into a band;
    drawing each one cost the PDF 700 SVG nodes for the same picture (issue 16 § 2).
    """
    if not costs:
        return []
    cost_span = (max(costs) or 1.0) / _PLOT_WIDTH
    index_span = (INDEX_LIMIT + 0.2) / _PLOT_HEIGHT
    gap = _MARKER_SIZE
    marked = [0]
    for position in range(1, len(costs)):
        last = marked[-1]
        apart = max(
            abs(costs[position] - costs[last]) / cost_span,
            abs(indices[position] - indices[last]) / index_span,
        )
        if apart >= gap or position == len(costs) - 1:
            marked.append(position)
    return marked
