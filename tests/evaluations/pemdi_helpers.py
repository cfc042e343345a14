"""A Pemdi evaluation with its stage windows, and days in each stage."""

from __future__ import annotations

import datetime
from typing import Any

from spbe.evaluations.assessor_services import item_verdict_record
from spbe.evaluations.models import EvaluationItem
from spbe.evaluations.stage_services import stage_windows_set
from spbe.schedule.stages import Stage, StageWindow
from tests.cast import Cast

D = datetime.date
WINDOWS = [
    StageWindow(Stage.SELF_ASSESSMENT, D(2026, 6, 1), D(2026, 6, 30)),
    StageWindow(Stage.DOCUMENTS, D(2026, 7, 1), D(2026, 7, 31)),
    StageWindow(Stage.INTERVIEW, D(2026, 8, 1), D(2026, 8, 15)),
]
BEFORE_STAGES = D(2026, 5, 15)
SELF_ASSESSMENT_DAY = D(2026, 6, 10)
DOCUMENTS_DAY = D(2026, 7, 10)
INTERVIEW_DAY = D(2026, 8, 5)
AFTER_STAGES = D(2026, 9, 1)


def with_stages(cast: Cast, windows: list[StageWindow] = WINDOWS) -> Cast:
    stage_windows_set(
        actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, windows=windows
    )
    return cast


def item(cast: Cast, code: str) -> EvaluationItem:
    return EvaluationItem.objects.get(evaluation=cast.evaluation, code=code)


def give_verdict(
    cast: Cast,
    code: str,
    status: str,
    *,
    who: Any = None,
    today: datetime.date = DOCUMENTS_DAY,
    note: str = "Sesuai",
) -> EvaluationItem:
    """The assigned external assessor (or ``who``) gives an item a verdict."""
    target = item(cast, code)
    return item_verdict_record(
        actor=cast.actor(who or cast.external_assessor),
        item=target,
        version=target.version,
        status=status,
        note=note,
        today=today,
    )


def set_status(cast: Cast, status: str, *codes: str) -> None:
    """Put items in a status directly (set-up only; the services are tested on their own)."""
    EvaluationItem.objects.filter(evaluation=cast.evaluation, code__in=codes).update(status=status)


def codes_of(cast: Cast, number: int, *, retired: bool = False) -> list[str]:
    return list(
        EvaluationItem.objects.filter(
            evaluation=cast.evaluation, assessment__indicator__number=number, retired=retired
        )
        .order_by("level", "position")
        .values_list("code", flat=True)
    )
