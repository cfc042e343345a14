"""One entry point for every report format: evaluation in, file bytes out.

The background task and ``spbe report`` both call ``render_report``, so a file downloaded from
the page and one written by the command are the same report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import slugify

from spbe.evaluations.models import Evaluation
from spbe.organizations.actors import Actor
from spbe.reports.data import ReportData, report_data
from spbe.reports.models import ReportFormat, ReportKind
from spbe.reports.pack_data import InterviewPack, interview_pack_data

# Each format's library (WeasyPrint, python-docx, python-pptx, openpyxl) is imported when a file
# of that format is rendered, not when a page or the API imports this module: a web worker
# that never renders a PDF never loads WeasyPrint (issue 15 § 5, issue 16 § 2).


def render_pdf(data: ReportData) -> bytes:
    from spbe.reports.pdf import render_pdf

    return render_pdf(data)


def render_xlsx(data: ReportData) -> bytes:
    from spbe.reports.xlsx import render_xlsx

    return render_xlsx(data)


def render_docx(data: ReportData) -> bytes:
    from spbe.reports.docx import render_docx

    return render_docx(data)


def render_pptx(data: ReportData) -> bytes:
    from spbe.reports.pptx import render_pptx

    return render_pptx(data)


def render_pack_pdf(pack: InterviewPack) -> bytes:
    from spbe.reports.pack_pdf import render_pack_pdf

    return render_pack_pdf(pack)


def render_pack_docx(pack: InterviewPack) -> bytes:
    from spbe.reports.pack_docx import render_pack_docx

    return render_pack_docx(pack)


CONTENT_TYPES = {
    ReportFormat.PDF: "application/pdf",
    ReportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ReportFormat.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ReportFormat.PPTX: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
RENDERERS: dict[ReportFormat, Callable[[ReportData], bytes]] = {
    ReportFormat.PDF: render_pdf,
    ReportFormat.XLSX: render_xlsx,
    ReportFormat.DOCX: render_docx,
    ReportFormat.PPTX: render_pptx,
}
PACK_RENDERERS: dict[ReportFormat, Callable[[InterviewPack], bytes]] = {
    ReportFormat.PDF: render_pack_pdf,
    ReportFormat.DOCX: render_pack_docx,
}
# What the file is called when downloaded: the Indonesian document names the agencies use.
BASENAMES = {
    ReportFormat.PDF: "laporan-evaluasi-mandiri",
    ReportFormat.XLSX: "lembar-kerja-indikator",
    ReportFormat.DOCX: "catatan-dan-berita-acara",
    ReportFormat.PPTX: "paparan-pimpinan",
}
PACK_BASENAME = "paket-interviu"
# The formats that draw the plan's cost curve ("what each index costs"); the others are spared
# computing it.
CURVE_FORMATS = frozenset({ReportFormat.PDF, ReportFormat.PPTX})


@dataclass(frozen=True)
class RenderedReport:
    content: bytes
    filename: str
    content_type: str


def report_filename(
    evaluation: Evaluation, fmt: ReportFormat, kind: ReportKind = ReportKind.EVALUATION
) -> str:
    framework = evaluation.revision.framework.code
    basename = BASENAMES[fmt] if kind is ReportKind.EVALUATION else PACK_BASENAME
    return f"{basename}-{slugify(evaluation.agency.slug)}-{evaluation.year}-{framework}.{fmt.value}"


def render_report(
    evaluation: Evaluation,
    fmt: ReportFormat,
    actor: Actor,
    kind: ReportKind = ReportKind.EVALUATION,
) -> RenderedReport:
    """Build the report data once (as ``actor`` may see it; ``SYSTEM`` sees everything, as of
    now) and render it in ``fmt``."""
    now = timezone.localtime()
    if kind is ReportKind.INTERVIEW_PACK:
        content = PACK_RENDERERS[fmt](interview_pack_data(evaluation, now=now))
    else:
        data = report_data(evaluation, actor, now=now, with_curve=fmt in CURVE_FORMATS)
        content = RENDERERS[fmt](data)
    return RenderedReport(content, report_filename(evaluation, fmt, kind), CONTENT_TYPES[fmt])
