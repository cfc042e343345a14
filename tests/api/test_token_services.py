"""Creating and revoking tokens (``api.token_services``): named, scoped, bounded in time,
for oneself only (unless the admin or the system), and audited."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from spbe.api.models import ApiToken
from spbe.api.token_selectors import token_presented
from spbe.api.token_services import token_create, token_revoke
from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, NotAllowed
from spbe.organizations.actors import SYSTEM

pytestmark = pytest.mark.dates


def create(cast, who=None, **fields):
    who = who or cast.pic
    values = {"name": "Dasbor Satu Data", "scope": "read", "days": 90} | fields
    return token_create(actor=cast.actor(who), user=who, **values)


def test_a_user_creates_a_token_for_themself_which_works_until_it_expires(cast):
    token, text = create(cast)
    assert (token.user, token.scope, token.name) == (cast.pic, "read", "Dasbor Satu Data")
    assert token.expires_at - token.created_at == pytest.approx(
        datetime.timedelta(days=90), abs=datetime.timedelta(seconds=5)
    )
    assert token_presented(text, now=timezone.now()) == token
    later = token.expires_at + datetime.timedelta(seconds=1)
    assert token_presented(text, now=later) is None


def test_the_text_is_not_stored_anywhere_in_the_row(cast):
    token, text = create(cast)
    row = ApiToken.objects.filter(pk=token.pk).values().get()
    assert not any(text in str(value) for value in row.values())


def test_creating_and_revoking_are_audited_under_the_users_agency_without_the_secret(cast):
    token, text = create(cast, scope="write", days="30")
    assert token_revoke(actor=cast.actor(cast.pic), token=token) is True
    created, revoked = AuditEvent.objects.filter(action__startswith="api_token.").order_by("id")
    assert (created.action, revoked.action) == ("api_token.create", "api_token.revoke")
    assert created.agency == cast.agency and created.actor == cast.pic
    assert created.data == {
        "prefix": token.prefix,
        "scope": "write",
        "days": 30,
        "user": cast.pic.pk,
    }
    assert all(text not in str(event.data) + event.summary for event in (created, revoked))


def test_a_revoked_token_stops_working_and_revoking_again_changes_nothing(cast):
    token, text = create(cast)
    token_revoke(actor=cast.actor(cast.pic), token=token)
    assert token_presented(text, now=timezone.now()) is None
    assert token_revoke(actor=cast.actor(cast.pic), token=token) is False
    assert AuditEvent.objects.filter(action="api_token.revoke").count() == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "x" * 101}, "name"),
        ({"scope": "admin"}, "scope"),
        ({"days": 0}, "days"),
        ({"days": 366}, "days"),
        ({"days": "sembilan puluh"}, "days"),
        ({"days": "-5"}, "days"),
    ],
)
def test_a_bad_name_scope_or_lifetime_is_refused_and_nothing_is_made(cast, fields, field):
    with pytest.raises(ActionRefused) as refused:
        create(cast, **fields)
    assert refused.value.field == field
    assert not ApiToken.objects.exists()
    assert not AuditEvent.objects.filter(action="api_token.create").exists()


def test_a_year_is_the_longest_a_token_lasts(cast):
    token, _text = create(cast, days=365)
    assert token.expires_at - token.created_at == pytest.approx(
        datetime.timedelta(days=365), abs=datetime.timedelta(seconds=5)
    )


def test_nobody_creates_or_revokes_a_token_for_someone_else_but_the_admin_and_the_system(cast):
    with pytest.raises(NotAllowed):
        token_create(
            actor=cast.actor(cast.coordinator), user=cast.pic, name="x", scope="read", days=90
        )
    token, _text = token_create(
        actor=cast.actor(cast.admin), user=cast.pic, name="otomasi", scope="read", days=90
    )
    with pytest.raises(NotAllowed):
        token_revoke(actor=cast.actor(cast.other_pic), token=token)
    assert token_revoke(actor=SYSTEM, token=token)


def test_a_deactivated_users_token_stops_working(cast):
    _token, text = create(cast)
    cast.pic.is_active = False
    cast.pic.save(update_fields=["is_active"])
    assert token_presented(text, now=timezone.now()) is None


def test_a_token_with_the_right_prefix_and_a_wrong_secret_is_not_accepted(cast):
    token, text = create(cast)
    forged = text[:-4] + ("aaaa" if not text.endswith("aaaa") else "bbbb")
    assert token_presented(forged, now=timezone.now()) is None
    assert token_presented(f"spbe_{token.prefix}_", now=timezone.now()) is None
