"""``/api/v1/openapi-3.0.json``: the API's document rendered as OpenAPI 3.0.3 (``openapi30``),
served to the same callers as ``openapi.json``: a signed-in user or a valid token."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja.responses import Response

from spbe.api.api import api, signed_in_or_token
from spbe.api.openapi30 import openapi_30


@signed_in_or_token
def openapi_30_json(request: HttpRequest) -> HttpResponse:
    return Response(openapi_30(api.get_openapi_schema(path_params={})))
