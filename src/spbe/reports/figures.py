"""The report's charts, built once from ``ReportData``: SVG for the PDF, PNG for the slides."""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.charts import (
    Chart,
    CurveLabels,
    HistoryLabels,
    HistoryPoint,
    ProgressLabels,
    Role,
    Series,
    SeriesComparison,
    UnitProgress,
    comparison_bars,
    comparison_radar,
    cost_curve,
    index_history,
    indicator_bars,
    unit_progress,
)
from spbe.evaluations.scores import IndexKind
from spbe.reports.data import IndicatorRow, PartFigure, ReportData
from spbe.reports.wording import cost_unit_label, decimal_mark, kind_label


def _parts_comparison(data: ReportData, parts: tuple[PartFigure, ...]) -> SeriesComparison:
    series = [
        Series(kind_label(IndexKind.SELF), [part.self_value for part in parts], Role.SELF),
        Series(kind_label(IndexKind.VERIFIED), [part.verified for part in parts], Role.VERIFIED),
    ]
    if data.has_external:
        series.append(
            Series(kind_label(IndexKind.EXTERNAL), [part.external for part in parts], Role.EXTERNAL)
        )
    return SeriesComparison(
        labels=[part.name for part in parts],
        series=series,
        target=data.target,
        target_label=_("Target"),
    )


def domain_chart(data: ReportData) -> Chart | None:
    if not data.domains:
        return None
    return comparison_bars(
        _parts_comparison(data, data.domains),
        title=_("Index per domain"),
        decimal_mark=decimal_mark(),
        empty_text=_("No data yet"),
    )


def aspect_chart(data: ReportData) -> Chart:
    return comparison_radar(
        _parts_comparison(data, data.aspects),
        title=_("Index per aspect"),
        empty_text=_("No data yet"),
    )


def _indicator_comparison(data: ReportData, rows: list[IndicatorRow]) -> SeriesComparison:
    series = [
        Series(kind_label(IndexKind.SELF), [row.claimed for row in rows], Role.SELF),
        Series(kind_label(IndexKind.VERIFIED), [row.verified for row in rows], Role.VERIFIED),
    ]
    if data.has_external:
        series.append(
            Series(kind_label(IndexKind.EXTERNAL), [row.external for row in rows], Role.EXTERNAL)
        )
    return SeriesComparison(labels=[f"{row.code}. {row.name}" for row in rows], series=series)


def indicator_charts(data: ReportData, parts: int = 2) -> list[Chart]:
    """Every indicator's levels in ``parts`` charts of consecutive indicators, side by side on a
    slide: for frameworks without domains (Pemdi: 20 indicators), whose one chart is too tall.
    """
    rows = list(data.indicators)
    size = -(-len(rows) // parts) or 1
    return [
        indicator_bars(
            _indicator_comparison(data, rows[start : start + size]),
            title=_("Level per indicator (%(first)s–%(last)s)")
            % {"first": rows[start].code, "last": rows[min(start + size, len(rows)) - 1].code},
            empty_text=_("No data yet"),
        )
        for start in range(0, len(rows), size)
    ]


def history_chart(data: ReportData) -> Chart:
    return index_history(
        [HistoryPoint(entry.year, entry.index) for entry in data.history],
        title=_("Index over the years (%(framework)s)") % {"framework": data.framework_short_title},
        labels=HistoryLabels(index=data.agency_name, target=_("Target")),
        target=data.target,
        decimal_mark=decimal_mark(),
        empty_text=_("No data yet"),
    )


def progress_chart(data: ReportData) -> Chart:
    return unit_progress(
        [
            UnitProgress(unit.name, unit.assigned, unit.submitted, unit.verified, unit.overdue)
            for unit in data.units
        ],
        title=_("Progress per unit"),
        labels=ProgressLabels(
            verified=_("Verified"),
            submitted=_("Submitted"),
            overdue=_("Overdue"),
            pending=_("Not yet submitted"),
        ),
        empty_text=_("No indicator is assigned yet."),
    )


def curve_chart(data: ReportData) -> Chart | None:
    plan = data.recommendations
    if not plan.available:
        return None
    return cost_curve(
        plan.curve,
        title=_("What each index costs"),
        labels=CurveLabels(
            curve=_("Least-cost plan for each index"),
            cost_axis=_("Cost (%(unit)s)") % {"unit": cost_unit_label(plan.cost_unit)},
            target=_("Target"),
        ),
        target=plan.target,
        empty_text=_("No data yet"),
    )
