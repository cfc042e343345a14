"""The assessors' recommendations of an evaluation, each turned into an action with one click.

The page lives in planning, which may read the evaluation's results; the evaluations pages
link to it by URL name only, so evaluations never imports planning. Everyone who may see the
evaluation reads the page; the koordinator makes the actions (``planning.policy.can_edit_plan``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.evaluations.assessor_selectors import assessor_results
from spbe.evaluations.models import AssessorResult, Evaluation
from spbe.evaluations.selectors import evaluation_for
from spbe.organizations.actors import Actor, actor_for
from spbe.planning.models import Action
from spbe.planning.policy import can_edit_plan
from spbe.planning.recommendation_services import action_from_recommendation

TEMPLATE = "planning/recommendations.html"


class RecommendationActionForm(forms.Form):
    lead_unit = forms.TypedChoiceField(label=gettext_lazy("Lead unit"), coerce=int, choices=())
    deadline = forms.DateField(
        label=gettext_lazy("Deadline"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, units: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["lead_unit"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = units


@dataclass(frozen=True)
class RecommendationRow:
    result: AssessorResult
    action: Action | None
    form: RecommendationActionForm | None


def _units(evaluation: Evaluation) -> list[tuple[int, str]]:
    return [(unit.pk, unit.short_name or unit.name) for unit in evaluation.agency.units.all()]


def _context(
    actor: Actor,
    evaluation: Evaluation,
    *,
    failed: tuple[int, RecommendationActionForm] | None = None,
) -> dict[str, Any]:
    results = [
        result
        for _number, result in sorted(assessor_results(evaluation).items())
        if result.recommendation.strip()
    ]
    actions = {
        action.recommendation_of_id: action
        for action in Action.objects.filter(recommendation_of__in=results).select_related(
            "lead_unit"
        )
    }
    can_make = can_edit_plan(actor, evaluation)
    units = _units(evaluation)
    rows = []
    for result in results:
        action = actions.get(result.pk)
        form = None
        if action is None and can_make:
            if failed and failed[0] == result.assessment.indicator.number:
                form = failed[1]
            else:
                form = RecommendationActionForm(
                    initial={"lead_unit": result.assessment.lead_unit_id},
                    units=units,
                    prefix=f"r{result.assessment.indicator.number}",
                )
        rows.append(RecommendationRow(result, action, form))
    return {"evaluation": evaluation, "rows": rows, "can_make": can_make}


@login_required
def recommendations(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    return render(request, TEMPLATE, _context(actor, evaluation))


@login_required
@require_POST
def recommendation_action(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    """One click: the recommendation of indicator ``number`` becomes an action."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    result = (
        AssessorResult.objects.filter(
            assessment__evaluation=evaluation, assessment__indicator__number=number
        )
        .select_related("assessment__indicator")
        .first()
    )
    if result is None:
        raise Http404
    form = RecommendationActionForm(request.POST, units=_units(evaluation), prefix=f"r{number}")
    try:
        require(can_edit_plan(actor, evaluation))
        if not form.is_valid():
            raise ActionRefused(_("Check the fields marked below."))
        action_from_recommendation(
            actor=actor,
            result=result,
            lead_unit_id=form.cleaned_data["lead_unit"],
            deadline=form.cleaned_data["deadline"],
            today=timezone.localdate(),
        )
    except ActionRefused as error:
        context = _context(actor, evaluation, failed=(number, form))
        context["failed_form"] = form
        return render_refused(request, TEMPLATE, context, error)
    messages.success(
        request,
        _("The recommendation for indicator %(number)s is now an action of the plan.")
        % {"number": number},
    )
    return redirect(reverse("planning:recommendations", args=[pk]) + f"#recommendation-{number}")
