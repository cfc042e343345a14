"""Who may see and manage agencies, units and users, and who reads an agency's audit log.

The installation administrator and the system itself (the demo and the command line) see and
manage everything. A member of an agency sees its own agency and its units, whatever its role.
The audit log of an agency is read by its coordinator; the administrator reads every agency's.
The whole-agency export (``spbe.archive``) is downloaded by the same two.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from spbe.audit.models import AuditEvent
from spbe.core.access import ALLOWED, EVERYTHING, NOTHING, Decision, refuse
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency, Role

ONLY_THE_ADMINISTRATOR = _("Only the installation administrator manages agencies, units and users.")
NOT_YOUR_AGENCY = _("You may not see this agency.")
ONLY_COORDINATOR_OR_ADMIN_READS_THE_LOG = _(
    "Only the agency's coordinator or the installation administrator reads the audit log."
)
ONLY_COORDINATOR_OR_ADMIN_EXPORTS = _(
    "Only the agency's coordinator or the installation administrator downloads the agency export."
)


def sees_everything(actor: Actor) -> bool:
    """The installation administrator and the system read every agency's data."""
    return actor.is_admin or actor.is_system


def can_administer(actor: Actor) -> Decision:
    return ALLOWED if sees_everything(actor) else refuse(ONLY_THE_ADMINISTRATOR)


# ------------------------------------------------------------------------------ agencies


def can_see_agency(actor: Actor, agency: Agency) -> Decision:
    """An agency and its units: its own members, and the administrator."""
    if sees_everything(actor) or actor.in_agency(agency.pk):
        return ALLOWED
    return refuse(NOT_YOUR_AGENCY)


def seeable_agencies(actor: Actor) -> Q:
    """The filter of ``can_see_agency``, on agencies."""
    if sees_everything(actor):
        return EVERYTHING
    return Q(pk=actor.agency_id) if actor.agency_id is not None else NOTHING


# ------------------------------------------------------------------------------ audit log


def can_read_audit_log(actor: Actor) -> Decision:
    """Open the audit log at all: a coordinator (of its agency's events) or the administrator."""
    if sees_everything(actor) or (actor.agency_id is not None and actor.has(Role.COORDINATOR)):
        return ALLOWED
    return refuse(ONLY_COORDINATOR_OR_ADMIN_READS_THE_LOG)


def can_read_audit_event(actor: Actor, event: AuditEvent) -> Decision:
    if sees_everything(actor) or (
        event.agency_id is not None and actor.has_in_agency(Role.COORDINATOR, event.agency_id)
    ):
        return ALLOWED
    return refuse(ONLY_COORDINATOR_OR_ADMIN_READS_THE_LOG)


def readable_audit_events(actor: Actor) -> Q:
    """The filter of ``can_read_audit_event``: an event of no agency is the administrator's."""
    if sees_everything(actor):
        return EVERYTHING
    if actor.agency_id is not None and actor.has(Role.COORDINATOR):
        return Q(agency_id=actor.agency_id)
    return NOTHING


# ------------------------------------------------------------------------------ export


def can_export_agency(actor: Actor, agency_id: int) -> Decision:
    """Download the whole agency (``spbe.archive``): its coordinator, and the administrator.

    The export holds the audit log, so it is read by whoever reads that log; the rest of the
    agency's roles read its evaluations on the pages, not its users and its log.
    """
    if sees_everything(actor) or actor.has_in_agency(Role.COORDINATOR, agency_id):
        return ALLOWED
    return refuse(ONLY_COORDINATOR_OR_ADMIN_EXPORTS)
