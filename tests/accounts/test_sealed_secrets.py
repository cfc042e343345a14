"""The TOTP secrets are sealed at rest (issue 15): the database holds no secret in clear, the
migration seals the rows it finds, and a key rotation keeps every user's app working."""

from __future__ import annotations

import io

import pyotp
import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from spbe.accounts import two_factor
from spbe.accounts.models import TwoFactorDevice
from spbe.core.sealed_text import SealBroken, seal, unseal
from tests.clock import CAST_DAY

pytestmark = pytest.mark.django_db(transaction=True)

OLD_KEY = "o" * 40
NEW_KEY = "n" * 40


@pytest.fixture(autouse=True)
def _still_clock(time_machine):
    """The clock stands still on the cast's day: a code made by the test is checked in the
    same 30-second step, whatever the real clock says."""
    time_machine.move_to(CAST_DAY, tick=False)


@pytest.fixture
def sari():
    return get_user_model().objects.create_user(username="sari", password="kata-sandi-uji")


def raw_secret_column(user_id: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sealed_secret FROM accounts_twofactordevice WHERE user_id = %s", [user_id]
        )
        return str(cursor.fetchone()[0])


def right_code(user) -> str:
    secret = two_factor.device_secret(TwoFactorDevice.objects.get(user=user))
    return pyotp.TOTP(secret).at(timezone.now())


def test_the_database_holds_the_secret_only_sealed(sari) -> None:
    device = two_factor.enrolment_begin(user=sari)
    secret = two_factor.device_secret(device)
    column = raw_secret_column(sari.pk)
    assert len(secret) == 32 and secret not in column
    assert pyotp.TOTP(secret).now() not in column


def test_a_secret_sealed_under_another_key_is_not_opened(settings) -> None:
    settings.SPBE_FIELD_KEY = OLD_KEY
    token = seal("JBSWY3DPEHPK3PXP")
    settings.SPBE_FIELD_KEY = NEW_KEY
    with pytest.raises(SealBroken):
        unseal(token)


def test_a_key_rotation_keeps_the_users_codes_working(settings, sari) -> None:
    settings.SPBE_FIELD_KEY = OLD_KEY
    two_factor.enrolment_begin(user=sari)
    two_factor.enrolment_confirm(user=sari, code=right_code(sari))
    secret = two_factor.device_secret(TwoFactorDevice.objects.get(user=sari))
    settings.SPBE_FIELD_KEY, settings.SPBE_FIELD_OLD_KEYS = NEW_KEY, [OLD_KEY]
    call_command("two_factor_rekey", stdout=io.StringIO())
    settings.SPBE_FIELD_OLD_KEYS = []  # the old key removed once every secret is sealed again
    assert two_factor.device_secret(TwoFactorDevice.objects.get(user=sari)) == secret


def test_the_rekey_names_a_secret_no_key_opens_and_fails(settings, sari) -> None:
    settings.SPBE_FIELD_KEY = OLD_KEY
    two_factor.enrolment_begin(user=sari)
    settings.SPBE_FIELD_KEY = NEW_KEY
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("two_factor_rekey", stdout=out)
    assert "sari" in out.getvalue()


def test_a_code_is_refused_not_a_crash_when_no_key_opens_the_secret(settings, sari) -> None:
    settings.SPBE_FIELD_KEY = OLD_KEY
    two_factor.enrolment_begin(user=sari)
    code = right_code(sari)
    settings.SPBE_FIELD_KEY = NEW_KEY
    with pytest.raises(two_factor.TwoFactorError):
        two_factor.enrolment_confirm(user=sari, code=code)


def test_the_migration_seals_the_secrets_stored_in_clear() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate([("accounts", "0004_two_factor")])
    old_apps = executor.loader.project_state([("accounts", "0004_two_factor")]).apps
    user = old_apps.get_model("accounts", "User").objects.create(username="lama")
    old_apps.get_model("accounts", "TwoFactorDevice").objects.create(
        user=user, secret="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    )
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    device = TwoFactorDevice.objects.get(user_id=user.pk)
    assert "JBSWY3DP" not in raw_secret_column(user.pk)
    assert two_factor.device_secret(device) == "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_moving_to_a_dedicated_key_keeps_the_secret_derived_from_secret_key_readable_when_named(
    settings,
) -> None:
    settings.SPBE_FIELD_KEY = ""
    token = seal("JBSWY3DPEHPK3PXP")  # under the key derived from SECRET_KEY
    settings.SPBE_FIELD_KEY = NEW_KEY
    with pytest.raises(SealBroken):
        unseal(token)
    settings.SPBE_FIELD_OLD_KEYS = ["SECRET_KEY"]
    assert unseal(token) == "JBSWY3DPEHPK3PXP"


def test_an_enrolment_waiting_under_a_lost_key_starts_again_with_a_new_secret(
    settings, sari
) -> None:
    settings.SPBE_FIELD_KEY = OLD_KEY
    two_factor.enrolment_begin(user=sari)
    settings.SPBE_FIELD_KEY = NEW_KEY
    device = two_factor.enrolment_begin(user=sari)
    assert len(two_factor.readable_secret(device).replace(" ", "")) == 32
    two_factor.enrolment_confirm(user=sari, code=right_code(sari))
    assert two_factor.has_two_factor(sari)
