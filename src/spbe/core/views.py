"""The home page: each user lands on what their role needs."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from spbe.evaluations.selectors import active_evaluation, visible_evaluations
from spbe.evaluations.views.dashboard_views import dashboard_context
from spbe.organizations.actors import actor_for
from spbe.organizations.models import Role


@login_required
def home(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    if actor.has(Role.UNIT_PIC) and not (actor.has(Role.COORDINATOR) or actor.has(Role.LEADERSHIP)):
        return redirect("evaluations:mine")
    if actor.has(Role.EXTERNAL_ASSESSOR) and actor.agency_id is None:
        return render(
            request, "core/home_external.html", {"evaluations": visible_evaluations(actor)}
        )
    evaluation = active_evaluation(actor) if actor.agency_id is not None else None
    if evaluation is None:
        if actor.is_admin:
            return render(
                request, "core/home_admin.html", {"evaluations": visible_evaluations(actor)[:50]}
            )
        return render(request, "core/home_empty.html")
    return render(request, "evaluations/dashboard.html", dashboard_context(actor, evaluation))
