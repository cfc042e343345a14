"""Writing the audit log (``audit_record``): what one event stores, who did it, for which agency."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import transaction

from spbe.audit.models import AuditEvent
from spbe.audit.services import TOKEN_ATTRIBUTE, AuditEntry, audit_record, audit_record_many
from spbe.organizations.models import Agency, Role, Unit
from tests.cast import make_user
from tests.clock import CAST_DAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def agency() -> Agency:
    return Agency.objects.create(name="Kota Audit", slug="kota-audit", kind="kota", province="Bali")


@pytest.fixture
def other_agency() -> Agency:
    return Agency.objects.create(name="Kabupaten Lain", slug="kab-lain", kind="kabupaten")


@pytest.fixture
def coordinator(agency):
    return make_user("koordinator-audit", agency, None, Role.COORDINATOR)


def test_an_event_stores_who_what_for_which_agency_and_when(time_machine, agency, coordinator):
    time_machine.move_to(CAST_DAY, tick=False)
    unit = Unit.objects.create(agency=agency, name="Bappeda", short_name="Bappeda", slug="bappeda")
    event = audit_record(
        actor=coordinator,
        action="unit.create",
        target=unit,
        agency=agency,
        summary="Bappeda",
        data={"slug": "bappeda"},
    )
    stored = AuditEvent.objects.get()
    assert stored == event
    assert (stored.actor, stored.agency, stored.action) == (coordinator, agency, "unit.create")
    assert (stored.object_type, stored.object_id) == ("organizations.unit", str(unit.pk))
    assert (stored.summary, stored.data) == ("Bappeda", {"slug": "bappeda"})
    assert stored.at == CAST_DAY


def test_a_change_that_is_not_one_row_is_named_by_its_reference(coordinator):
    audit_record(
        actor=coordinator,
        action="benchmarks.import",
        target=None,
        object_ref=("benchmarks.import", "spbe-results.csv"),
        summary="spbe-results.csv: +3 ~0",
    )
    event = AuditEvent.objects.get()
    assert (event.object_type, event.object_id) == ("benchmarks.import", "spbe-results.csv")
    assert event.agency is None


def test_a_row_given_as_the_target_wins_over_a_reference(agency, coordinator):
    audit_record(
        actor=coordinator,
        action="agency.create",
        target=agency,
        object_ref=("elsewhere", "1"),
        summary=agency.name,
    )
    event = AuditEvent.objects.get()
    assert (event.object_type, event.object_id) == ("organizations.agency", str(agency.pk))


@pytest.mark.parametrize("actor", [None, AnonymousUser()], ids=["the system", "anonymous"])
def test_a_change_without_a_signed_in_person_is_recorded_without_an_actor(agency, actor):
    audit_record(actor=actor, action="benchmarks.auto_confirm", target=agency, summary="x")
    assert AuditEvent.objects.get().actor is None


def test_a_long_summary_is_cut_to_the_columns_length_and_the_event_is_still_recorded(
    agency, coordinator
):
    audit_record(actor=coordinator, action="agency.create", target=agency, summary="x" * 400)
    assert AuditEvent.objects.get().summary == "x" * 300


def test_an_event_without_details_stores_an_empty_mapping(agency, coordinator):
    audit_record(actor=coordinator, action="agency.create", target=agency, summary="", data=None)
    assert AuditEvent.objects.get().data == {}


def test_an_event_belongs_to_the_agency_it_is_given_and_to_no_other(
    agency, other_agency, coordinator
):
    audit_record(
        actor=coordinator, action="agency.create", target=agency, agency=agency, summary=""
    )
    audit_record(actor=None, action="agency.create", target=other_agency, summary="")
    assert list(AuditEvent.objects.filter(agency=agency).values_list("object_id", flat=True)) == [
        str(agency.pk)
    ]
    assert not AuditEvent.objects.filter(agency=other_agency).exists()


def test_the_trail_outlives_the_agency_it_describes(other_agency):
    audit_record(
        actor=None,
        action="agency.create",
        target=other_agency,
        agency=other_agency,
        summary="Kabupaten Lain",
    )
    pk = other_agency.pk
    other_agency.delete()
    event = AuditEvent.objects.get()
    assert event.agency is None
    assert (event.object_id, event.summary) == (str(pk), "Kabupaten Lain")


def test_the_trail_outlives_the_person_who_acted(agency, coordinator):
    audit_record(actor=coordinator, action="agency.create", target=agency, summary="")
    coordinator.delete()
    assert AuditEvent.objects.get().actor is None


def test_an_event_is_undone_with_the_change_it_records(agency, coordinator):
    with pytest.raises(RuntimeError), transaction.atomic():
        audit_record(actor=coordinator, action="agency.create", target=agency, summary="")
        raise RuntimeError("the change failed after the event was written")
    assert not AuditEvent.objects.exists()


def test_the_log_reads_newest_first_and_in_recording_order_within_one_moment(
    time_machine, agency, coordinator
):
    time_machine.move_to(CAST_DAY, tick=False)
    for action in ("first", "second"):
        audit_record(actor=coordinator, action=action, target=agency, summary="")
    time_machine.move_to(CAST_DAY + datetime.timedelta(minutes=1), tick=False)
    audit_record(actor=coordinator, action="later", target=agency, summary="")
    assert list(AuditEvent.objects.values_list("action", flat=True)) == [
        "later",
        "second",
        "first",
    ]


def test_a_change_made_through_the_api_names_the_token_it_came_with(agency, coordinator):
    setattr(coordinator, TOKEN_ATTRIBUTE, "satu-data")
    event = audit_record(
        actor=coordinator, action="unit.create", target=agency, agency=agency, summary="x"
    )
    (batched,) = audit_record_many(
        actor=coordinator,
        agency=agency,
        entries=[AuditEntry("unit.create", agency, "y", {"unit": 1})],
    )
    assert event.data == {"token": "satu-data"}
    assert batched.data == {"unit": 1, "token": "satu-data"}


def test_a_change_made_in_the_pages_names_no_token(agency, coordinator):
    event = audit_record(
        actor=coordinator, action="unit.create", target=agency, agency=agency, summary="x"
    )
    assert "token" not in event.data
