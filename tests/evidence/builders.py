"""Builders of the evidence tests: files, uploads, library documents, links and stored bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from spbe.evaluations.models import Assessment
from spbe.evidence.models import (
    Document,
    DocumentVersion,
    EvidenceLink,
    PageText,
    StoredFile,
    TextStatus,
)
from spbe.evidence.upload_services import DocumentFacts, document_upload
from tests.cast import Cast
from tests.textanalysis.fabricate import text_pdf

# Made once: a PDF carries its creation time, and these tests need the same bytes twice.
FIRST = text_pdf(["Peraturan Wali Kota Uji tentang Arsitektur SPBE", "Pasal 1"])
SECOND = text_pdf(["Peraturan Wali Kota Uji tentang Arsitektur SPBE", "Pasal 1", "Lampiran"])
THIRD = text_pdf(["Laporan pemantauan SPBE"])


def pdf(content: bytes, name: str = "perwali.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def upload(
    cast: Cast,
    user: object,
    content: bytes = FIRST,
    *,
    title: str = "Perwali Arsitektur SPBE",
    document: Document | None = None,
    name: str = "perwali.pdf",
    **link: object,
) -> DocumentVersion:
    """A new document (or a new version of ``document``) uploaded by ``user`` to the cast's agency."""
    return document_upload(
        actor=cast.actor(user),
        agency=cast.agency,
        upload=pdf(content, name),
        facts=None if document else DocumentFacts(title=title, kind="perwali"),
        document=document,
        **link,  # type: ignore[arg-type]
    )


def library_document(
    cast: Cast, title: str = "Perwali Arsitektur SPBE", **fields: object
) -> Document:
    fields.setdefault("agency", cast.agency)
    return Document.objects.create(title=title, kind="perwali", **fields)


def pin(assessment: Assessment, document: Document, **fields: object) -> EvidenceLink:
    """A link made directly (set-up only: who may link is what the services decide)."""
    return EvidenceLink.objects.create(
        assessment=assessment, document=document, version=document.versions.first(), **fields
    )


def with_text(version: DocumentVersion, pages: list[str], *, ocr: bool = False) -> DocumentVersion:
    """The version as the text task leaves it once every page is read."""
    PageText.objects.bulk_create(
        PageText(version=version, number=n, text=text, ocr=ocr) for n, text in enumerate(pages, 1)
    )
    DocumentVersion.objects.filter(pk=version.pk).update(
        text_status=TextStatus.DONE, page_count=len(pages), ocr_used=ocr
    )
    version.refresh_from_db()
    return version


def read_document(cast: Cast, title: str, pages: list[str], **fields: object) -> Document:
    """A library document whose one version's text is read; no bytes (for the readers' tests)."""
    document = library_document(cast, title, **fields)
    version_with_text(document, pages)
    return document


def version_with_text(
    document: Document, pages: list[str], *, number: int = 1, ocr: bool = False
) -> DocumentVersion:
    """A version of ``document`` with its text read, stored as a row only (no bytes)."""
    digest = hashlib.sha256(f"{document.pk}:{number}:{pages}".encode()).hexdigest()
    stored = StoredFile.objects.create(sha256=digest, file=f"evidence/{digest}", size=1, kind="pdf")
    version = DocumentVersion.objects.create(
        document=document, number=number, stored_file=stored, original_name=f"v{number}.pdf"
    )
    return with_text(version, pages, ocr=ocr)


def stored_files() -> list[Path]:
    """Every file in the evidence storage (use with the ``media`` fixture)."""
    root = Path(settings.MEDIA_ROOT)
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []
