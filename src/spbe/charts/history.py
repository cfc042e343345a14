"""An agency's index over the years against the national, category and province averages."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import partial

from matplotlib.artist import Artist
from matplotlib.figure import Figure

from spbe.charts.chart import Chart
from spbe.charts.data import HistoryLabels, HistoryPoint, Role
from spbe.charts.parts import draw_empty, index_axis, legend_below, line_handle, start
from spbe.charts.style import (
    A4_WIDTH,
    MISSING_MARK,
    SMALL_FONT_SIZE,
    as_float,
    colour,
    format_number,
)

# The agency's published index is the national evaluator's result, so it takes the external
# colour; averages are dashed so that the agency's own line stands out in black-and-white print.
_AVERAGES = (
    ("national_average", Role.NATIONAL),
    ("category_average", Role.CATEGORY),
    ("province_average", Role.PROVINCE),
)


def index_history(
    points: Sequence[HistoryPoint],
    *,
    title: str,
    labels: HistoryLabels,
    target: Decimal | None = None,
    empty_text: str = MISSING_MARK,
    decimal_mark: str = ",",
    show_title: bool = False,
) -> Chart:
    """Lines over the years: the agency's index (values printed) and each average it has.

    Years are drawn in order, one tick per year given; a missing value leaves a gap in its line.
    An average is drawn only if ``labels`` names it and at least one year has it.
    """
    draw = partial(
        _draw,
        points=sorted(points, key=lambda point: point.year),
        title=title,
        labels=labels,
        target=target,
        empty_text=empty_text,
        decimal_mark=decimal_mark,
        show_title=show_title,
    )
    return Chart(title=title, width=A4_WIDTH, height=3.2, draw=draw)


def _draw(
    figure: Figure,
    *,
    points: list[HistoryPoint],
    title: str,
    labels: HistoryLabels,
    target: Decimal | None,
    empty_text: str,
    decimal_mark: str,
    show_title: bool,
) -> None:
    start(figure, title, show_title=show_title)
    if not points:
        draw_empty(figure, empty_text)
        return
    axes = figure.add_subplot()
    years = [point.year for point in points]
    handles: list[Artist] = []
    for field, role in _AVERAGES:
        name = getattr(labels, field)
        values = [getattr(point, field) for point in points]
        if not name or all(value is None for value in values):
            continue
        axes.plot(
            years,
            [as_float(value) for value in values],
            color=colour(role),
            linestyle="--",
            linewidth=1.2,
            marker="s",
            markersize=3,
        )
        handles.append(line_handle(name, role, linestyle="--", marker="s"))
    indices = [point.index for point in points]
    axes.plot(
        years,
        [as_float(value) for value in indices],
        color=colour(Role.EXTERNAL),
        linewidth=2.0,
        marker="o",
        markersize=5,
    )
    handles.insert(0, line_handle(labels.index, Role.EXTERNAL, marker="o"))
    for year, value in zip(years, indices, strict=True):
        if value is not None:
            axes.annotate(
                format_number(value, decimal_mark=decimal_mark),
                (year, float(value)),
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
                fontsize=SMALL_FONT_SIZE,
                color=colour(Role.EXTERNAL),
            )
    if target is not None:
        axes.axhline(float(target), color=colour(Role.TARGET), linestyle=":", linewidth=1.2)
        handles.append(line_handle(labels.target, Role.TARGET, linestyle=":"))
    index_axis(axes, headroom=0.3)
    axes.set_xticks(years, [str(year) for year in years])
    axes.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    legend_below(figure, handles)
