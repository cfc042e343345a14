"""Who may see and change the plan: its costs, its actions, their status and deadlines."""

import datetime
from decimal import Decimal

import pytest

from spbe.evaluations.models import EvaluationState
from spbe.organizations.actors import SYSTEM
from spbe.planning import policy
from spbe.planning.models import Action
from tests.cast import allowed, make_cast


@pytest.fixture
def cast(db):
    return make_cast()


@pytest.fixture
def action(cast) -> Action:
    return Action.objects.create(
        evaluation=cast.evaluation,
        indicator=cast.evaluation.revision.indicators.get(number=1),
        from_value=Decimal(1),
        to_level=2,
        cost=Decimal(1),
        lead_unit=cast.unit,
        deadline=datetime.date(2026, 12, 31),
    )


def test_whoever_views_the_evaluation_sees_its_actions(cast, action):
    readers = {"coordinator", "pic", "other_pic", "internal_assessor", "leadership", "admin"}
    assert allowed(cast, policy.can_view_action, action) == readers
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save(update_fields=["state"])
    assert allowed(cast, policy.can_view_action, action) == readers | {"external_assessor"}


def test_only_the_coordinator_edits_the_plan(cast):
    assert allowed(cast, policy.can_edit_plan, cast.evaluation) == {"coordinator"}
    assert not policy.can_edit_plan(SYSTEM, cast.evaluation)


def test_the_lead_units_pic_or_the_coordinator_updates_an_action(cast, action):
    assert allowed(cast, policy.can_update_action, action) == {"coordinator", "pic"}
    refusal = policy.can_update_action(cast.actor(cast.other_pic), action)
    assert refusal.reason == policy.ONLY_THE_LEAD_UNIT


def test_an_action_without_a_lead_unit_is_updated_by_the_coordinator_alone(cast, action):
    action.lead_unit = None
    assert allowed(cast, policy.can_update_action, action) == {"coordinator"}


def test_only_the_coordinator_moves_a_deadline(cast, action):
    assert allowed(cast, policy.can_change_deadline, action) == {"coordinator"}
    refusal = policy.can_change_deadline(cast.actor(cast.pic), action)
    assert refusal.reason == policy.ONLY_THE_COORDINATOR_MOVES_DEADLINES
