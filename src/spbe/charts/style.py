"""The one look of every chart: palette, fonts, sizes and number format.

Sizes are in inches because matplotlib's are. ``A4_WIDTH`` is the text width of an A4 page with
20 mm margins (170 mm), so a chart placed at its natural size in the PDF is neither shrunk nor
enlarged and its 8–9 pt text stays readable.
"""

from __future__ import annotations

import textwrap
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from spbe.charts.data import Role

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn (spbe.charts.chart)
    from matplotlib.typing import RcKeyType

A4_WIDTH = 6.7

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and in print.
PALETTE: dict[Role, str] = {
    Role.SELF: "#56B4E9",
    Role.VERIFIED: "#0072B2",
    Role.EXTERNAL: "#009E73",
    Role.TARGET: "#D55E00",
    Role.NATIONAL: "#666666",
    Role.CATEGORY: "#CC79A7",
    Role.PROVINCE: "#E69F00",
}
OVERDUE_COLOUR = PALETTE[Role.TARGET]
PENDING_COLOUR = "#D9D9D9"
TEXT_COLOUR = "#222222"
GRID_COLOUR = "#DDDDDD"
CHANGE_COLOUR = "#666666"
MISSING_MARK = "–"

# Index axes run from 0 so that a value of 1.00 (common for Manajemen) still shows as a bar;
# the ticks name the scale 1–5.
INDEX_LIMIT = 5.0
INDEX_TICKS = (1, 2, 3, 4, 5)

FONT_SIZE = 9.0
SMALL_FONT_SIZE = 7.5

# DejaVu Sans ships with matplotlib, so text is measured the same on every server. SVG text keeps
# that family first; the fallbacks are narrower, so a label never outgrows the space reserved.
RC: dict[RcKeyType, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"],
    "font.size": FONT_SIZE,
    "text.color": TEXT_COLOUR,
    "text.parse_math": False,
    "text.usetex": False,
    "axes.edgecolor": "#888888",
    "axes.labelcolor": TEXT_COLOUR,
    "axes.linewidth": 0.8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 10.0,
    "axes.titleweight": "bold",
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
    "xtick.labelsize": FONT_SIZE,
    "ytick.labelsize": FONT_SIZE,
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "svg.fonttype": "none",
    "svg.image_inline": True,
    "path.simplify": True,
}


def colour(role: Role) -> str:
    """The colour a role has on every chart."""
    return PALETTE[role]


def format_number(value: Decimal, *, places: int = 2, decimal_mark: str = ",") -> str:
    """Round half-up as the scoring engine displays and write with the caller's decimal mark."""
    quantum = Decimal(1).scaleb(-places)
    text = f"{value.quantize(quantum, rounding=ROUND_HALF_UP):f}"
    return text.replace(".", decimal_mark)


def wrap_label(label: str, width: int, *, max_lines: int = 3) -> str:
    """Break a long label over lines; what does not fit in ``max_lines`` ends with an ellipsis."""
    lines = textwrap.wrap(label, width, break_long_words=False) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(width - 1, 1)].rstrip() + "…"
    return "\n".join(lines)


def as_float(value: Decimal | None) -> float:
    """Matplotlib draws floats; a missing value becomes NaN, which it leaves out."""
    return float("nan") if value is None else float(value)
