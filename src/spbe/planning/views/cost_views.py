"""The step costs of an evaluation's plan: the table, the JSON form, the JSON download."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.selectors import evaluation_for
from spbe.organizations.actors import actor_for
from spbe.planning.cost_editor import costs_editor, costs_json, stored_costs
from spbe.planning.policy import can_edit_plan
from spbe.planning.services import plan_costs_replace, plan_costs_update
from spbe.planning.views.plan_views import plan_refused
from spbe.scoring.values import whole_number


@login_required
@require_POST
def costs_update(request: HttpRequest, pk: int) -> HttpResponse:
    """The JSON form (for experts): the whole costs file pasted as text."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    text = request.POST.get("costs", "")
    version = whole_number(request.POST.get("version", ""))
    try:
        plan_costs_update(actor=actor, evaluation=evaluation, text=text, version=version)
    except ActionRefused as error:
        return plan_refused(
            request, actor, evaluation, error, costs_text=text, costs_json_open=True
        )
    return _saved(request, pk)


@login_required
@require_POST
def costs_table_update(request: HttpRequest, pk: int) -> HttpResponse:
    """The table: every cell is checked; one bad cell refuses the whole save."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    form = None
    try:
        require(can_edit_plan(actor, evaluation))
        form = costs_editor(evaluation, request.POST)["costs_form"]
        if form is None:
            raise ActionRefused(
                _("The stored step costs have entries the table cannot show; edit them as JSON.")
            )
        if not form.is_valid():
            count = sum(1 for name in form.errors if name != "__all__")
            raise ActionRefused(
                _("%(count)s cell(s) of the step costs are wrong; nothing was saved.")
                % {"count": count}
            )
        plan_costs_replace(
            actor=actor,
            evaluation=evaluation,
            costs=form.costs_file(),
            version=form.cleaned_data["version"],
        )
    except ActionRefused as error:
        kept = {"costs_form": form} if form is not None else {}
        return plan_refused(request, actor, evaluation, error, **kept)
    return _saved(request, pk)


def _saved(request: HttpRequest, pk: int) -> HttpResponse:
    messages.success(request, _("Step costs saved."))
    return redirect("planning:plan", pk=pk)


@login_required
@require_GET
def costs_export(request: HttpRequest, pk: int) -> HttpResponse:
    """The stored costs file as a JSON download, in the format ``spbe plan --costs`` reads."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    require(can_edit_plan(actor, evaluation))
    costs, _version = stored_costs(evaluation)
    response = HttpResponse(costs_json(costs) + "\n", content_type="application/json")
    response["Content-Disposition"] = (
        f'attachment; filename="biaya-langkah-{evaluation.agency.slug}-{evaluation.year}.json"'
    )
    return response
