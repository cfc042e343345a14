"""Server-side charts: one implementation for the page (SVG) and the PDF (SVG); PNG on request.

The slides draw PowerPoint's own charts from the same data classes (``spbe.reports.slide_charts``).

The dashboard, the planning page, the benchmarks pages and the reports all draw with this kit,
so it sits below all of them. Pure functions over plain frozen dataclasses; matplotlib is used
through ``Figure`` only (no pyplot), so rendering is safe in a threaded web server. Only
``svg_cache`` touches Django (its cache and the active language).
"""

from spbe.charts.chart import Chart
from spbe.charts.comparison import comparison_bars, comparison_radar, indicator_bars
from spbe.charts.curve import CurveLabels, CurvePoint, cost_curve
from spbe.charts.data import (
    HistoryLabels,
    HistoryPoint,
    ProgressLabels,
    Role,
    Series,
    SeriesComparison,
    UnitProgress,
)
from spbe.charts.history import index_history
from spbe.charts.progress import unit_progress
from spbe.charts.style import PALETTE

__all__ = [
    "PALETTE",
    "Chart",
    "CurveLabels",
    "CurvePoint",
    "HistoryLabels",
    "HistoryPoint",
    "ProgressLabels",
    "Role",
    "Series",
    "SeriesComparison",
    "UnitProgress",
    "comparison_bars",
    "comparison_radar",
    "cost_curve",
    "index_history",
    "indicator_bars",
    "unit_progress",
]
