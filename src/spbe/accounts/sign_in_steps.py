"""What happens after the first factor (a password, or the identity provider) is right.

Every way in (``/accounts/login/``, ``/admin/login/``, the OIDC callback) calls
``after_first_factor``: a user with an authenticator is *not* signed in yet, but sent to the
code page with the user held in the session for a few minutes; a user who must use two
factors and has none is signed in and sent to enrol, and ``EnrolFirstMiddleware`` lets them
reach nothing else until they have.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth import login as auth_login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from spbe.accounts import two_factor

PENDING_KEY = "spbe_two_factor_pending"
ENROL_KEY = "spbe_two_factor_enrol"
# How long the password step stays good while the user types the code.
PENDING_MINUTES = 5


def safe_next(request: HttpRequest, candidate: str | None, default: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def after_first_factor(
    request: HttpRequest, user: Any, *, backend: str, next_url: str
) -> HttpResponse:
    """Sign the user in, or hold them for the second step; the response to send."""
    if two_factor.has_two_factor(user):
        request.session.cycle_key()
        request.session[PENDING_KEY] = {
            "user": user.pk,
            "backend": backend,
            "next": next_url,
            "until": (timezone.now() + datetime.timedelta(minutes=PENDING_MINUTES)).isoformat(),
        }
        return HttpResponseRedirect(reverse("two_factor_verify"))
    auth_login(request, user, backend=backend)
    if two_factor.is_required_for(user):
        request.session[ENROL_KEY] = next_url
        return HttpResponseRedirect(reverse("two_factor_enrol"))
    return HttpResponseRedirect(next_url)


def pending_user(request: HttpRequest) -> Any | None:
    """The user who passed the first step and still owes a code, while the hold lasts."""
    pending = request.session.get(PENDING_KEY)
    if not pending:
        return None
    if datetime.datetime.fromisoformat(pending["until"]) <= timezone.now():
        del request.session[PENDING_KEY]
        return None
    return get_user_model().objects.filter(pk=pending["user"], is_active=True).first()


def finish_second_step(request: HttpRequest, user: Any) -> HttpResponse:
    pending = request.session.pop(PENDING_KEY)
    auth_login(request, user, backend=pending["backend"])
    return HttpResponseRedirect(pending["next"])


class EnrolFirstMiddleware:
    """A user who must use two factors and signed in without them reaches only enrolment."""

    ALLOWED = ("/accounts/dua-faktor/", "/accounts/logout/", "/i18n/", "/static/")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = getattr(request, "session", None)
        if (
            session is not None
            and ENROL_KEY in session
            and BACKEND_SESSION_KEY in session
            and not request.path.startswith(self.ALLOWED)
        ):
            return HttpResponseRedirect(reverse("two_factor_enrol"))
        return self.get_response(request)
