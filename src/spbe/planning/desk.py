"""The desk session list: each unit's open work with its deadlines, nearest first.

The koordinator chases it at an in-person desk session (printed or on screen). Per unit, three
kinds of rows (docs/workflow.md, "The desk session list"):

* an **indicator** the unit leads that is not yet submitted (not started, draft or returned)
  while the self-assessment or its review runs; its deadline is the self-assessment's;
* an evidence **item** (butir) of such an indicator that waits for the unit: in revisi in an
  evaluation that is not finished (deadline: the promised date if the unit gave one, else the
  self-assessment's), or not started or draft while the self-assessment runs;
* an open **action** of the plan that the unit leads, with its deadline.

Four queries whatever the number of units and rows.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from spbe.evaluations.models import Assessment, EvaluationItem, EvaluationState
from spbe.evaluations.states import CLAIMS_OPEN, WITH_THE_UNIT
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency, Unit
from spbe.planning.models import Action
from spbe.planning.policy import desk_units
from spbe.planning.states import OPEN_ACTIONS
from spbe.scoring.items import ItemStatus


@dataclass(frozen=True)
class DeskRow:
    kind: str  # "indicator", "item" or "action"
    label: str
    what: str
    state: str
    deadline: datetime.date
    link: str
    overdue: bool


@dataclass
class DeskUnit:
    unit: Unit
    rows: list[DeskRow] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for row in self.rows if row.kind == kind)

    @property
    def indicators(self) -> int:
        return self.count("indicator")

    @property
    def items(self) -> int:
        return self.count("item")

    @property
    def actions(self) -> int:
        return self.count("action")

    @property
    def overdue(self) -> int:
        return sum(1 for row in self.rows if row.overdue)

    @property
    def nearest(self) -> datetime.date | None:
        return self.rows[0].deadline if self.rows else None


def desk_list(actor: Actor, agency: Agency, today: datetime.date) -> list[DeskUnit]:
    """The units ``actor`` may see on the desk list, each with its open work, nearest deadline
    first; the units with the nearest deadline come first, those with nothing open last."""
    units = {unit.pk: DeskUnit(unit) for unit in Unit.objects.filter(desk_units(actor, agency.pk))}
    for unit_id, row in _rows(agency, set(units), today):
        units[unit_id].rows.append(row)
    for desk in units.values():
        desk.rows.sort(key=lambda row: (row.deadline, row.kind, row.label))
    return sorted(
        units.values(),
        key=lambda desk: (desk.nearest is None, desk.nearest or today, desk.unit.name),
    )


def _rows(agency: Agency, unit_ids: set[int], today: datetime.date) -> list[tuple[int, DeskRow]]:
    rows: list[tuple[int, DeskRow]] = []
    if not unit_ids:
        return rows
    assessments = Assessment.objects.filter(
        evaluation__agency=agency,
        evaluation__state__in=CLAIMS_OPEN,
        lead_unit_id__in=unit_ids,
        state__in=WITH_THE_UNIT,
    ).select_related("evaluation", "indicator")
    for assessment in assessments:
        evaluation, indicator = assessment.evaluation, assessment.indicator
        deadline = evaluation.self_assessment_deadline
        rows.append(
            (
                assessment.lead_unit_id or 0,
                DeskRow(
                    kind="indicator",
                    label=f"{evaluation.year} · {indicator.code}",
                    what=indicator.name,
                    state=assessment.get_state_display(),
                    deadline=deadline,
                    link=reverse("evaluations:indicator", args=[evaluation.pk, indicator.number]),
                    overdue=deadline < today,
                ),
            )
        )
    waiting = Q(status=ItemStatus.REVISION.value) | Q(
        status__in=[ItemStatus.NOT_STARTED.value, ItemStatus.DRAFT.value],
        evaluation__state__in=CLAIMS_OPEN,
    )
    items = (
        EvaluationItem.objects.filter(
            waiting,
            evaluation__agency=agency,
            assessment__lead_unit_id__in=unit_ids,
            retired=False,
        )
        .exclude(evaluation__state=EvaluationState.FINISHED)
        .select_related("evaluation", "assessment", "assessment__indicator")
    )
    for item in items:
        evaluation, indicator = item.evaluation, item.assessment.indicator
        deadline = item.promised_on or evaluation.self_assessment_deadline
        rows.append(
            (
                item.assessment.lead_unit_id or 0,
                DeskRow(
                    kind="item",
                    label=f"{evaluation.year} · {item.code}",
                    what=item.text,
                    state=item.get_status_display(),
                    deadline=deadline,
                    link=reverse("evaluations:indicator", args=[evaluation.pk, indicator.number])
                    + f"#item-{item.code}",
                    overdue=deadline < today,
                ),
            )
        )
    actions = Action.objects.filter(
        evaluation__agency=agency, lead_unit_id__in=unit_ids, status__in=OPEN_ACTIONS
    ).select_related("evaluation", "indicator")
    for action in actions:
        rows.append(
            (
                action.lead_unit_id or 0,
                DeskRow(
                    kind="action",
                    label=f"{action.evaluation.year} · {action.indicator.code}",
                    what=_("Raise to level %(level)s") % {"level": action.to_level},
                    state=action.get_status_display(),
                    deadline=action.deadline,
                    link=reverse("planning:actions", args=[action.evaluation_id]),
                    overdue=action.deadline < today,
                ),
            )
        )
    return rows
