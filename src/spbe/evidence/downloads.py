"""Serving a version's file to someone who may see it (the caller asked ``selectors``): the
page's download and the API's answer the same way; there is no public address."""

from __future__ import annotations

import logging

from django.http import FileResponse, Http404

from spbe.evidence.models import DocumentVersion

logger = logging.getLogger(__name__)

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "png": "image/png",
    "jpeg": "image/jpeg",
}


def version_file_response(version: DocumentVersion) -> FileResponse:
    """The stored bytes as an attachment named as uploaded; 404 if the bytes are missing."""
    stored = version.stored_file
    try:
        handle = stored.file.open("rb")
    except OSError as error:
        logger.error("evidence version %s: stored file missing: %s", version.pk, error)
        raise Http404 from error
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=version.original_name,
        content_type=CONTENT_TYPES.get(stored.kind, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
