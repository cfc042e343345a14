"""Checking the digital signatures of an evidence version on the bytes that were uploaded."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from spbe.evidence.models import DocumentVersion
from spbe.evidence.storage import local_path
from spbe.textanalysis.signature_report import report_as_json
from spbe.textanalysis.signatures_isolated import SignatureCheckFailed, verify_signatures_isolated
from spbe.textanalysis.trust_roots import TrustRootError, load_trust_roots

logger = logging.getLogger(__name__)


def configured_trust_roots() -> tuple[bytes, ...]:
    """The certificates of ``SPBE_TRUST_ROOTS`` (``()`` when unset or empty: "not checked")."""
    folder: Path | None = settings.SPBE_TRUST_ROOTS
    return _trust_roots(folder) if folder else ()


@functools.cache
def _trust_roots(folder: Path) -> tuple[bytes, ...]:
    # Read once per process: the folder changes with a deployment, which restarts the process.
    try:
        return load_trust_roots(folder)
    except (TrustRootError, OSError) as error:
        raise ImproperlyConfigured(f"SPBE_TRUST_ROOTS: {error}") from error


def check_version_signatures(*, version_id: int) -> list[dict[str, object]] | None:
    """Verify the signatures of the version's stored original file and keep them on it.

    Only PDFs carry signatures here; other kinds keep ``None``. When the isolated check does
    not answer (time or memory limit), the version keeps ``None`` ("not checked") and the
    reason is logged: the page then says nothing rather than something untrue.
    """
    version = DocumentVersion.objects.select_related("stored_file").get(pk=version_id)
    if version.stored_file.kind != "pdf":
        return None
    roots = configured_trust_roots()
    try:
        with local_path(version.stored_file) as path:
            reports = verify_signatures_isolated(path, trust_roots=roots)
    except (SignatureCheckFailed, OSError) as error:
        logger.warning("evidence version %s: signatures not checked: %s", version_id, error)
        return None
    signatures = [report_as_json(report) for report in reports]
    DocumentVersion.objects.filter(pk=version_id).update(signatures=signatures)
    return signatures
