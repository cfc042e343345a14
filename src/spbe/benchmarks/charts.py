"""The benchmark pages' charts, through the shared chart module and its cache."""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.benchmarks.agency import AgencyBenchmark
from spbe.charts import (
    HistoryLabels,
    HistoryPoint,
    Role,
    Series,
    SeriesComparison,
    comparison_bars,
    index_history,
)
from spbe.charts.svg_cache import cached_svg

DOMAIN_NAMES = ("Kebijakan Internal", "Tata Kelola", "Manajemen", "Layanan")


def history_svg(page: AgencyBenchmark) -> str:
    points = [
        HistoryPoint(
            year=entry.year,
            index=entry.index,
            national_average=entry.national.index if entry.national else None,
            category_average=entry.category.index if entry.category else None,
            province_average=entry.province.index if entry.province else None,
        )
        for entry in page.history
    ]
    labels = HistoryLabels(
        index=page.result.agency,
        national_average=_("National average"),
        category_average=_("Average of its kind"),
        province_average=_("Average of its province"),
        target=_("Target"),
    )
    title = _("Index over the years")
    return cached_svg(
        "history", (points, labels), lambda: index_history(points, title=title, labels=labels)
    )


def domains_svg(page: AgencyBenchmark) -> str:
    comparison = page.domains
    series = [Series(page.result.agency, list(comparison.agency), Role.EXTERNAL)]
    for name, reference, role in (
        (_("National average"), comparison.national, Role.NATIONAL),
        (_("Average of its kind"), comparison.category, Role.CATEGORY),
        (_("Average of its province"), comparison.province, Role.PROVINCE),
    ):
        if reference is not None:
            series.append(Series(name, list(reference.domains), role))
    data = SeriesComparison(labels=list(DOMAIN_NAMES), series=series)
    title = _("Domains compared")
    return cached_svg("domains", data, lambda: comparison_bars(data, title=title))
