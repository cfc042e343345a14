"""The OpenAPI 3.0 rendering: each 3.1 construct written the 3.0 way, the API's whole document
valid OpenAPI 3.0.3, served to the same callers as the 3.1 document."""

from __future__ import annotations

import pytest
from django.test import Client
from openapi_spec_validator import OpenAPIV30SpecValidator, validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from spbe.api.openapi30 import openapi_30, schema_30
from tests.api.helpers import bearer, token_for

pytestmark = pytest.mark.dates


def test_a_type_with_null_becomes_nullable():
    assert schema_30({"type": ["string", "null"]}) == {"type": "string", "nullable": True}
    assert schema_30({"type": "null"}) == {"nullable": True}


def test_any_of_with_null_becomes_the_other_schema_nullable():
    schema = {"anyOf": [{"type": "integer", "minimum": 2000}, {"type": "null"}], "title": "Year"}
    assert schema_30(schema) == {
        "type": "integer",
        "minimum": 2000,
        "nullable": True,
        "title": "Year",
    }


def test_a_nullable_reference_is_wrapped_in_all_of():
    schema = {"anyOf": [{"$ref": "#/components/schemas/State"}, {"type": "null"}]}
    assert schema_30(schema) == {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/State"}],
    }


def test_several_alternatives_with_null_stay_any_of_and_become_nullable():
    schema = {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "null"}]}
    assert schema_30(schema) == {
        "anyOf": [{"type": "string"}, {"type": "number"}],
        "nullable": True,
    }


def test_const_becomes_enum_and_examples_become_example():
    assert schema_30({"const": "pdf", "examples": ["pdf", "docx"]}) == {
        "enum": ["pdf"],
        "example": "pdf",
    }


def test_numeric_exclusive_bounds_become_boolean_ones():
    assert schema_30({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 5}) == {
        "type": "number",
        "minimum": 0,
        "exclusiveMinimum": True,
        "maximum": 5,
        "exclusiveMaximum": True,
    }


def test_a_reference_with_siblings_and_boolean_schemas_are_written_the_30_way():
    assert schema_30({"$ref": "#/x", "description": "d"}) == {
        "allOf": [{"$ref": "#/x"}],
        "description": "d",
    }
    assert schema_30({"properties": {"a": True, "b": False}}) == {
        "properties": {"a": {}, "b": {"not": {}}}
    }


def test_nested_schemas_are_converted_and_keywords_30_lacks_are_dropped():
    schema = {
        "type": "object",
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "properties": {"a": {"type": "array", "items": {"type": ["integer", "null"]}}},
        "additionalProperties": {"const": 1},
        "contentMediaType": "application/pdf",
    }
    assert schema_30(schema) == {
        "type": "object",
        "properties": {"a": {"type": "array", "items": {"type": "integer", "nullable": True}}},
        "additionalProperties": {"enum": [1]},
    }


def test_the_document_passed_in_is_not_changed_and_31_only_parts_are_removed():
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1", "summary": "s"},
        "paths": {},
        "webhooks": {},
        "jsonSchemaDialect": "x",
    }
    assert openapi_30(document) == {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
    }
    assert document["openapi"] == "3.1.0" and "webhooks" in document


def test_parameter_and_media_type_examples_maps_are_kept():
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"type": ["string", "null"], "examples": ["a"]},
                            "examples": {"one": {"value": "a"}},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"const": 1}}},
                        }
                    },
                }
            }
        },
    }
    operation = openapi_30(document)["paths"]["/x"]["get"]
    assert operation["parameters"][0]["schema"] == {
        "type": "string",
        "nullable": True,
        "example": "a",
    }
    assert operation["parameters"][0]["examples"] == {"one": {"value": "a"}}
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {"enum": [1]}


def test_the_apis_document_as_30_is_valid_openapi_3_0_and_has_every_path(cast, settings):
    settings.DEBUG = False
    text = token_for(cast.pic)
    response = Client().get("/api/v1/openapi-3.0.json", **bearer(text))
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"] == "3.0.3"
    validate(document, cls=OpenAPIV30SpecValidator)
    original = Client().get("/api/v1/openapi.json", **bearer(text)).json()
    assert set(document["paths"]) == set(original["paths"])
    assert '"null"' not in response.content.decode()
    # The validator would have refused the 3.1 document relabelled: the check means something.
    with pytest.raises(OpenAPIValidationError):
        validate({**original, "openapi": "3.0.3"}, cls=OpenAPIV30SpecValidator)


def test_the_30_document_is_401_in_the_error_shape_for_anyone_else(cast):
    response = Client().get("/api/v1/openapi-3.0.json")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
