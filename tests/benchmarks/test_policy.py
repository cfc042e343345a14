"""Who confirms an agency's published name and who looks at another agency's benchmark."""

from spbe.benchmarks.policy import (
    ONLY_COORDINATOR_OR_ADMIN,
    ONLY_THE_ADMINISTRATOR,
    can_choose_agency,
    can_confirm_published_name,
)
from spbe.organizations.actors import SYSTEM, Actor
from spbe.organizations.models import Role


def actor(*roles: Role, agency_id: int | None = 1, is_admin: bool = False) -> Actor:
    return Actor(
        user=None,
        agency_id=agency_id,
        unit_id=None,
        roles=frozenset(role.value for role in roles),
        is_admin=is_admin,
    )


def test_the_agencys_coordinator_or_the_admin_confirms_its_published_name():
    assert can_confirm_published_name(actor(Role.COORDINATOR), 1)
    assert can_confirm_published_name(actor(is_admin=True, agency_id=None), 1)


def test_nobody_else_confirms_it_and_the_refusal_says_who_may():
    others = [actor(Role.COORDINATOR, agency_id=2), SYSTEM]
    others += [actor(role) for role in Role if role is not Role.COORDINATOR]
    for who in others:
        refusal = can_confirm_published_name(who, 1)
        assert not refusal and refusal.reason == ONLY_COORDINATOR_OR_ADMIN


def test_only_the_admin_looks_at_another_agencys_benchmark():
    assert can_choose_agency(actor(is_admin=True))
    refusal = can_choose_agency(actor(Role.COORDINATOR))
    assert not refusal and refusal.reason == ONLY_THE_ADMINISTRATOR
