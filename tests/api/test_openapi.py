"""The OpenAPI document and the docs: served in production to a signed-in user or a token,
401 to anyone else; every operation documents its errors in the one shape."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest
from django.test import Client
from ninja import Schema

import spbe.api
from tests.api.helpers import bearer, token_for
from tests.cast import PASSWORD

pytestmark = pytest.mark.dates


def test_the_document_is_openapi_3_1_and_lists_every_endpoint(cast, settings):
    settings.DEBUG = False
    response = Client().get("/api/v1/openapi.json", **bearer(token_for(cast.pic)))
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.1")
    assert {
        "/api/v1/me",
        "/api/v1/frameworks",
        "/api/v1/evaluations",
        "/api/v1/evaluations/{evaluation_id}",
        "/api/v1/evaluations/{evaluation_id}/scores",
    } <= set(document["paths"])


def test_the_docs_are_served_to_a_signed_in_user_in_production(cast, settings):
    settings.DEBUG = False
    client = Client()
    client.login(username="pic-kominfo", password=PASSWORD)
    assert client.get("/api/v1/docs").status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/openapi.json", "/api/v1/docs"])
def test_anyone_else_gets_401_in_the_error_shape(cast, path):
    response = Client().get(path)
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert Client().get(path, HTTP_AUTHORIZATION="Bearer spbe_zzzzzzzz_x").status_code == 401


def test_every_operation_requires_a_token_or_a_session(cast):
    document = Client().get("/api/v1/openapi.json", **bearer(token_for(cast.pic))).json()
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            assert operation.get("security"), (method, path)


def test_no_two_schemas_of_the_api_share_a_name():
    """The OpenAPI document names each schema by its class name: a second class of the same
    name would silently replace the first one's description there."""
    by_name: dict[str, set[type]] = {}
    for module_info in pkgutil.iter_modules(spbe.api.__path__):
        module = importlib.import_module(f"spbe.api.{module_info.name}")
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, Schema) and value.__module__.startswith("spbe.api."):
                by_name.setdefault(value.__name__, set()).add(value)
    assert {name: classes for name, classes in by_name.items() if len(classes) > 1} == {}
