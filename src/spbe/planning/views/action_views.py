"""The action plan: steps with owners and deadlines, and the SPBE → Pemdi baseline."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spbe.catalog.selectors import current_revision, revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.evaluations.models import Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.organizations.actors import Actor, actor_for
from spbe.planner.baseline import estimate_pemdi_baseline, read_mapping
from spbe.planning.baseline_rows import baseline_rows, source_link
from spbe.planning.baseline_wording import SOURCE_AGENCY
from spbe.planning.models import Action, ActionStatus
from spbe.planning.policy import viewable_actions
from spbe.planning.selectors import action_rows
from spbe.planning.services import action_evidence_link, action_update
from spbe.planning.values import default_kind, starting_values
from spbe.scoring.values import whole_number

ACTIONS = "planning/actions.html"


@login_required
def actions(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    return render(request, ACTIONS, _actions_context(actor, evaluation))


def _actions_context(actor: Actor, evaluation: Evaluation) -> dict[str, Any]:
    rows = action_rows(evaluation, actor, timezone.localdate())
    total = sum(
        (row.effect for row in rows if row.action.status != ActionStatus.CANCELLED), Decimal(0)
    )
    return {
        "evaluation": evaluation,
        "rows": rows,
        "statuses": ActionStatus.choices,
        "total_effect": total,
    }


@login_required
@require_POST
def action_change(request: HttpRequest, pk: int, action_pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    action = Action.objects.filter(
        viewable_actions(actor), evaluation=evaluation, pk=action_pk
    ).first()
    if action is None:
        raise Http404
    try:
        message = _change(request, actor, action)
    except ActionRefused as error:
        return render_refused(request, ACTIONS, _actions_context(actor, evaluation), error)
    messages.success(request, message)
    return redirect("planning:actions", pk=pk)


def _change(request: HttpRequest, actor: Actor, action: Action) -> str:
    """Link a document to the action, or change its status, deadline and note."""
    if request.POST.get("document"):
        document_id = whole_number(request.POST["document"])
        if document_id is None:
            raise ActionRefused(_("Choose a document of this agency."), field="document")
        action_evidence_link(actor=actor, action=action, document_id=document_id)
        return _("Evidence linked to the action.")
    deadline_text = request.POST.get("deadline", "")
    try:
        deadline = parse_date(deadline_text) if deadline_text else None
    except ValueError:
        deadline = None
    if deadline_text and deadline is None:
        raise ActionRefused(_("The deadline is not a date."), field="deadline")
    action_update(
        actor=actor,
        action=action,
        status=request.POST.get("status", action.status),
        deadline=deadline,
        note=request.POST.get("note"),
        version=whole_number(request.POST.get("version", "")),
    )
    return _("Action updated.")


@login_required
def pemdi_baseline(request: HttpRequest, pk: int) -> HttpResponse:
    """Estimate Pemdi 2026 values from this SPBE 2020 evaluation, with the unofficial mapping."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    if evaluation.revision.framework.code != "spbe-2020":
        raise Http404
    assessments = evaluation_assessments(evaluation)
    spbe = revision_scoring_framework(evaluation.revision)
    kind = default_kind(assessments)
    values = starting_values(spbe, assessments, kind)
    pemdi = revision_scoring_framework(current_revision("pemdi-2026"))
    baseline = estimate_pemdi_baseline(values, spbe=spbe, pemdi=pemdi, year=evaluation.year)
    rows = baseline_rows(baseline, spbe)
    return render(
        request,
        "planning/baseline.html",
        {
            "evaluation": evaluation,
            "baseline": baseline,
            "kind": IndexKind(kind),
            "rows": rows,
            "readings": [row for row in rows if row.reading],
            "source_agency": SOURCE_AGENCY,
            "uncovered": [item for item in baseline.items if not item.covered],
            "source": source_link(read_mapping().source),
        },
    )
