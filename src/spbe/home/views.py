"""The pages that compose several apps: each user's home page and the agency dashboard.

The dashboard shows the evaluation's numbers (evaluations), its action plan (planning) and the
national averages in its history chart (benchmarks). Evaluations sits below the other two and
must not import them, so the page is put together here, above all three.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from spbe.benchmarks.selectors import national_averages
from spbe.core.fragment_keys import fragment_key
from spbe.core.pagination import requested_page
from spbe.evaluations.charts import dashboard_charts
from spbe.evaluations.item_policy import can_set_stage_windows
from spbe.evaluations.models import Evaluation
from spbe.evaluations.selectors import active_evaluation, evaluation_for, visible_evaluations
from spbe.evaluations.stage_summary import stage_dashboard
from spbe.evaluations.summary_cache import cached_summary
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Role
from spbe.organizations.policy import can_export_agency
from spbe.organizations.selectors import visible_agencies
from spbe.planning.selectors import action_rows

DASHBOARD = "home/dashboard.html"

# Raised when the dashboard's cached fragments (the indices, the figures with their charts, the
# claims above the verified level) change their markup or wording.
DASHBOARD_FRAGMENTS_VERSION = 2


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Each user lands on what their role needs."""
    actor = actor_for(request.user)
    if actor.has(Role.UNIT_PIC) and not (actor.has(Role.COORDINATOR) or actor.has(Role.LEADERSHIP)):
        return redirect("evaluations:mine")
    if actor.has(Role.EXTERNAL_ASSESSOR) and actor.agency_id is None:
        pages = requested_page(
            request, visible_evaluations(actor).order_by("agency__name", "-year", "pk")
        )
        return render(request, "home/external.html", {"evaluations": pages.page, "pages": pages})
    evaluation = active_evaluation(actor) if actor.agency_id is not None else None
    if evaluation is None:
        if actor.is_admin:
            # Both lists grow with the agencies: the first page of the evaluations (the list
            # page has the others) and a page of the agencies at a time.
            pages = requested_page(
                request, visible_evaluations(actor).order_by("agency__name", "-year", "pk")
            )
            agency_pages = requested_page(request, visible_agencies(actor), parameter="agencies")
            context = {
                "evaluations": pages.page,
                "pages": pages,
                "agencies": agency_pages.page,
                "agency_pages": agency_pages,
            }
            return render(request, "home/admin.html", context)
        return render(request, "home/empty.html", {"export_agency": _exported_agency(actor)})
    return render(request, DASHBOARD, dashboard_context(actor, evaluation))


@login_required
def dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    return render(request, DASHBOARD, dashboard_context(actor, evaluation))


def _exported_agency(actor: Actor) -> Agency | None:
    """The actor's agency when it may download the agency export (its Koordinator)."""
    if actor.agency_id is None or not can_export_agency(actor, actor.agency_id):
        return None
    return Agency.objects.filter(pk=actor.agency_id).first()


def dashboard_context(actor: Actor, evaluation: Evaluation) -> dict[str, Any]:
    """The evaluation's summary, its charts, its action plan (overdue first) and its stages."""
    today = timezone.localdate()
    rows = action_rows(evaluation, actor, today)
    rows.sort(key=lambda row: (not row.overdue, row.action.deadline))
    summary, summary_stamp = cached_summary(evaluation, actor=actor, today=today)
    averages = national_averages((year.year, year.framework_code) for year in summary.history.years)
    return {
        "evaluation": evaluation,
        "summary": summary,
        "actions": rows,
        # The figures and charts show the summary (the history the actor may see, and the date
        # of what is overdue, included) and the national averages and nothing else, so their
        # HTML is cached under those (``{% cache %}``: the summary's stamp, a digest of all it
        # is computed from); the charts are only looked up when the fragment is rendered.
        "figures_key": fragment_key(
            "dashboard-figures",
            (summary_stamp, sorted(averages.items())),
            version=DASHBOARD_FRAGMENTS_VERSION,
        ),
        "charts": SimpleLazyObject(lambda: dashboard_charts(summary, national_averages=averages)),
        # The stages and each unit's items (Pemdi); None for an evaluation without windows.
        "stages": stage_dashboard(evaluation, today=today),
        "can_set_stages": can_set_stage_windows(actor, evaluation),
        "can_export": can_export_agency(actor, evaluation.agency_id),
    }
