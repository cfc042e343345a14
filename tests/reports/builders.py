"""A filled-in evaluation for the report tests and the benchmark, built through the services.

Every indicator of the cast's evaluation gets a claim with a justification and evidence; most
are verified (some one level lower, with a reason), a few are returned with a note. Three
finished years make a history. ``long_texts`` adds the content that overflows a careless
layout: an unbroken 120-character token, a long URL, a very long document title.

``report_job`` makes a report job in any state without rendering a report.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
)
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.evidence.models import Document, DocumentKind
from spbe.evidence.services import evidence_link_add, evidence_link_new_document
from spbe.reports.models import JobStatus, ReportFormat, ReportJob
from spbe.reports.render import CONTENT_TYPES, RenderedReport
from spbe.reports.services import job_finish
from tests.cast import Cast

JUSTIFICATION = (
    "Kebijakan telah ditetapkan melalui Peraturan Wali Kota dan diterapkan oleh seluruh "
    "Perangkat Daerah. Reviu dilakukan setiap tahun oleh Tim Koordinasi SPBE; hasil reviu "
    "tahun lalu ditindaklanjuti dengan perubahan kebijakan dan pembaruan prosedur operasional "
    "standar. Bukti dukung dilampirkan sesuai tingkat yang diklaim."
)
LONG_TOKEN = "https://data.example.go.id/" + "x" * 120
LONG_URL = "https://jdih.example.go.id/produk-hukum/peraturan-wali-kota/" + "a1b2c3d4" * 20
LONG_TITLE = "Peraturan Wali Kota tentang " + " ".join(
    ["Sistem Pemerintahan Berbasis Elektronik"] * 6
)


def claimed_level(number: int) -> int:
    return number % 4 + 1


def fill_evaluation(cast: Cast, *, long_texts: bool = False, history: bool = True) -> None:
    """Claim, evidence and review every indicator of ``cast.evaluation``."""
    evaluation = cast.evaluation
    shared = Document.objects.create(
        agency=cast.agency,
        title="Peraturan Wali Kota Nomor 12 Tahun 2023 tentang SPBE",
        kind=DocumentKind.PERWALI,
        number="12",
        year=2023,
        url="https://jdih.example.go.id/perwali-12-2023",
    )
    assessments = evaluation.assessments.select_related("indicator").order_by("indicator__number")
    for assessment in assessments:
        number = assessment.indicator.number
        pic = cast.pic if assessment.lead_unit_id == cast.unit.pk else cast.other_pic
        actor = cast.actor(pic)
        level = claimed_level(number)
        evidence_link_add(actor=actor, assessment=assessment, document=shared, level=1)
        evidence_link_new_document(
            actor=actor,
            assessment=assessment,
            title=LONG_TITLE if long_texts and number == 1 else f"Laporan reviu indikator {number}",
            url=LONG_URL if long_texts and number <= 2 else "",
            kind=DocumentKind.REPORT,
            level=level,
            note="hlm. 4–7",
        )
        text = JUSTIFICATION + (f" {LONG_TOKEN}" if long_texts and number % 10 == 1 else "")
        assessment = assessment_save_claim(
            actor=actor,
            assessment=Assessment.objects.get(pk=assessment.pk),
            version=Assessment.objects.get(pk=assessment.pk).version,
            claimed_level=level,
            justification=text,
            criteria_met=list(range(1, level + 1)),
            submit=True,
        )
        reviewer = cast.actor(cast.internal_assessor)
        if number % 9 == 0:
            assessment_return(
                actor=reviewer,
                assessment=assessment,
                version=assessment.version,
                note="Bukti dukung tingkat 3 belum memuat notulen reviu.",
            )
        elif number % 5 == 0 and level > 1:
            assessment_verify(
                actor=reviewer,
                assessment=assessment,
                version=assessment.version,
                verified_level=level - 1,
                reason="Reviu berkala belum terdokumentasi.",
            )
        else:
            assessment_verify(
                actor=reviewer,
                assessment=assessment,
                version=assessment.version,
                verified_level=level,
                reason="",
            )
    if history:
        count = evaluation.assessments.count()
        for year, base in ((2023, 1), (2024, 2), (2025, 2)):
            evaluation_record_finished(
                actor=cast.actor(cast.coordinator),
                agency=cast.agency,
                year=year,
                framework_code=evaluation.revision.framework.code,
                target=Decimal("2.60"),
                external_values={n: Decimal(base + n % 2) for n in range(1, count + 1)},
                illustrative=False,
                source_note="",
            )


def report_job(
    evaluation: Evaluation,
    *,
    by: Any,
    fmt: ReportFormat = ReportFormat.XLSX,
    status: JobStatus = JobStatus.QUEUED,
    content: bytes | None = None,
) -> ReportJob:
    """A report job as the worker leaves it; with ``content``, finished with that file."""
    job = ReportJob.objects.create(
        evaluation=evaluation, format=fmt, language="en", created_by=by, status=status
    )
    if content is not None:
        job_finish(job, RenderedReport(content, f"laporan.{fmt.value}", CONTENT_TYPES[fmt]))
    return job
