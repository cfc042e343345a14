"""The SSO pages: off to the identity provider, and back with a code.

A refusal (a token that fails a check, an unknown user) is a page in the product's layout
with status 403, and is audited; the password sign-in stays for the break-glass admin.
"""

from __future__ import annotations

import logging

import requests
from authlib.common.errors import AuthlibBaseError
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render, resolve_url
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from joserfc.errors import JoseError

from spbe.accounts import oidc
from spbe.accounts.client_address import client_address
from spbe.accounts.sign_in_steps import after_first_factor, safe_next
from spbe.audit.services import audit_record

log = logging.getLogger(__name__)
NEXT_KEY = "spbe_oidc_next"
FORBIDDEN = 403
BAD_GATEWAY = 502


def _refusal(request: HttpRequest, message: str, status: int = FORBIDDEN) -> HttpResponse:
    return render(
        request,
        "accounts/oidc_refused.html",
        {"message": message, "label": oidc.button_label()},
        status=status,
    )


@require_GET
def start(request: HttpRequest) -> HttpResponse:
    """Send the browser to the provider, with state, nonce and a PKCE challenge."""
    if not oidc.is_configured():
        raise Http404
    request.session[NEXT_KEY] = safe_next(
        request, request.GET.get(REDIRECT_FIELD_NAME), resolve_url(settings.LOGIN_REDIRECT_URL)
    )
    redirect_uri = request.build_absolute_uri(reverse("oidc_callback"))
    try:
        return oidc.client().authorize_redirect(request, redirect_uri)
    except (requests.RequestException, AuthlibBaseError, ValueError, KeyError) as error:
        log.warning("the identity provider cannot be reached: %s", error)
        return _refusal(
            request,
            _(
                "The sign-in service cannot be reached now. Try again later, or sign in with a password."
            ),
            BAD_GATEWAY,
        )


@require_GET
def callback(request: HttpRequest) -> HttpResponse:
    """Check what the provider sent back, then find the user it names."""
    if not oidc.is_configured():
        raise Http404
    address = client_address(request)
    try:
        token = oidc.client().authorize_access_token(
            request, claims_options=oidc.claims_options(), leeway=oidc.CLOCK_LEEWAY_SECONDS
        )
        claims = dict(token.get("userinfo") or {})
        if not claims:
            raise AuthlibBaseError(error="no_id_token", description="no ID token was returned")
    except (AuthlibBaseError, JoseError, requests.RequestException, ValueError) as error:
        audit_record(
            actor=None,
            action="oidc.failure",
            target=None,
            object_ref=("oidc", settings.SPBE_OIDC_CLIENT_ID[:40]),
            summary=type(error).__name__,
            data={"error": str(error)[:500], "address": address},
        )
        return _refusal(
            request,
            _(
                "The sign-in service's answer could not be verified, so you are not signed in. Try again."
            ),
        )
    match = oidc.match_user(claims)
    if match.user is None:
        audit_record(
            actor=None,
            action="oidc.unknown_user",
            target=None,
            object_ref=("oidc", match.value[:40] or "-"),
            summary=match.value or "-",
            data={
                "reason": match.reason,
                "claim": settings.SPBE_OIDC_CLAIM,
                "value": match.value,
                "sub": claims.get("sub"),
                "address": address,
            },
        )
        return _refusal(
            request,
            _(
                "Your account at the sign-in service (%(value)s) is not a user of this "
                "application. Ask the administrator to add you."
            )
            % {"value": match.value or _("no identity given")},
        )
    audit_record(
        actor=match.user,
        action="oidc.signin",
        target=match.user,
        summary=match.user.username,
        data={"sub": claims.get("sub"), "address": address, "match": match.reason},
    )
    next_url = request.session.pop(NEXT_KEY, None) or resolve_url(settings.LOGIN_REDIRECT_URL)
    return after_first_factor(
        request,
        match.user,
        backend="django.contrib.auth.backends.ModelBackend",
        next_url=safe_next(request, next_url, reverse("home")),
    )
