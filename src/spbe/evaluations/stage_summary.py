"""The stage dashboard of an evaluation with stage windows (Indeks Pemdi): where the day falls
in the stages, and how far each unit is with its evidence items.

Read in three queries whatever the size: the windows, the active items with their indicators,
the agency's units. The day is a parameter (``today``), never a clock read in here.

Two rules are this module's (docs/pemdi.md, "The stage dashboard"):

* **Ditolak otomatis is counted from the Penilaian Dokumen on.** The item rule rejects every
  item above a level that is not fully accepted; during the Penilaian Mandiri nothing is
  accepted yet (the assessors have not started), so counting the rule's status then would show
  nearly every item above level 1 as rejected. Until the Penilaian Dokumen begins, items count
  with their own status.
* **Overdue** is an item the unit owed and did not submit: at or below its indicator's claimed
  level (level 1 without a claim), still belum or draf once the Penilaian Mandiri window has
  ended. Items above the claim are the next years' work, not a missed deadline. Also overdue:
  an item in revisi with neither a sanggah nor a promise (akan disusulkan) once the
  Penilaian Interviu window has ended. On the last day of a window nothing of it is overdue.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext as _

from spbe.evaluations.item_selectors import evaluation_items, item_rule_outcomes
from spbe.evaluations.models import Evaluation, EvaluationItem
from spbe.evaluations.stage_selectors import evaluation_stage_windows
from spbe.organizations.models import Unit
from spbe.schedule.stages import Stage, StageWindow, stage_today
from spbe.scoring.items import ItemOutcome, ItemStatus

# The statuses in the order the portal shows them.
STATUS_ORDER = (
    ItemStatus.NOT_STARTED,
    ItemStatus.DRAFT,
    ItemStatus.SUBMITTED,
    ItemStatus.ACCEPTED,
    ItemStatus.REVISION,
    ItemStatus.AUTO_REJECTED,
)
NOT_SUBMITTED = (ItemStatus.NOT_STARTED, ItemStatus.DRAFT)


class OverdueReason(StrEnum):
    # Not diajukan by the end of the Penilaian Mandiri.
    NOT_SUBMITTED = "not_submitted"
    # In revisi, unanswered by the end of the Penilaian Interviu.
    REVISION_UNANSWERED = "revision_unanswered"

    @property
    def label(self) -> str:
        if self is OverdueReason.NOT_SUBMITTED:
            return _("not submitted by the end of the Penilaian Mandiri")
        return _("revisi not answered by the end of the Penilaian Interviu")


@dataclass(frozen=True)
class StatusCount:
    status: ItemStatus
    count: int

    @property
    def label(self) -> str:
        return self.status.label


@dataclass(frozen=True)
class OverdueItem:
    code: str
    indicator: int
    reason: OverdueReason


@dataclass(frozen=True)
class UnitItemRow:
    """The items of the indicators one unit leads, counted by status."""

    name: str  # empty for the items of indicators without a lead unit
    short_name: str
    counts: tuple[StatusCount, ...]
    overdue: tuple[OverdueItem, ...]

    @property
    def total(self) -> int:
        return sum(entry.count for entry in self.counts)

    def count(self, status: ItemStatus) -> int:
        return next(entry.count for entry in self.counts if entry.status is status)


@dataclass(frozen=True)
class StageDashboard:
    today: datetime.date
    windows: tuple[StageWindow, ...]
    stage: Stage | None
    days_left: int | None
    upcoming: StageWindow | None
    finished: bool
    # Whether "ditolak otomatis" is counted (from the Penilaian Dokumen on).
    counts_rejections: bool
    units: tuple[UnitItemRow, ...]
    totals: tuple[StatusCount, ...]

    @property
    def stage_label(self) -> str | None:
        return self.stage.label if self.stage else None

    @property
    def overdue(self) -> int:
        return sum(len(row.overdue) for row in self.units)

    @property
    def statuses(self) -> tuple[ItemStatus, ...]:
        return STATUS_ORDER


def stage_dashboard(evaluation: Evaluation, *, today: datetime.date) -> StageDashboard | None:
    """The evaluation's stage and item progress per unit on ``today``; None without windows."""
    windows = evaluation_stage_windows(evaluation)
    if not windows:
        return None
    where = stage_today(windows, today)
    ends = {window.stage: window.ends for window in windows}
    counts_rejections = where.has_started(Stage.DOCUMENTS)
    items = list(evaluation_items(evaluation))
    outcomes = item_rule_outcomes(evaluation, items) if counts_rejections else {}
    units = {unit.pk: unit for unit in Unit.objects.filter(agency_id=evaluation.agency_id)}
    by_unit: dict[int | None, list[EvaluationItem]] = defaultdict(list)
    for item in items:
        lead = item.assessment.lead_unit_id
        by_unit[lead if lead in units else None].append(item)
    rows = [
        _unit_row(units.get(pk) if pk is not None else None, unit_items, outcomes, ends, today)
        for pk, unit_items in by_unit.items()
    ]
    # Units by name; the items without a lead unit last.
    rows.sort(key=lambda row: (not row.name, row.name))
    totals = tuple(
        StatusCount(status, sum(row.count(status) for row in rows)) for status in STATUS_ORDER
    )
    return StageDashboard(
        today=today,
        windows=tuple(windows),
        stage=where.stage,
        days_left=where.days_left,
        upcoming=where.upcoming,
        finished=where.finished,
        counts_rejections=counts_rejections,
        units=tuple(rows),
        totals=totals,
    )


def overdue_reason(
    item: EvaluationItem, ends: dict[Stage, datetime.date], today: datetime.date
) -> OverdueReason | None:
    """Why the item is overdue on ``today``, or None (see the module's rule)."""
    status = ItemStatus(item.status)
    mandiri_ends = ends.get(Stage.SELF_ASSESSMENT)
    if (
        status in NOT_SUBMITTED
        and item.level <= owed_level(item)
        and mandiri_ends is not None
        and today > mandiri_ends
    ):
        return OverdueReason.NOT_SUBMITTED
    interview_ends = ends.get(Stage.INTERVIEW)
    answered = bool(item.objection) or item.promised_on is not None
    if (
        status is ItemStatus.REVISION
        and not answered
        and interview_ends is not None
        and today > interview_ends
    ):
        return OverdueReason.REVISION_UNANSWERED
    return None


def owed_level(item: EvaluationItem) -> int:
    """The highest level whose items the unit owes: its claimed level, or 1 without a claim."""
    claimed = item.assessment.claimed_level
    return int(claimed) if claimed is not None else 1


def _unit_row(
    unit: Unit | None,
    items: list[EvaluationItem],
    outcomes: dict[str, ItemOutcome],
    ends: dict[Stage, datetime.date],
    today: datetime.date,
) -> UnitItemRow:
    counts: dict[ItemStatus, int] = dict.fromkeys(STATUS_ORDER, 0)
    overdue: list[OverdueItem] = []
    for item in items:
        outcome = outcomes.get(item.code)
        shown = outcome.status if outcome is not None else ItemStatus(item.status)
        counts[shown] += 1
        reason = overdue_reason(item, ends, today)
        if reason is not None:
            overdue.append(OverdueItem(item.code, item.assessment.indicator.number, reason))
    return UnitItemRow(
        name=unit.name if unit else "",
        short_name=unit.short_name if unit else "",
        counts=tuple(StatusCount(status, counts[status]) for status in STATUS_ORDER),
        overdue=tuple(overdue),
    )
