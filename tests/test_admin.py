"""The installation admin creates agencies, units and users with roles in the admin pages."""

import pytest
from django.contrib.auth import get_user_model

from spbe.audit.models import AuditEvent
from spbe.organizations.models import Agency, Membership, Unit

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    get_user_model().objects.create_superuser(username="root", password="kata-sandi-uji")
    client.login(username="root", password="kata-sandi-uji")
    return client


def test_the_admin_creates_an_agency_with_its_units(admin_client):
    response = admin_client.post(
        "/admin/organizations/agency/add/",
        {
            "name": "Kabupaten Simalungun",
            "slug": "simalungun",
            "kind": "kabupaten",
            "province": "Sumatera Utara",
            "units-TOTAL_FORMS": "1",
            "units-INITIAL_FORMS": "0",
            "units-0-name": "Dinas Komunikasi dan Informatika",
            "units-0-short_name": "Kominfo",
            "units-0-slug": "kominfo",
        },
    )
    assert response.status_code == 302
    agency = Agency.objects.get(slug="simalungun")
    assert agency.units.get().short_name == "Kominfo"
    assert AuditEvent.objects.filter(action="agency.create").exists()


def membership_post(agency, unit, roles):
    return {
        "username": "pic-baru",
        "password1": "Sandi-Rahasia-2026",
        "password2": "Sandi-Rahasia-2026",
        "usable_password": "true",
        "membership-TOTAL_FORMS": "1",
        "membership-INITIAL_FORMS": "0",
        "membership-MIN_NUM_FORMS": "0",
        "membership-MAX_NUM_FORMS": "1",
        "membership-0-agency": str(agency.pk),
        "membership-0-unit": str(unit.pk) if unit else "",
        "membership-0-roles": roles,
    }


def test_the_admin_creates_a_pic_of_a_unit(admin_client):
    agency = Agency.objects.create(name="Kota A", slug="kota-a", kind="kota", province="Aceh")
    unit = Unit.objects.create(agency=agency, name="Bappeda", short_name="Bappeda", slug="bappeda")
    response = admin_client.post(
        "/admin/accounts/user/add/", membership_post(agency, unit, ["pic"])
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="pic-baru")
    assert (membership.agency, membership.unit, membership.roles) == (agency, unit, ["pic"])


def test_a_pic_without_a_unit_is_refused(admin_client):
    agency = Agency.objects.create(name="Kota B", slug="kota-b", kind="kota", province="Aceh")
    response = admin_client.post(
        "/admin/accounts/user/add/", membership_post(agency, None, ["pic"])
    )
    assert response.status_code == 200  # the form is shown again with the error
    assert not get_user_model().objects.filter(username="pic-baru").exists()


def test_a_unit_of_another_agency_is_refused(admin_client):
    agency = Agency.objects.create(name="Kota C", slug="kota-c", kind="kota", province="Aceh")
    other = Agency.objects.create(name="Kota D", slug="kota-d", kind="kota", province="Aceh")
    unit = Unit.objects.create(agency=other, name="Bappeda", short_name="Bappeda", slug="bappeda")
    admin_client.post("/admin/accounts/user/add/", membership_post(agency, unit, ["pic"]))
    assert not get_user_model().objects.filter(username="pic-baru").exists()


def test_non_admins_cannot_open_the_admin(client):
    get_user_model().objects.create_user(username="biasa", password="kata-sandi-uji")
    client.login(username="biasa", password="kata-sandi-uji")
    assert client.get("/admin/organizations/agency/").status_code == 302
