"""The agency dashboard and the PIC's own indicator list."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from spbe.evaluations.charts import dashboard_charts
from spbe.evaluations.dashboard import build_dashboard
from spbe.evaluations.models import Evaluation
from spbe.evaluations.selectors import evaluation_for, my_assessments
from spbe.organizations.actors import Actor, actor_for
from spbe.planning.views.action_views import action_rows


@login_required
def dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    return render(request, "evaluations/dashboard.html", dashboard_context(actor, evaluation))


def dashboard_context(actor: Actor, evaluation: Evaluation) -> dict[str, Any]:
    """The dashboard and its action plan (overdue first), shared by this page and the home page."""
    rows = action_rows(evaluation, actor, timezone.localdate())
    rows.sort(key=lambda row: (not row.overdue, row.action.deadline))
    dashboard = build_dashboard(evaluation, actor=actor)
    return {"dashboard": dashboard, "actions": rows, "charts": dashboard_charts(dashboard)}


@login_required
def my_indicators(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    return render(
        request,
        "evaluations/my_indicators.html",
        {
            "assessments": my_assessments(actor),
            "today": timezone.localdate(),
            "unit_id": actor.unit_id,
        },
    )
