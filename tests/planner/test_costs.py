"""Reading a costs file over the library's default costs."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from spbe.planner.cost_library import (
    COSTS_DIR,
    default_costs,
    effective_costs,
    read_default_costs,
)
from spbe.planner.costs import parse_costs
from spbe.planner.errors import PlanningInputError


@pytest.mark.parametrize("framework_id", ["spbe-2020", "pemdi-2026"])
def test_the_library_prices_every_step_of_every_indicator(framework_id, request):
    framework = request.getfixturevalue(framework_id.replace("-", "_"))
    costs = default_costs(framework)
    assert costs is not None
    for number in framework.indicator_numbers:
        assert sorted(costs.steps[number]) == [2, 3, 4, 5]
        ladder = [costs.steps[number][level] for level in range(2, 6)]
        assert ladder == sorted(ladder), "higher levels must not cost less"


@pytest.mark.parametrize("framework_id", ["spbe-2020", "pemdi-2026"])
def test_the_library_defaults_say_they_are_not_official(framework_id):
    document = read_default_costs(framework_id)
    assert document is not None
    assert "not official" in document.status


def test_a_policy_document_costs_less_than_an_integrated_service(spbe_2020):
    costs = default_costs(spbe_2020)
    policy, service = costs.steps[1], costs.steps[45]  # Aspect 1 policy; a public service
    assert all(policy[level] < service[level] for level in range(2, 6))


def test_spbe_2018_has_no_default_costs(spbe_2018):
    assert default_costs(spbe_2018) is None


def test_the_file_overrides_the_default_entry_which_overrides_the_library(spbe_2020):
    raw = {
        "12": {"3": "7.5", "max": 4},
        "default": {"3": 1, "locked": False},
        "13": {"locked": True},
    }
    costs = parse_costs(spbe_2020, raw, defaults=default_costs(spbe_2020))
    assert costs.steps[12][3] == Decimal("7.5")
    assert costs.steps[11][3] == 1
    assert costs.steps[11][2] == default_costs(spbe_2020).steps[11][2]
    assert costs.max_levels == {12: 4}
    assert costs.locked == frozenset({13})


def test_units_and_capacities_are_read(spbe_2020):
    raw = {
        "units": {
            "Diskominfo": {"indicators": [15, "16"], "capacity": 40},
            "Bappeda": {"indicators": [11]},
        }
    }
    costs = parse_costs(spbe_2020, raw)
    assert costs.units == {15: "Diskominfo", 16: "Diskominfo", 11: "Bappeda"}
    assert costs.capacities == {"Diskominfo": Decimal(40)}


@pytest.mark.parametrize(
    ("raw", "code", "params"),
    [
        ([1, 2], "costs_not_an_object", {}),
        ({"99": {"2": 1}}, "costs_unknown_indicator", {"entry": "99", "framework": "spbe-2020"}),
        ({"x": {"2": 1}}, "costs_unknown_indicator", {"entry": "x", "framework": "spbe-2020"}),
        ({"3": 5}, "costs_entry_not_an_object", {"entry": "3"}),
        ({"3": {"cost": 5}}, "costs_unknown_field", {"entry": "3", "field": "cost"}),
        (
            {"3": {"1": 5}},
            "costs_unknown_level",
            {"entry": "3", "field": "1", "minimum": 2, "maximum": 5},
        ),
        (
            {"3": {"6": 5}},
            "costs_unknown_level",
            {"entry": "3", "field": "6", "minimum": 2, "maximum": 5},
        ),
        ({"3": {"2": "lots"}}, "costs_not_a_number", {"entry": "3", "field": "2", "value": "lots"}),
        (
            {"default": {"2": -1}},
            "costs_negative",
            {"entry": "default", "field": "2", "value": Decimal(-1)},
        ),
        (
            {"3": {"max": 4.5}},
            "costs_bad_max",
            {"entry": "3", "value": 4.5, "minimum": 1, "maximum": 5},
        ),
        (
            {"3": {"max": 9}},
            "costs_bad_max",
            {"entry": "3", "value": 9, "minimum": 1, "maximum": 5},
        ),
        ({"3": {"locked": "yes"}}, "costs_bad_locked", {"entry": "3", "value": "yes"}),
        ({"units": [15]}, "costs_bad_units", {}),
        ({"units": {"Diskominfo": {"indicators": 15}}}, "costs_bad_unit", {"unit": "Diskominfo"}),
        (
            {"units": {"Diskominfo": {"indicators": [15], "capacity": "-3"}}},
            "costs_bad_capacity",
            {"unit": "Diskominfo", "value": "-3"},
        ),
        (
            {"units": {"Diskominfo": {"indicators": [48]}}},
            "costs_unit_indicator",
            {"unit": "Diskominfo", "indicator": 48},
        ),
        (
            {"units": {"A": {"indicators": [15]}, "B": {"indicators": [15]}}},
            "costs_indicator_in_two_units",
            {"indicator": 15, "unit": "A", "other": "B"},
        ),
    ],
)
def test_a_bad_field_is_refused_with_a_code_naming_it(spbe_2020, raw, code, params):
    with pytest.raises(PlanningInputError) as raised:
        parse_costs(spbe_2020, raw)
    assert raised.value.code == code
    assert raised.value.params == params
    assert str(raised.value)


def test_the_shipped_files_are_plain_json_with_a_rationale_per_category():
    for path in sorted(COSTS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["rationale"]
        assert all(category["rationale"] for category in data["categories"].values())


def test_without_a_costs_file_the_library_defaults_apply(spbe_2020):
    assert effective_costs(spbe_2020) == default_costs(spbe_2020)
    assert effective_costs(spbe_2020, {"3": {"2": 9}}).steps[3][2] == 9


def test_a_framework_without_defaults_needs_a_costs_file(spbe_2018):
    with pytest.raises(PlanningInputError) as raised:
        effective_costs(spbe_2018)
    assert raised.value.code == "no_default_costs"
