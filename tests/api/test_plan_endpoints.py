"""The plan for a target through the API: the planning page's own optimal plan, its steps with
their cost and index gain, and a target that is not a number on the scale refused with 422."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments
from spbe.planning.selectors import planning_view
from tests.api.helpers import get, token_for
from tests.cast import make_cast

pytestmark = pytest.mark.dates


def path(cast) -> str:
    return f"/evaluations/{cast.evaluation.pk}/plan"


def pages_plan(cast, target: str, kind: IndexKind = IndexKind.SELF):
    assessments = evaluation_assessments(cast.evaluation)
    view = planning_view(
        cast.evaluation, assessments, kind=kind, target=Decimal(target), with_plan=True
    )
    return view.plan


def test_the_plan_is_the_planning_pages_optimal_plan(cast):
    body = get(path(cast), token_for(cast.leadership), target="3.0").json()
    plan = pages_plan(cast, "3.0")
    assert (body["target"], body["basis"], body["reachable"]) == ("3.0", "self", True)
    assert [
        (step["indicator"], Decimal(step["from_value"]), step["to_level"], Decimal(step["cost"]))
        for step in body["steps"]
    ] == [(step.indicator, step.from_value, step.to_level, step.cost) for step in plan.steps]
    assert Decimal(body["total_cost"]) == plan.total_cost
    assert Decimal(body["index_before"]) == plan.before.index
    assert Decimal(body["index_after"]) == plan.after.index == Decimal("3.00")
    assert body["predicate_after"] == plan.after.predicate
    assert body["unreachable_reason"] is None


def test_the_index_gains_of_the_steps_add_up_to_the_plans_gain(cast):
    body = get(path(cast), token_for(cast.pic), target="3.5").json()
    gains = sum(Decimal(step["index_gain"]) for step in body["steps"])
    gained = Decimal(body["index_after_exact"]) - Decimal(body["index_before_exact"])
    assert abs(gains - gained) < Decimal("0.0001") * len(body["steps"])
    assert all(step["code"] and step["name"] for step in body["steps"])


def test_without_a_target_the_plan_aims_at_the_evaluations_own(cast):
    body = get(path(cast), token_for(cast.coordinator)).json()
    assert Decimal(body["target"]) == cast.evaluation.target == Decimal("2.60")
    assert Decimal(body["index_after"]) >= Decimal("2.60")


def test_a_target_already_reached_needs_no_step(cast):
    body = get(path(cast), token_for(cast.coordinator), target="1").json()
    assert (body["steps"], body["total_cost"], body["reachable"]) == ([], "0", True)


def test_a_plan_from_the_verified_values_when_asked(cast):
    body = get(path(cast), token_for(cast.coordinator), target="2", basis="verified").json()
    assert body["basis"] == "verified"
    assert len(body["steps"]) == len(pages_plan(cast, "2", IndexKind.VERIFIED).steps)


@pytest.mark.parametrize("target", ["dua", "6", "0", "-1", "NaN", "3.0.1", "Infinity"])
def test_a_target_that_is_not_a_number_on_the_scale_is_422_naming_it(cast, target):
    response = get(path(cast), token_for(cast.coordinator), target=target)
    assert response.status_code == 422
    body = response.json()
    assert (body["code"], list(body["fields"])) == ("invalid", ["target"])


def test_an_unknown_basis_is_422(cast):
    response = get(path(cast), token_for(cast.coordinator), basis="tebakan")
    assert (response.status_code, list(response.json()["fields"])) == (422, ["basis"])


def test_the_plan_of_another_agencys_evaluation_is_404(cast):
    other = make_cast(prefix="lain-")
    for caller in (cast.coordinator, cast.pic):
        response = get(path(other), token_for(caller), target="3")
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
