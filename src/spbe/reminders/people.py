"""The people a reminder may go to: the active members of some agencies by unit and role."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from spbe.organizations.models import Membership, Role


class People:
    """The active members of some agencies by unit and role, read once per run."""

    def __init__(self, agency_ids: Iterable[int]) -> None:
        self.by_unit: dict[tuple[int, str], set[int]] = defaultdict(set)
        self.by_agency: dict[tuple[int, str], set[int]] = defaultdict(set)
        memberships = Membership.objects.filter(
            agency_id__in=set(agency_ids), user__is_active=True
        ).only("user_id", "agency_id", "unit_id", "roles")
        for membership in memberships:
            if membership.agency_id is None:
                continue
            for role in membership.roles:
                self.by_agency[(membership.agency_id, role)].add(membership.user_id)
                if membership.unit_id is not None:
                    self.by_unit[(membership.unit_id, role)].add(membership.user_id)

    def pics(self, unit_id: int) -> frozenset[int]:
        return frozenset(self.by_unit[(unit_id, Role.UNIT_PIC.value)])

    def holding(self, agency_id: int, *roles: Role) -> frozenset[int]:
        return frozenset().union(*(self.by_agency[(agency_id, role.value)] for role in roles))
