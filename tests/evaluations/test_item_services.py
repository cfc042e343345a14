"""Evidence items of an evaluation: copied when it opens, kept by the koordinator, filled in by
the lead unit in the Penilaian Mandiri, answered at the Penilaian Interviu."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evaluations.item_services import (
    item_add,
    item_answer_revision,
    item_rename,
    item_retire,
    item_save,
)
from spbe.evaluations.models import EvaluationItem
from tests.evaluations.pemdi_helpers import (
    BEFORE_STAGES,
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    codes_of,
    item,
    set_status,
)

pytestmark = pytest.mark.usefixtures("in_english")


def test_a_pemdi_evaluation_copies_every_item_of_its_revision_when_it_opens(pemdi):
    items = EvaluationItem.objects.filter(evaluation=pemdi.evaluation)
    assert items.count() == 232
    assert set(items.values_list("status", flat=True)) == {"belum"}
    assert codes_of(pemdi, 9) == ["I9-L1-01", "I9-L1-02", "I9-L2-01", "I9-L4-01", "I9-L5-01"]
    first = item(pemdi, "I3-L2-01")
    assert (first.assessment.indicator.number, first.level, first.position) == (3, 2, 1)
    assert AuditEvent.objects.filter(action="items.copy", object_id=str(pemdi.evaluation.pk))


def test_an_spbe_2020_evaluation_has_no_items(cast):
    assert not EvaluationItem.objects.filter(evaluation=cast.evaluation).exists()
    assert not AuditEvent.objects.filter(action="items.copy").exists()


def add(cast, number, level, text="Butir baru", today=BEFORE_STAGES):
    return item_add(
        actor=cast.actor(cast.coordinator),
        evaluation=cast.evaluation,
        indicator_number=number,
        level=level,
        text=text,
        today=today,
    )


def test_an_spbe_2020_evaluation_refuses_an_item(cast):
    with pytest.raises(ActionRefused, match="no evidence items"):
        add(cast, 1, 1)


def test_the_koordinator_adds_an_item_at_the_end_of_its_level_with_the_next_code(pemdi):
    added = add(pemdi, 9, 3, "Laporan audit tingkat 3")
    assert (added.code, added.position, added.status) == ("I9-L3-01", 1, "belum")
    again = add(pemdi, 9, 1, "Butir ketiga")
    assert (again.code, again.position) == ("I9-L1-03", 3)
    assert AuditEvent.objects.filter(action="item.add", object_id=str(added.pk)).exists()


def test_an_item_is_refused_for_a_level_the_framework_does_not_have(pemdi):
    with pytest.raises(ActionRefused) as refused:
        add(pemdi, 9, 6)
    assert refused.value.field == "level"


def test_renaming_keeps_the_code_and_status_and_is_audited(pemdi):
    set_status(pemdi, "diterima", "I1-L1-01")
    target = item(pemdi, "I1-L1-01")
    renamed = item_rename(
        actor=pemdi.actor(pemdi.coordinator),
        item=target,
        version=target.version,
        text="  Teks baru dari portal  ",
        today=SELF_ASSESSMENT_DAY,
    )
    assert (renamed.code, renamed.text, renamed.status) == (
        "I1-L1-01",
        "Teks baru dari portal",
        "diterima",
    )
    assert renamed.version == target.version + 1
    event = AuditEvent.objects.get(action="item.rename")
    assert event.data["after"] == "Teks baru dari portal"


def test_retiring_keeps_the_item_out_of_the_list_and_audited(pemdi):
    target = item(pemdi, "I1-L1-01")
    item_retire(
        actor=pemdi.actor(pemdi.coordinator),
        item=target,
        version=target.version,
        today=SELF_ASSESSMENT_DAY,
    )
    assert "I1-L1-01" not in codes_of(pemdi, 1)
    assert codes_of(pemdi, 1, retired=True) == ["I1-L1-01"]
    assert AuditEvent.objects.filter(action="item.retire").count() == 1


def test_a_rename_based_on_an_older_version_is_refused_and_changes_nothing(pemdi):
    target = item(pemdi, "I1-L1-01")
    coordinator = pemdi.actor(pemdi.coordinator)
    item_rename(
        actor=coordinator, item=target, version=target.version, text="A", today=BEFORE_STAGES
    )
    with pytest.raises(StaleVersion, match="I1-L1-01"):
        item_rename(
            actor=coordinator, item=target, version=target.version, text="B", today=BEFORE_STAGES
        )
    assert item(pemdi, "I1-L1-01").text == "A"


@pytest.mark.parametrize("who", ["pic", "internal_assessor", "outsider", "external_assessor"])
def test_only_the_koordinator_keeps_the_item_list(pemdi, who):
    target = item(pemdi, "I1-L1-01")
    with pytest.raises(PermissionDenied):
        item_rename(
            actor=pemdi.actor(getattr(pemdi, who)),
            item=target,
            version=target.version,
            text="Teks lain",
            today=BEFORE_STAGES,
        )


def test_the_item_list_is_fixed_once_the_document_stage_begins(pemdi):
    target = item(pemdi, "I1-L1-01")
    with pytest.raises(PermissionDenied):
        item_retire(
            actor=pemdi.actor(pemdi.coordinator),
            item=target,
            version=target.version,
            today=DOCUMENTS_DAY,
        )


def save(cast, code, who, *, today, submit=False, note="Dokumen diunggah ke portal"):
    target = item(cast, code)
    return item_save(
        actor=cast.actor(who),
        item=target,
        version=target.version,
        note=note,
        submit=submit,
        today=today,
    )


def test_the_lead_units_pic_saves_a_draft_then_submits_in_the_self_assessment(pemdi):
    draft = save(pemdi, "I1-L1-01", pemdi.pic, today=SELF_ASSESSMENT_DAY)
    assert (draft.status, draft.note) == ("draf", "Dokumen diunggah ke portal")
    submitted = save(pemdi, "I1-L1-01", pemdi.pic, today=SELF_ASSESSMENT_DAY, submit=True)
    assert submitted.status == "diajukan"
    assert [e.action for e in AuditEvent.objects.filter(action__startswith="item.")] == [
        "item.submit",
        "item.draft",
    ]


def test_a_pic_of_another_unit_cannot_save_the_item(pemdi):
    with pytest.raises(PermissionDenied):
        save(pemdi, "I1-L1-01", pemdi.other_pic, today=SELF_ASSESSMENT_DAY)
    # Indicator 2 is led by the other unit: there it is the other way round.
    assert save(pemdi, "I2-L1-01", pemdi.other_pic, today=SELF_ASSESSMENT_DAY).status == "draf"


@pytest.mark.parametrize(
    "today", [BEFORE_STAGES, DOCUMENTS_DAY, INTERVIEW_DAY], ids=["before", "dokumen", "interviu"]
)
def test_the_agencys_items_are_read_only_outside_the_self_assessment_stage(pemdi, today):
    with pytest.raises(PermissionDenied):
        save(pemdi, "I1-L1-01", pemdi.pic, today=today)
    assert item(pemdi, "I1-L1-01").status == "belum"


def test_an_accepted_or_retired_item_is_read_only_for_the_agency(pemdi):
    set_status(pemdi, "diterima", "I1-L1-01")
    with pytest.raises(PermissionDenied):
        save(pemdi, "I1-L1-01", pemdi.pic, today=SELF_ASSESSMENT_DAY)
    EvaluationItem.objects.filter(code="I1-L2-01").update(retired=True)
    with pytest.raises(PermissionDenied):
        save(pemdi, "I1-L2-01", pemdi.pic, today=SELF_ASSESSMENT_DAY)


def test_an_item_saved_by_someone_else_since_it_was_read_is_refused(pemdi):
    stale = item(pemdi, "I1-L1-01")
    save(pemdi, "I1-L1-01", pemdi.pic, today=SELF_ASSESSMENT_DAY)
    with pytest.raises(StaleVersion, match="pic-kominfo"):
        item_save(
            actor=pemdi.actor(pemdi.pic),
            item=stale,
            version=stale.version,
            note="Versi lama",
            today=SELF_ASSESSMENT_DAY,
        )
    assert item(pemdi, "I1-L1-01").note == "Dokumen diunggah ke portal"


def answer(cast, code, who, **answer):
    target = item(cast, code)
    return item_answer_revision(
        actor=cast.actor(who), item=target, version=target.version, **answer
    )


def test_at_the_interview_the_team_answers_a_revisi_item_with_a_sanggah(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    answered = answer(
        pemdi, "I1-L1-01", pemdi.pic, objection="Perwali sudah ditetapkan.", today=INTERVIEW_DAY
    )
    assert (answered.objection, answered.promised_on, answered.status) == (
        "Perwali sudah ditetapkan.",
        None,
        "revisi",
    )
    assert AuditEvent.objects.filter(action="item.objection").exists()


def test_at_the_interview_the_koordinator_promises_the_evidence_by_a_date(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    promised = datetime.date(2026, 8, 30)
    answered = answer(
        pemdi, "I1-L1-01", pemdi.coordinator, promised_on=promised, today=INTERVIEW_DAY
    )
    assert answered.promised_on == promised
    assert AuditEvent.objects.filter(action="item.promise").exists()


def test_a_sanggah_is_only_for_revisi_items_and_only_at_the_interview(pemdi):
    set_status(pemdi, "diajukan", "I1-L1-01")
    set_status(pemdi, "revisi", "I1-L2-01")
    with pytest.raises(PermissionDenied):
        answer(pemdi, "I1-L1-01", pemdi.pic, objection="Keberatan", today=INTERVIEW_DAY)
    with pytest.raises(PermissionDenied):
        answer(pemdi, "I1-L2-01", pemdi.pic, objection="Keberatan", today=DOCUMENTS_DAY)
    with pytest.raises(PermissionDenied):
        answer(pemdi, "I1-L2-01", pemdi.other_pic, objection="Keberatan", today=INTERVIEW_DAY)


@pytest.mark.parametrize(
    "given",
    [
        {},
        {"objection": "Keberatan", "promised_on": datetime.date(2026, 8, 30)},
        {"promised_on": datetime.date(2026, 8, 1)},
    ],
    ids=["neither", "both", "a-past-day"],
)
def test_an_answer_is_a_sanggah_or_a_promise_for_a_day_to_come(pemdi, given):
    set_status(pemdi, "revisi", "I1-L1-01")
    with pytest.raises(ActionRefused):
        answer(pemdi, "I1-L1-01", pemdi.pic, today=INTERVIEW_DAY, **given)
    assert item(pemdi, "I1-L1-01").objection == ""
