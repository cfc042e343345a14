"""Score results as plain JSON-ready data and as a readable table (the CLI and the reports)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from spbe.scoring.model import PartScore, PredicateBasis, ScoreResult

# xgettext does not look inside f-strings: these labels, used in them below, are marked
# here so that they reach the translation catalogue.
_LABELS_IN_F_STRINGS = (
    gettext_noop("Index"),
    gettext_noop("unrounded"),
    gettext_noop("Predicate"),
    gettext_noop("Unrounded"),
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
