"""The scene of the hand-over and desk list tests: the cast's evaluation with actions and items
in every state, and a finished evaluation of the year before."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem, EvaluationState
from spbe.planning.models import Action, ActionStatus
from spbe.scoring.items import ItemStatus
from tests.cast import Cast


@dataclass
class Scene:
    cast: Cast
    finished: Evaluation
    open_action: Action
    contributed_action: Action
    done_action: Action
    cancelled_action: Action


def _action(cast: Cast, number: int, status: str, unit, deadline: datetime.date) -> Action:
    return Action.objects.create(
        evaluation=cast.evaluation,
        indicator=cast.evaluation.revision.indicators.get(number=number),
        from_value=Decimal(1),
        to_level=3,
        cost=Decimal(1),
        lead_unit=unit,
        deadline=deadline,
        status=status,
    )


def _item(assessment: Assessment, code: str, status: ItemStatus, **fields) -> EvaluationItem:
    return EvaluationItem.objects.create(
        evaluation=assessment.evaluation,
        assessment=assessment,
        code=code,
        level=1,
        position=int(code[-2:]),
        text=f"Butir {code}",
        status=status.value,
        **fields,
    )


def build_scene(cast: Cast) -> Scene:
    """Kominfo (``cast.unit``) leads every indicator but 2 and 3, and supports 2."""
    evaluation = cast.evaluation
    open_action = _action(cast, 1, ActionStatus.PLANNED, cast.unit, datetime.date(2026, 12, 31))
    contributed = _action(
        cast, 2, ActionStatus.IN_PROGRESS, cast.other_unit, datetime.date(2027, 1, 31)
    )
    contributed.contributing_units.add(cast.unit)
    done = _action(cast, 4, ActionStatus.DONE, cast.unit, datetime.date(2026, 10, 1))
    cancelled = _action(cast, 5, ActionStatus.CANCELLED, cast.unit, datetime.date(2026, 10, 1))
    first = evaluation.assessments.get(indicator__number=1)
    fifth = evaluation.assessments.get(indicator__number=5)
    _item(first, "I1-L1-01", ItemStatus.NOT_STARTED)
    _item(first, "I1-L1-02", ItemStatus.ACCEPTED)
    _item(first, "I1-L1-03", ItemStatus.DRAFT, retired=True)
    _item(fifth, "I5-L1-01", ItemStatus.REVISION, promised_on=datetime.date(2026, 11, 20))
    finished = Evaluation.objects.create(
        agency=cast.agency,
        year=2025,
        revision=evaluation.revision,
        target=Decimal("2.50"),
        self_assessment_deadline=datetime.date(2025, 12, 15),
        review_deadline=datetime.date(2026, 1, 15),
        state=EvaluationState.FINISHED,
    )
    old = Assessment.objects.create(
        evaluation=finished, indicator=first.indicator, lead_unit=cast.unit
    )
    _item(old, "I1-L1-01", ItemStatus.REVISION)
    return Scene(cast, finished, open_action, contributed, done, cancelled)
