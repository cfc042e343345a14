"""Who is asking: the signed-in user with their agency, unit and roles, read once per request,
or the system itself (:data:`SYSTEM`) when a command, a background job or the demo asks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spbe.organizations.models import Membership, Role


@dataclass(frozen=True)
class Actor:
    user: Any
    agency_id: int | None
    unit_id: int | None
    roles: frozenset[str]
    is_admin: bool
    is_system: bool = False

    @classmethod
    def system(cls) -> Actor:
        """The installation itself, for the command line, background jobs and the demo.

        It reads everything and does the installation administrator's work (agencies, units,
        users), but holds no role, so it changes nothing of an evaluation's workflow: every
        claim, review and state change is signed by a person.
        """
        return cls(
            user=None,
            agency_id=None,
            unit_id=None,
            roles=frozenset(),
            is_admin=False,
            is_system=True,
        )

    @property
    def pk(self) -> int | None:
        return getattr(self.user, "pk", None)

    def has(self, role: Role) -> bool:
        return role.value in self.roles

    def in_agency(self, agency_id: int) -> bool:
        return self.agency_id is not None and self.agency_id == agency_id

    def has_in_agency(self, role: Role, agency_id: int) -> bool:
        return self.has(role) and self.in_agency(agency_id)


def actor_for(user: Any) -> Actor:
    """The actor for a user; cached on the user object for the rest of the request."""
    cached = getattr(user, "_spbe_actor", None)
    if cached is not None:
        return cached
    membership = None
    if getattr(user, "is_authenticated", False):
        membership = Membership.objects.filter(user=user).first()
    actor = Actor(
        user=user,
        agency_id=membership.agency_id if membership else None,
        unit_id=membership.unit_id if membership else None,
        roles=frozenset(membership.roles) if membership else frozenset(),
        is_admin=bool(getattr(user, "is_superuser", False)),
    )
    if getattr(user, "is_authenticated", False):
        user._spbe_actor = actor
    return actor


SYSTEM = Actor.system()
