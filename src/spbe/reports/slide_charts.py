"""The slides' charts as PowerPoint's own charts, from the chart kit's data.

A native chart can be edited in PowerPoint (its numbers are in the file, in an embedded
workbook), stays sharp at any size, and costs no drawing: the deck does not import matplotlib
at all, which was most of a slides report's time (issue 16 § 1). Each builder takes the same
data the dashboard's and the PDF's chart of the same name are drawn from (``SeriesComparison``,
``HistoryPoint``, ``UnitProgress``, ``CurvePoint``), in the same colours (``spbe.charts.style``).

What a native chart cannot show as the SVG does is said with its data instead: the target is
a series of its own (a bar beside each group, a ring on the radar, a dotted line), and each
unit's "verified/assigned" is part of its label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from pptx.chart.chart import Chart as PptxChart
from pptx.chart.data import CategoryChartData, ChartData, XyChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.shapes.graphfrm import GraphicFrame
from pptx.slide import Slide
from pptx.util import Emu, Pt

from spbe.charts.curve import CurveLabels, CurvePoint
from spbe.charts.data import (
    HistoryLabels,
    HistoryPoint,
    ProgressLabels,
    Role,
    SeriesComparison,
    UnitProgress,
)
from spbe.charts.style import (
    GRID_COLOUR,
    INDEX_LIMIT,
    OVERDUE_COLOUR,
    PENDING_COLOUR,
    TEXT_COLOUR,
    colour,
)

INDEX_FORMAT = "0.00"
FONT_SIZE = Pt(12)
# Each framework's line of the history has its own colour and marker shape, as on the SVG.
_HISTORY_STYLES = (
    (Role.EXTERNAL, XL_MARKER_STYLE.CIRCLE),
    (Role.VERIFIED, XL_MARKER_STYLE.DIAMOND),
    (Role.SELF, XL_MARKER_STYLE.TRIANGLE),
)


@dataclass(frozen=True)
class Look:
    """How one series is drawn: its colour, and for a line its dash and marker."""

    colour: str
    dashed: bool = False
    marker: XL_MARKER_STYLE | None = None
    # Points (by position) whose marker is hollow: an unfinished year.
    hollow: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Scale:
    """A value axis: from ``minimum`` to ``maximum`` (PowerPoint's choice if ``None``), a tick
    every ``unit``, ticks written as ``number_format``."""

    minimum: float = 0.0
    maximum: float | None = None
    unit: float | None = None
    number_format: str = "0"


# The index axis runs from 0, so that a value of 1.00 still shows as a bar; ticks at 1–5.
INDEX_SCALE = Scale(0.0, INDEX_LIMIT, 1.0)


@dataclass(frozen=True)
class SlideChart:
    """A chart ready to place on a slide: its kind, its data and the look of each series."""

    title: str
    kind: XL_CHART_TYPE
    data: CategoryChartData | XyChartData
    looks: Sequence[Look]
    scale: Scale = INDEX_SCALE
    reversed_categories: bool = False  # horizontal bars: the first label on top
    value_labels: bool = False
    cost_axis: str = ""  # an XY chart's horizontal axis: its title


def place(slide: Slide, chart: SlideChart, *, left: int, top: int, width: int, height: int) -> None:
    """Add ``chart`` to ``slide`` in the given box, named "Chart", its title as its alternative
    text."""
    # python-pptx's annotations say it takes a ``ChartData`` and returns a ``Chart``; it takes
    # any chart data and returns the graphic frame that holds the chart.
    frame = cast(
        GraphicFrame,
        slide.shapes.add_chart(
            chart.kind,
            Emu(left),
            Emu(top),
            Emu(width),
            Emu(height),
            cast(ChartData, chart.data),
        ),
    )
    frame.name = "Chart"
    cast(Any, frame._element).nvGraphicFramePr.cNvPr.set("descr", chart.title)
    native = frame.chart
    native.font.size = FONT_SIZE
    native.font.color.rgb = _rgb(TEXT_COLOUR)
    native.has_title = False
    native.has_legend = True
    native.legend.position = XL_LEGEND_POSITION.BOTTOM
    native.legend.include_in_layout = False
    _style_series(native, chart)
    _style_axes(native, chart)


def comparison_columns(comparison: SeriesComparison, *, title: str) -> SlideChart:
    """Grouped columns, one group per domain (or aspect), values printed on the columns."""
    data, looks = _comparison_data(comparison)
    return SlideChart(title, XL_CHART_TYPE.COLUMN_CLUSTERED, data, looks, value_labels=True)


def comparison_radar(comparison: SeriesComparison, *, title: str) -> SlideChart:
    """A radar, one spoke per aspect; with fewer than three it falls back to columns."""
    if len(comparison.labels) < 3:
        return comparison_columns(comparison, title=title)
    data, looks = _comparison_data(comparison, marker=XL_MARKER_STYLE.CIRCLE)
    return SlideChart(title, XL_CHART_TYPE.RADAR_MARKERS, data, looks)


def indicator_rows(comparison: SeriesComparison, *, title: str) -> SlideChart:
    """Horizontal grouped bars, one row per indicator, the first on top."""
    data, looks = _comparison_data(comparison)
    return SlideChart(title, XL_CHART_TYPE.BAR_CLUSTERED, data, looks, reversed_categories=True)


def history_lines(
    points: Sequence[HistoryPoint],
    *,
    title: str,
    labels: HistoryLabels,
    target: Decimal | None,
    target_series: str | None,
) -> SlideChart:
    """One line per framework over the years, an unfinished year's marker hollow, values
    printed; the target across the years of ``target_series`` (all years without one)."""
    points = sorted(points, key=lambda point: point.year)
    ticks = {point.year: point.label or str(point.year) for point in reversed(points)}
    years = sorted(ticks)
    data = CategoryChartData(number_format=INDEX_FORMAT)
    data.categories = [ticks[year] for year in years]
    looks = []
    for position, name in enumerate(dict.fromkeys(point.series for point in points)):
        role, marker = _HISTORY_STYLES[position % len(_HISTORY_STYLES)]
        members = {point.year: point for point in points if point.series == name}
        data.add_series(
            name or labels.index,
            [_number(members[year].index) if year in members else None for year in years],
        )
        hollow = {i for i, year in enumerate(years) if year in members and members[year].unfinished}
        looks.append(Look(colour(role), marker=marker, hollow=frozenset(hollow)))
    if target is not None:
        spanned = {point.year for point in points if point.series == target_series} or set(years)
        data.add_series(
            labels.target, [float(target) if year in spanned else None for year in years]
        )
        looks.append(Look(colour(Role.TARGET), dashed=True))
    return SlideChart(title, XL_CHART_TYPE.LINE_MARKERS, data, looks, value_labels=True)


def progress_bars(
    units: Sequence[UnitProgress], *, title: str, labels: ProgressLabels
) -> SlideChart:
    """One stacked bar per unit, first on top: verified, submitted, overdue, pending."""
    data = CategoryChartData(number_format="0")
    data.categories = [f"{unit.unit} ({unit.verified}/{unit.assigned})" for unit in units]
    data.add_series(labels.verified, [unit.verified for unit in units])
    data.add_series(labels.submitted, [unit.submitted - unit.verified for unit in units])
    data.add_series(labels.overdue, [unit.overdue for unit in units])
    data.add_series(labels.pending, [unit.pending for unit in units])
    looks = [
        Look(colour(Role.VERIFIED)),
        Look(colour(Role.SELF)),
        Look(OVERDUE_COLOUR),
        Look(PENDING_COLOUR),
    ]
    most = max((unit.assigned for unit in units), default=0)
    return SlideChart(
        title,
        XL_CHART_TYPE.BAR_STACKED,
        data,
        looks,
        scale=Scale(unit=1.0 if most <= 10 else None),
        reversed_categories=True,
    )


def cost_steps(
    points: Sequence[CurvePoint], *, title: str, labels: CurveLabels, target: Decimal | None
) -> SlideChart:
    """The cost curve as a staircase from cost 0 through every plan; the target as a dashed
    line across it.

    The plans are not marked: a national cost table gives hundreds, whose marks overlap into a
    band, and marking the plans but not the corners takes an element per point in the chart's
    XML, each found by python-pptx by searching all the others (700 took longer than the rest
    of the deck)."""
    points = sorted(points, key=lambda point: point.cost)
    data = XyChartData(number_format=INDEX_FORMAT)
    curve = data.add_series(labels.curve)
    for position, point in enumerate(points):
        if position:  # the corner: the new cost at the index before
            curve.add_data_point(float(point.cost), float(points[position - 1].index))
        curve.add_data_point(float(point.cost), float(point.index))
    looks = [Look(colour(Role.VERIFIED))]
    if target is not None and points:
        line = data.add_series(labels.target)
        line.add_data_point(0.0, float(target))
        line.add_data_point(float(points[-1].cost), float(target))
        looks.append(Look(colour(Role.TARGET), dashed=True))
    return SlideChart(
        title, XL_CHART_TYPE.XY_SCATTER_LINES, data, looks, cost_axis=labels.cost_axis
    )


def _comparison_data(
    comparison: SeriesComparison, *, marker: XL_MARKER_STYLE | None = None
) -> tuple[CategoryChartData, list[Look]]:
    """One series per kind, and the target as a series of its own at every label."""
    data = CategoryChartData(number_format=INDEX_FORMAT)
    data.categories = list(comparison.labels)
    looks = []
    for series in comparison.series:
        data.add_series(series.name, [_number(value) for value in series.values])
        looks.append(Look(colour(series.role), marker=marker))
    if comparison.target is not None:
        data.add_series(
            comparison.target_label, [float(comparison.target)] * len(comparison.labels)
        )
        looks.append(Look(colour(Role.TARGET), dashed=True, marker=marker))
    return data, looks


def _number(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _style_series(native: PptxChart, chart: SlideChart) -> None:
    lines = chart.kind in (
        XL_CHART_TYPE.LINE_MARKERS,
        XL_CHART_TYPE.RADAR_MARKERS,
        XL_CHART_TYPE.XY_SCATTER_LINES,
    )
    plot = native.plots[0]
    if chart.kind in (XL_CHART_TYPE.BAR_STACKED,):
        plot.gap_width = 60
        plot.overlap = 100
    for series, look in zip(plot.series, chart.looks, strict=True):
        if lines:
            series.format.line.color.rgb = _rgb(look.colour)
            series.format.line.width = Pt(1.5 if look.dashed else 2.25)
            if look.dashed:
                series.format.line.dash_style = MSO_LINE_DASH_STYLE.DASH
            series.smooth = False
            _style_markers(series, look)
        else:
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = _rgb(look.colour)
            if look.dashed:  # the target's bars: lighter, so the kinds stand out
                series.format.fill.fore_color.brightness = 0.4
    if chart.value_labels:
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format = INDEX_FORMAT
        labels.number_format_is_linked = False
        labels.font.size = Pt(10)
        if chart.looks and chart.looks[-1].dashed:
            # The target is a constant; printing it at every label would only repeat it.
            plot.series[len(chart.looks) - 1].data_labels.show_value = False


def _style_markers(series: object, look: Look) -> None:
    marker = series.marker  # type: ignore[attr-defined]
    if look.marker is None:
        marker.style = XL_MARKER_STYLE.NONE
        return
    marker.style = look.marker
    marker.size = 7
    marker.format.fill.solid()
    marker.format.fill.fore_color.rgb = _rgb(look.colour)
    marker.format.line.color.rgb = _rgb(look.colour)
    points = series.points  # type: ignore[attr-defined]
    for position in look.hollow:
        points[position].marker.format.fill.solid()
        points[position].marker.format.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _style_axes(native: PptxChart, chart: SlideChart) -> None:
    values = native.value_axis
    scale = chart.scale
    values.minimum_scale = scale.minimum
    if scale.maximum is not None:
        values.maximum_scale = scale.maximum
    if scale.unit is not None:
        values.major_unit = scale.unit
    values.tick_labels.number_format = scale.number_format
    values.tick_labels.number_format_is_linked = False
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = _rgb(GRID_COLOUR)
    if chart.kind is XL_CHART_TYPE.RADAR_MARKERS:
        return
    categories = native.category_axis
    categories.reverse_order = chart.reversed_categories
    if chart.cost_axis:
        categories.minimum_scale = 0.0
        categories.has_title = True
        categories.axis_title.text_frame.text = chart.cost_axis
