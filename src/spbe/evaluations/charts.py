"""The charts of an evaluation, from its summary: one adapter for the page, the PDF and slides.

Each function turns an ``EvaluationSummary`` into the chart kit's spec, so the dashboard (SVG),
the PDF (SVG) and the slides (PowerPoint's own charts, drawn from the same specs by
``spbe.reports.slide_charts``) show the same chart with the same title and numbers.

The national averages in the history chart are published results, which the benchmarks app
reads; the page that composes the dashboard passes them in, so evaluations does not import it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from spbe.charts import (
    Chart,
    HistoryLabels,
    HistoryPoint,
    ProgressLabels,
    Role,
    Series,
    SeriesComparison,
    UnitProgress,
    comparison_bars,
    comparison_radar,
    index_history,
    unit_progress,
)
from spbe.charts.svg_cache import cached_svg
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.summary import EvaluationSummary, PartFigure

# National averages by (year, framework code).
Averages = Mapping[tuple[int, str], Decimal]

ROLES = {
    IndexKind.SELF: Role.SELF,
    IndexKind.VERIFIED: Role.VERIFIED,
    IndexKind.EXTERNAL: Role.EXTERNAL,
}


def decimal_mark() -> str:
    """The active language's decimal mark: charts write numbers as the text around them."""
    return str(formats.get_format("DECIMAL_SEPARATOR"))


def kind_series(
    kinds: Iterable[IndexKind],
    labels: Sequence[str],
    values: Mapping[IndexKind, Sequence[Decimal | None]],
    *,
    target: Decimal | None = None,
) -> SeriesComparison:
    """One series per kind, named as the kind is everywhere; ``values`` align with ``labels``."""
    return SeriesComparison(
        labels=labels,
        series=[Series(str(kind.label), values[kind], ROLES[kind]) for kind in kinds],
        target=target,
        target_label=_("Target") if target is not None else "",
    )


def _parts(summary: EvaluationSummary, parts: tuple[PartFigure, ...]) -> SeriesComparison:
    return kind_series(
        summary.shown_kinds,
        [part.name for part in parts],
        {kind: [part.value(kind) for part in parts] for kind in IndexKind},
        target=summary.target,
    )


# The charts' titles, shared by every drawing of the same chart.
DOMAIN_TITLE = gettext_lazy("Index per domain")
ASPECT_TITLE = gettext_lazy("Index per aspect")
HISTORY_TITLE = gettext_lazy("Index over the years")
PROGRESS_TITLE = gettext_lazy("Progress per unit")


def domain_comparison(summary: EvaluationSummary) -> SeriesComparison | None:
    """Each domain's index of every shown kind, and the target; none for a framework without
    domains."""
    return _parts(summary, summary.domains) if summary.domains else None


def aspect_comparison(summary: EvaluationSummary) -> SeriesComparison:
    return _parts(summary, summary.aspects)


def domain_chart(summary: EvaluationSummary) -> Chart | None:
    comparison = domain_comparison(summary)
    if comparison is None:
        return None
    return comparison_bars(
        comparison,
        title=str(DOMAIN_TITLE),
        decimal_mark=decimal_mark(),
        empty_text=_("No data yet"),
    )


def aspect_chart(summary: EvaluationSummary) -> Chart:
    return comparison_radar(
        aspect_comparison(summary), title=str(ASPECT_TITLE), empty_text=_("No data yet")
    )


def history_points(
    summary: EvaluationSummary, *, national_averages: Averages | None = None
) -> list[HistoryPoint]:
    """The official index of every year of the summary's history, with its national average
    when ``national_averages`` has it."""
    averages = national_averages or {}
    return [
        HistoryPoint(
            year=year.year,
            index=year.index,
            national_average=averages.get((year.year, year.framework_code)),
            series=year.framework_short_title,
            label=year.label,
            unfinished=not year.finished,
        )
        for year in summary.history.years
    ]


def history_labels(summary: EvaluationSummary, *, with_averages: bool = False) -> HistoryLabels:
    return HistoryLabels(
        index=summary.agency_name,
        national_average=_("National average") if with_averages else "",
        target=_("Target"),
        change=_("Framework changed"),
    )


def history_chart(
    summary: EvaluationSummary, *, national_averages: Averages | None = None
) -> Chart:
    """The official index of every year, one line per framework, the change marked, an
    unfinished year hollow and labelled so; this evaluation's target over its framework's
    years only. The dashboard, the PDF and the slides all draw this chart from the summary's
    ``history``; only the dashboard adds the national averages."""
    return index_history(
        history_points(summary, national_averages=national_averages),
        title=str(HISTORY_TITLE),
        labels=history_labels(summary, with_averages=bool(national_averages)),
        target=summary.target,
        target_series=summary.framework_short_title,
        decimal_mark=decimal_mark(),
        empty_text=_("No data yet"),
    )


def unit_rows(summary: EvaluationSummary) -> list[UnitProgress]:
    return [
        UnitProgress(unit.short_name, unit.assigned, unit.submitted, unit.verified, unit.overdue)
        for unit in summary.units
    ]


def progress_labels() -> ProgressLabels:
    return ProgressLabels(
        verified=_("Verified"),
        submitted=_("Submitted"),
        overdue=_("Overdue"),
        pending=_("Not yet submitted"),
    )


def progress_chart(summary: EvaluationSummary) -> Chart:
    return unit_progress(
        unit_rows(summary),
        title=str(PROGRESS_TITLE),
        labels=progress_labels(),
        empty_text=_("No indicator is assigned yet."),
    )


def dashboard_charts(summary: EvaluationSummary, *, national_averages: Averages) -> dict[str, str]:
    """The dashboard's charts as SVG, cached by the summary they are drawn from."""
    charts: dict[str, str] = {}
    domains = domain_chart(summary)
    if domains is not None:
        charts["domains"] = cached_svg("domains", summary, lambda: domains)
    charts["aspects"] = cached_svg("aspects", summary, lambda: aspect_chart(summary))
    charts["history"] = cached_svg(
        "history",
        (summary, sorted(national_averages.items())),
        lambda: history_chart(summary, national_averages=national_averages),
    )
    if summary.units:
        charts["units"] = cached_svg("units", summary, lambda: progress_chart(summary))
    return charts


def summary_chart_svgs(summary: EvaluationSummary) -> list[tuple[str, str]]:
    """The report's charts of the summary as ``(title, SVG)``: domains, aspects, history (without
    the national averages), units. Through the same cache as the dashboard's, under the same
    keys where the chart is the same (only the history differs), so a report of the state the
    dashboard has shown draws nothing again, nor does a second report of one state."""
    charts: list[tuple[str, str]] = []
    domains = domain_chart(summary)
    if domains is not None:
        charts.append((domains.title, cached_svg("domains", summary, lambda: domains)))
    for kind, chart in (
        ("aspects", aspect_chart(summary)),
        ("report-history", history_chart(summary)),
        ("units", progress_chart(summary)),
    ):
        charts.append((chart.title, cached_svg(kind, summary, _returning(chart))))
    return charts


def _returning(chart: Chart) -> Callable[[], Chart]:
    return lambda: chart
