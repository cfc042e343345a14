"""Assigning indicators to units tells the units' PICs, once per person per save."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from spbe.core.errors import ActionRefused
from spbe.evaluations.events import ASSIGNED
from spbe.evaluations.services import assignments_update
from spbe.notifications.models import Delivery, DeliveryStatus, Notification, WhatsAppNumber
from spbe.organizations.models import Membership, Role, Unit
from tests.cast import make_user
from tests.notifications.events_helpers import inbox_rows, only_row, recipients

pytestmark = pytest.mark.dates


def assign(cast, assignments, *, by=None):
    return assignments_update(
        actor=cast.actor(by or cast.coordinator),
        evaluation=cast.evaluation,
        assignments=assignments,
    )


def test_a_table_saved_at_once_gives_each_pic_one_message_listing_what_is_new(cast):
    second_pic = make_user("pic-bappeda-2", cast.agency, cast.other_unit, Role.UNIT_PIC)
    assert (
        assign(
            cast,
            {
                4: (cast.other_unit.pk, set()),
                5: (cast.other_unit.pk, set()),
                6: (cast.unit.pk, {cast.other_unit.pk}),
            },
        )
        == 3
    )
    assert recipients() == {cast.other_pic.username, second_pic.username}
    message = only_row(cast.other_pic, ASSIGNED)
    assert message.link == reverse("evaluations:mine")
    assert message.agency == cast.agency
    lines = message.body.splitlines()
    assert len(lines) == 3 and [line.split(".")[0] for line in lines] == ["- 4", "- 5", "- 6"]
    with translation.override(settings.LANGUAGE_CODE):
        assert lines[0].endswith(f"({gettext('lead')})")
        assert lines[2].endswith(f"({gettext('supporting')})")
        assert message.title == gettext(
            "%(evaluation)s: %(count)s indicator(s) assigned to %(unit)s"
        ) % {"evaluation": "Indeks SPBE 2026", "count": 3, "unit": "Bappeda"}


def test_one_new_indicator_links_to_its_page(cast):
    assign(cast, {4: (cast.other_unit.pk, set())})
    message = only_row(cast.other_pic, ASSIGNED)
    assert message.link == reverse("evaluations:indicator", args=[cast.evaluation.pk, 4])
    assert message.body.startswith("- 4. ")


def test_resaving_unchanged_assignments_notifies_nobody(cast):
    assign(cast, {4: (cast.other_unit.pk, set())})
    Notification.objects.all().delete()
    assign(cast, {4: (cast.other_unit.pk, set()), 1: (cast.unit.pk, set())})
    assert recipients() == set()


def test_a_unit_that_stops_leading_is_not_told_and_the_new_lead_is(cast):
    # Indicator 2: Bappeda leads, Kominfo supports; the roles swap.
    assign(cast, {2: (cast.unit.pk, {cast.other_unit.pk})})
    assert recipients() == {cast.pic.username}
    assert inbox_rows(ASSIGNED)[cast.pic.username][0].body.startswith("- 2. ")


def test_the_actor_who_is_also_a_pic_of_the_unit_is_not_told(cast):
    Membership.objects.filter(user=cast.coordinator).update(
        roles=[Role.COORDINATOR.value, Role.UNIT_PIC.value]
    )
    assign(cast, {3: (cast.other_unit.pk, {cast.unit.pk})})
    assert recipients() == {cast.pic.username}


def test_pics_of_another_agency_and_inactive_pics_get_nothing(cast):
    stranger_unit = Unit.objects.get(agency=cast.other_agency)
    make_user("pic-lain", cast.other_agency, stranger_unit, Role.UNIT_PIC)
    cast.other_pic.is_active = False
    cast.other_pic.save()
    assign(cast, {4: (cast.other_unit.pk, set())})
    assert recipients() == set()


def test_a_refused_save_notifies_nobody(cast):
    stranger_unit = Unit.objects.get(agency=cast.other_agency)
    with pytest.raises(ActionRefused):
        assign(cast, {4: (cast.other_unit.pk, set()), 5: (stranger_unit.pk, set())})
    assert Notification.objects.count() == 0


def test_a_rolled_back_save_notifies_nobody(cast):
    with pytest.raises(RuntimeError), transaction.atomic():
        assign(cast, {4: (cast.other_unit.pk, set())})
        assert recipients() == {cast.other_pic.username}
        raise RuntimeError("the caller's transaction fails")
    assert Notification.objects.count() == 0


def test_the_whatsapp_delivery_is_queued_not_sent(cast, whatsapp_on):
    WhatsAppNumber.objects.create(user=cast.other_pic, number="6281234567890")
    assign(cast, {4: (cast.other_unit.pk, set())})
    delivery = Delivery.objects.get(notification__recipient=cast.other_pic, channel="whatsapp")
    assert delivery.status == DeliveryStatus.QUEUED and delivery.attempts == 0


def test_a_long_list_names_ten_indicators_and_counts_the_rest(cast):
    assign(cast, {number: (cast.other_unit.pk, set()) for number in range(4, 16)})
    lines = only_row(cast.other_pic, ASSIGNED).body.splitlines()
    assert len(lines) == 11 and lines[9].startswith("- 13. ")
    with translation.override(settings.LANGUAGE_CODE):
        assert lines[10] == gettext("… and %(count)s more.") % {"count": 2}
