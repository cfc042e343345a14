"""The desk session list, and handing work over (a preview, then the confirmation)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Membership, Unit
from spbe.organizations.selectors import agency_for, agency_units
from spbe.planning.desk import desk_list
from spbe.planning.handover import (
    Handover,
    unit_handover,
    unit_handover_preview,
    user_handover,
    user_handover_preview,
)
from spbe.planning.policy import can_hand_over, can_see_desk
from spbe.scoring.values import whole_number

DESK = "planning/desk.html"
HANDOVER = "planning/handover.html"
PREVIEW = "planning/handover_preview.html"


@login_required
def own_desk(request: HttpRequest) -> HttpResponse:
    """The desk list of the user's own agency (the header's link needs no agency lookup)."""
    actor = actor_for(request.user)
    agency = Agency.objects.filter(pk=actor.agency_id).first() if actor.agency_id else None
    if agency is None:
        raise Http404
    return _desk(request, actor, agency)


@login_required
def desk(request: HttpRequest, slug: str) -> HttpResponse:
    actor = actor_for(request.user)
    return _desk(request, actor, agency_for(actor, slug))


def _desk(request: HttpRequest, actor: Actor, agency: Agency) -> HttpResponse:
    require(can_see_desk(actor, agency.pk))
    today = timezone.localdate()
    return render(
        request,
        DESK,
        {
            "agency": agency,
            "units": desk_list(actor, agency, today),
            "today": today,
            "can_hand_over": can_hand_over(actor, agency.pk),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def handover(request: HttpRequest, slug: str) -> HttpResponse:
    actor = actor_for(request.user)
    agency = agency_for(actor, slug)
    require(can_hand_over(actor, agency.pk))
    context = _choices(agency)
    if request.method == "GET":
        return render(request, HANDOVER, context)
    kind = request.POST.get("kind")
    try:
        source, target = _parties(agency, kind, request.POST)
        if request.POST.get("step") != "confirm":
            done = _preview(actor, kind, source, target)
            return render(request, PREVIEW, {**context, "handover": done, "kind": kind})
        done = _confirm(actor, kind, source, target, _expected(request.POST))
    except ActionRefused as error:
        return render_refused(request, HANDOVER, context, error)
    messages.success(request, _("Handed over: %(moved)s.") % {"moved": done.summary})
    return redirect("planning:desk", slug=agency.slug)


def _choices(agency: Agency) -> dict[str, Any]:
    members = Membership.objects.filter(agency=agency).select_related("user", "unit")
    people = sorted((m for m in members if m.user.is_active), key=lambda m: m.user.get_username())
    return {"agency": agency, "units": list(agency_units(agency)), "members": people}


def _parties(agency: Agency, kind: str | None, data: Any) -> tuple[Any, Any]:
    """The source and target that the form names, both of the agency (or refused)."""
    source_pk, target_pk = (
        whole_number(data.get("source", "")),
        whole_number(data.get("target", "")),
    )
    source: Any
    target: Any
    if kind == "unit":
        units = Unit.objects.filter(agency=agency)
        source = units.filter(pk=source_pk).first() if source_pk else None
        target = units.filter(pk=target_pk).first() if target_pk else None
    elif kind == "user":
        users = get_user_model().objects.filter(membership__agency=agency)
        source = users.filter(pk=source_pk).first() if source_pk else None
        target = users.filter(pk=target_pk).first() if target_pk else None
    else:
        raise ActionRefused(_("Choose what to hand over: a unit or a user."), field="kind")
    if source is None:
        raise ActionRefused(_("Choose whose work to hand over."), field="source")
    if target is None:
        raise ActionRefused(_("Choose who takes the work over."), field="target")
    return source, target


def _preview(actor: Actor, kind: str | None, source: Any, target: Any) -> Handover:
    if kind == "unit":
        return unit_handover_preview(actor=actor, source=source, target=target)
    return user_handover_preview(actor=actor, source=source, target=target)


def _confirm(
    actor: Actor, kind: str | None, source: Any, target: Any, expected: tuple[int, int, int]
) -> Handover:
    if kind == "unit":
        return unit_handover(actor=actor, source=source, target=target, expected=expected)
    return user_handover(actor=actor, source=source, target=target, expected=expected)


def _expected(data: Any) -> tuple[int, int, int]:
    """The counts the preview showed, so that a changed workload is not moved unseen."""
    counts = [whole_number(data.get(name, "")) for name in ("assignments", "actions", "items")]
    return (counts[0] or 0, counts[1] or 0, counts[2] or 0)
