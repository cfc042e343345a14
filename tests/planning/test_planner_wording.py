"""The user's wording of the planner's input errors and of an unreachable target
(``planning.planner_wording``), in English and Bahasa Indonesia."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.utils import translation

from spbe.planner import errors as planner_errors
from spbe.planner.cost_library import effective_costs
from spbe.planner.errors import PlanningInputError
from spbe.planner.optimizer import optimal_plan
from spbe.planning.planner_wording import describe_planning_error, describe_unreachable
from spbe.scoring.values import parse_values
from tests.conftest import library_framework

SPBE = library_framework("spbe-2020")
LEVEL_1 = parse_values(SPBE, {str(n): 1 for n in SPBE.indicator_numbers})


def refused(raw: object) -> PlanningInputError:
    with pytest.raises(PlanningInputError) as caught:
        effective_costs(SPBE, raw)
    return caught.value


def in_english(error: PlanningInputError) -> str:
    with translation.override("en"):
        return describe_planning_error(error)


@pytest.mark.parametrize(
    ("raw", "sentence"),
    [
        ([1, 2], 'The costs file must hold a JSON object such as {"12": {"2": 3}'),
        ({"99": {"2": 3}}, "Costs file: indicator 99 does not exist in "),
        ({"1": 3}, 'Costs file: the entry 1 must be an object such as {"2": 3, "max": 4}.'),
        ({"1": {"mahal": 3}}, 'Costs file: the entry 1 has an unknown field "mahal".'),
        ({"1": {"2": "tiga"}}, 'Costs file: entry 1, level 2: "tiga" is not a number.'),
        ({"1": {"2": -3}}, "Costs file: entry 1, level 2: the cost -3 is negative."),
        ({"1": {"max": 9}}, 'Costs file: entry 1: "max" 9 is not a whole level in 1–5.'),
        ({"1": {"locked": "ya"}}, 'Costs file: entry 1: "locked" must be true or false, not "ya".'),
        ({"units": [1]}, 'Costs file: "units" must be an object keyed by unit name.'),
        ({"units": {"Kominfo": 3}}, 'Costs file: unit "Kominfo" must be an object with'),
        (
            {"units": {"Kominfo": {"indicators": [1], "capacity": -1}}},
            'Costs file: the capacity -1 of unit "Kominfo" is not a number of zero or more.',
        ),
        (
            {"units": {"Kominfo": {"indicators": [99]}}},
            'Costs file: unit "Kominfo" names indicator 99, which does not exist.',
        ),
        (
            {"units": {"Kominfo": {"indicators": [1]}, "Bappeda": {"indicators": [1]}}},
            "Costs file: indicator 1 belongs to both unit ",
        ),
    ],
)
def test_a_bad_costs_file_is_refused_with_a_sentence_naming_the_entry(raw, sentence):
    assert sentence in in_english(refused(raw))


def test_every_error_code_of_the_planner_has_a_wording_in_both_languages():
    for code, template in planner_errors._MESSAGES.items():
        names = {part.split("}")[0].split("!")[0] for part in template.split("{")[1:]}
        error = PlanningInputError(code, **{name: "7" for name in names if name})
        english = in_english(error)
        with translation.override("id"):
            indonesian = describe_planning_error(error)
        assert english and indonesian and english != indonesian, code
        assert "%(" not in english + indonesian, code


def test_an_unreachable_target_names_the_limits_and_the_best_index_any_plan_gives():
    locked = {str(n): {"locked": True} for n in range(1, 11)}
    capped = {"11": {"max": 2}}
    costs = effective_costs(SPBE, locked | capped)
    plan = optimal_plan(SPBE, LEVEL_1, target=Decimal("5.00"), costs=costs)
    assert not plan.reachable
    with translation.override("en"):
        sentence = describe_unreachable(plan)
    assert sentence.startswith("The target 5.00 cannot be reached: with these limits (")
    # More than eight locked indicators are counted rather than listed.
    assert "locked: 10 indicators; maximum levels on 11)" in sentence
    best = plan.best_index.quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert f"the highest index any plan can give is {best} (unrounded " in sentence


def test_a_few_locked_indicators_are_listed_by_number():
    costs = effective_costs(SPBE, {"3": {"locked": True}, "1": {"locked": True}})
    plan = optimal_plan(SPBE, LEVEL_1, target=Decimal("5.00"), costs=costs)
    with translation.override("en"):
        assert "(locked: 1, 3)" in describe_unreachable(plan)


def test_a_target_missed_only_for_lack_of_capacity_names_the_units():
    units = {"units": {"Kominfo": {"indicators": list(SPBE.indicator_numbers), "capacity": 1}}}
    plan = optimal_plan(SPBE, LEVEL_1, target=Decimal("5.00"), costs=effective_costs(SPBE, units))
    assert not plan.reachable
    with translation.override("en"):
        assert "(unit capacities: Kominfo)" in describe_unreachable(plan)
