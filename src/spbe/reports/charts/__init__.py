"""Server-side charts: one implementation for the page (SVG), the PDF (SVG) and slides (PNG).

Pure functions over plain frozen dataclasses; matplotlib is used through ``Figure`` only (no
pyplot), so rendering is safe in a threaded web server. No Django imports.
"""

from spbe.reports.charts.chart import Chart
from spbe.reports.charts.comparison import comparison_bars, comparison_radar, indicator_bars
from spbe.reports.charts.curve import CurveLabels, CurvePoint, cost_curve
from spbe.reports.charts.data import (
    HistoryLabels,
    HistoryPoint,
    ProgressLabels,
    Role,
    Series,
    SeriesComparison,
    UnitProgress,
)
from spbe.reports.charts.history import index_history
from spbe.reports.charts.progress import unit_progress
from spbe.reports.charts.style import PALETTE

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
