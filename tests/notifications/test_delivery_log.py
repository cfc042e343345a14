"""The Koordinator's delivery log: the agency's deliveries, filtered and paginated."""

import pytest
from django.urls import reverse
from django.utils import timezone

from spbe.notifications.log_views import PAGE_SIZE
from spbe.notifications.models import Channel, Delivery, DeliveryStatus, Notification
from tests.cast import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def delivered(cast, agency, recipient, *, channel=Channel.EMAIL, status=DeliveryStatus.SENT):
    notification = Notification.objects.create(
        recipient=recipient,
        agency=agency,
        kind="reminders-due",
        title="Rahasia unit",
        created_at=timezone.now(),
    )
    return Delivery.objects.create(
        notification=notification,
        channel=channel,
        status=status,
        last_error="ditolak",
        next_attempt_at=timezone.now(),
    )


def page(client, cast, user, **query):
    client.login(username=user.username, password=PASSWORD)
    return client.get(reverse("notifications:delivery_log", args=[cast.agency.pk]), query)


def rows(response):
    return [delivery.pk for delivery in response.context["deliveries"]]


def test_the_coordinator_sees_the_agencys_deliveries_and_not_anothers(client, cast):
    own = delivered(cast, cast.agency, cast.pic)
    delivered(cast, cast.other_agency, cast.outsider)
    response = page(client, cast, cast.coordinator)
    assert rows(response) == [own.pk]
    content = response.content.decode()
    assert "ditolak" in content and "Rahasia unit" not in content  # never the texts


def test_it_filters_by_status_and_channel(client, cast):
    failed = delivered(cast, cast.agency, cast.pic, status=DeliveryStatus.FAILED)
    whatsapp = delivered(cast, cast.agency, cast.pic, channel=Channel.WHATSAPP)
    delivered(cast, cast.agency, cast.other_pic)
    assert rows(page(client, cast, cast.coordinator, status="failed")) == [failed.pk]
    assert rows(page(client, cast, cast.coordinator, channel="whatsapp")) == [whatsapp.pk]
    assert len(rows(page(client, cast, cast.coordinator, status="nonsense"))) == 3


def queries_of(client, cast, django_assert_max_num_queries):
    page(client, cast, cast.coordinator)  # signs in
    with django_assert_max_num_queries(100) as captured:
        response = page(client, cast, cast.coordinator)
    return len(captured), response


def test_it_is_paginated_in_the_same_queries_for_one_row_or_a_page(
    client, cast, django_assert_max_num_queries
):
    delivered(cast, cast.agency, cast.pic)
    one, _response = queries_of(client, cast, django_assert_max_num_queries)
    for _ in range(PAGE_SIZE):
        delivered(cast, cast.agency, cast.other_pic)
    full, first = queries_of(client, cast, django_assert_max_num_queries)
    assert full == one
    assert len(rows(first)) == PAGE_SIZE
    assert len(rows(page(client, cast, cast.coordinator, page=2))) == 1


def test_the_coordinator_finds_it_in_the_navigation_and_a_pic_does_not(client, cast):
    link = reverse("notifications:delivery_log", args=[cast.agency.pk])
    assert link in page(client, cast, cast.coordinator).content.decode()
    client.login(username=cast.pic.username, password=PASSWORD)
    assert link not in client.get(reverse("evaluations:list")).content.decode()


def test_the_admin_reads_any_agencys_log(client, cast):
    delivered(cast, cast.agency, cast.pic)
    assert len(rows(page(client, cast, cast.admin))) == 1
