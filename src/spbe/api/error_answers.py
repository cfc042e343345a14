"""The error answers that every operation can give, written into the OpenAPI document where an
endpoint did not declare them itself, so that a client (and schemathesis) reads every status the
server may send, each in the one error shape (``ErrorOut``).

- 401 and 429: every call (no valid credentials; the per-token rate limit).
- 403: every write (a read-only token), besides the endpoints that declare it for a role.
- 404: every path with a parameter (what does not exist or what the caller may not see).
- 422: every operation with parameters or a body (a value that is not valid).
- 400: every JSON body (a body that is not JSON).
"""

from __future__ import annotations

from typing import Any

ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
READS = {"get", "head", "options"}
DESCRIPTIONS = {
    "400": "The body is not valid JSON.",
    "401": "No session and no valid access token.",
    "403": "The caller's roles or the token's scope do not allow it.",
    "404": "Not found, or not visible to the caller.",
    "422": "A parameter or field is not valid.",
    "429": "Too many calls with this token; see Retry-After.",
}


def error_statuses(method: str, operation: dict[str, Any]) -> list[str]:
    parameters = operation.get("parameters", [])
    body = operation.get("requestBody", {}).get("content", {})
    statuses = ["401", "429"]
    if method not in READS:
        statuses.append("403")
    if any(parameter.get("in") == "path" for parameter in parameters):
        statuses.append("404")
    if parameters or body:
        statuses.append("422")
    if "application/json" in body:
        statuses.append("400")
    return statuses


def with_error_answers(document: dict[str, Any]) -> dict[str, Any]:
    """The document with the error answers each operation can give (it is changed in place)."""
    for operations in document.get("paths", {}).values():
        for method, operation in operations.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            for status in error_statuses(method, operation):
                responses.setdefault(
                    status,
                    {
                        "description": DESCRIPTIONS[status],
                        "content": {"application/json": {"schema": ERROR_REF}},
                    },
                )
    return document
