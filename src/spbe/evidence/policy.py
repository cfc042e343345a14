"""Who may see and add evidence: the agency's document library, its files, and the links
from indicators to documents. The workflow's rules (``evaluations.policy``) decide who reads an
evaluation and when an indicator is open; these build on them.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, Decision, refuse
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.policy import (
    agency_or_assigned,
    assesses_for,
    can_manage_evaluation,
    can_view_evaluation,
    indicator_open,
    reads_agency,
    viewable_evaluations,
)
from spbe.evaluations.states import NOT_SENT, SENT
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role
from spbe.organizations.policy import sees_everything

NOT_READABLE = _("You may not read this document.")
ONLY_UPLOADERS = _("Only a unit PIC or the coordinator of the agency uploads evidence.")
ONLY_UNIT_PICS = _("Only the PICs of the indicator's lead and supporting units add evidence to it.")
ANOTHER_AGENCY = _("This document belongs to another agency.")
ONLY_VERSION_MAKERS = _(
    "A new version is uploaded by the coordinator, by whoever uploaded the document first, or by "
    "a PIC of a unit working on an indicator the document is linked to in an evaluation not yet "
    "sent."
)
ONLY_UNLINKERS = _(
    "Evidence is unlinked by the coordinator, by the lead unit's PIC or by whoever linked it."
)


# ------------------------------------------------------------------------------ seeing


def can_read_document(actor: Actor, document: Document) -> Decision:
    """Every reader of the agency; an external assessor only documents linked to an evaluation
    assigned to them and already sent; the installation admin and the system."""
    if sees_everything(actor) or reads_agency(actor, document.agency_id):
        return ALLOWED
    if (
        assesses_for(actor, document.agency_id)
        and document.links.filter(
            assessment__evaluation__external_assessors=actor.pk,
            assessment__evaluation__state__in=SENT,
        ).exists()
    ):
        return ALLOWED
    return refuse(NOT_READABLE)


def readable_documents(actor: Actor) -> Q:
    """The filter of ``can_read_document`` (it joins the links: use ``distinct()``)."""
    return agency_or_assigned(actor, evaluation="links__assessment__evaluation__")


def can_read_version(actor: Actor, version: DocumentVersion) -> Decision:
    """One version's file and facts: every reader of the agency; an external assessor only a
    version that a link of an evaluation assigned to them and already sent is pinned to.

    Reading the document is not enough: a version uploaded after the submission is pinned only
    to evaluations still open, which the assessor may not see.
    """
    if sees_everything(actor) or reads_agency(actor, version.document.agency_id):
        return ALLOWED
    if (
        assesses_for(actor, version.document.agency_id)
        and version.links.filter(
            assessment__evaluation__external_assessors=actor.pk,
            assessment__evaluation__state__in=SENT,
        ).exists()
    ):
        return ALLOWED
    return refuse(NOT_READABLE)


def readable_versions(actor: Actor) -> Q:
    """The filter of ``can_read_version`` (it joins the links: use ``distinct()``)."""
    return agency_or_assigned(
        actor, evaluation="links__assessment__evaluation__", agency="document__agency_id"
    )


def can_view_link(actor: Actor, link: EvidenceLink) -> Decision:
    """A link from an indicator to a document: whoever may view the indicator's evaluation
    (never another assessor's evaluation, even of a document the actor may read)."""
    return can_view_evaluation(actor, link.assessment.evaluation)


def viewable_links(actor: Actor) -> Q:
    """The filter of ``can_view_link``."""
    return Q(
        assessment__evaluation__in=Evaluation.objects.filter(viewable_evaluations(actor)).values(
            "pk"
        )
    )


# ------------------------------------------------------------------------------ doing


def can_upload_to(actor: Actor, agency_id: int) -> Decision:
    """A PIC OPD or the koordinator uploads to the agency's evidence library."""
    if actor.has_in_agency(Role.UNIT_PIC, agency_id) or actor.has_in_agency(
        Role.COORDINATOR, agency_id
    ):
        return ALLOWED
    return refuse(ONLY_UPLOADERS)


def can_add_evidence(actor: Actor, assessment: Assessment, evaluation: Evaluation) -> Decision:
    """The PIC of the lead unit or of a supporting unit, while the indicator is open."""
    unit = actor.unit_id
    works_on_it = unit is not None and (
        unit == assessment.lead_unit_id
        or any(supporting.pk == unit for supporting in assessment.supporting_units.all())
    )
    if not (works_on_it and actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)):
        return refuse(ONLY_UNIT_PICS)
    return indicator_open(assessment, evaluation)


def can_link_document(actor: Actor, assessment: Assessment, document: Document) -> Decision:
    """Reuse a library document as evidence: ``can_add_evidence``, and only the agency's own."""
    evaluation = assessment.evaluation
    if document.agency_id != evaluation.agency_id:
        return refuse(ANOTHER_AGENCY)
    return can_add_evidence(actor, assessment, evaluation)


def can_add_version(actor: Actor, document: Document) -> Decision:
    """A new version: the koordinator, the person who first uploaded the document, or a PIC
    whose unit leads or supports an indicator of an evaluation not yet sent that the document
    is linked to.

    Links of sent evaluations keep the version they were sent with, whoever uploads.
    """
    uploads = can_upload_to(actor, document.agency_id)
    if not uploads:
        return uploads
    if actor.has_in_agency(Role.COORDINATOR, document.agency_id):
        return ALLOWED
    if document.created_by_id is not None and document.created_by_id == actor.pk:
        return ALLOWED
    if actor.unit_id is not None:
        open_links = document.links.filter(assessment__evaluation__state__in=NOT_SENT)
        if (
            open_links.filter(assessment__lead_unit_id=actor.unit_id).exists()
            or open_links.filter(assessment__supporting_units=actor.unit_id).exists()
        ):
            return ALLOWED
    return refuse(ONLY_VERSION_MAKERS)


def can_upload(actor: Actor, agency_id: int, document: Document | None) -> Decision:
    """An upload to the agency's library: a new document, or a new version of ``document``."""
    if document is None:
        return can_upload_to(actor, agency_id)
    if document.agency_id != agency_id:
        return refuse(ANOTHER_AGENCY)
    return can_add_version(actor, document)


def can_remove_evidence(actor: Actor, link: EvidenceLink) -> Decision:
    """Unlinking: the lead unit's PIC, whoever made the link, or the koordinator, while the
    indicator is open."""
    assessment = link.assessment
    evaluation = assessment.evaluation
    pic = actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
    leads = actor.unit_id is not None and actor.unit_id == assessment.lead_unit_id
    linked_it = link.created_by_id is not None and link.created_by_id == actor.pk
    if not ((pic and (leads or linked_it)) or can_manage_evaluation(actor, evaluation)):
        return refuse(ONLY_UNLINKERS)
    return indicator_open(assessment, evaluation)
