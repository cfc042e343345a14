"""A refused action (``core.errors``, ``core.refusals``): the page again, with the reason, under
422 for a broken rule, 403 for a role or scope that does not allow it, 409 for a stale write."""

from __future__ import annotations

import pytest
from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory

from spbe.core import refusals
from spbe.core.errors import ActionRefused, NotAllowed, StaleVersion


class TargetForm(forms.Form):
    target = forms.CharField()


@pytest.fixture
def rendered(monkeypatch):
    """What ``render_refused`` hands to the template: the template, the context, the status."""
    calls: list[tuple[str, dict, int]] = []

    def render(request, template, context, status):
        calls.append((template, context, status))
        return HttpResponse(status=status)

    monkeypatch.setattr(refusals, "render", render)
    return calls


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (ActionRefused("Target di luar skala."), 422),
        (NotAllowed("Hanya koordinator."), 403),
        (StaleVersion("Sudah diubah orang lain."), 409),
    ],
)
def test_each_kind_of_refusal_has_its_status_and_none_is_200(rendered, error, status):
    response = refusals.render_refused(RequestFactory().post("/"), "page.html", {}, error)
    assert refusals.refusal_status(error) == status
    assert response.status_code == status
    assert rendered[0][1]["refusal"] == error.message


def test_the_reason_goes_on_the_field_it_names_keeping_what_the_user_typed(rendered):
    form = TargetForm(data={"target": "7,5"})
    form.is_valid()
    error = ActionRefused("Target di luar skala 1–5.", field="target")
    refusals.render_refused(RequestFactory().post("/"), "page.html", {"failed_form": form}, error)
    assert form.errors["target"] == ["Target di luar skala 1–5."]
    assert form["target"].value() == "7,5"


def test_a_field_the_form_does_not_have_leaves_the_form_alone(rendered):
    form = TargetForm(data={"target": "3"})
    form.is_valid()
    error = ActionRefused("Unit tidak dikenal.", field="lead_unit")
    refusals.render_refused(RequestFactory().post("/"), "page.html", {"failed_form": form}, error)
    assert form.errors == {}
    assert rendered[0][1]["refusal"] == "Unit tidak dikenal."


def test_a_refusal_without_a_field_is_said_on_the_page_only(rendered):
    form = TargetForm(data={"target": "3"})
    form.is_valid()
    refusals.render_refused(
        RequestFactory().post("/"), "page.html", {"failed_form": form}, ActionRefused("Tidak.")
    )
    assert form.errors == {}


def test_not_allowed_is_a_permission_denied_too_so_an_unrendered_one_still_answers_403():
    error = NotAllowed("Hanya koordinator.")
    assert isinstance(error, PermissionDenied) and isinstance(error, ActionRefused)
    assert error.message == str(error) == "Hanya koordinator."


def test_a_stale_version_is_a_refusal_that_names_its_field_like_any_other():
    error = StaleVersion("Sudah diubah.", field="version")
    assert (error.message, error.field) == ("Sudah diubah.", "version")
    assert not isinstance(error, PermissionDenied)
