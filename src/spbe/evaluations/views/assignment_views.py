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
from spbe.evaluations.models import Assessment
from spbe.evaluations.policy import can_assign
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.evaluations.services import assignments_update
from spbe.organizations.actors import actor_for
from spbe.scoring.values import whole_number

Rows = dict[int, tuple[int | None, set[int]]]


def _parse(request: HttpRequest, numbers: list[int]) -> Rows:
    rows: Rows = {}
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


def _changed(rows: Rows, assessments: list[Assessment]) -> Rows:
    """The rows that differ from the indicators as they are now. Only those are sent with the
    versions the page was drawn with: a claim saved meanwhile on an indicator whose units the
    koordinator left alone does not refuse the table."""
    current = {
        a.indicator.number: (a.lead_unit_id, {u.pk for u in a.supporting_units.all()})
        for a in assessments
    }
    return {
        number: (lead, supporting)
        for number, (lead, supporting) in rows.items()
        if current.get(number) != (lead, supporting - {lead} if lead else supporting)
    }


def _versions(request: HttpRequest, rows: Rows) -> dict[int, int]:
    versions = {n: whole_number(request.POST.get(f"version_{n}", "")) for n in rows}
    return {number: version for number, version in versions.items() if version is not None}


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
            sent = _changed(_parse(request, [a.indicator.number for a in rows]), rows)
            changed = assignments_update(
                actor=actor,
                evaluation=evaluation,
                assignments=sent,
                versions=_versions(request, sent),
            )
        except ActionRefused as error:
            return render_refused(request, "evaluations/assignments.html", context, error)
        messages.success(request, _("%(count)s indicator(s) reassigned.") % {"count": changed})
        return redirect("evaluations:detail", pk=pk)
    return render(request, "evaluations/assignments.html", context)
