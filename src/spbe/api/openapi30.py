"""The OpenAPI 3.1 document rewritten as OpenAPI 3.0.3, for gateways that do not read 3.1.

A pure function of the document: nothing here knows django-ninja or the API's endpoints. 3.1
schemas are JSON Schema 2020-12; 3.0 schemas are an older dialect, so each construct that 3.0
lacks is written the 3.0 way:

* ``type: [x, "null"]`` and ``anyOf``/``oneOf`` with ``{"type": "null"}`` → ``nullable: true``;
* ``const: v`` → ``enum: [v]``; ``examples: [a, …]`` in a schema → ``example: a``;
* a numeric ``exclusiveMinimum``/``exclusiveMaximum`` → ``minimum``/``maximum`` with the boolean;
* ``$ref`` with sibling keywords → ``allOf: [{"$ref": …}]`` beside them (3.0 ignores siblings);
* ``true``/``false`` schemas → ``{}``/``{"not": {}}``; keywords 3.0 does not know are dropped,
  as are the 3.1-only ``webhooks``, ``jsonSchemaDialect``, ``info.summary`` and
  ``license.identifier``.
"""

from __future__ import annotations

import copy
from typing import Any

OPENAPI_30 = "3.0.3"
# JSON Schema keywords of 3.1 with no 3.0 counterpart: dropped.
DROPPED_KEYWORDS = frozenset(
    {
        "$schema",
        "$id",
        "$anchor",
        "$comment",
        "$defs",
        "$dynamicRef",
        "$dynamicAnchor",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
        "unevaluatedProperties",
        "unevaluatedItems",
        "dependentRequired",
        "dependentSchemas",
        "propertyNames",
        "patternProperties",
        "contains",
        "minContains",
        "maxContains",
        "if",
        "then",
        "else",
    }
)
# Keywords whose value is one schema, a list of schemas, or a map of names to schemas.
ONE_SCHEMA = ("items", "not", "additionalProperties")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
SCHEMA_MAPS = ("properties",)


def openapi_30(document: dict[str, Any]) -> dict[str, Any]:
    """A 3.0.3 copy of a 3.1 document; the document passed in is not changed."""
    converted = copy.deepcopy(document)
    converted["openapi"] = OPENAPI_30
    converted.pop("webhooks", None)
    converted.pop("jsonSchemaDialect", None)
    info = converted.get("info", {})
    info.pop("summary", None)
    info.get("license", {}).pop("identifier", None)
    components = converted.get("components", {})
    components.pop("pathItems", None)
    for name, schema in components.get("schemas", {}).items():
        components["schemas"][name] = schema_30(schema)
    for parameter in components.get("parameters", {}).values():
        _convert_parameter(parameter)
    for body in components.get("requestBodies", {}).values():
        _convert_content(body)
    for response in components.get("responses", {}).values():
        _convert_response(response)
    for path_item in converted.get("paths", {}).values():
        _convert_path_item(path_item)
    return converted


def schema_30(schema: Any) -> Any:
    """One JSON Schema 2020-12 schema as an OpenAPI 3.0 schema object."""
    if schema is True:
        return {}
    if schema is False:
        return {"not": {}}
    if not isinstance(schema, dict):
        return schema
    result = {key: value for key, value in schema.items() if key not in DROPPED_KEYWORDS}
    for key in ONE_SCHEMA:
        # A boolean additionalProperties is valid in 3.0 too.
        if key in result and not (key == "additionalProperties" and result[key] in (True, False)):
            result[key] = schema_30(result[key])
    for key in SCHEMA_LISTS:
        if key in result:
            result[key] = [schema_30(part) for part in result[key]]
    for key in SCHEMA_MAPS:
        if key in result:
            result[key] = {name: schema_30(part) for name, part in result[key].items()}
    if "prefixItems" in result:
        items = [schema_30(part) for part in result.pop("prefixItems")]
        result.setdefault("items", {"anyOf": items} if len(items) > 1 else items[0])
    if "const" in result:
        result["enum"] = [result.pop("const")]
    if "examples" in result:
        examples = result.pop("examples")
        if isinstance(examples, list) and examples:
            result.setdefault("example", examples[0])
    _exclusive_bound(result, "exclusiveMinimum", "minimum")
    _exclusive_bound(result, "exclusiveMaximum", "maximum")
    _nullable_type(result)
    for key in ("anyOf", "oneOf"):
        _nullable_alternatives(result, key)
    return _ref_alone(result)


def _exclusive_bound(schema: dict[str, Any], keyword: str, bound: str) -> None:
    value = schema.get(keyword)
    if isinstance(value, bool) or value is None:
        return
    schema[bound] = value
    schema[keyword] = True


def _nullable_type(schema: dict[str, Any]) -> None:
    kind = schema.get("type")
    if isinstance(kind, str):
        if kind == "null":
            del schema["type"]
            schema["nullable"] = True
        return
    if not isinstance(kind, list):
        return
    kinds = [k for k in kind if k != "null"]
    if len(kinds) < len(kind):
        schema["nullable"] = True
    del schema["type"]
    if len(kinds) == 1:
        schema["type"] = kinds[0]
    elif kinds:
        schema["anyOf"] = [{"type": k} for k in kinds] + schema.get("anyOf", [])


def _nullable_alternatives(schema: dict[str, Any], key: str) -> None:
    """``anyOf: [X, {type: null}]`` → X with ``nullable: true`` (or the rest, still as anyOf)."""
    if key not in schema:
        return
    parts = [part for part in schema[key] if not _is_null(part)]
    if len(parts) == len(schema[key]):
        return
    schema["nullable"] = True
    del schema[key]
    if len(parts) > 1:
        schema[key] = parts
    elif parts:
        only = parts[0]
        if "$ref" in only or any(name in schema for name in only):
            schema["allOf"] = [*schema.get("allOf", []), only]
        else:
            schema.update(only)


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and (schema == {"type": "null"} or schema == {"nullable": True})


def _ref_alone(schema: dict[str, Any]) -> dict[str, Any]:
    """3.0 ignores whatever stands beside a ``$ref``: wrap it in ``allOf`` when anything does."""
    if "$ref" not in schema or len(schema) == 1:
        return schema
    others = {key: value for key, value in schema.items() if key != "$ref"}
    return {"allOf": [{"$ref": schema["$ref"]}, *others.pop("allOf", [])], **others}


def _convert_path_item(path_item: dict[str, Any]) -> None:
    for parameter in path_item.get("parameters", []):
        _convert_parameter(parameter)
    for operation in path_item.values():
        if not isinstance(operation, dict):
            continue
        for parameter in operation.get("parameters", []):
            _convert_parameter(parameter)
        if "requestBody" in operation:
            _convert_content(operation["requestBody"])
        for response in operation.get("responses", {}).values():
            _convert_response(response)


def _convert_parameter(parameter: dict[str, Any]) -> None:
    if "schema" in parameter:
        parameter["schema"] = schema_30(parameter["schema"])
    _convert_content(parameter)


def _convert_response(response: dict[str, Any]) -> None:
    _convert_content(response)
    for header in response.get("headers", {}).values():
        _convert_parameter(header)


def _convert_content(holder: dict[str, Any]) -> None:
    for media in holder.get("content", {}).values():
        if "schema" in media:
            media["schema"] = schema_30(media["schema"])
