"""``spbe token create`` prints only the token; ``spbe token revoke`` takes its prefix; a
refusal is one line and status 2."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from spbe.api.models import ApiToken
from spbe.api.token_selectors import token_presented

pytestmark = pytest.mark.dates


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("token", *args, stdout=out, stderr=err)
    return out.getvalue().strip(), err.getvalue().strip()


def test_create_prints_only_a_working_token(cast):
    out, err = run("create", "koordinator", "--name", "Otomasi", "--scope", "write", "--days", "7")
    assert out.startswith("spbe_") and "\n" not in out and err == ""
    token = token_presented(out, now=timezone.now())
    assert token is not None
    assert (token.user, token.scope, token.name) == (cast.coordinator, "write", "Otomasi")


def test_revoke_takes_the_prefix_with_or_without_spbe(cast):
    out, _err = run("create", "koordinator", "--name", "A", "--scope", "read")
    prefix = ApiToken.objects.get().prefix
    _out, err = run("revoke", f"spbe_{prefix}")
    assert prefix in err
    assert token_presented(out, now=timezone.now()) is None
    _out, err = run("revoke", prefix)
    assert "already" in err or "sudah" in err


@pytest.mark.parametrize(
    "args",
    [
        ("create", "tidak-ada", "--name", "A", "--scope", "read"),
        ("create", "koordinator", "--name", "A", "--scope", "read", "--days", "999"),
        ("create", "koordinator", "--name", " ", "--scope", "read"),
        ("revoke", "zzzzzzzz"),
    ],
)
def test_a_refusal_is_a_command_error_with_status_2_and_changes_nothing(cast, args):
    with pytest.raises(CommandError) as refused:
        run(*args)
    assert refused.value.returncode == 2
    assert not ApiToken.objects.exists()
