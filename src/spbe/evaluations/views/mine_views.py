"""The PIC's own indicator list."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from spbe.evaluations.selectors import my_assessments
from spbe.organizations.actors import actor_for


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
