"""User-facing wording of the planner's input errors and outcomes, in the user's language."""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.catalog.presenters import exact_text
from spbe.planner.costs import DEFAULT_COST_UNIT
from spbe.planner.errors import PlanningInputError
from spbe.planner.optimizer import Plan
from spbe.scoring.engine import round_half_up


def cost_unit_label(unit: str) -> str:
    """The planner's default unit is English in the cost library; other units are shown as given."""
    return _("effort points") if unit in ("", DEFAULT_COST_UNIT) else unit


def describe_planning_error(error: PlanningInputError) -> str:
    params = {key: _plain(value) for key, value in error.params.items()}
    templates = {
        "target_not_a_number": _("The target %(value)s is not a number."),
        "target_out_of_range": _(
            "The target %(value)s is outside the framework's scale %(minimum)s–%(maximum)s."
        ),
        "costs_not_an_object": _(
            'The costs file must hold a JSON object such as {"12": {"2": 3}, "default": {…}}.'
        ),
        "costs_unknown_indicator": _(
            "Costs file: indicator %(entry)s does not exist in %(framework)s."
        ),
        "costs_entry_not_an_object": _(
            'Costs file: the entry %(entry)s must be an object such as {"2": 3, "max": 4}.'
        ),
        "costs_unknown_field": _("Costs file: the entry %(entry)s has an unknown field %(field)s."),
        "costs_unknown_level": _(
            "Costs file: the entry %(entry)s names level %(field)s; steps go to levels "
            "%(minimum)s–%(maximum)s."
        ),
        "costs_not_a_number": _(
            "Costs file: entry %(entry)s, level %(field)s: %(value)s is not a number."
        ),
        "costs_negative": _(
            "Costs file: entry %(entry)s, level %(field)s: the cost %(value)s is negative."
        ),
        "costs_out_of_bounds": _(
            "Costs file: entry %(entry)s, level %(field)s: the cost %(value)s is above "
            "%(maximum)s or has more than six decimals."
        ),
        "costs_bad_max": _(
            'Costs file: entry %(entry)s: "max" %(value)s is not a whole level in '
            "%(minimum)s–%(maximum)s."
        ),
        "costs_bad_locked": _(
            'Costs file: entry %(entry)s: "locked" must be true or false, not %(value)s.'
        ),
        "costs_bad_units": _('Costs file: "units" must be an object keyed by unit name.'),
        "costs_bad_unit": _(
            'Costs file: unit %(unit)s must be an object with "indicators" (a list of indicator '
            'numbers) and optionally "capacity".'
        ),
        "costs_bad_capacity": _(
            "Costs file: the capacity %(value)s of unit %(unit)s is not a number of zero or more."
        ),
        "costs_unit_indicator": _(
            "Costs file: unit %(unit)s names indicator %(indicator)s, which does not exist."
        ),
        "costs_indicator_in_two_units": _(
            "Costs file: indicator %(indicator)s belongs to both unit %(unit)s and unit %(other)s."
        ),
        "missing_cost": _(
            "No cost is given for raising indicator %(indicator)s to level %(level)s; add it to "
            "the costs file."
        ),
        "no_default_costs": _(
            "%(framework)s has no default step costs; give a costs file (--costs) that prices "
            "every step."
        ),
        "values_too_precise": _(
            "The values have too many decimals to plan exactly; round them to two decimals."
        ),
        "costs_too_large": _(
            "The costs are too large or have too many decimals to add up exactly."
        ),
    }
    return templates[error.code] % params


def describe_unreachable(plan: Plan) -> str:
    """Why the target cannot be reached, and the highest index the limits allow."""
    limits = plan.limits
    parts = []
    if limits.locked:
        parts.append(_("locked: %(list)s") % {"list": _numbers(limits.locked)})
    if limits.capped:
        parts.append(_("maximum levels on %(list)s") % {"list": _numbers(limits.capped)})
    if limits.units_with_capacity:
        parts.append(
            _("unit capacities: %(list)s") % {"list": ", ".join(limits.units_with_capacity)}
        )
    return _(
        "The target %(target)s cannot be reached: with these limits (%(limits)s) the highest "
        "index any plan can give is %(best)s (unrounded %(exact)s)."
    ) % {
        "target": plan.target,
        "limits": "; ".join(parts) or _("none"),
        "best": round_half_up(plan.best_index),
        "exact": exact_text(plan.best_index),
    }


def _numbers(numbers: tuple[int, ...]) -> str:
    if len(numbers) > 8:
        return _("%(count)s indicators") % {"count": len(numbers)}
    return ", ".join(str(number) for number in numbers)


def _plain(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) and not value.strip().isdigit() else str(value)
