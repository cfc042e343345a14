"""Planning charts, drawn by the shared chart module so page, PDF and slides agree."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from spbe.charts import CurveLabels, CurvePoint, cost_curve
from spbe.charts.svg_cache import cached_svg
from spbe.planner.pareto import ParetoFront


def curve_svg(front: ParetoFront, target: Decimal, *, name: str | None = None) -> str:
    """The curve's chart with the target's line. ``name``, the curve's cache key
    (``spbe.planning.curve_cache.front_key``), keys the chart instead of its ≈1,000 points."""
    labels = CurveLabels(
        curve=_("Least-cost plan for each index"),
        cost_axis=_("Cost (%(unit)s)") % {"unit": _("effort points")},
        target=_("Target"),
    )

    def points() -> list[CurvePoint]:
        # Only when the chart is drawn, or keyed by its points: a named curve may be lazy.
        return [CurvePoint(point.cost, point.index_exact) for point in front.points]

    # Drawn once per curve, target and language (spbe.charts.svg_cache), not on every view.
    return cached_svg(
        "cost-curve",
        (name or tuple(points()), target, labels),
        lambda: cost_curve(
            points(), title=_("What each index costs"), labels=labels, target=target
        ),
    )
