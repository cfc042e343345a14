"""Plans and cost-vs-index curves as JSON-ready data and as readable tables (``spbe plan``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from spbe.catalog.presenters import basis_label, exact_text
from spbe.planner.optimizer import Plan
from spbe.planner.pareto import FrontPoint, ParetoFront
from spbe.planner.problem import Step
from spbe.planning.planner_wording import cost_unit_label, describe_unreachable
from spbe.scoring.model import ScoringFramework

# xgettext does not look inside f-strings: these labels, used in them below, are marked
# here so that they reach the translation catalogue.
_LABELS_IN_F_STRINGS = (
    gettext_noop("Target"),
    gettext_noop("Total cost"),
    gettext_noop("Indicator"),
    gettext_noop("From"),
    gettext_noop("To"),
    gettext_noop("Cost"),
    gettext_noop("Index"),
    gettext_noop("Unrounded"),
    gettext_noop("Steps"),
    gettext_noop("Predicate"),
    gettext_noop("unrounded"),
)


NAME_WIDTH = 58


def plan_as_json(plan: Plan) -> dict[str, Any]:
    """The plan with the keys ``spbe plan --json`` promises; numbers that may be fractional
    are strings, so that nothing passes through a float."""
    return {
        "framework": plan.framework_id,
        "year": plan.year,
        "predicate_basis": plan.basis.value,
        "index_before": str(plan.before.index),
        "index_before_exact": exact_text(plan.before.index_exact),
        "predicate_before": plan.before.predicate,
        "index_after": str(plan.after.index),
        "index_after_exact": exact_text(plan.after.index_exact),
        "predicate_after": plan.after.predicate,
        "target": str(plan.target),
        "reachable": plan.reachable,
        "reason": None if plan.reachable else describe_unreachable(plan),
        "best_index": exact_text(plan.best_index),
        "total_cost": _amount(plan.total_cost),
        "cost_unit": plan.cost_unit,
        "steps": [_step(step) for step in plan.steps],
    }


def front_as_json(front: ParetoFront) -> list[dict[str, Any]]:
    return [
        {
            "cost": _amount(point.cost),
            "index": str(point.index),
            "index_exact": exact_text(point.index_exact),
            "predicate": point.predicate,
            "step_count": point.step_count,
        }
        for point in front.points
    ]


def plan_as_table(plan: Plan, framework: ScoringFramework, *, title: str) -> str:
    outcome = _("reached") if plan.reachable else _("NOT reachable")
    lines = [
        title,
        "",
        _row(_("Index now"), plan.before.index, plan.before.index_exact, plan.before.predicate),
        _row(_("Index after"), plan.after.index, plan.after.index_exact, plan.after.predicate),
        f"{_('Target'):<14}: {plan.target}  {outcome}",
        f"{'':<14}  {basis_label(plan.basis, plan.year)}",
        f"{_('Total cost'):<14}: {_amount(plan.total_cost)} {cost_unit_label(plan.cost_unit)}, "
        + _("%(count)s level steps") % {"count": plan.step_count},
    ]
    if not plan.reachable:
        lines += ["", describe_unreachable(plan)]
    if not plan.steps:
        lines += ["", _("No step is needed.") if plan.reachable else _("No step can help.")]
        return "\n".join(lines)
    lines += [
        "",
        f"{_('Indicator'):<{NAME_WIDTH}} {_('From'):>6} {_('To'):>4} {_('Cost'):>8}",
    ]
    for step in plan.steps:
        name = f"{step.indicator:>2}. {framework.indicator(step.indicator).name}"
        lines.append(
            f"{_clip(name):<{NAME_WIDTH}} {_amount(step.from_value):>6} "
            f"{step.to_level:>4} {_amount(step.cost):>8}"
        )
    return "\n".join(lines)


def front_as_table(front: ParetoFront, *, title: str) -> str:
    """The curve, one row per displayed index: the cheapest plan that shows it."""
    lines = [
        title,
        "",
        f"{_('Cost'):>10} {_('Index'):>7} {_('Unrounded'):>12} {_('Steps'):>6}  {_('Predicate')}",
    ]
    shown: set[Decimal] = set()
    for point in front.points:
        if point.index in shown:
            continue
        shown.add(point.index)
        lines.append(_front_row(point))
    lines += ["", _("Costs in %(unit)s.") % {"unit": cost_unit_label(front.cost_unit)}]
    return "\n".join(lines)


def _front_row(point: FrontPoint) -> str:
    return (
        f"{_amount(point.cost):>10} {point.index!s:>7} {exact_text(point.index_exact):>12} "
        f"{point.step_count:>6}  {point.predicate or '—'}"
    )


def _row(label: str, index: Decimal, exact: Decimal, predicate: str | None) -> str:
    return f"{label:<14}: {index}  ({_('unrounded')}: {exact_text(exact)})  {predicate or ''}"


def _step(step: Step) -> dict[str, Any]:
    return {
        "indicator": step.indicator,
        "from": format(step.from_value.normalize(), "f"),
        "to": step.to_level,
        "cost": _amount(step.cost),
    }


def _amount(value: Decimal) -> str:
    """A cost without needless trailing zeros: 12, 2.5."""
    return format(value.normalize(), "f")


def _clip(text: str) -> str:
    return text if len(text) <= NAME_WIDTH else text[: NAME_WIDTH - 1] + "…"
