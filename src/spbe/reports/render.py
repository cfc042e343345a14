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
from spbe.reports.docx import render_docx
from spbe.reports.models import ReportFormat
from spbe.reports.pdf import render_pdf
from spbe.reports.pptx import render_pptx
from spbe.reports.xlsx import render_xlsx

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
# What the file is called when downloaded: the Indonesian document names the agencies use.
BASENAMES = {
    ReportFormat.PDF: "laporan-evaluasi-mandiri",
    ReportFormat.XLSX: "lembar-kerja-indikator",
    ReportFormat.DOCX: "catatan-dan-berita-acara",
    ReportFormat.PPTX: "paparan-pimpinan",
}


@dataclass(frozen=True)
class RenderedReport:
    content: bytes
    filename: str
    content_type: str


def report_filename(evaluation: Evaluation, fmt: ReportFormat) -> str:
    framework = evaluation.revision.framework.code
    return f"{BASENAMES[fmt]}-{slugify(evaluation.agency.slug)}-{evaluation.year}-{framework}.{fmt.value}"


def render_report(evaluation: Evaluation, fmt: ReportFormat, actor: Actor) -> RenderedReport:
    """Build the report data once (as ``actor`` may see it; ``SYSTEM`` sees everything, as of
    now) and render it in ``fmt``."""
    content = RENDERERS[fmt](report_data(evaluation, actor, now=timezone.localtime()))
    return RenderedReport(content, report_filename(evaluation, fmt), CONTENT_TYPES[fmt])
