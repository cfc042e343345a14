"""The report's charts: SVG for the PDF, PNG for the slides.

The evaluation's charts (domains, aspects, history, unit progress) are the dashboard's, drawn
by ``spbe.evaluations.charts`` from the same summary; only the charts of what the report adds
(every indicator's level, the cost curve of the plan) are built here.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.charts import Chart, CurveLabels, cost_curve, indicator_bars
from spbe.evaluations.charts import kind_series
from spbe.evaluations.scores import IndexKind
from spbe.reports.data import ReportData
from spbe.reports.wording import cost_unit_label


def indicator_charts(data: ReportData, parts: int = 2) -> list[Chart]:
    """Every indicator's levels in ``parts`` charts of consecutive indicators, side by side on a
    slide: for frameworks without domains (Pemdi: 20 indicators), whose one chart is too tall.
    """
    rows = list(data.indicators)
    size = -(-len(rows) // parts) or 1
    charts = []
    for start in range(0, len(rows), size):
        chunk = rows[start : start + size]
        values = {
            IndexKind.SELF: [row.claimed for row in chunk],
            IndexKind.VERIFIED: [row.verified for row in chunk],
            IndexKind.EXTERNAL: [row.external for row in chunk],
        }
        charts.append(
            indicator_bars(
                kind_series(
                    data.summary.shown_kinds, [f"{row.code}. {row.name}" for row in chunk], values
                ),
                title=_("Level per indicator (%(first)s–%(last)s)")
                % {"first": chunk[0].code, "last": chunk[-1].code},
                empty_text=_("No data yet"),
            )
        )
    return charts


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
