"""Who may see and add evidence. The rules of the workflow (``evaluations.permissions``) apply
to links; these cover the agency's document library and file downloads."""

from __future__ import annotations

from spbe.evaluations.models import EvaluationState
from spbe.evaluations.permissions import (
    EDITABLE_ASSESSMENT,
    SELF_ASSESSMENT_OPEN,
    SUBMITTED_OR_LATER,
    can_manage_evaluation,
    reads_agency,
)
from spbe.evidence.models import Document, EvidenceLink
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role


def can_upload_to(actor: Actor, agency_id: int) -> bool:
    """A PIC OPD or the koordinator uploads to the agency's evidence library."""
    return actor.has_in_agency(Role.UNIT_PIC, agency_id) or actor.has_in_agency(
        Role.COORDINATOR, agency_id
    )


def can_read_document(actor: Actor, document: Document) -> bool:
    """Every reader of the agency; an external assessor only documents linked to an evaluation
    assigned to them and already submitted; the installation admin."""
    if actor.is_admin or reads_agency(actor, document.agency_id):
        return True
    if actor.has(Role.EXTERNAL_ASSESSOR) and actor.pk is not None:
        return document.links.filter(
            assessment__evaluation__external_assessors=actor.pk,
            assessment__evaluation__state__in=SUBMITTED_OR_LATER,
        ).exists()
    return False


OPEN_STATES = (EvaluationState.PREPARATION, EvaluationState.SELF_ASSESSMENT, EvaluationState.REVIEW)


def can_add_version(actor: Actor, document: Document) -> bool:
    """A new version: the koordinator, the person who first uploaded the document, or a PIC
    whose unit leads or supports an indicator of an open evaluation the document is linked to.

    Links of submitted evaluations keep the version they were submitted with, whoever uploads.
    """
    if not can_upload_to(actor, document.agency_id):
        return False
    if actor.has_in_agency(Role.COORDINATOR, document.agency_id):
        return True
    if document.created_by_id is not None and document.created_by_id == actor.pk:
        return True
    if actor.unit_id is None:
        return False
    open_links = document.links.filter(assessment__evaluation__state__in=OPEN_STATES)
    return (
        open_links.filter(assessment__lead_unit_id=actor.unit_id).exists()
        or open_links.filter(assessment__supporting_units=actor.unit_id).exists()
    )


def can_remove_evidence(actor: Actor, link: EvidenceLink) -> bool:
    """Unlinking: the lead unit's PIC, whoever made the link, or the koordinator, while the
    indicator may still be edited."""
    assessment = link.assessment
    evaluation = assessment.evaluation
    if evaluation.state not in SELF_ASSESSMENT_OPEN or assessment.state not in EDITABLE_ASSESSMENT:
        return False
    if can_manage_evaluation(actor, evaluation):
        return True
    if not actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id):
        return False
    return actor.unit_id == assessment.lead_unit_id or (
        link.created_by_id is not None and link.created_by_id == actor.pk
    )
