"""Reads of planning: the costs an evaluation plans with, the planning view, and the action
plan's rows with their effect, lateness and who may update them."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments
from spbe.planner.errors import PlanningInputError
from spbe.planning.models import Action, ActionStatus, PlanCosts
from spbe.planning.selectors import action_rows, evaluation_costs, planning_view
from tests.cast import make_cast
from tests.evaluations.helpers import submit
from tests.planning.builders import DEADLINE, action_of, actions_for

pytestmark = pytest.mark.dates


def framework(cast):
    return revision_scoring_framework(cast.evaluation.revision)


def view(cast, *, kind=IndexKind.SELF, target="1.3", with_plan=True):
    return planning_view(
        cast.evaluation,
        evaluation_assessments(cast.evaluation),
        kind=kind,
        target=Decimal(target),
        with_plan=with_plan,
    )


# evaluation_costs


def test_without_a_costs_file_the_librarys_defaults_apply(cast):
    costs = evaluation_costs(cast.evaluation, framework(cast))
    assert costs.steps[7] == {2: 1, 3: 2, 4: 3, 5: 5}
    PlanCosts.objects.create(evaluation=cast.evaluation, costs={})
    assert evaluation_costs(cast.evaluation, framework(cast)).steps == costs.steps


def test_the_evaluations_costs_file_overrides_only_what_it_names(cast):
    PlanCosts.objects.create(evaluation=cast.evaluation, costs={"7": {"3": 9}})
    costs = evaluation_costs(cast.evaluation, framework(cast))
    assert costs.steps[7] == {2: 1, 3: 9, 4: 3, 5: 5}
    assert costs.steps[8] == {2: 1, 3: 2, 4: 3, 5: 5}


def test_another_evaluations_costs_never_apply(cast):
    other = make_cast(prefix="lain-")
    PlanCosts.objects.create(evaluation=other.evaluation, costs={"7": {"3": 9}})
    assert evaluation_costs(cast.evaluation, framework(cast)).steps[7][3] == 2


# planning_view


def test_the_view_starts_from_the_chosen_kind_of_value(cast):
    submit(cast, 1, level=3)
    assert view(cast, kind=IndexKind.SELF, with_plan=False).values[1] == 3
    # Not verified yet: the verified view counts it at the bottom of the scale.
    assert view(cast, kind=IndexKind.VERIFIED, with_plan=False).values[1] == 1


def test_without_a_plan_the_view_has_the_gap_only(cast):
    seen = view(cast, target="2.6", with_plan=False)
    assert (seen.plan, seen.front) == (None, None)
    assert seen.gap.target == Decimal("2.6")
    assert seen.gap.overall.gap == Decimal("1.6")
    assert seen.gap.overall.reached is False


def test_the_plan_reaches_the_target_at_the_least_cost_and_the_curve_comes_with_it(cast):
    seen = view(cast, target="1.3")
    assert seen.plan is not None and seen.front is not None
    assert seen.plan.reachable
    assert seen.plan.after.index_exact >= Decimal("1.3")
    assert seen.plan.total_cost == sum(step.cost for step in seen.plan.steps)


def test_the_plan_uses_the_evaluations_own_costs(cast):
    cheapest = {step.indicator for step in view(cast).plan.steps}
    assert 1 in cheapest
    PlanCosts.objects.create(evaluation=cast.evaluation, costs={"1": {"locked": True}})
    assert 1 not in {step.indicator for step in view(cast).plan.steps}


def test_a_costs_file_the_planner_cannot_use_is_said_so(cast):
    # Written around the service (which refuses it), as an older release might have left it.
    PlanCosts.objects.create(evaluation=cast.evaluation, costs={"99": {"2": 1}})
    with pytest.raises(PlanningInputError) as raised:
        view(cast)
    assert raised.value.code == "costs_unknown_indicator"


# action_rows


def rows_by_indicator(cast, user, today=datetime.date(2026, 11, 2)):
    rows = action_rows(cast.evaluation, cast.actor(user), today)
    return {row.action.indicator.number: row for row in rows}


def test_each_action_shows_its_effect_on_the_index(cast):
    actions_for(cast)
    rows = rows_by_indicator(cast, cast.leadership)
    # Each raised one level, from 1 to 2: weight / 100 (weights 1.3, 2.5 and 3 of 100).
    effects = {number: rows[number].effect for number in (1, 11, 42)}
    assert effects == {1: Decimal("0.0130"), 11: Decimal("0.0250"), 42: Decimal("0.0300")}


def test_an_open_action_is_overdue_from_the_day_after_its_deadline(cast):
    created = actions_for(cast)
    Action.objects.filter(pk=action_of(created, 2).pk).update(status=ActionStatus.IN_PROGRESS)
    on_the_day = rows_by_indicator(cast, cast.coordinator, today=DEADLINE)
    assert not any(row.overdue for row in on_the_day.values())
    after = rows_by_indicator(cast, cast.coordinator, today=DEADLINE + datetime.timedelta(days=1))
    assert after[1].overdue and after[2].overdue


@pytest.mark.parametrize("status", [ActionStatus.DONE, ActionStatus.CANCELLED])
def test_a_closed_action_is_never_overdue(cast, status):
    created = actions_for(cast)
    Action.objects.filter(pk=action_of(created, 1).pk).update(status=status)
    rows = rows_by_indicator(cast, cast.coordinator, today=datetime.date(2030, 1, 1))
    assert rows[1].overdue is False


@pytest.mark.parametrize(
    ("role", "updatable"),
    [
        ("coordinator", "all"),
        ("pic", "its unit's"),
        ("other_pic", "its unit's"),
        ("leadership", "none"),
        ("internal_assessor", "none"),
    ],
)
def test_each_row_says_whether_the_reader_may_update_it(cast, role, updatable):
    actions_for(cast)
    user = getattr(cast, role)
    rows = rows_by_indicator(cast, user)
    may = {number for number, row in rows.items() if row.can_update}
    unit = {"pic": cast.unit, "other_pic": cast.other_unit}.get(role)
    expected = {
        "all": set(rows),
        "none": set(),
        "its unit's": {n for n, row in rows.items() if row.action.lead_unit == unit},
    }[updatable]
    assert may == expected
    if updatable == "its unit's":
        assert may and may != set(rows)


def test_the_rows_are_the_evaluations_own_actions_only(cast):
    other = make_cast(prefix="lain-")
    actions_for(other, target="1.1")
    mine = actions_for(cast)
    rows = action_rows(cast.evaluation, cast.actor(cast.coordinator), datetime.date(2026, 11, 2))
    assert {row.action.pk for row in rows} == {action.pk for action in mine}


def row_queries(cast, target: str) -> tuple[int, int]:
    actions_for(cast, target=target)
    with CaptureQueriesContext(connection) as queries:
        rows = action_rows(cast.evaluation, cast.actor(cast.pic), datetime.date(2026, 11, 2))
        shown = [
            (
                row.action.indicator.code,
                row.action.lead_unit,
                list(row.action.contributing_units.all()),
                list(row.action.evidence.all()),
            )
            for row in rows
        ]
    return len(shown), len(queries)


def test_the_action_plan_reads_a_fixed_number_of_queries_whatever_its_size(db):
    few, few_queries = row_queries(make_cast(prefix="a-"), target="1.05")
    many, many_queries = row_queries(make_cast(prefix="b-"), target="1.6")
    assert few < many
    assert few_queries == many_queries
