"""The header's links: each role sees the pages it can use, never a link that answers 404.

A context processor, so every page (the refusal pages too) draws the same header. Which link
shows follows the access rules of the app it leads to; no rule is decided here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from spbe.evaluations.policy import reads_agency
from spbe.notifications.policy import can_view_delivery_log
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Role
from spbe.planning.policy import can_see_desk


@dataclass(frozen=True)
class NavLink:
    url: str
    label: str
    name: str  # a stable id for tests and styling


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_links": [], "nav_has_agency": False}
    actor = actor_for(user)
    return {"nav_links": nav_links(actor), "nav_has_agency": actor.agency_id is not None}


def nav_links(actor: Actor) -> list[NavLink]:
    links = [NavLink(reverse("evaluations:list"), str(_("Evaluations")), "evaluations")]
    # "My indicators" lists the indicators of the actor's unit: a PIC's page.
    if actor.has(Role.UNIT_PIC):
        links.append(NavLink(reverse("evaluations:mine"), str(_("My indicators")), "mine"))
    # The evidence library is the agency's own: its readers only.
    if reads_agency(actor, actor.agency_id):
        links.append(NavLink(reverse("evidence:library"), str(_("Evidence")), "evidence"))
    # The desk session list of the agency: its koordinator, and a PIC for its own unit.
    if actor.agency_id is not None and can_see_desk(actor, actor.agency_id):
        links.append(NavLink(reverse("planning:own_desk"), str(_("Desk session")), "desk"))
    # The national results open on the ranking (around the agency's own row, when it has one);
    # the agency's own benchmark page is a tab of it.
    links.append(NavLink(reverse("benchmarks:ranking"), str(_("National results")), "benchmarks"))
    # The agency's delivery log: its Koordinator's page (the administrator opens it per agency).
    if actor.agency_id is not None and can_view_delivery_log(actor, actor.agency_id):
        links.append(
            NavLink(
                reverse("notifications:delivery_log", args=[actor.agency_id]),
                str(_("Delivery log")),
                "delivery_log",
            )
        )
    if actor.is_admin:
        links += [
            NavLink(
                reverse("evaluations:national_windows"),
                str(_("National stage windows")),
                "national_windows",
            ),
            NavLink(reverse("admin:index"), str(_("Administration")), "admin"),
        ]
    return links
