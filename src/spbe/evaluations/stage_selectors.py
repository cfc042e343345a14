"""Reading an evaluation's stage windows, and where a day falls in them."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from spbe.evaluations.models import Evaluation, NationalStageWindow
from spbe.schedule.stages import StageToday, StageWindow, stage_today


def evaluation_stage_windows(evaluation: Evaluation) -> list[StageWindow]:
    """The evaluation's windows in the order they run (none when nobody has entered them)."""
    return [stage.window() for stage in evaluation.stages.order_by("starts")]


def evaluation_stage_today(evaluation: Evaluation, *, today: datetime.date) -> StageToday:
    """The stage the evaluation is in on ``today``, the days left in it, the stages begun.

    An evaluation without windows is in no stage: its items wait for the windows to be entered.
    """
    return stage_today(evaluation_stage_windows(evaluation), today)


def national_stage_windows(framework_code: str, year: int) -> list[StageWindow]:
    """The national windows of a framework's year, in order (none if not entered)."""
    return [
        window.window()
        for window in NationalStageWindow.objects.filter(
            framework__code=framework_code, year=year
        ).order_by("starts")
    ]


@dataclass(frozen=True)
class NationalWindows:
    """The national windows entered for one framework's year."""

    framework_code: str
    framework_short_title: str
    year: int
    windows: tuple[StageWindow, ...]


def national_windows_entered() -> list[NationalWindows]:
    """Every framework's year with national windows, newest year first (one query)."""
    grouped: dict[tuple[str, int], list[NationalStageWindow]] = {}
    for window in NationalStageWindow.objects.select_related("framework").order_by(
        "-year", "framework__code", "starts"
    ):
        grouped.setdefault((window.framework.code, window.year), []).append(window)
    return [
        NationalWindows(
            framework_code=code,
            framework_short_title=rows[0].framework.short_title,
            year=year,
            windows=tuple(row.window() for row in rows),
        )
        for (code, year), rows in grouped.items()
    ]


def evaluations_of_year(framework_code: str, year: int) -> int:
    """How many agencies' evaluations the national windows of a year are copied to."""
    return Evaluation.objects.filter(revision__framework__code=framework_code, year=year).count()
