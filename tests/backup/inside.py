"""Code the backup tests run inside an installation of their own (``spbe shell -c``), as its
server would: it fills the installation, counts its rows, and tries a token. Each function
prints one JSON value on standard output."""

from __future__ import annotations

import json

import time_machine
from django.db import connection
from django.utils import timezone

from spbe.api.token_selectors import token_presented
from tests.archive.builders import busy
from tests.cast import make_cast
from tests.clock import on_cast_day


def fill() -> None:
    """The shared cast with claims, two versions of a document, a plan, an API token and the
    Koordinator's authenticator app (its secret sealed under the field key); print the token's
    text."""
    with on_cast_day():
        busy(make_cast())
        from tests.api.helpers import token_for

        cast_user = _user("koordinator")
        _enrol_two_factor(cast_user)
        print(json.dumps(token_for(cast_user, scope="read", name="cadangan")))


def counts() -> None:
    """The number of rows of every table."""
    with connection.cursor() as cursor:
        found = {}
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            found[table] = cursor.fetchone()[0]
    print(json.dumps(found))


def token_works(text: str) -> None:
    """Whether the API would take this token (on the cast's day, when it is not expired)."""
    with on_cast_day():
        token = token_presented(text, now=timezone.now())
    print(json.dumps(token is not None and token.user.username == "koordinator"))


def _enrol_two_factor(user: object) -> None:
    import pyotp

    from spbe.accounts import two_factor

    device = two_factor.enrolment_begin(user=user)  # type: ignore[arg-type]
    # The clock stands still while the code is made and checked, so both fall in one step.
    with time_machine.travel(timezone.now(), tick=False):
        code = pyotp.TOTP(two_factor.device_secret(device)).at(timezone.now())
        two_factor.enrolment_confirm(user=user, code=code)  # type: ignore[arg-type]


def two_factor_secret() -> None:
    """The Koordinator's TOTP secret as this installation opens it (None if no key opens it)."""
    from spbe.accounts import two_factor
    from spbe.core.sealed_text import SealBroken

    device = two_factor.confirmed_device(_user("koordinator"))
    try:
        print(json.dumps(two_factor.device_secret(device) if device else None))
    except SealBroken:
        print(json.dumps(None))


def _user(username: str) -> object:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


def fill_again() -> None:
    """Whether a new row can be written after a restore (its id is not taken already)."""
    from spbe.organizations.models import Agency

    agency = Agency.objects.create(name="Kota Baru", slug="kota-baru", kind="kota", province="Bali")
    print(json.dumps(agency.pk is not None))
