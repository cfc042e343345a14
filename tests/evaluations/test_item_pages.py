"""The Pemdi indicator page as a PIC works it item by item: statuses and what blocks them, the
portal note, the stage rules, the answer to a revisi, and the external index value."""

import datetime
import re

import pytest
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.evaluations.item_selectors import ESTIMATE_LABEL
from spbe.evaluations.models import ExternalIndexValue
from tests.cast import PASSWORD
from tests.clock import JAKARTA
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    item,
    set_status,
)

pytestmark = pytest.mark.dates


def on(time_machine, day: datetime.date) -> None:
    time_machine.move_to(datetime.datetime.combine(day, datetime.time(10), tzinfo=JAKARTA))


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    client.cookies["django_language"] = "en"
    return client


def page_url(cast, number=1):
    return reverse("evaluations:indicator", args=[cast.evaluation.pk, number])


def note_url(cast, code, number=1):
    return reverse("evaluations:item_note", args=[cast.evaluation.pk, number, code])


def answer_url(cast, code, number=1):
    return reverse("evaluations:item_answer", args=[cast.evaluation.pk, number, code])


def index_url(cast, number):
    return reverse("evaluations:external_index", args=[cast.evaluation.pk, number])


def note_data(cast, code, note, *, submit=False, version=None):
    prefix = f"note-{code}"
    return {
        f"{prefix}-version": version if version is not None else item(cast, code).version,
        f"{prefix}-note": note,
        "submit": "1" if submit else "0",
    }


def rows_of(response):
    return {row.code: row for row in response.context["item_panel"].rows}


# ------------------------------------------------------------------------------ reading


def test_the_pic_sees_every_item_with_its_status_and_the_lower_item_that_blocks_it(
    client, pemdi, time_machine
):
    set_status(pemdi, "diterima", "I1-L1-01", "I1-L2-01")
    set_status(pemdi, "draf", "I1-L2-02")
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.pic).get(page_url(pemdi))
    assert response.status_code == 200
    rows = rows_of(response)
    assert rows["I1-L1-01"].status.value == "diterima"
    assert rows["I1-L2-02"].status.value == "draf"
    assert rows["I1-L3-01"].status.value == "ditolak_otomatis"
    assert rows["I1-L3-01"].blocked_by == "I1-L2-02"
    page = response.content.decode()
    card = page[page.index('id="item-I1-L3-01"') :]
    assert "Ditolak otomatis" in card[:1500]
    assert 'class="blocked-by">I1-L2-02<' in card[:1500]


def test_the_glance_shows_what_each_level_lacks_and_the_items_to_work_on(
    client, pemdi, time_machine
):
    set_status(pemdi, "diterima", "I1-L1-01", "I1-L2-01")
    set_status(pemdi, "diajukan", "I1-L2-03")
    on(time_machine, SELF_ASSESSMENT_DAY)
    panel = login(client, pemdi.pic).get(page_url(pemdi)).context["item_panel"]
    levels = {level.level: level for level in panel.levels}
    assert levels[1].complete
    assert [row.code for row in levels[2].lacking] == ["I1-L2-02", "I1-L2-03", "I1-L2-04"]
    to_work_on = [row.code for row in panel.to_work_on]
    assert "I1-L2-02" in to_work_on
    assert "I1-L2-03" not in to_work_on  # submitted: the assessor's turn
    assert "I1-L1-01" not in to_work_on


def test_the_estimate_from_the_items_is_labelled_and_shown_next_to_the_claimed_level(
    client, pemdi, time_machine
):
    set_status(pemdi, "diterima", "I1-L1-01")
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.pic).get(page_url(pemdi))
    assert response.context["item_panel"].estimate.value == 1
    page = response.content.decode()
    assert ESTIMATE_LABEL == "estimasi, bukan nilai resmi"
    assert f'id="estimate-label">{ESTIMATE_LABEL}' in page
    assert 'id="glance-claimed"' in page
    panel = response.context["item_panel"]
    assert panel.index_estimate == 1  # every indicator at level 1 from its items or index
    assert f"{ESTIMATE_LABEL}) · claimed" in page[page.index('id="index-estimate"') :]


def test_a_city_reads_its_own_criterion_variant_and_the_others_are_folded(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    page = login(client, pemdi.pic).get(page_url(pemdi)).content.decode()
    own = re.search(r'<div class="variant-own" data-variant="(\w+)">', page)
    assert own and own.group(1) == "kabupaten_kota"
    folded = page[page.index('<details class="variant-others">') :]
    folded = folded[: folded.index("</details>")]
    assert 'data-variant="pusat"' in folded
    assert 'data-variant="provinsi"' in folded
    assert 'data-variant="kabupaten_kota"' not in folded


def test_an_spbe_2020_indicator_page_has_no_items_and_reads_as_before(client, cast):
    response = login(client, cast.pic).get(page_url(cast))
    assert response.status_code == 200
    assert response.context["item_panel"] is None
    assert response.context["external_index"] is None
    page = response.content.decode()
    assert 'id="items"' not in page
    assert "variant-own" not in page
    assert 'id="claim-form"' in page


# ------------------------------------------------------------------------------ the note


def test_a_note_longer_than_the_portal_takes_is_refused_and_nothing_changes(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    before = item(pemdi, "I1-L1-01")
    response = login(client, pemdi.pic).post(
        note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "x" * 1001)
    )
    assert response.status_code == 422
    assert "1001 characters" in response.context["refusal"]
    assert "at most 1000" in response.context["refusal"]
    after = item(pemdi, "I1-L1-01")
    assert (after.note, after.status, after.version) == (before.note, "belum", before.version)
    # The PIC's text is kept in the item's own form.
    assert "x" * 1001 in response.content.decode()


def test_the_note_limit_is_a_setting(client, pemdi, time_machine, settings):
    settings.SPBE_PORTAL_NOTE_LIMIT = 20
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    refused = client.post(note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "y" * 21))
    assert refused.status_code == 422
    saved = client.post(note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "y" * 20))
    assert saved.status_code == 302


def test_a_line_break_counts_as_one_character(client, pemdi, time_machine, settings):
    settings.SPBE_PORTAL_NOTE_LIMIT = 3
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.pic).post(
        note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "a\r\nb")
    )
    assert response.status_code == 302
    assert item(pemdi, "I1-L1-01").note == "a\nb"


def test_the_pic_saves_a_note_as_a_draft_then_submits_it(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    note = "Perwali 12/2025 tentang Rencana Aksi Pemdi, hlm. 3–4."
    response = client.post(note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", note))
    assert response.status_code == 302
    assert (item(pemdi, "I1-L1-01").status, item(pemdi, "I1-L1-01").note) == ("draf", note)
    response = client.post(
        note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", note, submit=True)
    )
    assert response.status_code == 302
    assert item(pemdi, "I1-L1-01").status == "diajukan"
    assert AuditEvent.objects.filter(action="item.submit").count() == 1
    page = client.get(page_url(pemdi)).content.decode()
    assert 'data-copy-target="id_note-I1-L1-01-note"' in page


def test_a_note_saved_on_an_older_version_answers_409_and_keeps_the_text(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    stale = item(pemdi, "I1-L1-01").version
    client.post(note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "pertama"))
    response = client.post(
        note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "kedua", version=stale)
    )
    assert response.status_code == 409
    assert item(pemdi, "I1-L1-01").note == "pertama"
    form = response.context["failed_form"]
    assert form.data["note-I1-L1-01-version"] == str(item(pemdi, "I1-L1-01").version)


# ------------------------------------------------------------------------------ who and when


def test_in_the_penilaian_dokumen_the_items_are_read_only(client, pemdi, time_machine):
    on(time_machine, DOCUMENTS_DAY)
    login(client, pemdi.pic)
    page = client.get(page_url(pemdi))
    assert page.context["item_panel"].stage_label == "Penilaian Dokumen"
    assert page.context["item_panel"].refusal == (
        "Items are filled in during the Penilaian Mandiri only."
    )
    html = page.content.decode()
    assert 'class="item-note-form"' not in html
    assert 'class="item-upload-form"' not in html
    response = client.post(note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "telat"))
    assert response.status_code == 403
    assert response.context["refusal"] == "Items are filled in during the Penilaian Mandiri only."
    assert item(pemdi, "I1-L1-01").note == ""


def test_the_pic_of_another_unit_may_not_fill_in_the_items(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.other_pic).post(
        note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "bukan unit saya")
    )
    assert response.status_code == 403
    assert "lead unit" in response.context["refusal"]
    assert item(pemdi, "I1-L1-01").note == ""


def test_another_agency_does_not_even_see_the_item(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.outsider).post(
        note_url(pemdi, "I1-L1-01"), note_data(pemdi, "I1-L1-01", "asing")
    )
    assert response.status_code == 404
    assert item(pemdi, "I1-L1-01").note == ""


def test_an_item_of_another_indicator_is_not_found_on_this_one(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.pic).post(
        note_url(pemdi, "I4-L1-01", number=1), note_data(pemdi, "I4-L1-01", "salah tempat")
    )
    assert response.status_code == 404


# ------------------------------------------------------------------------------ the interview


def answer_data(cast, code, **fields):
    prefix = f"answer-{code}"
    data = {f"{prefix}-version": item(cast, code).version}
    data.update({f"{prefix}-{name}": value for name, value in fields.items()})
    return data


def test_in_the_interview_the_lead_pic_answers_a_revisi_with_a_sanggah(client, pemdi, time_machine):
    set_status(pemdi, "revisi", "I1-L1-01")
    on(time_machine, INTERVIEW_DAY)
    login(client, pemdi.pic)
    page = client.get(page_url(pemdi))
    assert [row.code for row in page.context["item_panel"].to_work_on] == ["I1-L1-01"]
    assert 'action="' + answer_url(pemdi, "I1-L1-01") + '"' in page.content.decode()
    response = client.post(
        answer_url(pemdi, "I1-L1-01"),
        answer_data(pemdi, "I1-L1-01", objection="Dokumen telah ditetapkan, lihat hlm. 2."),
    )
    assert response.status_code == 302
    answered = item(pemdi, "I1-L1-01")
    assert answered.objection == "Dokumen telah ditetapkan, lihat hlm. 2."
    assert answered.status == "revisi"
    assert client.get(page_url(pemdi)).context["item_panel"].to_work_on == []


def test_in_the_interview_the_coordinator_promises_the_evidence_by_a_date(
    client, pemdi, time_machine
):
    set_status(pemdi, "revisi", "I1-L2-01")
    on(time_machine, INTERVIEW_DAY)
    response = login(client, pemdi.coordinator).post(
        answer_url(pemdi, "I1-L2-01"), answer_data(pemdi, "I1-L2-01", promised_on="2026-08-12")
    )
    assert response.status_code == 302
    assert item(pemdi, "I1-L2-01").promised_on == datetime.date(2026, 8, 12)
    assert AuditEvent.objects.filter(action="item.promise").count() == 1


def test_an_answer_with_both_a_sanggah_and_a_date_is_refused(client, pemdi, time_machine):
    set_status(pemdi, "revisi", "I1-L1-01")
    on(time_machine, INTERVIEW_DAY)
    response = login(client, pemdi.pic).post(
        answer_url(pemdi, "I1-L1-01"),
        answer_data(pemdi, "I1-L1-01", objection="Ada.", promised_on="2026-08-12"),
    )
    assert response.status_code == 422
    assert (item(pemdi, "I1-L1-01").objection, item(pemdi, "I1-L1-01").promised_on) == ("", None)


def test_an_item_not_in_revisi_cannot_be_answered(client, pemdi, time_machine):
    set_status(pemdi, "diajukan", "I1-L1-01")
    on(time_machine, INTERVIEW_DAY)
    response = login(client, pemdi.pic).post(
        answer_url(pemdi, "I1-L1-01"), answer_data(pemdi, "I1-L1-01", objection="Tetap.")
    )
    assert response.status_code == 403
    assert response.context["refusal"] == "Only an item in revisi can be answered."


def test_a_revisi_is_not_answered_during_the_penilaian_dokumen(client, pemdi, time_machine):
    set_status(pemdi, "revisi", "I1-L1-01")
    on(time_machine, DOCUMENTS_DAY)
    response = login(client, pemdi.pic).post(
        answer_url(pemdi, "I1-L1-01"), answer_data(pemdi, "I1-L1-01", objection="Terlalu dini.")
    )
    assert response.status_code == 403
    assert item(pemdi, "I1-L1-01").objection == ""


# ------------------------------------------------------------------------------ external index


def index_data(value, year="2026", source="Portal SDI", version=0):
    return {
        "index-version": version,
        "index-value": value,
        "index-year": year,
        "index-source": source,
    }


def test_until_a_value_is_entered_the_indicator_counts_as_level_1_and_says_so(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.coordinator).get(page_url(pemdi, 5))
    panel = response.context["external_index"]
    assert panel.row.pending and panel.counts_as == 1
    assert 'id="index-pending"' in response.content.decode()
    assert "counts as level 1" in response.content.decode()


def test_the_coordinator_records_an_sdi_value_and_sees_the_level_it_gives(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.coordinator)
    response = client.post(index_url(pemdi, 5), index_data("55,3"))
    assert response.status_code == 302
    entered = ExternalIndexValue.objects.get(assessment__indicator__number=5)
    assert (str(entered.value), entered.year, entered.source) == ("55.30", 2026, "Portal SDI")
    page = client.get(page_url(pemdi, 5))
    panel = page.context["external_index"]
    assert panel.counts_as == 3  # SDI 37.5 ≤ X < 62.5
    assert not panel.row.outdated
    assert 'id="index-outdated"' not in page.content.decode()


def test_a_value_of_an_earlier_year_is_flagged_outdated(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.coordinator)
    client.post(index_url(pemdi, 10), index_data("3,1", year="2024", source="BSSN"))
    page = client.get(page_url(pemdi, 10))
    assert page.context["external_index"].row.outdated
    assert 'id="index-outdated"' in page.content.decode()


def test_a_value_outside_the_index_scale_is_refused_with_the_scale_named(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.coordinator).post(index_url(pemdi, 5), index_data("120"))
    assert response.status_code == 422
    assert "100" in response.context["refusal"]
    assert not ExternalIndexValue.objects.exists()
    # The value typed stays in the form.
    assert 'value="120"' in response.content.decode()


def test_the_lead_units_pic_records_the_index_value_in_the_self_assessment(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.pic).post(index_url(pemdi, 5), index_data("55"))
    assert response.status_code == 302
    assert ExternalIndexValue.objects.get().value == 55


def test_a_pic_of_another_unit_does_not_record_index_values(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.other_pic).post(index_url(pemdi, 5), index_data("55"))
    assert response.status_code == 403
    assert not ExternalIndexValue.objects.exists()


def test_an_indicator_without_an_external_index_has_no_index_block(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.coordinator).get(page_url(pemdi, 1))
    assert response.context["external_index"] is None
    refused = client.post(index_url(pemdi, 1), index_data("3"))
    assert refused.status_code == 422


def test_without_stage_windows_the_page_says_the_items_wait_for_them(
    client, pemdi_cast, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi_cast.pic).get(page_url(pemdi_cast))
    panel = response.context["item_panel"]
    assert panel.stage.stage is None
    assert panel.refusal == "The items wait for the stage windows, which the coordinator enters."
    assert 'class="item-note-form"' not in response.content.decode()
