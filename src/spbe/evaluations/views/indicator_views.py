"""One indicator of an evaluation: its criteria, the unit's claim, the review, the external result.

Other apps add their sections to the page (``indicator_sections``) and post their own actions
to their own views, which answer through :func:`indicator_action` like the actions here.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.catalog.selectors import revision_document
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.core.fragment_keys import fragment_key
from spbe.core.numbers import form_value
from spbe.core.refusals import render_refused
from spbe.evaluations import policy
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
    external_result_record,
)
from spbe.evaluations.criteria_variants import criteria_for_agency
from spbe.evaluations.forms import ClaimForm, ExternalForm, ReturnForm, VerifyForm
from spbe.evaluations.indicator_sections import add_indicator_sections
from spbe.evaluations.item_panel import external_index_panel, item_panel
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation
from spbe.evaluations.selectors import assessment_for, assessment_transitions, evaluation_for
from spbe.evaluations.states import WITH_THE_REVIEWERS
from spbe.organizations.actors import Actor, actor_for

TEMPLATE = "evaluations/indicator.html"

# Raised when the cached criteria part of the page changes its markup or wording.
INDICATOR_FRAGMENTS_VERSION = 1


IndicatorAction = Callable[[HttpRequest, Actor, Assessment, dict[str, Any]], str]
"""An action posted from the indicator page: does it and returns the message to show, or
raises ActionRefused. It puts the form it bound in ``submitted`` (see :func:`bound_form`)."""


@login_required
@require_http_methods(["GET", "POST"])
def indicator(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    if request.method == "POST":
        handler = ACTIONS.get(request.POST.get("action", ""))
        if handler is None:
            raise Http404
        return indicator_action(request, pk, number, handler)
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    assessment = assessment_for(actor, evaluation, number)
    return render(request, TEMPLATE, indicator_context(actor, evaluation, assessment))


def indicator_action(
    request: HttpRequest, pk: int, number: int, handler: IndicatorAction
) -> HttpResponse:
    """Run one posted action: back to the page with its message, or, when it is refused, the
    page again with the refusal (422; 403 when the role does not allow it; 409 for a stale
    version) and the user's input kept."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    assessment = assessment_for(actor, evaluation, number)
    submitted: dict[str, Any] = {}
    try:
        message = handler(request, actor, assessment, submitted)
    except ActionRefused as error:
        # Show the latest saved state with the user's own input kept in the form they sent.
        fresh = assessment_for(actor, evaluation, number)
        context = indicator_context(actor, evaluation, fresh)
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


def indicator_context(
    actor: Actor, evaluation: Evaluation, assessment: Assessment
) -> dict[str, Any]:
    """Everything the page shows, the other apps' sections included."""
    document = revision_document(evaluation.revision)
    levels = _levels(evaluation, assessment)
    level_names = {level.level: level for level in document.levels}
    initial = {"version": assessment.version}
    reviews = policy.can_review(actor, evaluation)
    can_edit = bool(policy.can_edit_claim(actor, assessment, evaluation))
    can_review = bool(reviews) and assessment.state in WITH_THE_REVIEWERS
    can_verify = bool(reviews) and assessment.state == AssessmentState.SUBMITTED
    can_record_external = bool(policy.can_record_external(actor, evaluation))
    criteria = [(level, text, level_names.get(level)) for level, text in levels]
    criteria_variants = criteria_for_agency(levels, evaluation.agency.kind)
    evidence_hints = assessment.indicator.evidence_hints
    indicator = assessment.indicator
    # Each form is built only for a viewer who is shown it (a refused post puts its own bound
    # form in its place, see ``indicator_action``).
    context: dict[str, Any] = {
        "evaluation": evaluation,
        "assessment": assessment,
        "indicator": indicator,
        "criteria": criteria,
        "criteria_variants": criteria_variants,
        "evidence_hints": evidence_hints,
        # The criteria, the question, the explanation and the hints are the indicator's
        # library text and the agency's kind of variants, nothing of the viewer: their HTML is
        # cached under a digest of exactly what they show.
        "criteria_key": fragment_key(
            "indicator-criteria",
            (
                indicator.question,
                criteria,
                criteria_variants,
                indicator.explanation,
                evidence_hints,
            ),
            version=INDICATOR_FRAGMENTS_VERSION,
        ),
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
        )
        if can_edit
        else None,
        "verify_form": VerifyForm(
            initial={
                **initial,
                "verified_level": _plain(assessment.verified_level or assessment.claimed_level),
            }
        )
        if can_verify
        else None,
        "return_form": ReturnForm(initial=initial) if can_review else None,
        "external_form": ExternalForm(
            initial={
                **initial,
                "external_value": _plain(assessment.external_value),
                "external_note": assessment.external_note,
            }
        )
        if can_record_external
        else None,
        "transitions": assessment_transitions(assessment),
        "can_edit": can_edit,
        "can_review": can_review,
        "can_verify": can_verify,
        "can_record_external": can_record_external,
    }
    today = timezone.localdate()
    names = {level.level: level.name or "" for level in document.levels}
    context["item_panel"] = item_panel(
        actor, evaluation, assessment, level_names=names, today=today
    )
    context["external_index"] = external_index_panel(actor, evaluation, assessment, today=today)
    add_indicator_sections(context, actor, evaluation, assessment)
    return context


def _plain(value: Decimal | None) -> str:
    """A level as its form field shows it: "2,5" in Indonesian, read back by parse_number."""
    return form_value(value)


def bound_form(
    form_class: type, request: HttpRequest, submitted: dict[str, Any], name: str, **kwargs: Any
) -> Any:
    """Bind the posted form and remember it under its context ``name``, so a refusal can show it
    back as typed."""
    form = form_class(request.POST, request.FILES, **kwargs)
    submitted.update(name=name, form=form)
    if not form.is_valid():
        raise ActionRefused(_("Check the fields marked below."))
    return form


def _claim(
    request: HttpRequest, actor: Actor, assessment: Assessment, submitted: dict[str, Any]
) -> str:
    submit = request.POST.get("submit") == "1"
    form = bound_form(
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
    form = bound_form(VerifyForm, request, submitted, "verify_form")
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
    form = bound_form(ReturnForm, request, submitted, "return_form")
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
    form = bound_form(ExternalForm, request, submitted, "external_form")
    external_result_record(
        actor=actor,
        assessment=assessment,
        version=form.cleaned_data["version"],
        value=form.cleaned_data["external_value"],
        note=form.cleaned_data["external_note"],
    )
    return _("External result recorded.")


ACTIONS: dict[str, IndicatorAction] = {
    "claim": _claim,
    "verify": _verify,
    "return": _return,
    "external": _external,
}
