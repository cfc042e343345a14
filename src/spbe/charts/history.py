"""An agency's index over the years against the national, category and province averages."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from spbe.charts.chart import Chart
from spbe.charts.data import HistoryLabels, HistoryPoint, Role
from spbe.charts.layout import fit_cartesian
from spbe.charts.parts import draw_empty, index_axis, legend_below, line_handle, start
from spbe.charts.style import (
    A4_WIDTH,
    CHANGE_COLOUR,
    INDEX_LIMIT,
    MISSING_MARK,
    SMALL_FONT_SIZE,
    as_float,
    colour,
    format_number,
)

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# The agency's published index is the national evaluator's result, so it takes the external
# colour; averages are dashed so that the agency's own line stands out in black-and-white print.
_AVERAGES = (
    ("national_average", Role.NATIONAL),
    ("category_average", Role.CATEGORY),
    ("province_average", Role.PROVINCE),
)
# Each series (framework) of the agency's index has its own colour and marker shape, so two
# frameworks stay apart in black-and-white print too.
_SERIES_STYLES = ((Role.EXTERNAL, "o"), (Role.VERIFIED, "D"), (Role.SELF, "^"))


def index_history(
    points: Sequence[HistoryPoint],
    *,
    title: str,
    labels: HistoryLabels,
    target: Decimal | None = None,
    target_series: str | None = None,
    empty_text: str = MISSING_MARK,
    decimal_mark: str = ",",
    show_title: bool = False,
) -> Chart:
    """Lines over the years: the agency's index (values printed) and each average it has.

    Years are drawn in order, one tick per year given; a missing value leaves a gap in its line.
    Each ``series`` of the index is a line of its own, and a dashed vertical line marks where
    one series gives way to the next (with ``labels.change`` written beside it). An average
    is drawn only if ``labels`` names it and at least one year has it. The ``target`` is
    drawn across the years of ``target_series`` only, when given: a target belongs to one
    framework's scale, not to the years of another.
    """
    draw = partial(
        _draw,
        points=sorted(points, key=lambda point: point.year),
        title=title,
        labels=labels,
        target=target,
        target_series=target_series,
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
    target_series: str | None,
    empty_text: str,
    decimal_mark: str,
    show_title: bool,
) -> None:
    top = start(figure, title, show_title=show_title)
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
    for position, name in enumerate(dict.fromkeys(point.series for point in points)):
        role, marker = _SERIES_STYLES[position % len(_SERIES_STYLES)]
        members = [point for point in points if point.series == name]
        _draw_series(axes, members, role, marker, decimal_mark)
        handles.insert(position, line_handle(name or labels.index, role, marker=marker))
    changes = _changes(points)
    middle = (years[0] + years[-1]) / 2
    for year in changes:
        axes.axvline(year, color=CHANGE_COLOUR, linestyle="--", linewidth=1.0)
        if labels.change:
            # The text goes on the side with more room, so that it stays inside the figure.
            left = year > middle
            axes.annotate(
                labels.change,
                (year, INDEX_LIMIT + 0.25),
                xytext=(-3 if left else 3, 0),
                textcoords="offset points",
                ha="right" if left else "left",
                va="center",
                fontsize=SMALL_FONT_SIZE,
                color=CHANGE_COLOUR,
            )
    if target is not None:
        span = _target_span(points, target_series, changes)
        axes.hlines(float(target), *span, color=colour(Role.TARGET), linestyle=":", linewidth=1.2)
        handles.append(line_handle(labels.target, Role.TARGET, linestyle=":"))
    index_axis(axes, headroom=0.5 if changes and labels.change else 0.3)
    ticks = {point.year: point.label or str(point.year) for point in reversed(points)}
    axes.set_xticks(sorted(ticks), [ticks[year] for year in sorted(ticks)])
    axes.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    fit_cartesian(figure, axes, top=top, legend=legend_below(figure, handles))


def _draw_series(
    axes: Axes, points: list[HistoryPoint], role: Role, marker: str, decimal_mark: str
) -> None:
    """One series' line, its markers (hollow for an unfinished year) and its values."""
    axes.plot(
        [point.year for point in points],
        [as_float(point.index) for point in points],
        color=colour(role),
        linewidth=2.0,
    )
    for point in points:
        if point.index is None:
            continue
        axes.plot(
            [point.year],
            [float(point.index)],
            color=colour(role),
            marker=marker,
            markersize=5,
            markerfacecolor="white" if point.unfinished else colour(role),
            markeredgewidth=1.5,
        )
        axes.annotate(
            format_number(point.index, decimal_mark=decimal_mark),
            (point.year, float(point.index)),
            xytext=(0, 6),
            textcoords="offset points",
            ha="center",
            fontsize=SMALL_FONT_SIZE,
            color=colour(role),
        )


def _target_span(
    points: list[HistoryPoint], series: str | None, changes: list[float]
) -> tuple[float, float]:
    """From where to where the target line runs: the years of ``series``, up to the marks of
    the framework change around them, or the whole chart."""
    start, end = points[0].year - 0.5, points[-1].year + 0.5
    years = [point.year for point in points if point.series == series]
    if series is None or not years:
        return start, end
    before = [change for change in changes if change <= min(years)]
    after = [change for change in changes if change > max(years)]
    return (max(before) if before else start, min(after) if after else end)


def _changes(points: list[HistoryPoint]) -> list[float]:
    """Where each series after the first begins: halfway from the year before it."""
    firsts: dict[str, int] = {}
    for point in points:
        firsts.setdefault(point.series, point.year)
    changes = []
    for year in list(firsts.values())[1:]:
        earlier = [point.year for point in points if point.year < year]
        changes.append((max(earlier) + year) / 2 if earlier else year - 0.5)
    return changes
