"""The interview pack: the items to discuss, our answers, the evidence with its pages, the unit,
as PDF and Word, asked for on the reports panel like every other report."""

from __future__ import annotations

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from docx import Document as WordDocument
from pypdf import PdfReader

from spbe.core.errors import ActionRefused
from spbe.evaluations.models import EvaluationItem, EvaluationState
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink, PageText, StoredFile
from spbe.reports.models import JobStatus, ReportFormat, ReportJob, ReportKind
from spbe.reports.pack_data import interview_pack_data
from spbe.reports.pack_docx import render_pack_docx
from spbe.reports.pack_pdf import render_pack_pdf
from spbe.reports.services import report_request
from spbe.reports.tasks import generate_report
from tests.cast import PASSWORD
from tests.evaluations.pemdi_helpers import INTERVIEW_DAY, item, set_status

pytestmark = pytest.mark.dates

NOW = datetime.datetime(2026, 8, 5, 10, 0, tzinfo=datetime.UTC)


def codes(pack):
    return [row.code for indicator in pack.indicators for row in indicator.items]


def pack_of(cast):
    with translation.override("en"):
        return interview_pack_data(cast.evaluation, now=NOW)


# ---------------------------------------------------------------- what the pack holds


def test_an_item_in_revisi_is_in_the_pack_with_the_assessors_note(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    EvaluationItem.objects.filter(code="I1-L1-01").update(assessor_note="SK belum ditandatangani.")
    pack = pack_of(pemdi)
    found = pack.indicators[0].items[0]
    assert (found.code, found.assessor_note) == ("I1-L1-01", "SK belum ditandatangani.")


def test_an_item_the_team_worked_on_above_a_blocked_level_is_rejected_automatically(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    set_status(pemdi, "diajukan", "I1-L2-01")
    pack = pack_of(pemdi)
    rejected = next(row for row in pack.indicators[0].items if row.code == "I1-L2-01")
    assert rejected.status == "ditolak_otomatis" and rejected.blocked_by == "I1-L1-01"


def test_items_nobody_started_above_a_blocked_level_are_listed_by_code_only(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    pack = pack_of(pemdi)
    assert codes(pack) == ["I1-L1-01"]
    untouched = pack.indicators[0].untouched
    above = EvaluationItem.objects.filter(evaluation=pemdi.evaluation, code__startswith="I1-L")
    assert {code for code, _blocker in untouched} == set(
        above.exclude(code="I1-L1-01").values_list("code", flat=True)
    )
    assert {blocker for _code, blocker in untouched} == {"I1-L1-01"}


def test_the_untouched_items_are_named_under_their_indicator_in_both_files(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    pack = pack_of(pemdi)
    with translation.override("en"):
        pdf = render_pack_pdf(pack)
        docx = render_pack_docx(pack)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Also ditolak otomatis, not started" in " ".join(text.split())
    paragraphs = [p.text for p in WordDocument(io.BytesIO(docx)).paragraphs]
    assert any(p.startswith("Also ditolak otomatis, not started: I1-L2-01") for p in paragraphs)


def test_accepted_submitted_and_draft_items_are_not_discussed(pemdi):
    set_status(pemdi, "diterima", "I2-L1-01")
    set_status(pemdi, "diajukan", "I3-L1-01")
    set_status(pemdi, "draf", "I4-L1-01")
    assert codes(pack_of(pemdi)) == []


def test_the_answer_is_the_sanggah_or_the_promised_date(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01", "I2-L1-01")
    EvaluationItem.objects.filter(code="I1-L1-01").update(objection="SK ada di hlm. 2.")
    EvaluationItem.objects.filter(code="I2-L1-01").update(promised_on=datetime.date(2026, 8, 12))
    rows = {row.code: row for indicator in pack_of(pemdi).indicators for row in indicator.items}
    assert rows["I1-L1-01"].objection == "SK ada di hlm. 2."
    assert rows["I2-L1-01"].promised_on == datetime.date(2026, 8, 12)
    assert pack_of(pemdi).answered_count == 2


def test_the_responsible_unit_is_the_indicators_lead_unit(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    lead = pemdi.evaluation.assessments.get(indicator__number=1).lead_unit
    assert pack_of(pemdi).indicators[0].lead_unit == lead.name


def _link(cast, code, *, created_at, pages=()):
    """A document linked to the item, whose version's text is ``pages`` (page 1 first)."""
    target = item(cast, code)
    document = Document.objects.create(agency=cast.agency, title=f"Bukti {code}", kind="sk")
    version = None
    if pages:
        stored = StoredFile.objects.create(sha256=code.lower().ljust(64, "0"), size=1, kind="pdf")
        version = DocumentVersion.objects.create(
            document=document, number=1, stored_file=stored, original_name="bukti.pdf"
        )
        for number, text in enumerate(pages, start=1):
            PageText.objects.create(version=version, number=number, text=text)
    link = EvidenceLink.objects.create(
        assessment=target.assessment,
        item=target,
        document=document,
        version=version,
        level=target.level,
    )
    EvidenceLink.objects.filter(pk=link.pk).update(created_at=created_at)


def test_the_evidence_shows_the_pages_where_the_items_words_occur(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    words = item(pemdi, "I1-L1-01").text
    pages = ["Daftar isi", words, words.upper(), "Lampiran foto kegiatan"]
    _link(pemdi, "I1-L1-01", created_at=NOW - datetime.timedelta(days=40), pages=pages)
    evidence = pack_of(pemdi).indicators[0].items[0].evidence
    assert [(e.title, e.version, e.pages, e.new_at_interview) for e in evidence] == [
        ("Bukti I1-L1-01", 1, (2, 3), False)
    ]


def test_evidence_linked_during_the_interview_is_marked_new(pemdi):
    set_status(pemdi, "revisi", "I1-L1-01")
    _link(pemdi, "I1-L1-01", created_at=NOW)
    assert pack_of(pemdi).indicators[0].items[0].evidence[0].new_at_interview


# ---------------------------------------------------------------- the files


def _filled(cast):
    set_status(cast, "revisi", "I1-L1-01")
    EvaluationItem.objects.filter(code="I1-L1-01").update(
        assessor_note="Belum ditandatangani.", objection="Sudah ditandatangani, lihat hlm. 2."
    )
    return pack_of(cast)


def test_the_pdf_lists_each_item_with_its_note_and_answer(pemdi):
    pack = _filled(pemdi)
    with translation.override("en"):
        content = render_pack_pdf(pack)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert content.startswith(b"%PDF")
    assert "Interview pack" in text and "I1-L1-01" in text
    assert "Belum ditandatangani." in text and "Sudah ditandatangani, lihat hlm. 2." in text


def test_the_word_document_lists_each_item_with_its_note_and_answer(pemdi):
    pack = _filled(pemdi)
    with translation.override("en"):
        content = render_pack_docx(pack)
    document = WordDocument(io.BytesIO(content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert any(heading.startswith("I1-L1-01") for heading in headings)
    assert "Belum ditandatangani." in cells and "Sudah ditandatangani, lihat hlm. 2." in cells


def test_an_empty_pack_says_there_is_nothing_to_discuss(pemdi):
    with translation.override("en"):
        content = render_pack_docx(pack_of(pemdi))
    texts = [p.text for p in WordDocument(io.BytesIO(content)).paragraphs]
    assert (
        "No item is in revisi, and none the team worked on was rejected automatically: there is nothing to discuss."
        in texts
    )


# ---------------------------------------------------------------- asking for it


def ask(cast, user, *, fmt=ReportFormat.PDF, kind=ReportKind.INTERVIEW_PACK):
    with translation.override("en"):
        return report_request(
            actor=cast.actor(user), evaluation=cast.evaluation, fmt=fmt, kind=kind
        )


def test_the_pack_is_asked_for_and_stored_under_its_indonesian_name(pemdi, queued):
    job = ask(pemdi, pemdi.coordinator, fmt=ReportFormat.DOCX)
    assert (job.kind, job.format, job.status) == ("interview_pack", "docx", JobStatus.QUEUED)
    generate_report.call(job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    assert job.download_name == "paket-interviu-kota-uji-2026-pemdi-2026.docx"


def test_the_pack_is_not_made_as_slides(pemdi, queued):
    with pytest.raises(ActionRefused, match="PDF, DOCX only"):
        ask(pemdi, pemdi.coordinator, fmt=ReportFormat.PPTX)
    assert not ReportJob.objects.exists()


def test_an_evaluation_without_items_has_no_pack(cast, queued):
    with pytest.raises(ActionRefused, match="evidence items"):
        ask(cast, cast.coordinator)
    assert not ReportJob.objects.exists()


def test_a_pack_and_a_report_in_the_same_format_are_two_jobs(pemdi, queued):
    pack = ask(pemdi, pemdi.coordinator)
    report = ask(pemdi, pemdi.coordinator, kind=ReportKind.EVALUATION)
    assert pack.pk != report.pk and ask(pemdi, pemdi.coordinator).pk == pack.pk


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    client.cookies["django_language"] = "en"
    return client


def test_the_panel_offers_the_pack_only_where_items_exist(client, pemdi):
    panel = login(client, pemdi.coordinator).get(
        reverse("reports:panel", args=[pemdi.evaluation.pk])
    )
    assert b'id="pack-formats"' in panel.content


def test_the_panel_of_an_spbe_evaluation_offers_no_pack(client, cast):
    panel = login(client, cast.coordinator).get(reverse("reports:panel", args=[cast.evaluation.pk]))
    assert panel.status_code == 200 and b'id="pack-formats"' not in panel.content


def test_a_pack_in_slides_asked_on_the_page_is_refused_with_its_reason(client, pemdi):
    response = login(client, pemdi.coordinator).post(
        reverse("reports:request", args=[pemdi.evaluation.pk]),
        {"kind": "interview_pack", "format": "pptx"},
    )
    assert response.status_code == 422 and b"PDF, DOCX only" in response.content
    assert not ReportJob.objects.exists()


def test_another_agency_cannot_ask_for_the_pack(client, pemdi):
    response = login(client, pemdi.outsider).post(
        reverse("reports:request", args=[pemdi.evaluation.pk]),
        {"kind": "interview_pack", "format": "pdf"},
    )
    assert response.status_code == 404 and not ReportJob.objects.exists()


def test_the_assigned_assessor_downloads_the_pack_of_a_sent_evaluation(
    client, pemdi, time_machine, django_capture_on_commit_callbacks
):
    time_machine.move_to(
        timezone.make_aware(datetime.datetime.combine(INTERVIEW_DAY, datetime.time(9)))
    )
    pemdi.evaluation.external_assessors.add(pemdi.external_assessor)
    type(pemdi.evaluation).objects.filter(pk=pemdi.evaluation.pk).update(
        state=EvaluationState.SUBMITTED
    )
    user = login(client, pemdi.external_assessor)
    with django_capture_on_commit_callbacks(execute=True):
        user.post(
            reverse("reports:request", args=[pemdi.evaluation.pk]),
            {"kind": "interview_pack", "format": "pdf"},
        )
    job = ReportJob.objects.get()
    download = user.get(reverse("reports:download", args=[pemdi.evaluation.pk, job.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
