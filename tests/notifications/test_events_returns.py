"""A claim returned for revision tells the lead unit's PICs, with the reviewer's note."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from spbe.core.errors import ActionRefused
from spbe.evaluations.assessment_services import assessment_return
from spbe.evaluations.events import CLAIM_RETURNED
from spbe.notifications.models import Notification
from tests.cast import make_user
from tests.evaluations.helpers import submit
from tests.notifications.events_helpers import only_row, recipients

pytestmark = pytest.mark.dates

NOTE = "Lampirkan Perwali yang sudah ditetapkan."


def give_back(cast, number, *, by, note=NOTE):
    submitted = submit(cast, number)
    return assessment_return(
        actor=cast.actor(by), assessment=submitted, version=submitted.version, note=note
    )


def test_the_lead_units_pic_gets_the_reviewers_note_and_the_indicators_link(cast):
    give_back(cast, 1, by=cast.internal_assessor)
    assert recipients() == {cast.pic.username}
    message = only_row(cast.pic, CLAIM_RETURNED)
    assert message.link == reverse("evaluations:indicator", args=[cast.evaluation.pk, 1])
    assert NOTE in message.body
    with translation.override(settings.LANGUAGE_CODE):
        assert message.title == gettext(
            "%(evaluation)s: indicator %(number)s returned for revision"
        ) % {"evaluation": "Indeks SPBE 2026", "number": 1}


def test_a_supporting_unit_and_another_agency_get_nothing(cast):
    # Indicator 2: Bappeda leads, Kominfo supports; only Bappeda's PIC answers the claim.
    give_back(cast, 2, by=cast.coordinator)
    assert recipients() == {cast.other_pic.username}


def test_the_reviewer_who_is_also_the_units_pic_is_not_told(cast):
    from spbe.organizations.models import Membership, Role

    both = make_user("koordinator-pic", cast.agency, cast.unit, Role.COORDINATOR, Role.UNIT_PIC)
    assert Membership.objects.get(user=both).has_role(Role.UNIT_PIC)
    give_back(cast, 1, by=both)
    assert recipients() == {cast.pic.username}


def test_a_refused_return_notifies_nobody(cast):
    with pytest.raises(ActionRefused):
        give_back(cast, 1, by=cast.coordinator, note="  ")
    assert Notification.objects.count() == 0
