"""Background work on evidence: reading the text of a version, then pre-checking its links.

Run by Django's tasks framework: immediately in development and tests, by ``spbe db_worker``
in production (``SPBE_TASKS=database``). The status is kept on the version for the pages.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.tasks import task
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.evidence.file_problem_wording import describe_file_problem
from spbe.evidence.models import DocumentVersion, PageText, TextStatus
from spbe.evidence.storage import local_path
from spbe.evidence.text_jobs import (
    claim_reading,
    finish_reading,
    heartbeat_seconds,
    lease,
    recover_stranded_readings,
    renew_lease,
    schedule_recovery,
)
from spbe.textanalysis import AnalysisError
from spbe.textanalysis.isolated import extract_pages_isolated

logger = logging.getLogger(__name__)


@task
def read_version_text(version_id: int) -> str:
    """Extract (or OCR) the text of one version, page by page, then pre-check its links.

    The reading holds a lease (``text_jobs``), renewed while the child process works; a worker
    killed in the middle leaves a lease that expires, and the reading is given to another.
    """
    from spbe.evidence.precheck_services import precheck_version_links
    from spbe.evidence.signature_services import check_version_signatures

    attempt = claim_reading(version_id)
    if attempt is None:
        return "held"  # another live worker is reading it
    schedule_recovery(timezone.now() + lease())
    # The signatures are checked on the stored original bytes, before anything reads them.
    check_version_signatures(version_id=version_id)
    version = DocumentVersion.objects.select_related("stored_file", "document").get(pk=version_id)
    try:
        with local_path(version.stored_file) as path:
            extracted = extract_pages_isolated(
                path,
                version.stored_file.kind,
                heartbeat=lambda: _renew(version_id, attempt),
                heartbeat_seconds=heartbeat_seconds(),
            )
    except AnalysisError as error:
        return _failed(version_id, attempt, describe_file_problem(error))
    except OSError as error:
        # The stored bytes are gone or unreadable: say so instead of "reading" forever.
        logger.error("evidence version %s: stored file unreadable: %s", version_id, error)
        return _failed(version_id, attempt, _("The stored file cannot be read; upload it again."))
    with transaction.atomic():
        if not finish_reading(
            version_id,
            attempt,
            text_status=TextStatus.DONE,
            ocr_used=extracted.ocr_used,
            page_count=len(extracted.pages),
        ):
            return "given away"  # presumed dead, replaced by a later attempt: keep its result
        PageText.objects.filter(version_id=version_id).delete()
        PageText.objects.bulk_create(
            PageText(version_id=version_id, number=page.number, text=page.text, ocr=page.ocr)
            for page in extracted.pages
        )
    precheck_version_links(version_id)
    return TextStatus.DONE


def _renew(version_id: int, attempt: int) -> None:
    if not renew_lease(version_id, attempt):
        logger.warning("evidence version %s: attempt %s lost its lease", version_id, attempt)


def _failed(version_id: int, attempt: int, message: str) -> str:
    finish_reading(version_id, attempt, text_status=TextStatus.FAILED, text_error=message[:300])
    return TextStatus.FAILED


@task
def recover_readings() -> str:
    """Give back (or fail) the readings whose worker died; queue the next pass."""
    result = recover_stranded_readings()
    if result.next_due is not None:
        schedule_recovery(result.next_due)
    return f"requeued {len(result.requeued)}, failed {len(result.failed)}"


@task
def precheck_link_task(link_id: int) -> None:
    from spbe.evidence.precheck_services import precheck_link

    precheck_link(link_id)
