"""Who may see and add evidence. The rules of the workflow (``evaluations.permissions``) apply
to links; these cover the agency's document library and file downloads."""

from __future__ import annotations

from spbe.evaluations.permissions import SUBMITTED_OR_LATER, reads_agency
from spbe.evidence.models import Document
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
