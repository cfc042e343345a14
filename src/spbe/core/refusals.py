"""A refused action answers with its page shown again, the reason, and a 4xx status.

422 when the request breaks a rule, 403 when the user's role or scope does not allow it, 409
when someone else saved the record first; never 200, never a redirect that hides the refusal
from htmx or an API client.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from spbe.core.errors import ActionRefused, NotAllowed, StaleVersion

UNPROCESSABLE = 422
FORBIDDEN = 403
CONFLICT = 409


def refusal_status(error: ActionRefused) -> int:
    if isinstance(error, NotAllowed):
        return FORBIDDEN
    return CONFLICT if isinstance(error, StaleVersion) else UNPROCESSABLE


def render_refused(
    request: HttpRequest, template: str, context: dict[str, Any], error: ActionRefused
) -> HttpResponse:
    """Show the page again with the refusal, keeping what the user typed (nothing was saved)."""
    context["refusal"] = error.message
    form = context.get("failed_form")
    if form is not None and error.field and error.field in form.fields:
        form.add_error(error.field, error.message)
    return render(request, template, context, status=refusal_status(error))
