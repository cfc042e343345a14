"""Words and number formats every report format shares, in the active language.

Each format states the predicate basis and, for illustrative evaluations, that the
per-indicator values are illustrative wherever it shows an index; the sentences live here so
that the four formats say it the same way.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.utils import formats
from django.utils.translation import gettext as _

from spbe.catalog.presenters import basis_label
from spbe.core.templatetags.spbe import level
from spbe.evaluations.scores import IndexFigure
from spbe.planning.planner_wording import cost_unit_label
from spbe.reports.data import ReportData
from spbe.scoring.model import PredicateBasis

__all__ = [
    "basis_sentence",
    "cost_unit_label",
    "illustrative_notice",
    "index_caption",
    "level",
    "number",
    "report_title",
    "weight_value",
]


def report_title() -> str:
    return _("Self-assessment report")


def number(value: Decimal | None, places: int = 2) -> str:
    """A value rounded half-up to ``places`` decimals, with the language's decimal mark."""
    if value is None:
        return "—"
    quantum = Decimal(1).scaleb(-places)
    return formats.number_format(value.quantize(quantum, rounding=ROUND_HALF_UP), places)


def weight_value(weight: Fraction, places: int = 4) -> Decimal:
    """A weight as a decimal number (weights such as 10/3 do not end; four places is exact enough)."""
    quantum = Decimal(1).scaleb(-places)
    exact = Decimal(weight.numerator) / Decimal(weight.denominator)
    return exact.quantize(quantum, rounding=ROUND_HALF_UP).normalize()


def basis_sentence(basis: PredicateBasis, year: int | None) -> str:
    return _("Predicate %(basis)s.") % {"basis": basis_label(basis, year)}


def illustrative_notice(data: ReportData) -> str:
    """Empty unless the evaluation's per-indicator values are illustrative."""
    summary = data.summary
    if not summary.illustrative:
        return ""
    text = _(
        "Only the totals of this evaluation were published. The per-indicator values are "
        "illustrative: they reproduce the published index and domain indices, not the "
        "agency's actual answers."
    )
    if summary.source_note:
        text += " " + _("Source: %(source)s") % {"source": summary.source_note}
    return text


def index_caption(data: ReportData, figure: IndexFigure | None = None) -> str:
    """What must accompany an index: its predicate basis and, if so, the illustrative flag."""
    figure = figure or data.summary.official
    parts = [basis_sentence(figure.basis, figure.year)]
    if figure.missing and figure.available:
        parts.append(
            _("%(count)s indicator(s) without a value count at the lowest level.")
            % {"count": figure.missing}
        )
    if data.summary.illustrative:
        parts.append(_("Per-indicator values are illustrative."))
    return " ".join(parts)
