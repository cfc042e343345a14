"""Background work on evidence: reading the text of a version, then pre-checking its links.

Run by Django's tasks framework: immediately in development and tests, by ``spbe db_worker``
in production (``SPBE_TASKS=database``). The status is kept on the version for the pages.
"""

from __future__ import annotations

from django.db import transaction
from django.tasks import task

from spbe.evidence.analysis import AnalysisError
from spbe.evidence.analysis.isolated import extract_pages_isolated
from spbe.evidence.messages import describe_file_problem
from spbe.evidence.models import DocumentVersion, PageText, TextStatus
from spbe.evidence.storage import local_path


@task
def read_version_text(version_id: int) -> str:
    """Extract (or OCR) the text of one version, page by page, then pre-check its links."""
    from spbe.evidence.precheck_services import precheck_document_links

    version = DocumentVersion.objects.select_related("stored_file", "document").get(pk=version_id)
    DocumentVersion.objects.filter(pk=version_id).update(
        text_status=TextStatus.RUNNING, text_error=""
    )
    try:
        with local_path(version.stored_file) as path:
            extracted = extract_pages_isolated(path, version.stored_file.kind)
    except AnalysisError as error:
        DocumentVersion.objects.filter(pk=version_id).update(
            text_status=TextStatus.FAILED, text_error=describe_file_problem(error)[:300]
        )
        return TextStatus.FAILED
    with transaction.atomic():
        PageText.objects.filter(version_id=version_id).delete()
        PageText.objects.bulk_create(
            PageText(version_id=version_id, number=page.number, text=page.text, ocr=page.ocr)
            for page in extracted.pages
        )
        DocumentVersion.objects.filter(pk=version_id).update(
            text_status=TextStatus.DONE,
            ocr_used=extracted.ocr_used,
            page_count=len(extracted.pages),
        )
    precheck_document_links(version.document_id)
    return TextStatus.DONE


@task
def precheck_link_task(link_id: int) -> None:
    from spbe.evidence.precheck_services import precheck_link

    precheck_link(link_id)
