"""The dashboard's charts, from the shared chart module (the same ones the reports use).

The national averages in the history chart are published results, which the benchmarks app
reads; the page that composes the dashboard passes them in, so evaluations does not import it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from django.utils.translation import gettext as _

from spbe.charts import (
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
from spbe.evaluations.dashboard import Dashboard, PartRow


def parts_comparison(rows: list[PartRow], dashboard: Dashboard) -> SeriesComparison:
    series = [
        Series(_("Self-assessment"), [row.self_value for row in rows], Role.SELF),
        Series(_("Verified"), [row.verified for row in rows], Role.VERIFIED),
    ]
    if any(row.external is not None for row in rows):
        series.append(Series(_("External"), [row.external for row in rows], Role.EXTERNAL))
    return SeriesComparison(
        labels=[f"{row.number}. {row.name}" for row in rows],
        series=series,
        target=dashboard.evaluation.target,
        target_label=_("Target"),
    )


def dashboard_charts(
    dashboard: Dashboard, *, national_averages: Mapping[tuple[int, str], Decimal]
) -> dict[str, str]:
    """The dashboard's SVG charts; ``national_averages`` by (year, framework code)."""
    charts: dict[str, str] = {}
    if dashboard.domains:
        domains = parts_comparison(dashboard.domains, dashboard)
        title = _("Domain indices")
        charts["domains"] = cached_svg(
            "domains", domains, lambda: comparison_bars(domains, title=title)
        )
    aspects = parts_comparison(dashboard.aspects, dashboard)
    aspect_title = _("Aspect indices")
    charts["aspects"] = cached_svg(
        "aspects", aspects, lambda: comparison_radar(aspects, title=aspect_title)
    )
    charts["history"] = _history(dashboard, national_averages)
    units = [
        UnitProgress(row.unit.short_name, row.assigned, row.submitted, row.verified, row.overdue)
        for row in dashboard.units
    ]
    if units:
        labels = ProgressLabels(
            verified=_("Verified"),
            submitted=_("Submitted"),
            overdue=_("Overdue"),
            pending=_("Not yet submitted"),
        )
        title = _("Progress per unit")
        charts["units"] = cached_svg(
            "units", (units, labels), lambda: unit_progress(units, title=title, labels=labels)
        )
    return charts


def _history(dashboard: Dashboard, national_averages: Mapping[tuple[int, str], Decimal]) -> str:
    points = [
        HistoryPoint(
            year=row.evaluation.year,
            index=row.index.result.index,
            national_average=national_averages.get(
                (row.evaluation.year, row.evaluation.revision.framework.code)
            ),
        )
        for row in dashboard.history
    ]
    labels = HistoryLabels(
        index=dashboard.evaluation.agency.name,
        national_average=_("National average"),
        category_average="",
        province_average="",
        target=_("Target"),
    )
    title = _("Index over the years")
    target = dashboard.evaluation.target
    return cached_svg(
        "dashboard-history",
        (points, labels, target),
        lambda: index_history(points, title=title, labels=labels, target=target),
    )
