"""The version a write is based on: the record's ``version``, as the pages' hidden field sends it.

A record read through the API carries its ``version`` in the body and as its ETag (``"7"``). A
write sends it back, either in the body's ``version`` field or as ``If-Match: "7"``; the service
refuses the write with 409 (``StaleVersion``) when someone saved in between.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused
from spbe.scoring.values import whole_number

# The If-Match header in the OpenAPI document of every versioned write (``openapi_extra``).
IF_MATCH = {
    "parameters": [
        {
            "in": "header",
            "name": "If-Match",
            "required": False,
            "schema": {"type": "string"},
            "description": 'The ETag the record was read with, e.g. "3" (or send the body\'s '
            "version field).",
        }
    ]
}


def etag(version: int) -> str:
    return f'"{version}"'


def with_etag(response: HttpResponse, version: int) -> None:
    """Give the answer about one record the record's version as its ETag."""
    response["ETag"] = etag(version)


def version_seen(request: HttpRequest, given: int | None) -> int:
    """The version the caller read: the body's ``version`` or the ``If-Match`` header (both
    may be sent if they agree); 422 when neither is sent or they disagree."""
    header = request.headers.get("If-Match", "").strip()
    from_header = None
    if header:
        tag = header.removeprefix("W/").strip()
        from_header = whole_number(tag[1:-1] if len(tag) >= 2 and tag[0] == tag[-1] == '"' else tag)
        if from_header is None:
            raise ActionRefused(
                _('If-Match must be the ETag the record was read with, such as "3".'),
                field="If-Match",
            )
    if given is not None and from_header is not None and given != from_header:
        raise ActionRefused(
            _("The version in the body and the If-Match header differ; send one of them."),
            field="version",
        )
    seen = given if given is not None else from_header
    if seen is None:
        raise ActionRefused(
            _(
                "Send the version of the record you read (its version field or ETag), in the "
                "body's version field or as If-Match."
            ),
            field="version",
        )
    return seen
