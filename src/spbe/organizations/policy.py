"""Who may manage agencies, units and users: the installation administrator, or the system
itself (the demo and the command line)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, Decision, refuse
from spbe.organizations.actors import Actor

ONLY_THE_ADMINISTRATOR = _("Only the installation administrator manages agencies, units and users.")


def sees_everything(actor: Actor) -> bool:
    """The installation administrator and the system read every agency's data."""
    return actor.is_admin or actor.is_system


def can_administer(actor: Actor) -> Decision:
    return ALLOWED if sees_everything(actor) else refuse(ONLY_THE_ADMINISTRATOR)
