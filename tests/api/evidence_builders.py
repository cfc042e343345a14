"""The cast's evidence for the API tests: one document of agency A with a real file, uploaded by
the Kominfo PIC and linked to indicator 1 (led by Kominfo), made once per cast."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from spbe.evidence.models import Document, EvidenceLink
from spbe.evidence.services import evidence_link_add
from spbe.evidence.upload_services import DocumentFacts, document_upload
from tests.cast import Cast
from tests.textanalysis.fabricate import text_pdf

FIRST = text_pdf(["Peraturan Wali Kota Uji tentang Arsitektur SPBE", "Pasal 1"])
SECOND = text_pdf(["Peraturan Wali Kota Uji tentang Arsitektur SPBE", "Pasal 1", "Lampiran"])


def pdf(content: bytes = FIRST, name: str = "perwali.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def cast_document(cast: Cast) -> Document:
    """The cast's document (version 1: ``FIRST``), uploaded by the Kominfo PIC."""
    existing = Document.objects.filter(agency=cast.agency, title="Perwali Arsitektur SPBE").first()
    if existing is not None:
        return existing
    version = document_upload(
        actor=cast.actor(cast.pic),
        agency=cast.agency,
        upload=pdf(),
        facts=DocumentFacts(title="Perwali Arsitektur SPBE", kind="perwali"),
    )
    return version.document


def cast_link(cast: Cast) -> EvidenceLink:
    """The cast's document linked to indicator 1 by the Kominfo PIC."""
    document = cast_document(cast)
    existing = EvidenceLink.objects.filter(document=document).first()
    if existing is not None:
        return existing
    return evidence_link_add(
        actor=cast.actor(cast.pic),
        assessment=cast.evaluation.assessments.get(indicator__number=1),
        document=document,
        level=None,
    )
