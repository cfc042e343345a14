"""The one error type of the planner's inputs: a code, its parameters and an English message.

Like :class:`spbe.scoring.values.ScoringInputError`, each error carries a ``code`` and the
parameters of its message, so that the CLI or a page can phrase it in the user's
language (``spbe.planning.planner_wording``); ``str(error)`` is a plain English description.
"""

from __future__ import annotations

_MESSAGES = {
    "target_not_a_number": "the target {value!r} is not a number",
    "target_out_of_range": "the target {value} is outside {minimum}–{maximum}",
    "costs_not_an_object": "the costs must be a JSON object keyed by indicator number",
    "costs_unknown_indicator": "costs: indicator {entry} does not exist in {framework}",
    "costs_entry_not_an_object": 'costs: the entry "{entry}" must be an object such as {{"2": 3}}',
    "costs_unknown_field": 'costs: the entry "{entry}" has an unknown field "{field}"',
    "costs_unknown_level": (
        'costs: the entry "{entry}" names level {field}; steps go to levels {minimum}–{maximum}'
    ),
    "costs_not_a_number": 'costs: "{entry}" level {field}: {value!r} is not a number',
    "costs_negative": 'costs: "{entry}" level {field}: the cost {value} is negative',
    "costs_out_of_bounds": (
        'costs: "{entry}" level {field}: the cost {value!r} is above {maximum} '
        "or has more than six decimals"
    ),
    "costs_bad_max": 'costs: "{entry}" max {value!r} is not a whole level in {minimum}–{maximum}',
    "costs_bad_locked": 'costs: "{entry}" locked must be true or false, not {value!r}',
    "costs_bad_units": 'costs: "units" must be an object keyed by unit name',
    "costs_bad_unit": (
        'costs: unit "{unit}" must be an object with "indicators" (a list of indicator '
        'numbers) and optionally "capacity"'
    ),
    "costs_bad_capacity": 'costs: unit "{unit}" capacity {value!r} is not a non-negative number',
    "costs_unit_indicator": 'costs: unit "{unit}" names indicator {indicator}, which does not exist',
    "costs_indicator_in_two_units": (
        'costs: indicator {indicator} belongs to both unit "{unit}" and unit "{other}"'
    ),
    "missing_cost": "no cost is given for the step of indicator {indicator} to level {level}",
    "no_default_costs": "{framework} ships no default costs; give a costs file with every step",
    "values_too_precise": (
        "the values are too finely divided to plan exactly ({states} states; at most "
        "{limit}); round them to two decimals"
    ),
    "costs_too_large": "the costs are too large or too finely divided to add up exactly",
}


class PlanningInputError(ValueError):
    """An input the planner cannot use; ``code`` names the problem, ``params`` its details."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(_MESSAGES[code].format(**params))
