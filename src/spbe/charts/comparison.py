"""Domain, aspect and indicator indices side by side: self vs verified vs external vs target."""

from __future__ import annotations

import math
from functools import partial
from typing import TYPE_CHECKING, cast

from spbe.charts.chart import Chart
from spbe.charts.data import Role, SeriesComparison
from spbe.charts.layout import fit_cartesian, fit_radar
from spbe.charts.parts import (
    Bar,
    draw_bars,
    draw_empty,
    index_axis,
    legend_below,
    line_handle,
    series_handles,
    small_text_size,
    start,
)
from spbe.charts.style import (
    A4_WIDTH,
    GRID_COLOUR,
    MISSING_MARK,
    SMALL_FONT_SIZE,
    as_float,
    colour,
    format_number,
    wrap_label,
)

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.projections.polar import PolarAxes

_GROUP = 0.8  # share of each label's slot that its bars fill


def comparison_bars(
    data: SeriesComparison,
    *,
    title: str,
    empty_text: str = MISSING_MARK,
    decimal_mark: str = ",",
    show_title: bool = False,
) -> Chart:
    """Vertical grouped bars, one group per label (domain or aspect), one bar per series.

    A missing value shows as a dash at the foot of its slot, never as a bar of zero; the target
    is a dashed line across the chart. Values are printed on the bars when there is room.
    """
    draw = partial(
        _draw_columns,
        data=data,
        title=title,
        empty_text=empty_text,
        decimal_mark=decimal_mark,
        show_title=show_title,
    )
    return Chart(title=title, width=A4_WIDTH, height=3.4, draw=draw)


def indicator_bars(
    data: SeriesComparison,
    *,
    title: str,
    empty_text: str = MISSING_MARK,
    show_title: bool = False,
) -> Chart:
    """Horizontal grouped bars, one row per indicator, tall enough for every label.

    47 indicators with three series make a chart taller than an A4 page; callers that print
    should chart one domain at a time.
    """
    rows = max(len(data.labels), 1)
    bars = max(len(data.series), 1)
    height = 1.0 + rows * max(0.26, 0.06 + 0.09 * bars)
    draw = partial(_draw_rows, data=data, title=title, empty_text=empty_text, show_title=show_title)
    return Chart(title=title, width=A4_WIDTH, height=max(height, 2.0), draw=draw)


def comparison_radar(
    data: SeriesComparison,
    *,
    title: str,
    empty_text: str = MISSING_MARK,
    show_title: bool = False,
) -> Chart:
    """A radar with one spoke per label; with fewer than three labels it falls back to bars.

    A missing value breaks the outline at its spoke; only complete series are shaded.
    """
    if len(data.labels) < 3:
        return comparison_bars(data, title=title, empty_text=empty_text, show_title=show_title)
    draw = partial(
        _draw_radar, data=data, title=title, empty_text=empty_text, show_title=show_title
    )
    return Chart(title=title, width=A4_WIDTH, height=4.4, draw=draw)


def _offsets(count: int) -> tuple[float, list[float]]:
    width = _GROUP / max(count, 1)
    return width, [(j - (count - 1) / 2) * width for j in range(count)]


def _draw_columns(
    figure: Figure,
    *,
    data: SeriesComparison,
    title: str,
    empty_text: str,
    decimal_mark: str,
    show_title: bool,
) -> None:
    top = start(figure, title, show_title=show_title)
    if not data.labels or not data.series:
        draw_empty(figure, empty_text)
        return
    axes = figure.add_subplot()
    width, offsets = _offsets(len(data.series))
    bar_inches = A4_WIDTH * 0.85 / len(data.labels) * width
    show_values = bar_inches >= 0.12
    rotation = 0 if bar_inches >= 0.3 else 90
    bars: list[Bar] = []
    fills: list[str] = []
    for series, offset in zip(data.series, offsets, strict=True):
        for position, value in enumerate(series.values):
            x = position + offset
            if value is None:
                axes.text(x, 0.05, MISSING_MARK, ha="center", va="bottom", color="#666666")
                continue
            bars.append((x - width / 2, 0.0, width, float(value)))
            fills.append(colour(series.role))
            if show_values:
                axes.text(
                    x,
                    float(value) + 0.06,
                    format_number(value, decimal_mark=decimal_mark),
                    ha="center",
                    va="bottom",
                    rotation=rotation,
                    fontsize=SMALL_FONT_SIZE - 0.5,
                )
    index_axis(axes, headroom=0.6 if show_values else 0.0)
    font_size = small_text_size(len(data.labels) * 2)
    slot = A4_WIDTH * 0.85 * 72 / len(data.labels)
    characters = max(int(slot * 0.95 / (font_size * 0.58)), 6)
    axes.set_xticks(
        range(len(data.labels)),
        [wrap_label(label, characters, max_lines=5) for label in data.labels],
        fontsize=font_size,
    )
    axes.set_xlim(-0.5, len(data.labels) - 0.5)
    draw_bars(axes, bars, fills)
    _draw_target(axes, data, horizontal=True)
    fit_cartesian(figure, axes, top=top, legend=legend_below(figure, _handles(data)))


def _draw_rows(
    figure: Figure, *, data: SeriesComparison, title: str, empty_text: str, show_title: bool
) -> None:
    top = start(figure, title, show_title=show_title)
    if not data.labels or not data.series:
        draw_empty(figure, empty_text)
        return
    axes = figure.add_subplot()
    width, offsets = _offsets(len(data.series))
    bars: list[Bar] = []
    fills: list[str] = []
    for series, offset in zip(data.series, offsets, strict=True):
        for position, value in enumerate(series.values):
            y = position + offset
            if value is None:
                axes.text(0.05, y, MISSING_MARK, ha="left", va="center", color="#666666")
            else:
                bars.append((0.0, y - width / 2, float(value), width))
                fills.append(colour(series.role))
    index_axis(axes, axis="x")
    axes.set_yticks(
        range(len(data.labels)),
        [wrap_label(label, 52, max_lines=2) for label in data.labels],
        fontsize=SMALL_FONT_SIZE,
    )
    axes.set_ylim(len(data.labels) - 0.5, -0.5)
    draw_bars(axes, bars, fills)
    _draw_target(axes, data, horizontal=False)
    fit_cartesian(figure, axes, top=top, legend=legend_below(figure, _handles(data)))


def _draw_radar(
    figure: Figure, *, data: SeriesComparison, title: str, empty_text: str, show_title: bool
) -> None:
    top = start(figure, title, show_title=show_title)
    if not data.series:
        draw_empty(figure, empty_text)
        return
    axes = cast("PolarAxes", figure.add_subplot(projection="polar"))
    count = len(data.labels)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = [*angles, angles[0]]
    axes.set_theta_offset(math.pi / 2)
    axes.set_theta_direction(-1)
    for series in data.series:
        values = [as_float(value) for value in series.values]
        ring = [*values, values[0]]
        axes.plot(closed, ring, color=colour(series.role), linewidth=1.6, marker="o", markersize=3)
        if None not in series.values:
            axes.fill(closed, ring, color=colour(series.role), alpha=0.08)
    if data.target is not None:
        circle = [2 * math.pi * i / 96 for i in range(97)]
        axes.plot(
            circle, [float(data.target)] * len(circle), color=colour(Role.TARGET), linestyle="--"
        )
    axes.set_xticks(angles, [wrap_label(label, 18, max_lines=4) for label in data.labels])
    for angle, text in zip(angles, axes.get_xticklabels(), strict=True):
        # Spoke labels lean away from the circle, so long names do not cross the plot.
        across, up = math.sin(angle), math.cos(angle)
        text.set_horizontalalignment(
            "left" if across > 0.1 else "right" if across < -0.1 else "center"
        )
        text.set_verticalalignment("bottom" if up > 0.1 else "top" if up < -0.1 else "center")
    index_axis(axes)
    axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.6, clip_on=False)
    axes.set_yticklabels(["1", "2", "3", "4", "5"], fontsize=SMALL_FONT_SIZE, color="#666666")
    axes.set_rlabel_position(180 / count)
    fit_radar(figure, axes, top=top, legend=legend_below(figure, _handles(data)))


def _draw_target(axes: Axes, data: SeriesComparison, *, horizontal: bool) -> None:
    if data.target is None:
        return
    line = axes.axhline if horizontal else axes.axvline
    line(float(data.target), color=colour(Role.TARGET), linestyle="--", linewidth=1.2)


def _handles(data: SeriesComparison) -> list[Artist]:
    handles = series_handles(data.series)
    if data.target is not None:
        handles.append(line_handle(data.target_label, Role.TARGET, linestyle="--"))
    return handles
