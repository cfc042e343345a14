"""Writing stage windows: an evaluation's own, and the national windows of a year.

The national evaluator's windows are entered once per framework and year and copied to every
agency's evaluation of that framework and year; an evaluation opened later gets them when it is
created. Every write is audited; windows that do not change are not written again.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.models import Framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.item_policy import can_set_national_windows, can_set_stage_windows
from spbe.evaluations.models import Evaluation, EvaluationStage, NationalStageWindow
from spbe.evaluations.stage_selectors import evaluation_stage_windows, national_stage_windows
from spbe.organizations.actors import Actor
from spbe.schedule.stages import StageWindow, StageWindowError, check_windows


@transaction.atomic
def stage_windows_set(
    *, actor: Actor, evaluation: Evaluation, windows: Iterable[StageWindow]
) -> bool:
    """Set the evaluation's windows (Mandiri, Dokumen, Interviu, and Visitasi if any).

    Returns whether anything changed.
    """
    require(can_set_stage_windows(actor, evaluation))
    return _replace_windows(actor, evaluation, _checked(windows), action="evaluation.stages")


@transaction.atomic
def national_windows_set(
    *, actor: Actor, framework_code: str, year: int, windows: Iterable[StageWindow]
) -> bool:
    """Enter the national windows of a framework's year; returns whether anything changed."""
    require(can_set_national_windows(actor))
    framework = Framework.objects.filter(code=framework_code).first()
    if framework is None:
        raise ActionRefused(_("Unknown framework."), field="framework")
    wanted = _checked(windows)
    before = national_stage_windows(framework_code, year)
    if before == wanted:
        return False
    NationalStageWindow.objects.filter(framework=framework, year=year).delete()
    NationalStageWindow.objects.bulk_create(
        NationalStageWindow(
            framework=framework, year=year, stage=w.stage, starts=w.starts, ends=w.ends
        )
        for w in wanted
    )
    audit_record(
        actor=actor.user,
        action="national_stages.set",
        target=None,
        object_ref=("national_stage_windows", f"{framework_code}/{year}"),
        summary=_("National stage windows of %(framework)s %(year)s")
        % {"framework": framework.short_title, "year": year},
        data={"before": _as_data(before), "after": _as_data(wanted)},
    )
    return True


@transaction.atomic
def national_windows_copy(*, actor: Actor, framework_code: str, year: int) -> int:
    """Copy the national windows to every evaluation of that framework and year.

    Returns how many evaluations changed; each change is audited under its agency.
    """
    require(can_set_national_windows(actor))
    windows = national_stage_windows(framework_code, year)
    if not windows:
        raise ActionRefused(
            _("No national stage windows are entered for %(framework)s %(year)s.")
            % {"framework": framework_code, "year": year}
        )
    evaluations = Evaluation.objects.filter(
        revision__framework__code=framework_code, year=year
    ).select_related("agency")
    return sum(
        _replace_windows(actor, evaluation, windows, action="evaluation.stages_national")
        for evaluation in evaluations
    )


@transaction.atomic
def stage_windows_from_national(*, actor: Actor, evaluation: Evaluation) -> bool:
    """The koordinator takes the national windows of the evaluation's framework and year.

    Refused when none are entered; returns whether anything changed.
    """
    require(can_set_stage_windows(actor, evaluation))
    framework = evaluation.revision.framework
    windows = national_stage_windows(framework.code, evaluation.year)
    if not windows:
        raise ActionRefused(
            _("No national stage windows are entered for %(framework)s %(year)s.")
            % {"framework": framework.short_title, "year": evaluation.year}
        )
    return _replace_windows(actor, evaluation, windows, action="evaluation.stages_national")


def stages_copy_from_national(*, actor: Actor, evaluation: Evaluation) -> bool:
    """Give a new evaluation the national windows of its framework and year, if entered.

    Called by ``evaluation_create``, inside its transaction and after its permission check.
    """
    windows = national_stage_windows(evaluation.revision.framework.code, evaluation.year)
    if not windows:
        return False
    return _replace_windows(actor, evaluation, windows, action="evaluation.stages_national")


def _checked(windows: Iterable[StageWindow]) -> list[StageWindow]:
    ordered = sorted(windows, key=lambda window: window.starts)
    try:
        check_windows(ordered)
    except StageWindowError as error:
        raise ActionRefused(_describe(error), field=error.stage.value) from error
    return ordered


def _replace_windows(
    actor: Actor, evaluation: Evaluation, windows: list[StageWindow], *, action: str
) -> bool:
    before = evaluation_stage_windows(evaluation)
    if before == windows:
        return False
    evaluation.stages.all().delete()
    EvaluationStage.objects.bulk_create(
        EvaluationStage(evaluation=evaluation, stage=w.stage, starts=w.starts, ends=w.ends)
        for w in windows
    )
    audit_record(
        actor=actor.user,
        action=action,
        target=evaluation,
        agency=evaluation.agency,
        summary=_("Stage windows of %(evaluation)s") % {"evaluation": evaluation},
        data={"before": _as_data(before), "after": _as_data(windows)},
    )
    return True


def _as_data(windows: list[StageWindow]) -> list[dict[str, str]]:
    return [
        {"stage": w.stage.value, "starts": w.starts.isoformat(), "ends": w.ends.isoformat()}
        for w in windows
    ]


def _describe(error: StageWindowError) -> str:
    stage = error.stage.label
    if error.code == "ends_before_start":
        return _("%(stage)s ends before it starts.") % {"stage": stage}
    if error.code == "repeated":
        return _("%(stage)s is given twice.") % {"stage": stage}
    if error.code == "missing":
        return _("Give the dates of %(stage)s.") % {"stage": stage}
    return _("%(stage)s must start after the stage before it has ended.") % {"stage": stage}
