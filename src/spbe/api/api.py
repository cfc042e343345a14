"""The REST API at ``/api/v1/`` (django-ninja), its OpenAPI document and interactive docs.

Every endpoint reads and writes through the same selectors and services as the pages, so no
rule is written twice; see ``docs/api.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Status

from spbe.api import (
    action_endpoints,
    assignment_endpoints,
    audit_endpoints,
    catalog_endpoints,
    claim_endpoints,
    evaluation_endpoints,
    evidence_endpoints,
    item_endpoints,
    organization_endpoints,
    plan_endpoints,
    published_endpoints,
    report_endpoints,
    result_endpoints,
)
from spbe.api.auth import AUTH, token_name
from spbe.api.error_answers import with_error_answers
from spbe.api.errors import error_body, install_error_handlers
from spbe.api.rate_limit import install_rate_limit_handler
from spbe.api.schemas import MeOut, errors
from spbe.api.token_selectors import token_presented
from spbe.api.token_services import token_revoke
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import actor_for
from spbe.organizations.models import Agency, Unit


def signed_in_or_token(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The OpenAPI document and the docs: for a signed-in user or a valid token, else 401."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        header = request.headers.get("Authorization", "")
        bearer = header[7:] if header.lower().startswith("bearer ") else ""
        if not request.user.is_authenticated and (
            not bearer or token_presented(bearer, now=timezone.now()) is None
        ):
            body = error_body(_("Sign in, or send a valid access token."), "not_authenticated")
            return JsonResponse(body, status=401)
        return view(request, *args, **kwargs)

    return wrapper


class SpbeApi(NinjaAPI):
    """The API whose document names the error answers every operation can give."""

    def get_openapi_schema(self, **kwargs: Any) -> Any:
        return with_error_answers(super().get_openapi_schema(**kwargs))


api = SpbeApi(
    title="SPBE",
    version="1",
    description="Indeks SPBE and Indeks Pemerintah Digital: evaluations, scores and evidence.",
    auth=AUTH,
    urls_namespace="api",
    docs_decorator=signed_in_or_token,
)
install_error_handlers(api)
install_rate_limit_handler(api)
api.add_router("/", catalog_endpoints.router)
api.add_router("/", evaluation_endpoints.router)
api.add_router("/", assignment_endpoints.router)
api.add_router("/", plan_endpoints.router)
api.add_router("/", action_endpoints.router)
api.add_router("/", evidence_endpoints.router)
api.add_router("/", report_endpoints.router)
api.add_router("/", result_endpoints.router)
api.add_router("/", claim_endpoints.router)
api.add_router("/", item_endpoints.router)
api.add_router("/", organization_endpoints.router)
api.add_router("/", published_endpoints.router)
api.add_router("/", audit_endpoints.router)


@api.get("/me", response={200: MeOut, **errors(401)}, summary="Who the call acts as")
def me(request: HttpRequest) -> MeOut:
    actor = actor_for(request.user)
    agency = Agency.objects.filter(pk=actor.agency_id).first() if actor.agency_id else None
    unit = Unit.objects.filter(pk=actor.unit_id).first() if actor.unit_id else None
    return MeOut(
        username=request.user.get_username(),
        agency=agency.name if agency else None,
        unit=unit.name if unit else None,
        roles=sorted(actor.roles),
        is_admin=actor.is_admin,
        token=token_name(request),
    )


@api.delete(
    "/me/token",
    response={204: None, **errors(401, 403, 422)},
    summary="Revoke the token this call comes with",
)
def revoke_own_token(request: HttpRequest) -> Status[None]:
    """For a client that rotates its credentials: the token stops working at once."""
    token = getattr(request, "api_token", None)
    if token is None:
        raise ActionRefused(_("This call came without a token; there is nothing to revoke."))
    token_revoke(actor=actor_for(request.user), token=token)
    return Status(204, None)
