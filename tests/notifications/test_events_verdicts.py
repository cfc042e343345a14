"""The assessor's verdict on an item: revisi tells the unit's PICs with the note; diterima
tells them and the Koordinator."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from spbe.evaluations.events import ITEM_ACCEPTED, ITEM_REVISION
from spbe.notifications.models import Notification
from tests.evaluations.pemdi_helpers import give_verdict, item
from tests.notifications.events_helpers import only_row, recipients

pytestmark = pytest.mark.dates

CODE = "I1-L1-01"  # indicator 1, led by Kominfo (the cast's unit)


def verdict(cast, status, *, note="Dokumen belum ditandatangani.", who=None, code=CODE):
    return give_verdict(cast, code, status, note=note, who=who)


def item_link(cast, number, code):
    return reverse("evaluations:indicator", args=[cast.evaluation.pk, number]) + f"#item-{code}"


def test_revisi_tells_the_lead_units_pic_with_the_assessors_note(pemdi):
    verdict(pemdi, "revisi")
    assert recipients() == {pemdi.pic.username}
    message = only_row(pemdi.pic, ITEM_REVISION)
    assert "Dokumen belum ditandatangani." in message.body
    assert message.link == item_link(pemdi, 1, CODE)
    assert CODE in message.title


def test_diterima_tells_the_lead_units_pic_and_the_koordinator(pemdi):
    verdict(pemdi, "diterima", note="Sesuai")
    assert recipients() == {pemdi.pic.username, pemdi.coordinator.username}
    assert only_row(pemdi.coordinator, ITEM_ACCEPTED).link == item_link(pemdi, 1, CODE)
    assert "Sesuai" in only_row(pemdi.pic, ITEM_ACCEPTED).body


def test_the_same_verdict_given_again_tells_nobody_again(pemdi):
    verdict(pemdi, "diterima")
    verdict(pemdi, "diterima")
    assert Notification.objects.count() == 2


def test_an_item_of_another_units_indicator_tells_that_units_pic(pemdi):
    code = item(pemdi, CODE).code.replace("I1-", "I3-")  # indicator 3: Bappeda leads
    verdict(pemdi, "revisi", code=code)
    assert recipients() == {pemdi.other_pic.username}


def test_a_refused_verdict_notifies_nobody(pemdi):
    with pytest.raises(PermissionDenied):
        verdict(pemdi, "diterima", who=pemdi.unassigned_assessor)
    assert Notification.objects.count() == 0
