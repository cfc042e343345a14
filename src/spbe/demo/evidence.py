"""The demo's evidence library: each generated document uploaded once, through the evidence
services, by the PIC who first needs it, so that its versions, its SHA-256, its text (page by
page, for the search) and the pre-check of every link are made as for an upload in the page."""

from __future__ import annotations

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from spbe.demo.documents import DemoDocument
from spbe.demo.evidence_texts import ITEM_DOCUMENTS, SK_TIM, documents, sk_tim
from spbe.demo.item_evidence import ITEM_EVIDENCE, item_documents
from spbe.evidence.models import Document
from spbe.evidence.upload_services import DocumentFacts, document_upload
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def upload(actor: Actor, agency: Agency, demo: DemoDocument, *, to: Document | None = None):
    """``demo`` as a new document of ``agency``, or as the next version of ``to``."""
    return document_upload(
        actor=actor,
        agency=agency,
        upload=SimpleUploadedFile(
            demo.file_name, demo.content(), content_type=CONTENT_TYPES[demo.format]
        ),
        facts=None
        if to is not None
        else DocumentFacts(
            title=demo.title,
            kind=demo.kind,
            number=demo.number,
            year=demo.issued.year,
            issued_on=demo.issued,
        ),
        document=to,
    )


class DemoLibrary:
    """The documents of the demo's Pemdi evaluation, uploaded on first use.

    The decree of the Tim Koordinasi is uploaded first as its unsigned draft; ``sign_decree``
    adds the signed decree as its second version, which the links of the open evaluation
    follow (and are pre-checked on again).
    """

    def __init__(self, agency: Agency, *, issued: datetime.date) -> None:
        self.agency = agency
        self.issued = issued
        self.texts = documents(issued)
        self.item_texts = item_documents(issued)
        self.uploaded: dict[str, tuple[Document, Actor]] = {}

    def for_level(self, actor: Actor, indicator: int, level: int) -> Document:
        """The document that answers the items of ``level``: the indicator's first document
        for level 1, its last for the levels above."""
        choices = self.texts[indicator]
        demo = choices[0] if level == 1 else choices[-1]
        return self.document(actor, demo)

    def for_item(self, actor: Actor, indicator: int, level: int, code: str) -> Document:
        """The document that answers the item ``code``: the one it asks for when the demo
        has it (``ITEM_DOCUMENTS``, ``ITEM_EVIDENCE``), else the document of its level."""
        title = ITEM_DOCUMENTS.get(code) or ITEM_EVIDENCE.get(code)
        if title is None:
            return self.for_level(actor, indicator, level)
        choices = (*self.texts[indicator], *self.item_texts.get(indicator, ()))
        demo = next(choice for choice in choices if choice.title == title)
        return self.document(actor, demo)

    def document(self, actor: Actor, demo: DemoDocument) -> Document:
        known = self.uploaded.get(demo.title)
        if known is not None:
            return known[0]
        first = sk_tim(self.issued, draft=True) if demo.title == SK_TIM else demo
        document = upload(actor, self.agency, first).document
        self.uploaded[demo.title] = (document, actor)
        return document

    def sign_decree(self) -> None:
        known = self.uploaded.get(SK_TIM)
        if known is not None:
            document, actor = known
            upload(actor, self.agency, sk_tim(self.issued), to=document)
