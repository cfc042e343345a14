"""The evidence of one indicator: its section of the indicator page, and the actions posted
from it (upload, link a library document, link an address, unlink).

The indicator page belongs to evaluations, which does not import evidence: settings name
:func:`evidence_section` as one of the page's sections, and the forms post here. Each action
answers like the page's own actions do (``indicator_action``): back to the page with a message,
or the page again with the refusal and the user's input kept.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spbe.catalog.selectors import revision_has_items
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.uploads import limited_upload
from spbe.evaluations.indicator_sections import IndicatorSection
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.views.indicator_views import bound_form, indicator_action
from spbe.evidence.chosen_document import chosen_document
from spbe.evidence.forms import EvidenceUrlForm, LinkUploadForm
from spbe.evidence.item_views import item_evidence_context
from spbe.evidence.models import Document, EvidenceLink
from spbe.evidence.policy import can_add_evidence, can_remove_evidence
from spbe.evidence.presenters import precheck_for_page
from spbe.evidence.services import (
    evidence_link_add,
    evidence_link_new_document,
    evidence_link_remove,
)
from spbe.evidence.upload_guards import upload_problem
from spbe.evidence.upload_services import document_upload
from spbe.evidence.views import facts_from
from spbe.organizations.actors import Actor
from spbe.scoring.values import criterion_levels, whole_number


def evidence_section(
    actor: Actor, evaluation: Evaluation, assessment: Assessment
) -> IndicatorSection:
    """The links with their pre-check, and the forms that add evidence when the viewer may."""
    levels = _proof_levels(assessment)
    claimed = assessment.claimed_level
    # An evidence item's links are shown on their item (``item_views``), not here. Each link
    # is of this assessment, already read with its indicator and evaluation: joining them
    # again would decode the indicator's documents once per link.
    links = list(
        EvidenceLink.objects.filter(assessment=assessment, item__isnull=True).select_related(
            "document", "version"
        )
    )
    for link in links:
        link.assessment = assessment
    has_items = revision_has_items(evaluation.revision)
    # The forms are built only for a viewer who is shown them (a refused post puts its own
    # bound form in their place, see ``indicator_action``).
    can_add = can_add_evidence(actor, assessment, evaluation)
    return IndicatorSection(
        template="evidence/_indicator_evidence.html",
        context={
            "links": [
                (
                    link,
                    precheck_for_page(link, None if claimed is None else int(claimed)),
                    can_remove_evidence(actor, link),
                )
                for link in links
            ],
            "proof_levels": levels,
            "upload_form": LinkUploadForm(levels=levels, agency_id=evaluation.agency_id)
            if can_add
            else None,
            "evidence_form": EvidenceUrlForm(levels=levels) if can_add else None,
            "library_documents": Document.objects.filter(agency_id=evaluation.agency_id).order_by(
                "title"
            ),
            "can_add_evidence": can_add,
            # Pemdi: the documents linked to the indicator's items, so that an empty list
            # here does not read as "no evidence" while the items below carry it. A revision
            # without items (SPBE 2020) has none, and is not asked.
            "item_document_count": EvidenceLink.objects.filter(
                assessment=assessment, item__isnull=False
            )
            .values("document")
            .distinct()
            .count()
            if has_items
            else 0,
            **item_evidence_context(actor, evaluation, assessment),
        },
        slots={
            "item": "evidence/_item_evidence.html",
            "external_index": "evidence/_index_proof.html",
        },
    )


@limited_upload
@login_required
@require_POST
def upload(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    return indicator_action(request, pk, number, _upload)


@login_required
@require_POST
def link_document(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    return indicator_action(request, pk, number, _link_document)


@login_required
@require_POST
def link_address(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    return indicator_action(request, pk, number, _link_address)


@login_required
@require_POST
def unlink(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    return indicator_action(request, pk, number, _unlink)


def _proof_levels(assessment: Assessment) -> list[int]:
    return criterion_levels(level for level, _text in assessment.indicator.criteria_levels())


def _upload(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    problem = upload_problem(request)
    if problem:
        raise ActionRefused(problem, field="file")
    evaluation = assessment.evaluation
    form = bound_form(
        LinkUploadForm,
        request,
        submitted,
        "upload_form",
        levels=_proof_levels(assessment),
        agency_id=evaluation.agency_id,
    )
    require(can_add_evidence(actor, assessment, evaluation))
    document_upload(
        actor=actor,
        agency=evaluation.agency,
        upload=form.cleaned_data["file"],
        facts=facts_from(form),
        link_to=assessment,
        level=form.cleaned_data["level"],
        note=form.cleaned_data["note"],
    )
    return _("Uploaded and linked. The text is being read; the automatic pre-check follows.")


def _link_document(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    document = chosen_document(request, assessment)
    evidence_link_add(
        actor=actor,
        assessment=assessment,
        document=document,
        level=whole_number(request.POST.get("level", "")),
        note=request.POST.get("note", ""),
    )
    return _("Evidence linked.")


def _link_address(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    form = bound_form(
        EvidenceUrlForm, request, submitted, "evidence_form", levels=_proof_levels(assessment)
    )
    evidence_link_new_document(
        actor=actor,
        assessment=assessment,
        title=form.cleaned_data["title"],
        url=form.cleaned_data["url"],
        level=form.cleaned_data["level"],
        note=form.cleaned_data["note"],
    )
    return _("Evidence linked.")


def _unlink(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    # An item's evidence is unlinked on its item, under the item's stage rule.
    link = EvidenceLink.objects.filter(
        assessment=assessment, item__isnull=True, pk=whole_number(request.POST.get("link")) or 0
    ).first()
    if link is None:
        raise ActionRefused(_("This evidence is not linked to this indicator."), field="link")
    evidence_link_remove(actor=actor, link=link)
    return _("Evidence unlinked.")
