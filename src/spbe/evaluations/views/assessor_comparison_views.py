"""The Pemdi comparison: the self-assessment beside the assessors' result, per indicator and per
aspect, with each difference's effect on the index (``evaluations.assessor_comparison``)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from spbe.evaluations.assessor_comparison import assessor_comparison
from spbe.evaluations.views.assessor_views import assessor_page_context, pemdi_evaluation_for
from spbe.organizations.actors import actor_for


@login_required
def comparison(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = pemdi_evaluation_for(actor, pk)
    context = assessor_page_context(actor, evaluation)
    context["comparison"] = assessor_comparison(evaluation)
    return render(request, "evaluations/assessor_comparison.html", context)
