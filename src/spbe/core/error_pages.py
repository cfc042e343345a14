"""The pages a refused request lands on (403, 404, a stale form), in the product's own layout.

``spbe.urls`` names ``permission_denied`` and ``page_not_found`` as Django's handlers, and
``CSRF_FAILURE_VIEW`` names ``csrf_failure``; all three render with the request, so the header,
the navigation of the user's role and the chosen language are those of every other page.

With ``DEBUG`` on (``scripts/run``, the demo), Django answers a 404 with its technical page
instead of the handler. ``NotFoundPageMiddleware`` keeps the product's page for a 404 that a
view raises (an object that does not exist or is not the user's to see), so the demo shows what
production shows; an address that matches no URL at all still gets Django's page, which lists
the URL patterns a developer needs.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

FORBIDDEN_TEMPLATE = "403.html"
NOT_FOUND_TEMPLATE = "404.html"


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """403: the user may not do or see this; the reason, when the refusal gave one."""
    reason = str(exception) if exception is not None else ""
    return render(request, FORBIDDEN_TEMPLATE, {"exception": reason}, status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404: nothing here, or nothing the user may see; which of the two is not said."""
    # The exception's text ("No Evaluation matches the given query.") is for the log only.
    return render(request, NOT_FOUND_TEMPLATE, status=404)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """403 for a form sent without a valid CSRF token: usually a page left open too long."""
    message = _(
        "This form is out of date, for example because you signed in again in another tab. "
        "Open the page again and send the form once more."
    )
    return render(
        request, FORBIDDEN_TEMPLATE, {"exception": message, "stale_form": True}, status=403
    )


class NotFoundPageMiddleware:
    """In DEBUG, answer a view's Http404 with the product's page rather than Django's."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if settings.DEBUG and isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
