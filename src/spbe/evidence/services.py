"""Writes of evidence: documents and their links to indicators."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.text import require_text
from spbe.evaluations.models import Assessment, EvaluationItem
from spbe.evaluations.states import NOT_SENT
from spbe.evidence.models import Document, DocumentKind, DocumentVersion, EvidenceLink
from spbe.evidence.policy import can_add_evidence, can_link_document, can_remove_evidence
from spbe.evidence.tasks import precheck_link_task
from spbe.organizations.actors import Actor
from spbe.scoring.values import criterion_levels


@transaction.atomic
def evidence_link_new_document(
    *,
    actor: Actor,
    assessment: Assessment,
    title: str,
    url: str,
    kind: str = DocumentKind.OTHER,
    level: int | None = None,
    note: str = "",
) -> EvidenceLink:
    """Describe a document that lives at an address and link it to the indicator."""
    require(can_add_evidence(actor, assessment, assessment.evaluation))
    title = title.strip()
    if not title:
        raise ActionRefused(_("Give the document a title."), field="title")
    require_text(Document, title=title, url=url.strip())
    document = Document.objects.create(
        agency=assessment.evaluation.agency,
        title=title,
        url=url.strip(),
        kind=kind,
        created_by=actor.user,
    )
    audit_record(
        actor=actor.user,
        action="document.create",
        target=document,
        agency=document.agency,
        summary=title,
        data={"url": document.url},
    )
    return evidence_link_add(
        actor=actor, assessment=assessment, document=document, level=level, note=note
    )


@transaction.atomic
def evidence_link_add(
    *, actor: Actor, assessment: Assessment, document: Document, level: int | None, note: str = ""
) -> EvidenceLink:
    """Link an existing document of the same agency to an indicator (reuse across indicators)."""
    require(can_link_document(actor, assessment, document))
    levels = criterion_levels(number for number, _text in assessment.indicator.criteria_levels())
    if level is not None and level not in levels:
        raise ActionRefused(
            _("Choose a level from %(levels)s.") % {"levels": ", ".join(map(str, levels))},
            field="level",
        )
    if EvidenceLink.objects.filter(
        assessment=assessment, document=document, level=level, item__isnull=True
    ).exists():
        raise ActionRefused(_("This document is already linked at that level."), field="document")
    return create_link(
        actor=actor, assessment=assessment, document=document, level=level, note=note
    )


def create_link(
    *,
    actor: Actor,
    assessment: Assessment,
    document: Document,
    level: int | None,
    note: str,
    item: EvaluationItem | None = None,
) -> EvidenceLink:
    """Write a link whose rules were checked, pre-check it once committed, and audit it."""
    require_text(EvidenceLink, note=note.strip())
    link = EvidenceLink.objects.create(
        assessment=assessment,
        item=item,
        document=document,
        version=document.versions.order_by("-number").first(),
        level=level,
        note=note.strip(),
        created_by=actor.user,
    )
    # The pre-check reads the document's text; it runs once the link is committed.
    transaction.on_commit(lambda: precheck_link_task.enqueue(link.pk))
    audit_record(
        actor=actor.user,
        action="evidence.link",
        target=link,
        agency=document.agency,
        summary=_("%(document)s linked to indicator %(number)s")
        % {"document": document.title, "number": assessment.indicator.number},
        data={
            "document": document.pk,
            "level": level,
            "note": link.note,
            **({"item": item.code} if item else {}),
        },
    )
    return link


@transaction.atomic
def evidence_link_remove(*, actor: Actor, link: EvidenceLink) -> None:
    require(can_remove_evidence(actor, link))
    audit_record(
        actor=actor.user,
        action="evidence.unlink",
        target=link,
        agency=link.document.agency,
        summary=_("%(document)s unlinked from indicator %(number)s")
        % {"document": link.document.title, "number": link.assessment.indicator.number},
        data={"document": link.document_id, "level": link.level},
    )
    link.delete()


def links_follow_new_version(*, actor: Actor, version: DocumentVersion) -> list[int]:
    """Point the links of evaluations not yet sent at ``version``; links of sent ones keep theirs.

    Called inside the transaction that records the new version, so a link never offers a
    version that was not stored. The moved links drop the old version's pre-check: the text
    task pre-checks every link of the new version once its text is read (``read_version_text``),
    and until then the page says it is waiting, never showing the old result as the new one's.
    """
    links = list(
        EvidenceLink.objects.filter(
            document_id=version.document_id, assessment__evaluation__state__in=NOT_SENT
        )
        .exclude(version=version)
        .select_related("version", "assessment__indicator")
    )
    for link in links:
        audit_record(
            actor=actor.user,
            action="evidence.version_follow",
            target=link,
            agency=version.document.agency,
            summary=_("%(document)s on indicator %(number)s now offers version %(version)s")
            % {
                "document": version.document.title,
                "number": link.assessment.indicator.number,
                "version": version.number,
            },
            data={
                "document": version.document_id,
                "from_version": link.version.number if link.version else None,
                "to_version": version.number,
            },
        )
    ids = [link.pk for link in links]
    EvidenceLink.objects.filter(pk__in=ids).update(
        version=version, precheck=None, precheck_version=None
    )
    return ids
