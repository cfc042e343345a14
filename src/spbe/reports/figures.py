"""The report's own charts: every indicator's level, and the cost curve of the plan.

The evaluation's charts (domains, aspects, history, unit progress) are the dashboard's, drawn
by ``spbe.evaluations.charts`` from the same summary; only the charts of what the report adds
are specified here, as data (``indicator_comparisons``, ``curve_labels``) that the slides draw
as PowerPoint charts, and for the PDF's SVG as a chart kit ``Chart`` (``curve_chart``).
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.charts import Chart, CurveLabels, SeriesComparison, cost_curve
from spbe.evaluations.charts import kind_series
from spbe.evaluations.scores import IndexKind
from spbe.reports.data import ReportData
from spbe.reports.wording import cost_unit_label


def indicator_comparisons(data: ReportData, parts: int = 2) -> list[tuple[str, SeriesComparison]]:
    """Every indicator's levels in ``parts`` groups of consecutive indicators, each with its
    title, side by side on a slide: for frameworks without domains (Pemdi: 20 indicators),
    whose one chart is too tall."""
    rows = list(data.indicators)
    size = -(-len(rows) // parts) or 1
    groups = []
    for start in range(0, len(rows), size):
        chunk = rows[start : start + size]
        values = {
            IndexKind.SELF: [row.claimed for row in chunk],
            IndexKind.VERIFIED: [row.verified for row in chunk],
            IndexKind.EXTERNAL: [row.external for row in chunk],
        }
        title = _("Level per indicator (%(first)s–%(last)s)") % {
            "first": chunk[0].code,
            "last": chunk[-1].code,
        }
        comparison = kind_series(
            data.summary.shown_kinds, [f"{row.code}. {row.name}" for row in chunk], values
        )
        groups.append((title, comparison))
    return groups


def curve_title() -> str:
    return _("What each index costs")


def curve_labels(data: ReportData) -> CurveLabels:
    return CurveLabels(
        curve=_("Least-cost plan for each index"),
        cost_axis=_("Cost (%(unit)s)") % {"unit": cost_unit_label(data.recommendations.cost_unit)},
        target=_("Target"),
    )


def curve_chart(data: ReportData) -> Chart | None:
    plan = data.recommendations
    if not plan.available:
        return None
    return cost_curve(
        plan.curve,
        title=curve_title(),
        labels=curve_labels(data),
        target=plan.target,
        empty_text=_("No data yet"),
    )
