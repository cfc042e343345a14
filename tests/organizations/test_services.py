"""Writes of agencies, units and memberships: the installation admin's work, and nobody else's.

Every write is audited; every refusal (a non-admin, a bad value) raises and changes nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.organizations.models import Agency, Membership, Role, Unit
from spbe.organizations.services import (
    agency_create,
    member_create,
    unit_create,
    validate_membership,
)
from tests.cast import Cast

pytestmark = pytest.mark.dates

PASSWORD = "Sandi-Rahasia-2026"


def organisation_rows() -> tuple[list[Any], list[Any], list[Any], list[Any], int]:
    """What these services write: agencies, units, memberships, users and audit events."""
    return (
        list(Agency.objects.order_by("pk").values_list("pk", "name", "slug", "kind", "province")),
        list(Unit.objects.order_by("pk").values_list("pk", "agency", "name", "slug")),
        list(
            Membership.objects.order_by("pk").values_list("pk", "user", "agency", "unit", "roles")
        ),
        list(get_user_model().objects.order_by("pk").values_list("pk", "username")),
        AuditEvent.objects.count(),
    )


def create_agency(cast: Cast, user: Any = None, **fields: Any) -> Agency:
    values = {"name": "Kabupaten Simalungun", "kind": "kabupaten", "province": "Sumatera Utara"}
    return agency_create(actor=cast.actor(user or cast.admin), **{**values, **fields})


def create_unit(cast: Cast, user: Any = None, **fields: Any) -> Unit:
    values = {"agency": cast.agency, "name": "Inspektorat Daerah", "short_name": "Inspektorat"}
    return unit_create(actor=cast.actor(user or cast.admin), **{**values, **fields})


def create_member(cast: Cast, user: Any = None, **fields: Any) -> Membership:
    values = {
        "username": "pic-inspektorat",
        "password": PASSWORD,
        "full_name": "Rina Maharani Siregar",
        "agency": cast.agency,
        "unit": cast.unit,
        "roles": [Role.UNIT_PIC.value],
    }
    return member_create(actor=cast.actor(user or cast.admin), **{**values, **fields})


def refused(call: Any, *args: Any, **kwargs: Any) -> ActionRefused:
    """The refusal of a call, in English; the database must be as it was before."""
    before = organisation_rows()
    with translation.override("en"), pytest.raises(ActionRefused) as error:
        call(*args, **kwargs)
    assert organisation_rows() == before
    return error.value


# ---------------------------------------------------------------------------------- agency_create


def test_the_admin_creates_an_agency_with_a_slug_from_its_name(cast):
    agency = create_agency(cast, name="  Kabupaten Simalungun ", province=" Sumatera Utara ")
    stored = Agency.objects.get(pk=agency.pk)
    assert (stored.name, stored.slug, stored.kind, stored.province) == (
        "Kabupaten Simalungun",
        "kabupaten-simalungun",
        "kabupaten",
        "Sumatera Utara",
    )


def test_a_slug_given_for_the_agency_is_kept(cast):
    assert create_agency(cast, slug="simalungun").slug == "simalungun"


def test_a_central_agency_needs_no_province(cast):
    agency = create_agency(cast, name="Badan Riset Uji", kind="pusat", province="")
    assert Agency.objects.get(pk=agency.pk).province == ""


def test_creating_an_agency_is_audited_as_the_admins_act_for_that_agency(cast):
    agency = create_agency(cast)
    event = AuditEvent.objects.get(action="agency.create")
    assert (event.actor, event.agency, event.summary) == (cast.admin, agency, agency.name)
    assert (event.object_type, event.object_id) == ("organizations.agency", str(agency.pk))


# ------------------------------------------------------------------------------------ unit_create


def test_the_admin_creates_a_unit_of_an_agency_with_a_slug_from_its_short_name(cast):
    unit = create_unit(cast, name=" Inspektorat Daerah ", short_name=" Inspektorat ")
    stored = Unit.objects.get(pk=unit.pk)
    assert (stored.agency, stored.name, stored.short_name, stored.slug) == (
        cast.agency,
        "Inspektorat Daerah",
        "Inspektorat",
        "inspektorat",
    )


def test_a_slug_given_for_the_unit_is_kept(cast):
    assert create_unit(cast, slug="itda").slug == "itda"


def test_creating_a_unit_is_audited_for_the_units_agency(cast):
    unit = create_unit(cast, agency=cast.other_agency)
    event = AuditEvent.objects.get(action="unit.create")
    assert (event.actor, event.agency, event.summary) == (cast.admin, cast.other_agency, unit.name)
    assert (event.object_type, event.object_id) == ("organizations.unit", str(unit.pk))
    assert not AuditEvent.objects.filter(action="unit.create", agency=cast.agency).exists()


def test_two_agencies_may_each_have_a_unit_of_the_same_name(cast):
    assert cast.other_agency.units.filter(slug="kominfo").exists()
    unit = create_unit(cast, agency=cast.other_agency, name=cast.other_unit.name, short_name="Bp")
    assert unit.agency == cast.other_agency


@pytest.mark.parametrize(
    ("create", "fields", "field", "message"),
    [
        (create_agency, {"kind": "desa"}, "kind", "is not a valid choice"),
        (create_agency, {"name": "   "}, "name", "cannot be blank"),
        # The cast's agency is "Kota Uji" (kota-uji), its Kominfo "Dinas Komunikasi dan ...".
        (create_agency, {"name": "Kota Uji", "slug": "kota-uji-2"}, "name", "already exists"),
        (create_agency, {"name": "Kota Uji Baru", "slug": "kota-uji"}, "slug", "already exists"),
        (create_unit, {"name": "Dinas Komunikasi dan Informatika"}, None, "already exists"),
        (create_unit, {"name": "Dinas Kominfo", "short_name": "Kominfo"}, None, "already exists"),
        (create_unit, {"name": "", "short_name": "Kosong"}, "name", "cannot be blank"),
        (create_unit, {"short_name": "", "slug": "kosong"}, "short_name", "cannot be blank"),
    ],
    ids=[
        "an agency of an unknown kind",
        "an agency without a name",
        "an agency name taken",
        "an agency slug taken",
        "a unit name taken in the agency",
        "a unit slug taken in the agency",
        "a unit without a name",
        "a unit without a short name",
    ],
)
def test_a_bad_agency_or_unit_is_refused_with_a_message_on_its_field(
    cast, create, fields, field, message
):
    error = refused(create, cast, **fields)
    assert error.field == field
    assert message in error.message


# ---------------------------------------------------------------------------------- member_create


def test_the_admin_creates_a_pic_who_can_sign_in(cast):
    membership = create_member(cast)
    stored = Membership.objects.select_related("user").get(pk=membership.pk)
    assert (stored.agency, stored.unit, stored.roles) == (cast.agency, cast.unit, ["pic"])
    assert stored.user.username == "pic-inspektorat"
    assert stored.user.check_password(PASSWORD)
    assert not stored.user.is_staff and not stored.user.is_superuser


def test_the_full_name_is_split_at_the_first_space(cast):
    user = create_member(cast, full_name="Rina Maharani Siregar").user
    assert (user.first_name, user.last_name) == ("Rina", "Maharani Siregar")
    single = create_member(cast, username="sukarni", full_name="Sukarni").user
    assert (single.first_name, single.last_name) == ("Sukarni", "")


def test_roles_are_stored_once_each_in_a_fixed_order(cast):
    membership = create_member(cast, roles=["pic", "koordinator", "pic"])
    assert Membership.objects.get(pk=membership.pk).roles == ["koordinator", "pic"]


def test_an_external_assessor_belongs_to_no_agency(cast):
    membership = create_member(
        cast, username="asesor-baru", agency=None, unit=None, roles=[Role.EXTERNAL_ASSESSOR.value]
    )
    assert (membership.agency, membership.unit) == (None, None)


def test_creating_a_member_is_audited_with_roles_and_unit_but_never_the_password(cast):
    membership = create_member(cast)
    event = AuditEvent.objects.get(action="membership.create")
    assert (event.actor, event.agency, event.summary) == (
        cast.admin,
        cast.agency,
        "pic-inspektorat",
    )
    assert event.object_id == str(membership.pk)
    assert event.data == {"roles": ["pic"], "unit": cast.unit.pk}
    assert PASSWORD not in f"{event.summary} {event.data}"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"username": "pic-kominfo"}, "username"),  # the cast's PIC
        ({"username": "pic baru"}, "username"),
        ({"username": ""}, "username"),
        ({"full_name": "Nama " + "sangat panjang " * 12}, "last_name"),
        ({"roles": ["superadmin"]}, "roles"),
        ({"agency": None, "unit": None, "roles": ["koordinator"]}, "agency"),
        ({"unit": None, "roles": ["pic"]}, "unit"),
    ],
    ids=[
        "a username taken",
        "a username with a space",
        "no username",
        "a name too long",
        "an unknown role",
        "agency roles without an agency",
        "a PIC without a unit",
    ],
)
def test_a_bad_member_is_refused_on_its_field_and_no_user_is_created(cast, fields, field):
    error = refused(create_member, cast, **fields)
    assert error.field == field


def test_a_taken_username_is_refused_in_words_the_admin_can_act_on(cast):
    error = refused(create_member, cast, username=cast.pic.username)
    assert error.message == "This username is taken."


def test_a_unit_of_another_agency_is_refused(cast):
    foreign = cast.other_agency.units.get()
    error = refused(create_member, cast, unit=foreign)
    assert (error.field, error.message) == ("unit", "The unit must belong to the user's agency.")


# --------------------------------------------------------------------------------- who may write


@pytest.mark.parametrize("create", [create_agency, create_unit, create_member])
def test_nobody_but_the_admin_writes_not_even_a_koordinator_of_the_agency(cast, create):
    before = organisation_rows()
    for user in cast.everyone_but(cast.admin):
        with pytest.raises(PermissionDenied):
            create(cast, user)
    assert organisation_rows() == before


# ----------------------------------------------------------------------------- validate_membership
# The rule alone, on unsaved rows: it reads nothing from the database.

HOME = Agency(pk=1, name="Kota Satu", slug="satu", kind="kota")
ABROAD = Agency(pk=2, name="Kota Dua", slug="dua", kind="kota")
HOME_UNIT = Unit(pk=10, agency_id=1, name="Kominfo", short_name="Kominfo", slug="kominfo")


@pytest.mark.parametrize(
    ("agency", "unit", "roles"),
    [
        (HOME, None, ["koordinator"]),
        (HOME, HOME_UNIT, ["pic"]),
        (HOME, HOME_UNIT, ["koordinator", "pic"]),
        (HOME, None, ["pimpinan", "asesor_internal"]),
        (None, None, ["asesor_eksternal"]),
        (None, None, []),
    ],
)
def test_a_membership_within_the_rules_passes(agency, unit, roles):
    validate_membership(agency=agency, unit=unit, roles=roles)


@pytest.mark.parametrize(
    ("agency", "unit", "roles", "field"),
    [
        (HOME, None, ["admin"], "roles"),
        (None, None, ["pimpinan"], "agency"),
        (None, None, ["asesor_eksternal", "asesor_internal"], "agency"),
        (HOME, None, ["pic"], "unit"),
        (ABROAD, HOME_UNIT, ["pic"], "unit"),
        (None, HOME_UNIT, ["asesor_eksternal"], "unit"),
    ],
)
def test_a_membership_against_the_rules_names_the_field_to_correct(agency, unit, roles, field):
    with pytest.raises(ActionRefused) as error:
        validate_membership(agency=agency, unit=unit, roles=roles)
    assert error.value.field == field
