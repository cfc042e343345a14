"""Stage windows: an evaluation's own, the national ones of a year, and the stage of a day."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import EvaluationStage
from spbe.evaluations.services import evaluation_create
from spbe.evaluations.stage_selectors import evaluation_stage_today, evaluation_stage_windows
from spbe.evaluations.stage_services import (
    national_windows_copy,
    national_windows_set,
    stage_windows_set,
)
from spbe.schedule.stages import Stage, StageWindow
from tests.cast import make_cast
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY, WINDOWS, D

pytestmark = [pytest.mark.usefixtures("in_english"), pytest.mark.dates]

NATIONAL = [
    StageWindow(Stage.SELF_ASSESSMENT, D(2026, 5, 1), D(2026, 5, 31)),
    StageWindow(Stage.DOCUMENTS, D(2026, 6, 1), D(2026, 6, 30)),
    StageWindow(Stage.INTERVIEW, D(2026, 7, 1), D(2026, 7, 10)),
    StageWindow(Stage.SITE_VISIT, D(2026, 7, 20), D(2026, 7, 21)),
]


def test_the_koordinator_sets_the_windows_and_the_change_is_audited(pemdi):
    assert evaluation_stage_windows(pemdi.evaluation) == WINDOWS
    event = AuditEvent.objects.get(action="evaluation.stages")
    assert event.data["after"][1] == {
        "stage": "dokumen",
        "starts": "2026-07-01",
        "ends": "2026-07-31",
    }


def test_setting_the_same_windows_again_changes_and_audits_nothing(pemdi):
    changed = stage_windows_set(
        actor=pemdi.actor(pemdi.coordinator), evaluation=pemdi.evaluation, windows=WINDOWS
    )
    assert not changed
    assert AuditEvent.objects.filter(action="evaluation.stages").count() == 1


def test_the_evaluations_stage_on_a_day_comes_from_its_windows(pemdi):
    today = evaluation_stage_today(pemdi.evaluation, today=DOCUMENTS_DAY)
    assert today.stage is Stage.DOCUMENTS
    assert today.days_left == 22


def test_overlapping_windows_are_refused_naming_the_stage(pemdi):
    overlapping = [
        WINDOWS[0],
        StageWindow(Stage.DOCUMENTS, D(2026, 6, 20), D(2026, 7, 31)),
        WINDOWS[2],
    ]
    with pytest.raises(ActionRefused, match="Penilaian Dokumen") as refused:
        stage_windows_set(
            actor=pemdi.actor(pemdi.coordinator), evaluation=pemdi.evaluation, windows=overlapping
        )
    assert refused.value.field == "dokumen"
    assert evaluation_stage_windows(pemdi.evaluation) == WINDOWS


@pytest.mark.parametrize("who", ["pic", "internal_assessor", "outsider", "external_assessor"])
def test_only_the_koordinator_sets_an_evaluations_windows(pemdi, who):
    with pytest.raises(PermissionDenied):
        stage_windows_set(
            actor=pemdi.actor(getattr(pemdi, who)), evaluation=pemdi.evaluation, windows=NATIONAL
        )


def test_the_national_windows_are_entered_by_the_administrator_only(pemdi):
    with pytest.raises(PermissionDenied):
        national_windows_set(
            actor=pemdi.actor(pemdi.coordinator),
            framework_code="pemdi-2026",
            year=2026,
            windows=NATIONAL,
        )


def test_the_national_windows_are_copied_to_every_evaluation_of_that_framework_and_year(db):
    first = make_cast(framework="pemdi-2026")
    second = make_cast(framework="pemdi-2026", prefix="b-")
    spbe = make_cast(framework="spbe-2020", prefix="c-")
    admin = first.actor(first.admin)
    national_windows_set(actor=admin, framework_code="pemdi-2026", year=2026, windows=NATIONAL)
    assert national_windows_copy(actor=admin, framework_code="pemdi-2026", year=2026) == 2
    assert evaluation_stage_windows(first.evaluation) == NATIONAL
    assert evaluation_stage_windows(second.evaluation) == NATIONAL
    assert not EvaluationStage.objects.filter(evaluation=spbe.evaluation).exists()
    copies = AuditEvent.objects.filter(action="evaluation.stages_national")
    assert {event.agency_id for event in copies} == {first.agency.pk, second.agency.pk}
    assert AuditEvent.objects.filter(action="national_stages.set").count() == 1
    # Copying again changes nothing.
    assert national_windows_copy(actor=admin, framework_code="pemdi-2026", year=2026) == 0


def test_an_evaluation_opened_later_gets_the_national_windows_of_its_year(db):
    cast = make_cast(framework="pemdi-2026")
    national_windows_set(
        actor=cast.actor(cast.admin), framework_code="pemdi-2026", year=2027, windows=NATIONAL
    )
    later = evaluation_create(
        actor=cast.actor(cast.coordinator),
        agency=cast.agency,
        year=2027,
        framework_code="pemdi-2026",
        target=Decimal("2.50"),
        self_assessment_deadline=datetime.date(2027, 6, 1),
        review_deadline=datetime.date(2027, 7, 1),
    )
    assert evaluation_stage_windows(later) == NATIONAL
    assert evaluation_stage_windows(cast.evaluation) == []


def test_copying_national_windows_that_were_never_entered_is_refused(pemdi):
    with pytest.raises(ActionRefused, match="2030"):
        national_windows_copy(
            actor=pemdi.actor(pemdi.admin), framework_code="pemdi-2026", year=2030
        )
