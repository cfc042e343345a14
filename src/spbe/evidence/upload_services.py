"""Uploading evidence: check, store once, version, link; the text is read in the background.

Nothing is half-stored: the bytes are written first (under their hash, and only their hash),
then every row in one transaction; if the transaction fails, the bytes this upload wrote are
removed again, and once it commits the bytes are checked to be there (``storage``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.text import require_text
from spbe.evaluations.models import Assessment, EvaluationItem
from spbe.evidence.file_problem_wording import describe_file_problem
from spbe.evidence.item_services import item_evidence_link
from spbe.evidence.models import Document, DocumentKind, DocumentVersion, EvidenceLink, StoredFile
from spbe.evidence.policy import can_upload
from spbe.evidence.services import evidence_link_add, links_follow_new_version
from spbe.evidence.storage import discard, ensure_bytes, save_bytes
from spbe.evidence.tasks import read_version_text
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency, Unit
from spbe.textanalysis import CheckedFile, UnsafeFile, inspect_upload, sha256_of


@dataclass(frozen=True)
class DocumentFacts:
    """What the uploader says about the document (kind, number, year, date, issuing unit)."""

    title: str
    kind: str = DocumentKind.OTHER
    number: str = ""
    year: int | None = None
    issued_on: datetime.date | None = None
    expires_on: datetime.date | None = None
    issuing_unit: Unit | None = None


def document_upload(
    *,
    actor: Actor,
    agency: Agency,
    upload: UploadedFile,
    facts: DocumentFacts | None = None,
    document: Document | None = None,
    link_to: Assessment | None = None,
    level: int | None = None,
    note: str = "",
    link_item: EvaluationItem | None = None,
    today: datetime.date | None = None,
) -> DocumentVersion:
    """A new document with its first version, or a new version of ``document``.

    ``link_to`` links it to an indicator at ``level``; ``link_item`` to an evidence item
    (butir) instead, under the item's stage rule on ``today``. The link is part of the same
    transaction: if it is refused, nothing is stored.
    """
    require(can_upload(actor, agency.pk, document))
    if link_item is not None and today is None:
        raise ValueError("linking an upload to an item needs the day the stage rule reads")
    if document is None and (facts is None or not facts.title.strip()):
        raise ActionRefused(_("Give the document a title."), field="title")
    if facts is not None:
        require_text(Document, title=facts.title.strip(), number=facts.number.strip())
    require_text(EvidenceLink, note=note.strip())
    stream = upload.file
    if stream is None:
        raise ActionRefused(_("No file was received."), field="file")
    try:
        checked = inspect_upload(
            upload.name or "",
            stream,
            size=upload.size or 0,
            max_bytes=settings.SPBE_MAX_UPLOAD_BYTES,
        )
    except UnsafeFile as error:
        raise ActionRefused(describe_file_problem(error), field="file") from error
    stream.seek(0)
    digest = sha256_of(stream)
    name, wrote = save_bytes(upload, digest)
    committed = False
    try:
        version = _record_retrying(
            actor,
            agency,
            checked,
            digest,
            name,
            upload.size or 0,
            facts,
            document,
            link_to,
            level,
            note,
            (link_item, today),
        )
        committed = True
    finally:
        if wrote and not committed:
            discard(name)
    ensure_bytes(upload, name)
    return version


def _record_retrying(*args: Any) -> DocumentVersion:
    """``_record``, once more if a concurrent upload made the same row first (the same bytes'
    ``StoredFile``, a link): the second try sees that row and uses it."""
    try:
        return _record(*args)
    except IntegrityError:
        pass
    try:
        return _record(*args)
    except IntegrityError as error:
        raise ActionRefused(
            _("Someone uploaded the same file at the same moment; try again.")
        ) from error


@transaction.atomic
def _record(
    actor: Actor,
    agency: Agency,
    checked: CheckedFile,
    digest: str,
    name: str,
    size: int,
    facts: DocumentFacts | None,
    document: Document | None,
    link_to: Assessment | None,
    level: int | None,
    note: str,
    item_link: tuple[EvaluationItem | None, datetime.date | None],
) -> DocumentVersion:
    stored, _created = StoredFile.objects.get_or_create(
        sha256=digest, defaults={"file": name, "size": size, "kind": checked.kind}
    )
    if document is None:
        assert facts is not None, "a new document needs its facts (checked by the caller)"
        document = Document.objects.create(
            agency=agency,
            title=facts.title.strip(),
            kind=facts.kind,
            number=facts.number.strip(),
            year=facts.year,
            issued_on=facts.issued_on,
            expires_on=facts.expires_on,
            issuing_unit=facts.issuing_unit,
            created_by=actor.user,
        )
    # The document's row is the lock of its version numbers: a second upload waits here, then
    # reads the version the first one made (PostgreSQL re-reads after the lock; SQLite writes
    # one at a time), so two uploads never both take the same number.
    Document.objects.select_for_update().filter(pk=document.pk).first()
    latest = document.versions.order_by("-number").first()
    if latest is not None and latest.stored_file_id == stored.pk:
        raise ActionRefused(
            _(
                "This file is identical to version %(number)s of the document; no new version was made."
            )
            % {"number": latest.number},
            field="file",
        )
    version = DocumentVersion.objects.create(
        document=document,
        number=(latest.number + 1) if latest else 1,
        stored_file=stored,
        original_name=checked.display_name,
        uploaded_by=actor.user,
    )
    audit_record(
        actor=actor.user,
        action="document.upload",
        target=version,
        agency=agency,
        summary=f"{document.title} v{version.number}",
        data={
            "sha256": digest,
            "size": size,
            "name": checked.display_name,
            "reused_bytes": not _created,
            **({"expires_on": document.expires_on.isoformat()} if document.expires_on else {}),
        },
    )
    if latest is not None:
        links_follow_new_version(actor=actor, version=version)
    if link_to is not None:
        evidence_link_add(
            actor=actor, assessment=link_to, document=document, level=level, note=note
        )
    item, today = item_link
    if item is not None and today is not None:
        item_evidence_link(actor=actor, item=item, document=document, note=note, today=today)
    transaction.on_commit(lambda: read_version_text.enqueue(version.pk))
    return version


def links_of(document: Document) -> list[EvidenceLink]:
    return list(document.links.select_related("assessment__evaluation", "assessment__indicator"))
