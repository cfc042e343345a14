"""Score results as plain JSON-ready data and as a readable table (the CLI and the reports)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from spbe.scoring.estimate import Estimate, EstimateNote, IndicatorEstimate, ValueSource
from spbe.scoring.model import PartScore, PredicateBasis, ScoreResult

# xgettext does not look inside f-strings: these labels, used in them below, are marked
# here so that they reach the translation catalogue.
_LABELS_IN_F_STRINGS = (
    gettext_noop("Index"),
    gettext_noop("unrounded"),
    gettext_noop("Predicate"),
    gettext_noop("Unrounded"),
    gettext_noop("Indicator"),
    gettext_noop("Value"),
    gettext_noop("Source"),
    gettext_noop("Blocked by"),
    gettext_noop("Notes"),
)


def exact_text(value: Decimal) -> str:
    """An unrounded value without trailing zeros but with at least two decimals."""
    text = format(value.normalize(), "f")
    whole, _dot, decimals = text.partition(".")
    return f"{whole}.{decimals.ljust(2, '0')}"


def basis_label(basis: PredicateBasis, year: int | None) -> str:
    if basis is PredicateBasis.ROUNDED:
        label = _("decided by the index rounded to two decimals")
    else:
        label = _("decided by the unrounded index")
    if year is None:
        return _("%(label)s (default policy)") % {"label": label}
    return _("%(label)s (policy for %(year)s)") % {"label": label, "year": year}


def result_as_json(result: ScoreResult, *, identifier: Any = None) -> dict[str, Any]:
    data: dict[str, Any] = {} if identifier is None else {"id": identifier}
    data.update(
        {
            "framework": result.framework_id,
            "year": result.year,
            "index": str(result.index),
            "index_exact": exact_text(result.index_exact),
            "predicate": result.predicate,
            "predicate_basis": result.predicate_basis.value,
            "domains": [_part(part) for part in result.domains],
            "aspects": [_part(part) for part in result.aspects],
        }
    )
    return data


def _part(part: PartScore) -> dict[str, Any]:
    return {
        "number": part.number,
        "name": part.name,
        "index": str(part.display),
        "index_exact": exact_text(part.exact),
    }


def result_as_table(result: ScoreResult, *, title: str) -> str:
    predicate = result.predicate or _("— (this framework has no predicate table)")
    lines = [
        title,
        "",
        f"{_('Index'):<12}: {result.index}  ({_('unrounded')}: {exact_text(result.index_exact)})",
        f"{_('Predicate'):<12}: {predicate}",
        f"{'':<12}  {basis_label(result.predicate_basis, result.year)}",
    ]
    for heading, parts in ((_("Domain"), result.domains), (_("Aspect"), result.aspects)):
        if not parts:
            continue
        lines += ["", f"{heading:<62} {_('Index'):>7}  {_('Unrounded')}"]
        for part in parts:
            name = f"{part.number}. {part.name}"
            lines.append(f"{name[:62]:<62} {part.display!s:>7}  {exact_text(part.exact)}")
    return "\n".join(lines)


def estimate_as_json(estimate: Estimate) -> dict[str, Any]:
    """The score of an estimate as :func:`result_as_json` gives it, and each indicator's value,
    source, blocking item, notes, item statuses and external reading."""
    data = result_as_json(estimate.score)
    data["indicators"] = [_indicator_estimate(entry) for entry in estimate.indicators]
    return data


def _indicator_estimate(entry: IndicatorEstimate) -> dict[str, Any]:
    reading = entry.external
    return {
        "number": entry.indicator,
        "value": str(entry.value),
        "source": entry.source.value,
        "blocked_by": entry.blocked_by,
        "notes": [note.value for note in entry.notes],
        "items": None
        if entry.items is None
        else [
            {
                "code": outcome.code,
                "status": outcome.status.value,
                "own_status": outcome.own_status.value,
                "blocked_by": outcome.blocked_by,
            }
            for outcome in entry.items.items
        ],
        "external": None
        if reading is None
        else {
            "index": reading.index_name,
            "value": None if reading.value is None else str(reading.value),
            "year": reading.year,
            "level": reading.level,
            "pending": reading.pending,
            "outdated": reading.outdated,
        },
    }


def estimate_as_table(estimate: Estimate, *, title: str) -> str:
    """:func:`result_as_table`, then one line per indicator: value, source, what blocks it."""
    blocked_by = _("Blocked by")
    width = max(len(blocked_by), 10)  # the longest item code, I20-L5-07, has 9 characters
    lines = [
        result_as_table(estimate.score, title=title),
        "",
        f"{_('Indicator'):>9}  {_('Value'):>6}  {_('Source'):<16} {blocked_by:<{width}}  "
        f"{_('Notes')}",
    ]
    for entry in estimate.indicators:
        notes = "; ".join(str(NOTE_LABELS[note]) for note in entry.notes)
        lines.append(
            f"{entry.indicator:>9}  {entry.value!s:>6}  {SOURCE_LABELS[entry.source]!s:<16} "
            f"{entry.blocked_by or '':<{width}}  {notes}".rstrip()
        )
    return "\n".join(lines)


SOURCE_LABELS = {
    ValueSource.ITEMS: gettext_lazy("items"),
    ValueSource.EXTERNAL: gettext_lazy("external index"),
    ValueSource.CLAIMED: gettext_lazy("claimed"),
}
NOTE_LABELS = {
    EstimateNote.EXTERNAL_VALUE_PENDING: gettext_lazy("index value not entered yet"),
    EstimateNote.EXTERNAL_VALUE_OUTDATED: gettext_lazy("index value of an earlier year"),
    EstimateNote.CAPPED_BY_EXTERNAL_INDEX: gettext_lazy("capped by the index"),
    EstimateNote.LEVEL_WITHOUT_ITEMS: gettext_lazy(
        "stops at a level the source lists no items for"
    ),
}


def machine_numbers_note() -> str:
    """What a command's help says of its numbers: points on output, either mark on input."""
    return _(
        "Numbers are printed with a decimal point (3.06), as machine output should be; "
        "values and targets may be given as 2.6 or 2,6."
    )
