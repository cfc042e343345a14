"""One indicator of an evaluation: its criteria, the unit's claim, the review, the external result."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.catalog.selectors import revision_document
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.core.refusals import render_refused
from spbe.core.uploads import limited_upload
from spbe.evaluations import permissions
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
    external_result_record,
)
from spbe.evaluations.forms import ClaimForm, EvidenceUrlForm, ExternalForm, ReturnForm, VerifyForm
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation
from spbe.evaluations.permissions import can_add_evidence
from spbe.evaluations.selectors import assessment_for, evaluation_for
from spbe.evidence.forms import LinkUploadForm
from spbe.evidence.models import Document, EvidenceLink
from spbe.evidence.precheck_view import precheck_for_page
from spbe.evidence.services import (
    evidence_link_add,
    evidence_link_new_document,
    evidence_link_remove,
)
from spbe.evidence.upload_services import document_upload
from spbe.evidence.views import facts_from, upload_problem
from spbe.organizations.actors import Actor, actor_for
from spbe.scoring.values import whole_number

TEMPLATE = "evaluations/indicator.html"


@limited_upload
@login_required
@require_http_methods(["GET", "POST"])
def indicator(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    assessment = assessment_for(actor, evaluation, number)
    context = _context(actor, evaluation, assessment)
    if request.method == "GET":
        return render(request, TEMPLATE, context)
    action = request.POST.get("action", "")
    handler = ACTIONS.get(action)
    if handler is None:
        raise Http404
    submitted: dict[str, Any] = {}
    try:
        problem = upload_problem(request)
        if problem:
            raise ActionRefused(problem, field="file")
        message = handler(request, actor, assessment, submitted)
    except ActionRefused as error:
        # Show the latest saved state with the user's own input kept in the form they sent.
        fresh = assessment_for(actor, evaluation, number)
        context = _context(actor, evaluation, fresh)
        form = submitted.get("form")
        if form is not None:
            if isinstance(error, StaleVersion):
                data = form.data.copy()
                data["version"] = str(fresh.version)
                form.data = data
            context[submitted["name"]] = form
            context["failed_form"] = form
        return render_refused(request, TEMPLATE, context, error)
    messages.success(request, message)
    return redirect("evaluations:indicator", pk=pk, number=number)


def _levels(evaluation: Evaluation, assessment: Assessment) -> list[tuple[int, str]]:
    return assessment.indicator.criteria_levels()


def _context(actor: Actor, evaluation: Evaluation, assessment: Assessment) -> dict[str, Any]:
    document = revision_document(evaluation.revision)
    levels = _levels(evaluation, assessment)
    level_names = {level.level: level for level in document.levels}
    supporting = {unit.pk for unit in assessment.supporting_units.all()}
    initial = {"version": assessment.version}
    context: dict[str, Any] = {
        "evaluation": evaluation,
        "assessment": assessment,
        "indicator": assessment.indicator,
        "criteria": [(level, text, level_names.get(level)) for level, text in levels],
        "evidence_hints": assessment.indicator.evidence_hints,
        "claim_form": ClaimForm(
            initial={
                **initial,
                "claimed_level": str(int(assessment.claimed_level))
                if assessment.claimed_level is not None
                else "",
                "justification": assessment.justification,
                "criteria_met": assessment.criteria_met,
            },
            levels=levels,
        ),
        "verify_form": VerifyForm(
            initial={
                **initial,
                "verified_level": _plain(assessment.verified_level or assessment.claimed_level),
            }
        ),
        "return_form": ReturnForm(initial=initial),
        "external_form": ExternalForm(
            initial={
                **initial,
                "external_value": _plain(assessment.external_value),
                "external_note": assessment.external_note,
            }
        ),
        "evidence_form": EvidenceUrlForm(levels=[level for level, _text in levels if level >= 1]),
        "links": [
            (link, precheck_for_page(link, _whole(assessment.claimed_level)))
            for link in EvidenceLink.objects.filter(assessment=assessment).select_related(
                "document"
            )
        ],
        "upload_form": LinkUploadForm(
            levels=[lv for lv, _t in levels if lv >= 1], agency_id=evaluation.agency_id
        ),
        "library_documents": Document.objects.filter(agency_id=evaluation.agency_id).order_by(
            "title"
        ),
        "transitions": assessment.transitions.select_related("by"),
        "can_edit": permissions.can_edit_claim(actor, assessment, evaluation),
        "can_add_evidence": permissions.can_add_evidence(
            actor, assessment, evaluation, supporting_unit_ids=supporting
        ),
        "can_review": permissions.can_review(actor, evaluation)
        and assessment.state in (AssessmentState.SUBMITTED, AssessmentState.VERIFIED),
        "can_verify": permissions.can_review(actor, evaluation)
        and assessment.state == AssessmentState.SUBMITTED,
        "can_record_external": permissions.can_record_external(actor, evaluation),
    }
    return context


def _whole(value: Decimal | None) -> int | None:
    return None if value is None else int(value)


def _plain(value: object) -> str:
    return "" if value is None else str(value)


def _bound(
    form_class: type, request: HttpRequest, submitted: dict[str, Any], name: str, **kwargs: Any
) -> Any:
    """Bind the posted form and remember it, so a refusal can show it back as typed."""
    form = form_class(request.POST, **kwargs)
    submitted.update(name=name, form=form)
    if not form.is_valid():
        raise ActionRefused(_("Check the fields marked below."))
    return form


def _claim(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    submit = request.POST.get("submit") == "1"
    form = _bound(
        ClaimForm,
        request,
        submitted,
        "claim_form",
        levels=_levels(assessment.evaluation, assessment),
    )
    assessment_save_claim(
        actor=actor,
        assessment=assessment,
        version=form.cleaned_data["version"],
        claimed_level=form.cleaned_data["claimed_level"],
        justification=form.cleaned_data["justification"],
        criteria_met=form.cleaned_data["criteria_met"],
        submit=submit,
    )
    return _("Submitted for review.") if submit else _("Draft saved.")


def _verify(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    form = _bound(VerifyForm, request, submitted, "verify_form")
    assessment_verify(
        actor=actor,
        assessment=assessment,
        version=form.cleaned_data["version"],
        verified_level=form.cleaned_data["verified_level"],
        reason=form.cleaned_data["verification_reason"],
    )
    return _("Verified.")


def _return(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    form = _bound(ReturnForm, request, submitted, "return_form")
    assessment_return(
        actor=actor,
        assessment=assessment,
        version=form.cleaned_data["version"],
        note=form.cleaned_data["return_note"],
    )
    return _("Returned to the unit with your note.")


def _external(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    form = _bound(ExternalForm, request, submitted, "external_form")
    external_result_record(
        actor=actor,
        assessment=assessment,
        version=form.cleaned_data["version"],
        value=form.cleaned_data["external_value"],
        note=form.cleaned_data["external_note"],
    )
    return _("External result recorded.")


def _evidence_add(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    levels = [level for level, _text in assessment.indicator.criteria_levels() if level >= 1]
    form = _bound(EvidenceUrlForm, request, submitted, "evidence_form", levels=levels)
    evidence_link_new_document(
        actor=actor,
        assessment=assessment,
        title=form.cleaned_data["title"],
        url=form.cleaned_data["url"],
        level=form.cleaned_data["level"],
        note=form.cleaned_data["note"],
    )
    return _("Evidence linked.")


def _evidence_upload(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    levels = [level for level, _text in assessment.indicator.criteria_levels() if level >= 1]
    evaluation = assessment.evaluation
    form = LinkUploadForm(
        request.POST, request.FILES, levels=levels, agency_id=evaluation.agency_id
    )
    submitted.update(name="upload_form", form=form)
    if not form.is_valid():
        raise ActionRefused(_("Check the fields marked below."))
    if not can_add_evidence(
        actor,
        assessment,
        evaluation,
        supporting_unit_ids={u.pk for u in assessment.supporting_units.all()},
    ):
        raise PermissionDenied
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


def _evidence_link(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    document = Document.objects.filter(
        pk=whole_number(request.POST.get("document")) or 0,
        agency_id=assessment.evaluation.agency_id,
    ).first()
    if document is None:
        raise ActionRefused(_("Choose a document of this agency."), field="document")
    level_text = request.POST.get("level", "")
    level = whole_number(level_text)
    evidence_link_add(
        actor=actor,
        assessment=assessment,
        document=document,
        level=level,
        note=request.POST.get("note", ""),
    )
    return _("Evidence linked.")


def _evidence_remove(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    link = EvidenceLink.objects.filter(
        assessment=assessment, pk=whole_number(request.POST.get("link")) or 0
    ).first()
    if link is None:
        raise PermissionDenied
    evidence_link_remove(actor=actor, link=link)
    return _("Evidence unlinked.")


ACTIONS = {
    "claim": _claim,
    "verify": _verify,
    "return": _return,
    "external": _external,
    "evidence_add": _evidence_add,
    "evidence_remove": _evidence_remove,
    "evidence_upload": _evidence_upload,
    "evidence_link": _evidence_link,
}
