"""Bulk assignment: every indicator's lead and supporting units, in one table."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.evaluations.policy import can_assign
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.evaluations.services import assignments_update
from spbe.organizations.actors import actor_for


def _parse(request: HttpRequest, numbers: list[int]) -> dict[int, tuple[int | None, set[int]]]:
    rows: dict[int, tuple[int | None, set[int]]] = {}
    try:
        for number in numbers:
            # Only the rows the form sent are changed; a missing row is left as it is.
            if f"lead_{number}" not in request.POST:
                continue
            lead = request.POST.get(f"lead_{number}", "")
            supporting = {int(pk) for pk in request.POST.getlist(f"support_{number}") if pk}
            rows[number] = (int(lead) if lead else None, supporting)
    except ValueError as error:
        raise ActionRefused(
            _("The form was changed in an unexpected way; reload the page.")
        ) from error
    return rows


@login_required
@require_http_methods(["GET", "POST"])
def assignments(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    require(can_assign(actor, evaluation))
    rows = evaluation_assessments(evaluation)
    units = list(evaluation.agency.units.all())
    context = {"evaluation": evaluation, "rows": rows, "units": units}
    if request.method == "POST":
        try:
            changed = assignments_update(
                actor=actor,
                evaluation=evaluation,
                assignments=_parse(request, [a.indicator.number for a in rows]),
            )
        except ActionRefused as error:
            return render_refused(request, "evaluations/assignments.html", context, error)
        messages.success(request, _("%(count)s indicator(s) reassigned.") % {"count": changed})
        return redirect("evaluations:detail", pk=pk)
    return render(request, "evaluations/assignments.html", context)
