"""Evidence for Pemdi's evidence items (butir) and for external index values.

An item's evidence is an ``EvidenceLink`` of the item's indicator that also names the item, so
the indicator's page lists it with the rest. During the Penilaian Mandiri the unit that fills
the item in links its documents; during the Penilaian Interviu a sanggah on an item in revisi
brings new evidence the same way (``item_policy.can_add_item_evidence``).

The proof of an external index value (the published SDI, SJIG, IPS or IKASANDI result) is an
``ExternalIndexProof``: kept here, so that the evaluations app never depends on documents.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.item_policy import can_add_item_evidence, can_enter_external_index
from spbe.evaluations.models import EvaluationItem, ExternalIndexValue
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.evidence.models import Document, EvidenceLink, ExternalIndexProof
from spbe.evidence.services import create_link, evidence_link_remove
from spbe.organizations.actors import Actor


@transaction.atomic
def item_evidence_link(
    *,
    actor: Actor,
    item: EvaluationItem,
    document: Document,
    note: str = "",
    today: datetime.date,
) -> EvidenceLink:
    """Link a document of the agency to an item, at the item's level."""
    item = EvaluationItem.objects.select_related("assessment__indicator", "evaluation__agency").get(
        pk=item.pk
    )
    assessment, evaluation = item.assessment, item.evaluation
    supporting = set(assessment.supporting_units.values_list("pk", flat=True))
    stage = evaluation_stage_today(evaluation, today=today)
    require(
        can_add_item_evidence(
            actor, item, assessment, evaluation, stage, supporting_unit_ids=supporting
        )
    )
    if document.agency_id != evaluation.agency_id:
        raise PermissionDenied
    if EvidenceLink.objects.filter(item=item, document=document).exists():
        raise ActionRefused(
            _("This document is already linked to item %(code)s.") % {"code": item.code},
            field="document",
        )
    return create_link(
        actor=actor,
        assessment=assessment,
        document=document,
        level=item.level,
        note=note,
        item=item,
    )


@transaction.atomic
def item_evidence_unlink(*, actor: Actor, link: EvidenceLink, today: datetime.date) -> None:
    """Unlink a document from an item: whoever may unlink the indicator's evidence
    (``can_remove_evidence``), while the item's stage rule lets them add evidence to it."""
    link = EvidenceLink.objects.select_related(
        "item", "document__agency", "assessment__indicator", "assessment__evaluation"
    ).get(pk=link.pk)
    item = link.item
    if item is None:
        raise ActionRefused(_("This evidence is not linked to an item."), field="link")
    assessment, evaluation = link.assessment, link.assessment.evaluation
    supporting = set(assessment.supporting_units.values_list("pk", flat=True))
    stage = evaluation_stage_today(evaluation, today=today)
    require(
        can_add_item_evidence(
            actor, item, assessment, evaluation, stage, supporting_unit_ids=supporting
        )
    )
    evidence_link_remove(actor=actor, link=link)


@transaction.atomic
def external_index_proof_set(
    *,
    actor: Actor,
    external_value: ExternalIndexValue,
    document: Document,
    today: datetime.date,
) -> ExternalIndexProof:
    """Name the document that proves an external index value (replacing an earlier one)."""
    external_value = ExternalIndexValue.objects.select_related(
        "assessment__indicator", "assessment__evaluation__agency"
    ).get(pk=external_value.pk)
    evaluation = external_value.assessment.evaluation
    stage = evaluation_stage_today(evaluation, today=today)
    require(can_enter_external_index(actor, external_value.assessment, evaluation, stage))
    if document.agency_id != evaluation.agency_id:
        raise PermissionDenied
    before = ExternalIndexProof.objects.filter(external_value=external_value).first()
    proof, _created = ExternalIndexProof.objects.update_or_create(
        external_value=external_value,
        defaults={
            "document": document,
            "version": document.versions.order_by("-number").first(),
            "created_by": actor.user,
        },
    )
    audit_record(
        actor=actor.user,
        action="external_index.proof",
        target=proof,
        agency=evaluation.agency,
        summary=_("%(document)s proves the index value of indicator %(number)s")
        % {"document": document.title, "number": external_value.assessment.indicator.number},
        data={"document": document.pk, "before": before.document_id if before else None},
    )
    return proof
