"""The admin takes no number: every number a person types goes through the one parser of the
scoring values (``spbe.scoring.values.parse_number``, through the pages, the imports and the
API), and the admin, whose forms are Django's own, would take ``٣`` or ``1e0`` in an
``IntegerField``. Today every model with a number is read-only there (the catalogue, the task
results); a new admin form with a number field fails here, with the field to route through the
parser instead."""

from __future__ import annotations

import pytest
from django import forms
from django.contrib import admin
from django.test import RequestFactory

from tests.cast import make_cast

pytestmark = [pytest.mark.django_db, pytest.mark.dates]

NUMBER_FIELDS = (forms.IntegerField, forms.DecimalField, forms.FloatField)


def test_no_admin_form_that_the_installation_admin_may_save_has_a_number_field():
    cast = make_cast()
    request = RequestFactory().get("/admin/")
    request.user = cast.admin
    writable_numbers = []
    for model, model_admin in admin.site._registry.items():
        if not (
            model_admin.has_add_permission(request) or model_admin.has_change_permission(request)
        ):
            continue
        form = model_admin.get_form(request)
        writable_numbers += [
            f"{model._meta.label}.{name}"
            for name, field in form.base_fields.items()
            if isinstance(field, NUMBER_FIELDS)
        ]
    assert writable_numbers == []


def test_the_catalogue_and_the_task_results_are_read_only_in_the_admin():
    cast = make_cast()
    request = RequestFactory().get("/admin/")
    request.user = cast.admin
    from django_tasks_db.models import DBTaskResult

    from spbe.catalog.models import CatalogItem, Indicator

    for model in (Indicator, CatalogItem, DBTaskResult):
        model_admin = admin.site._registry[model]
        assert not model_admin.has_change_permission(request)
        assert not model_admin.has_add_permission(request)
