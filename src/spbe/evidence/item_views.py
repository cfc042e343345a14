"""The evidence of each evidence item (butir) on the indicator page, and its actions.

Per item: the documents linked to it (``EvidenceLink.item``) with their pre-check and the pages
where the item's words occur ("hlm. 3–4", for the portal note), and, when the stage rule
allows (``item_policy.can_add_item_evidence``), upload a new document or link one from the
library. For an indicator valued by an external index: the proof document of its value.

The parts are the evidence section's slots on the indicator page (``indicator_sections``); the
forms post here and answer through the page's ``indicator_action``, like the indicator's own
evidence actions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spbe.catalog.selectors import revision_has_items
from spbe.core.access import Decision, require
from spbe.core.errors import ActionRefused
from spbe.core.uploads import limited_upload
from spbe.evaluations.item_policy import can_add_item_evidence, can_enter_external_index
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem, ExternalIndexValue
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.evaluations.views.indicator_views import bound_form, indicator_action
from spbe.evaluations.views.item_views import indicator_item
from spbe.evidence.chosen_document import chosen_document
from spbe.evidence.forms import ItemUploadForm, item_upload_prefix
from spbe.evidence.item_services import (
    external_index_proof_set,
    item_evidence_link,
    item_evidence_unlink,
)
from spbe.evidence.models import EvidenceLink, ExternalIndexProof, TextStatus
from spbe.evidence.policy import can_remove_evidence
from spbe.evidence.presenters import precheck_for_page
from spbe.evidence.selectors import page_texts
from spbe.evidence.upload_guards import upload_problem
from spbe.evidence.upload_services import document_upload
from spbe.evidence.views import facts_from
from spbe.organizations.actors import Actor
from spbe.scoring.values import whole_number
from spbe.textanalysis.page_refs import page_reference


@dataclass
class ItemLink:
    link: EvidenceLink
    check: dict[str, Any] | None
    can_unlink: bool
    # "hlm. 3–4" where the item's words occur; "" when none do or the text is not read yet.
    pages: str
    text_read: bool


@dataclass
class ItemEvidence:
    links: list[ItemLink]
    can_add: Decision
    upload_form: ItemUploadForm | None
    # The page references of the linked documents, ready to go into the note.
    suggestion: str = ""
    unread: list[str] = field(default_factory=list)


def item_evidence_context(
    actor: Actor, evaluation: Evaluation, assessment: Assessment
) -> dict[str, Any]:
    """The names the item and external index slots read."""
    if not revision_has_items(evaluation.revision):
        return {"item_evidence": {}}  # SPBE 2020: no items, nothing to ask the database
    items = list(assessment.items.filter(retired=False).order_by("level", "position"))
    if not items:
        return {"item_evidence": {}}
    today = timezone.localdate()
    stage = evaluation_stage_today(evaluation, today=today)
    supporting = {unit.pk for unit in assessment.supporting_units.all()}
    links = list(
        EvidenceLink.objects.filter(assessment=assessment, item__isnull=False)
        .select_related("document", "version", "item", "assessment__evaluation")
        .order_by("item__level", "item__position", "id")
    )
    pages = page_texts({link.version_id for link in links if link.version_id})
    by_item: dict[int, list[EvidenceLink]] = defaultdict(list)
    for link in links:
        by_item[link.item_id or 0].append(link)
    evidence = {}
    for item in items:
        can_add = can_add_item_evidence(
            actor, item, assessment, evaluation, stage, supporting_unit_ids=supporting
        )
        shown = [_item_link(actor, link, item, pages) for link in by_item[item.pk]]
        evidence[item.code] = ItemEvidence(
            links=shown,
            can_add=can_add,
            upload_form=ItemUploadForm(
                prefix=item_upload_prefix(item.code), agency_id=evaluation.agency_id
            )
            if can_add
            else None,
            suggestion="; ".join(
                f"{entry.link.document.title}, {entry.pages}" for entry in shown if entry.pages
            ),
            unread=[entry.link.document.title for entry in shown if not entry.text_read],
        )
    return {"item_evidence": evidence, **_index_proof_context(actor, evaluation, assessment)}


def _item_link(
    actor: Actor,
    link: EvidenceLink,
    item: EvaluationItem,
    pages: dict[int, list[tuple[int, str]]],
) -> ItemLink:
    read = link.version is not None and link.version.text_status == TextStatus.DONE
    text = pages.get(link.version_id or 0, [])
    return ItemLink(
        link=link,
        check=precheck_for_page(link, item.level),
        can_unlink=bool(can_remove_evidence(actor, link)),
        pages=page_reference(text, item.text) if read else "",
        text_read=read or link.document.url != "",
    )


def _index_proof_context(
    actor: Actor, evaluation: Evaluation, assessment: Assessment
) -> dict[str, Any]:
    entered = ExternalIndexValue.objects.filter(assessment=assessment).first()
    if entered is None:
        return {"index_proof": None, "can_set_index_proof": False}
    stage = evaluation_stage_today(evaluation, today=timezone.localdate())
    return {
        "index_proof": ExternalIndexProof.objects.filter(external_value=entered)
        .select_related("document", "version")
        .first(),
        "can_set_index_proof": bool(can_enter_external_index(actor, assessment, evaluation, stage)),
    }


# ------------------------------------------------------------------------------ actions


@limited_upload
@login_required
@require_POST
def item_upload(request: HttpRequest, pk: int, number: int, code: str) -> HttpResponse:
    return indicator_action(request, pk, number, partial(_upload, code=code))


@login_required
@require_POST
def item_link(request: HttpRequest, pk: int, number: int, code: str) -> HttpResponse:
    return indicator_action(request, pk, number, partial(_link, code=code))


@login_required
@require_POST
def item_unlink(request: HttpRequest, pk: int, number: int, code: str) -> HttpResponse:
    return indicator_action(request, pk, number, partial(_unlink, code=code))


@login_required
@require_POST
def index_proof(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    return indicator_action(request, pk, number, _index_proof)


def _check_may_add(actor: Actor, item: EvaluationItem, assessment: Assessment) -> None:
    """Refuse before the file is read: the stage rule decides whether the item takes evidence."""
    evaluation = assessment.evaluation
    stage = evaluation_stage_today(evaluation, today=timezone.localdate())
    supporting = {unit.pk for unit in assessment.supporting_units.all()}
    require(
        can_add_item_evidence(
            actor, item, assessment, evaluation, stage, supporting_unit_ids=supporting
        )
    )


def _upload(
    request: HttpRequest,
    actor: Actor,
    assessment: Assessment,
    submitted: dict[str, Any],
    *,
    code: str,
) -> str:
    item = indicator_item(assessment, code)
    _check_may_add(actor, item, assessment)
    problem = upload_problem(request)
    if problem:
        raise ActionRefused(problem, field="file")
    evaluation = assessment.evaluation
    form = bound_form(
        ItemUploadForm,
        request,
        submitted,
        "item_upload_form",
        prefix=item_upload_prefix(code),
        agency_id=evaluation.agency_id,
    )
    document_upload(
        actor=actor,
        agency=evaluation.agency,
        upload=form.cleaned_data["file"],
        facts=facts_from(form),
        link_item=item,
        note=form.cleaned_data["note"],
        today=timezone.localdate(),
    )
    return _(
        "Uploaded and linked to item %(code)s. The text is being read; the automatic "
        "pre-check and the page references follow."
    ) % {"code": code}


def _link(
    request: HttpRequest,
    actor: Actor,
    assessment: Assessment,
    submitted: dict[str, Any],
    *,
    code: str,
) -> str:
    item = indicator_item(assessment, code)
    document = chosen_document(request, assessment)
    item_evidence_link(
        actor=actor,
        item=item,
        document=document,
        note=request.POST.get("note", "")[:300],
        today=timezone.localdate(),
    )
    return _("Evidence linked to item %(code)s.") % {"code": code}


def _unlink(
    request: HttpRequest,
    actor: Actor,
    assessment: Assessment,
    submitted: dict[str, Any],
    *,
    code: str,
) -> str:
    item = indicator_item(assessment, code)
    link = EvidenceLink.objects.filter(
        item=item, pk=whole_number(request.POST.get("link")) or 0
    ).first()
    if link is None:
        raise ActionRefused(_("This evidence is not linked to this item."), field="link")
    item_evidence_unlink(actor=actor, link=link, today=timezone.localdate())
    return _("Evidence unlinked from item %(code)s.") % {"code": code}


def _index_proof(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    entered = ExternalIndexValue.objects.filter(assessment=assessment).first()
    if entered is None:
        raise ActionRefused(_("Record the index value first, then its proof."))
    document = chosen_document(request, assessment)
    external_index_proof_set(
        actor=actor, external_value=entered, document=document, today=timezone.localdate()
    )
    return _("Proof of the index value recorded.")
