"""The cost-versus-index curve of the optimal plans (the Pareto front)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from spbe.charts.chart import Chart
from spbe.charts.data import Role
from spbe.charts.parts import draw_empty, index_axis, legend_below, line_handle, start
from spbe.charts.style import A4_WIDTH, MISSING_MARK, as_float, colour

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.figure import Figure


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
    start(figure, title, show_title=show_title)
    if not points:
        draw_empty(figure, empty_text)
        return
    axes = figure.add_subplot()
    costs = [as_float(point.cost) for point in points]
    indices = [as_float(point.index) for point in points]
    axes.step(costs, indices, where="post", color=colour(Role.VERIFIED), linewidth=1.8)
    axes.plot(
        costs, indices, linestyle="none", marker="o", markersize=2.5, color=colour(Role.VERIFIED)
    )
    handles = [line_handle(labels.curve, Role.VERIFIED, marker="o")]
    if target is not None:
        axes.axhline(float(target), color=colour(Role.TARGET), linestyle=":", linewidth=1.2)
        handles.append(line_handle(labels.target, Role.TARGET, linestyle=":"))
    index_axis(axes, headroom=0.2)
    axes.set_xlabel(labels.cost_axis)
    axes.set_xlim(left=0)
    legend_below(figure, handles)
