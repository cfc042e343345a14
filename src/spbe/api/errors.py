"""One JSON shape for every error: ``{"detail": …, "code": …, "fields": {…}}``.

400/422 for bad input, 401 without valid credentials, 403 for what the caller's roles do not
allow, 404 for what the caller may not see or what does not exist, 409 for a stale write.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import (
    PermissionDenied,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from spbe.core.errors import ActionRefused, NotAllowed, StaleVersion
from spbe.core.refusals import refusal_status


def error_body(
    detail: str, code: str, fields: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    return {"detail": detail, "code": code, "fields": fields or {}}


def install_error_handlers(api: NinjaAPI) -> None:
    def answer(request: HttpRequest, status: int, body: dict[str, Any]) -> HttpResponse:
        return api.create_response(request, body, status=status)

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, error: Exception) -> HttpResponse:
        return answer(
            request,
            401,
            error_body(
                _("Sign in, or send a valid access token (Authorization: Bearer …)."),
                "not_authenticated",
            ),
        )

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, error: Exception) -> HttpResponse:
        return answer(request, 404, error_body(_("Not found."), "not_found"))

    @api.exception_handler(PermissionDenied)
    def forbidden(request: HttpRequest, error: Exception) -> HttpResponse:
        detail = error.message if isinstance(error, NotAllowed) else _("You may not do this.")
        return answer(request, 403, error_body(detail, "forbidden"))

    @api.exception_handler(ActionRefused)
    def refused(request: HttpRequest, error: ActionRefused) -> HttpResponse:
        code = (
            "forbidden"
            if isinstance(error, NotAllowed)
            else "stale_version"
            if isinstance(error, StaleVersion)
            else "refused"
        )
        fields = {error.field: [error.message]} if error.field else {}
        return answer(request, refusal_status(error), error_body(error.message, code, fields))

    @api.exception_handler(NinjaValidationError)
    def invalid(request: HttpRequest, error: NinjaValidationError) -> HttpResponse:
        fields: dict[str, list[str]] = {}
        for problem in error.errors:
            location = [
                str(part)
                for part in problem.get("loc", ())
                if part not in ("query", "body", "path", "header", "form", "file", "cookie")
            ]
            fields.setdefault(".".join(location) or "request", []).append(
                str(problem.get("msg", ""))
            )
        return answer(request, 422, error_body(_("The request is not valid."), "invalid", fields))

    def too_large(request: HttpRequest, error: Any) -> HttpResponse:
        # Django's own answer would be an HTML page (400); a client reads the one shape, as 422
        # (documented for every operation with a body).
        message = _("The request is larger than the server accepts; send less at a time.")
        return answer(request, 422, error_body(message, "too_large", {"request": [message]}))

    for limit in (RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent):
        api.add_exception_handler(limit, too_large)

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, error: HttpError) -> HttpResponse:
        return answer(request, error.status_code, error_body(str(error), "error"))
