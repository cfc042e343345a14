"""Who may do what with the published results. The results themselves are public data: every
signed-in user reads them. Which published name is an agency is the agency's own word."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, Decision, refuse
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role

ONLY_COORDINATOR_OR_ADMIN = _(
    "Only the agency's coordinator or the installation administrator confirms its published name."
)
ONLY_THE_ADMINISTRATOR = _("Only the installation administrator looks at another agency.")


def can_confirm_published_name(actor: Actor, agency_id: int) -> Decision:
    """Which published name is this agency: its koordinator or the installation admin."""
    if actor.is_admin or actor.has_in_agency(Role.COORDINATOR, agency_id):
        return ALLOWED
    return refuse(ONLY_COORDINATOR_OR_ADMIN)


def can_choose_agency(actor: Actor) -> Decision:
    """Look at any agency's benchmark (``?instansi=``), not only one's own: the admin."""
    return ALLOWED if actor.is_admin else refuse(ONLY_THE_ADMINISTRATOR)
