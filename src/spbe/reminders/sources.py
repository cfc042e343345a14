"""The reminder sources: each turns the database into ``Deadline`` rows for one day.

A source names only people who may see what its title says (the lead unit's PICs see their
unit's indicators and actions, the reviewers the evaluation). ``SOURCES`` is the list that
``remind_due`` reads; the evidence's expiry is in ``expiry_source``.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from django.utils.translation import gettext as _

from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, EvaluationStage
from spbe.evaluations.states import CLAIMS_OPEN, WITH_THE_UNIT
from spbe.organizations.models import Role
from spbe.planning.models import Action, ActionStatus
from spbe.reminders.due import OVERDUE_DAYS, Deadline
from spbe.reminders.expiry_source import evidence_expiry
from spbe.reminders.people import People
from spbe.schedule.stages import Stage

Source = Callable[[datetime.date], Iterable[Deadline]]

# The actions still to be done.
OPEN_ACTIONS = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


def evaluation_deadlines(today: datetime.date) -> Iterator[Deadline]:
    """The self-assessment's end (the Penilaian Mandiri window where the evaluation has one),
    to each unit that still holds indicators, and the review's end, to the reviewers while
    submitted indicators wait for them."""
    evaluations = list(Evaluation.objects.filter(state__in=CLAIMS_OPEN).select_related("agency"))
    if not evaluations:
        return
    mandiri = dict(
        EvaluationStage.objects.filter(
            evaluation__in=evaluations, stage=Stage.SELF_ASSESSMENT.value
        ).values_list("evaluation_id", "ends")
    )
    open_per_unit: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    waiting: dict[int, int] = defaultdict(int)
    rows = Assessment.objects.filter(evaluation__in=evaluations).values_list(
        "evaluation_id", "lead_unit_id", "state"
    )
    for evaluation_id, unit_id, state in rows:
        if state in WITH_THE_UNIT and unit_id is not None:
            open_per_unit[evaluation_id][unit_id] += 1
        elif state == AssessmentState.SUBMITTED:
            waiting[evaluation_id] += 1
    people = People(evaluation.agency_id for evaluation in evaluations)
    for evaluation in evaluations:
        closes = mandiri.get(evaluation.pk, evaluation.self_assessment_deadline)
        for unit_id, count in open_per_unit[evaluation.pk].items():
            yield Deadline(
                subject=f"evaluation:{evaluation.pk}:self-assessment:{unit_id}:{closes}",
                title=_("Self-assessment %(year)s: %(count)d indicators still with your unit")
                % {"year": evaluation.year, "count": count},
                due=closes,
                link="/evaluasi/saya/",
                people=people.pics(unit_id),
            )
        if waiting[evaluation.pk]:
            yield Deadline(
                subject=f"evaluation:{evaluation.pk}:review:{evaluation.review_deadline}",
                title=_("Review %(year)s: %(count)d submitted indicators to review")
                % {"year": evaluation.year, "count": waiting[evaluation.pk]},
                due=evaluation.review_deadline,
                link=f"/evaluasi/{evaluation.pk}/",
                people=people.holding(
                    evaluation.agency_id, Role.COORDINATOR, Role.INTERNAL_ASSESSOR
                ),
            )


def action_deadlines(today: datetime.date) -> Iterator[Deadline]:
    """The action plan's open actions due within a week or lately passed, to the PICs of their
    lead unit (the Koordinator, for an action that has no lead unit yet)."""
    actions = list(
        Action.objects.filter(
            status__in=OPEN_ACTIONS,
            deadline__gte=today - datetime.timedelta(days=OVERDUE_DAYS),
            deadline__lte=today + datetime.timedelta(days=7),
        ).select_related("evaluation", "indicator")
    )
    people = People(action.evaluation.agency_id for action in actions)
    for action in actions:
        if action.lead_unit_id is not None:
            owners = people.pics(action.lead_unit_id)
        else:
            owners = people.holding(action.evaluation.agency_id, Role.COORDINATOR)
        yield Deadline(
            subject=f"action:{action.pk}:{action.deadline}",
            title=_("Action %(code)s: to level %(level)d")
            % {"code": action.indicator.code, "level": action.to_level},
            due=action.deadline,
            link=f"/evaluasi/{action.evaluation_id}/aksi/",
            people=owners,
        )


# Every source of reminders, in the order their lines come in a message's list.
SOURCES: list[Source] = [
    evaluation_deadlines,
    action_deadlines,
    evidence_expiry,
]
