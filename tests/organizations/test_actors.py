"""Who is asking: ``actor_for`` reads a user's agency, unit and roles once; ``Actor`` answers."""

from __future__ import annotations

import dataclasses

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency, Membership, Role
from tests.cast import make_user

AGENCY, OTHER_AGENCY, UNIT = 7, 8, 70


def actor(*roles: Role, agency_id: int | None = AGENCY, is_admin: bool = False) -> Actor:
    return Actor(
        user=None,
        agency_id=agency_id,
        unit_id=None,
        roles=frozenset(role.value for role in roles),
        is_admin=is_admin,
    )


# -------------------------------------------------------------------------------- actor_for


@pytest.mark.dates
def test_every_member_of_the_cast_is_read_with_their_agency_unit_and_roles(cast):
    expected = {
        cast.coordinator: (cast.agency.pk, cast.unit.pk, {"koordinator"}),
        cast.pic: (cast.agency.pk, cast.unit.pk, {"pic"}),
        cast.other_pic: (cast.agency.pk, cast.other_unit.pk, {"pic"}),
        cast.internal_assessor: (cast.agency.pk, None, {"asesor_internal"}),
        cast.leadership: (cast.agency.pk, None, {"pimpinan"}),
        cast.outsider: (cast.other_agency.pk, None, {"koordinator"}),
        cast.external_assessor: (None, None, {"asesor_eksternal"}),
        cast.unassigned_assessor: (None, None, {"asesor_eksternal"}),
    }
    for user, (agency_id, unit_id, roles) in expected.items():
        read = cast.actor(user)
        assert (read.agency_id, read.unit_id, set(read.roles)) == (agency_id, unit_id, roles), user
        assert read.user == user and read.pk == user.pk
        assert not read.is_admin


@pytest.mark.dates
def test_the_installation_admin_is_an_admin_of_no_agency(cast):
    admin = cast.actor(cast.admin)
    assert admin.is_admin
    assert (admin.agency_id, admin.unit_id, admin.roles) == (None, None, frozenset())


@pytest.mark.django_db
def test_a_user_with_several_roles_holds_them_all():
    agency = Agency.objects.create(name="Kota Peran", slug="kota-peran", kind="kota")
    user = make_user("dua-peran", agency, None, Role.COORDINATOR, Role.LEADERSHIP)
    assert actor_for(user).roles == frozenset({"koordinator", "pimpinan"})


@pytest.mark.django_db
def test_a_signed_in_user_without_a_membership_holds_no_role():
    user = get_user_model().objects.create_user(username="tanpa-peran", password="x")
    read = actor_for(user)
    assert (read.agency_id, read.unit_id, read.roles, read.is_admin) == (
        None,
        None,
        frozenset(),
        False,
    )


@pytest.mark.django_db
def test_an_anonymous_visitor_is_nobody_and_is_read_without_a_query(django_assert_num_queries):
    visitor = AnonymousUser()
    with django_assert_num_queries(0):
        read = actor_for(visitor)
    assert (read.pk, read.agency_id, read.roles, read.is_admin) == (None, None, frozenset(), False)
    assert not hasattr(visitor, "_spbe_actor")


@pytest.mark.dates
def test_a_user_is_read_once_and_the_same_actor_is_returned_after(cast, django_assert_num_queries):
    first = cast.actor(cast.pic)
    with django_assert_num_queries(0):
        assert actor_for(cast.pic) is first


@pytest.mark.dates
def test_a_role_changed_since_the_user_was_read_counts_from_the_next_read(cast):
    stale = cast.actor(cast.leadership)
    Membership.objects.filter(user=cast.leadership).update(roles=[Role.COORDINATOR.value])
    assert actor_for(cast.leadership) is stale
    assert cast.actor(cast.leadership).has(Role.COORDINATOR)


def test_an_actor_cannot_be_changed_once_read():
    with pytest.raises(dataclasses.FrozenInstanceError):
        actor(Role.UNIT_PIC).roles = frozenset({"koordinator"})  # type: ignore[misc]


# ---------------------------------------------------------------------------------- the answers


def test_an_actor_has_exactly_the_roles_it_holds():
    pic = actor(Role.UNIT_PIC)
    assert pic.has(Role.UNIT_PIC)
    assert not any(pic.has(role) for role in Role if role is not Role.UNIT_PIC)


def test_an_actor_is_in_its_own_agency_only():
    coordinator = actor(Role.COORDINATOR)
    assert coordinator.in_agency(AGENCY)
    assert not coordinator.in_agency(OTHER_AGENCY)


def test_an_actor_of_no_agency_is_in_none():
    external = actor(Role.EXTERNAL_ASSESSOR, agency_id=None)
    assert not external.in_agency(AGENCY)
    assert not external.has_in_agency(Role.EXTERNAL_ASSESSOR, AGENCY)


def test_an_admin_is_not_in_an_agency_by_being_admin():
    admin = actor(agency_id=None, is_admin=True)
    assert not admin.in_agency(AGENCY)
    assert not admin.has_in_agency(Role.COORDINATOR, AGENCY)


def test_a_role_counts_in_the_actors_own_agency_only():
    coordinator = actor(Role.COORDINATOR)
    assert coordinator.has_in_agency(Role.COORDINATOR, AGENCY)
    assert not coordinator.has_in_agency(Role.COORDINATOR, OTHER_AGENCY)
    assert not coordinator.has_in_agency(Role.LEADERSHIP, AGENCY)


def test_an_actor_without_a_user_has_no_pk():
    assert actor(Role.LEADERSHIP).pk is None
