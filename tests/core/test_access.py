"""The vocabulary of the access rules: a decision, ``require``, and the status of a refusal."""

import pytest
from django.core.exceptions import PermissionDenied

from spbe.core.access import ALLOWED, Decision, refuse, require
from spbe.core.errors import ActionRefused, NotAllowed, StaleVersion
from spbe.core.refusals import refusal_status


def test_a_decision_is_truthy_only_when_it_allows():
    assert ALLOWED and ALLOWED.allowed and ALLOWED.reason == ""
    refused = refuse("Hanya koordinator.")
    assert not refused
    assert refused == Decision(False, "Hanya koordinator.")


def test_require_passes_an_allowing_decision_and_raises_the_reason_of_a_refusal():
    require(ALLOWED)
    with pytest.raises(NotAllowed) as raised:
        require(refuse("Hanya koordinator."))
    assert raised.value.message == "Hanya koordinator."


def test_not_allowed_is_both_a_refusal_and_a_permission_error():
    """Views that render refusals show it on their page; the rest get Django's 403 page."""
    error = NotAllowed("Hanya koordinator.")
    assert isinstance(error, ActionRefused) and isinstance(error, PermissionDenied)
    assert str(error) == "Hanya koordinator."


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (ActionRefused("Isian salah."), 422),
        (NotAllowed("Tidak boleh."), 403),
        (StaleVersion("Sudah diubah orang lain."), 409),
    ],
)
def test_each_kind_of_refusal_has_its_status(error, status):
    assert refusal_status(error) == status
