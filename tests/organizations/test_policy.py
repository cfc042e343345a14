"""Who manages agencies, units and users: the installation administrator, or the system."""

import pytest

from spbe.core.errors import NotAllowed
from spbe.organizations.actors import SYSTEM, Actor
from spbe.organizations.models import Agency, Role
from spbe.organizations.policy import (
    ONLY_COORDINATOR_OR_ADMIN_EXPORTS,
    ONLY_THE_ADMINISTRATOR,
    can_administer,
    can_export_agency,
    sees_everything,
)
from spbe.organizations.services import agency_create
from tests.cast import allowed


def actor(*roles: Role, is_admin: bool = False) -> Actor:
    return Actor(
        user=None,
        agency_id=1,
        unit_id=None,
        roles=frozenset(role.value for role in roles),
        is_admin=is_admin,
    )


def test_the_admin_and_the_system_administer_and_see_everything():
    for who in (actor(is_admin=True), SYSTEM):
        assert can_administer(who) and sees_everything(who)


def test_no_role_of_an_agency_administers_the_installation():
    for role in Role:
        refusal = can_administer(actor(role))
        assert not refusal and refusal.reason == ONLY_THE_ADMINISTRATOR
        assert not sees_everything(actor(role))


def test_the_system_actor_is_nobody_and_holds_no_role():
    assert SYSTEM.is_system and SYSTEM.user is None and SYSTEM.pk is None
    assert SYSTEM.roles == frozenset() and not SYSTEM.is_admin


def test_the_system_creates_an_agency_and_a_coordinator_does_not(db):
    agency = agency_create(actor=SYSTEM, name="Kota Sistem", kind="kota", province="Aceh")
    assert Agency.objects.filter(pk=agency.pk).exists()
    with pytest.raises(NotAllowed):
        agency_create(actor=actor(Role.COORDINATOR), name="Kota Lain", kind="kota", province="")


@pytest.mark.dates
def test_only_the_agencys_coordinator_and_the_administrator_export_the_agency(cast):
    assert allowed(cast, can_export_agency, cast.agency.pk) == {"coordinator", "admin"}
    assert allowed(cast, can_export_agency, cast.other_agency.pk) == {"outsider", "admin"}
    assert can_export_agency(SYSTEM, cast.agency.pk)
    refusal = can_export_agency(cast.actor(cast.leadership), cast.agency.pk)
    assert refusal.reason == ONLY_COORDINATOR_OR_ADMIN_EXPORTS
