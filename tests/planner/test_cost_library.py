"""The default step costs shipped with the library, and what makes a defaults file unusable."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from spbe.planner.cost_library import (
    COSTS_DIR,
    DefaultCostsDocument,
    default_costs,
    effective_costs,
    read_default_costs,
)
from spbe.planner.errors import PlanningInputError
from tests.planner.conftest import small_framework

STEPS = {"2": 1, "3": 2, "4": "3.5", "5": 5}


def document(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "schema_version": 1,
        "framework": "tiny",
        "unit": "hari kerja",
        "status": "draft, not official",
        "rationale": "estimates for the tests",
        "categories": {"policy": {"label": "Kebijakan", "rationale": "a decree", "steps": STEPS}},
        "indicators": {"1": "policy", "2": "policy"},
    }
    return base | changes


@pytest.fixture
def library(tmp_path):
    def write(**changes: object):
        (tmp_path / "tiny.json").write_text(json.dumps(document(**changes)), encoding="utf-8")
        return tmp_path

    return write


def test_the_defaults_are_read_into_a_cost_table_in_their_unit(library):
    costs = default_costs(small_framework([1, 1]), library())
    assert costs is not None
    assert costs.framework_id == "tiny"
    assert costs.cost_unit == "hari kerja"
    assert costs.steps[2] == {2: 1, 3: 2, 4: Decimal("3.5"), 5: 5}
    assert costs.locked == frozenset() and costs.units == {}


def test_a_framework_without_a_file_has_no_defaults(tmp_path):
    assert read_default_costs("tiny", tmp_path) is None
    assert default_costs(small_framework([1]), tmp_path) is None


def test_it_refuses_a_file_naming_another_framework(library):
    with pytest.raises(ValueError, match="the default costs for tiny name spbe-2020"):
        default_costs(small_framework([1, 1]), library(framework="spbe-2020"))


def test_it_refuses_an_indicator_without_a_category(library):
    with pytest.raises(ValueError, match="indicator 3 no category"):
        default_costs(small_framework([1, 1, 1]), library())


def test_it_refuses_a_category_that_does_not_price_every_step(library):
    categories = {"policy": {"label": "K", "rationale": "r", "steps": {"2": 1, "3": 2, "4": 3}}}
    with pytest.raises(
        ValueError, match=r"must price exactly the steps to levels \['2', '3', '4', '5'\]"
    ):
        default_costs(small_framework([1, 1]), library(categories=categories))


def test_it_refuses_a_category_that_prices_a_step_to_level_one(library):
    categories = {"policy": {"label": "K", "rationale": "r", "steps": {"1": 0, **STEPS}}}
    with pytest.raises(ValueError, match="must price exactly"):
        default_costs(small_framework([1, 1]), library(categories=categories))


def test_it_refuses_indicators_the_framework_does_not_have(library):
    with pytest.raises(ValueError, match=r"unknown indicators \['2'\]"):
        default_costs(small_framework([1]), library())


def test_the_document_refuses_an_indicator_in_an_unknown_category():
    with pytest.raises(ValidationError, match="unknown categories"):
        DefaultCostsDocument.model_validate(document(indicators={"1": "service"}))


@pytest.mark.parametrize(
    "changes",
    [
        {"schema_version": 2},
        {"indicators": {"01": "policy"}},
        {"indicators": {"0": "policy"}},
        {"categories": {"policy": {"label": "K", "rationale": "r", "steps": {"2": -1}}}},
        {"surprise": True},
    ],
    ids=["version", "leading zero", "indicator zero", "negative cost", "unknown field"],
)
def test_the_document_refuses_malformed_fields(changes):
    with pytest.raises(ValidationError):
        DefaultCostsDocument.model_validate(document(**changes))


def test_a_free_step_is_allowed():
    categories = {
        "policy": {"label": "K", "rationale": "r", "steps": {"2": 0, "3": 0, "4": 0, "5": 0}}
    }
    assert DefaultCostsDocument.model_validate(document(categories=categories))


def test_the_shipped_files_are_those_of_the_frameworks_with_defaults():
    assert sorted(path.stem for path in COSTS_DIR.glob("*.json")) == ["pemdi-2026", "spbe-2020"]


def test_without_a_costs_file_the_library_defaults_are_used(spbe_2020):
    assert effective_costs(spbe_2020) == default_costs(spbe_2020)


def test_without_a_costs_file_or_defaults_the_planner_asks_for_one(spbe_2018):
    with pytest.raises(PlanningInputError) as raised:
        effective_costs(spbe_2018)
    assert (raised.value.code, raised.value.params) == (
        "no_default_costs",
        {"framework": "spbe-2018"},
    )


def test_a_costs_file_is_laid_over_the_defaults(spbe_2020):
    costs = effective_costs(spbe_2020, {"1": {"2": "0.5"}})
    defaults = default_costs(spbe_2020)
    assert costs.steps[1][2] == Decimal("0.5")
    assert costs.steps[1][3] == defaults.steps[1][3]


def test_a_complete_costs_file_works_without_defaults(spbe_2018):
    raw = {"default": {str(level): 1 for level in range(1, 6)}}
    costs = effective_costs(spbe_2018, raw)
    assert all(costs.step_cost(n, 5) == 1 for n in spbe_2018.indicator_numbers)


def test_a_bad_costs_file_is_refused_with_its_first_bad_field(spbe_2020):
    with pytest.raises(PlanningInputError) as raised:
        effective_costs(spbe_2020, {"1": {"3": -2}})
    assert raised.value.code == "costs_negative"
