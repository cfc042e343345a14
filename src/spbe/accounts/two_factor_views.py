"""The two-factor pages: the code after the password, enrolment, recovery codes, turning off."""

from __future__ import annotations

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from spbe.accounts import signin_limits, two_factor
from spbe.accounts.client_address import client_address
from spbe.accounts.forms import refusal_message
from spbe.accounts.sign_in_steps import ENROL_KEY, finish_second_step, pending_user

TOO_MANY_REQUESTS = 429
UNPROCESSABLE = 422


@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The second step: a code from the authenticator app, or one recovery code."""
    user = pending_user(request)
    if user is None:
        messages.info(request, _("Sign in again: the time for the code has run out."))
        return HttpResponseRedirect(reverse("login"))
    address = client_address(request)
    context: dict[str, object] = {}
    until = signin_limits.locked_until(username=user.username, address=address)
    if until:
        context["refusal"] = refusal_message(until)
        return render(request, "accounts/two_factor_verify.html", context, status=TOO_MANY_REQUESTS)
    if request.method == "POST":
        code = str(request.POST.get("code", ""))[:64]
        if two_factor.verify_second_factor(user=user, code=code, address=address):
            signin_limits.record_success(username=user.username)
            return finish_second_step(request, user)
        signin_limits.record_failure(username=user.username, address=address)
        until = signin_limits.locked_until(username=user.username, address=address)
        if until:
            context["refusal"] = refusal_message(until)
            return render(
                request, "accounts/two_factor_verify.html", context, status=TOO_MANY_REQUESTS
            )
        context["error"] = _("The code is wrong or has expired. Try again.")
        return render(request, "accounts/two_factor_verify.html", context, status=UNPROCESSABLE)
    return render(request, "accounts/two_factor_verify.html", context)


def _qr_svg(uri: str) -> str:
    # segno writes the SVG itself from the address only, so its markup is safe to embed.
    return mark_safe(segno.make(uri, error="m").svg_inline(scale=4, title=_("QR code")))


def _codes_page(request: HttpRequest, codes: list[str], next_url: str) -> HttpResponse:
    return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url})


@login_required
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    """Turn two-factor on: scan the QR code (or type the secret), then give the first code."""
    user = request.user
    if two_factor.has_two_factor(user):
        return HttpResponseRedirect(reverse("two_factor"))
    device = two_factor.enrolment_begin(user=user)  # type: ignore[arg-type]
    context = {
        "qr": _qr_svg(two_factor.provisioning_uri(device)),
        "secret": two_factor.readable_secret(device),
        "required": two_factor.is_required_for(user),
    }
    if request.method == "POST":
        try:
            codes = two_factor.enrolment_confirm(user=user, code=str(request.POST.get("code", "")))  # type: ignore[arg-type]
        except two_factor.TwoFactorError as error:
            context["error"] = str(error)
            return render(request, "accounts/two_factor_enrol.html", context, status=UNPROCESSABLE)
        next_url = request.session.pop(ENROL_KEY, None) or reverse("home")
        return _codes_page(request, codes, next_url)
    return render(request, "accounts/two_factor_enrol.html", context)


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    """The user's two-factor status, with the recovery codes left and what they may change."""
    return render(request, "accounts/two_factor.html", _status(request.user))


def _status(user: object) -> dict[str, object]:
    return {
        "enabled": two_factor.has_two_factor(user),
        "required": two_factor.is_required_for(user),
        "codes_left": two_factor.unused_recovery_codes(user),
    }


@login_required
@require_POST
def regenerate(request: HttpRequest) -> HttpResponse:
    try:
        codes = two_factor.recovery_codes_regenerate(user=request.user)  # type: ignore[arg-type]
    except two_factor.TwoFactorError as error:
        messages.error(request, str(error))
        return HttpResponseRedirect(reverse("two_factor"))
    return _codes_page(request, codes, reverse("two_factor"))


@login_required
@require_POST
def disable(request: HttpRequest) -> HttpResponse:
    try:
        two_factor.two_factor_disable(user=request.user, by=request.user)  # type: ignore[arg-type]
    except two_factor.TwoFactorError as error:
        messages.error(request, str(error))
        return render(request, "accounts/two_factor.html", _status(request.user), status=403)
    messages.success(request, _("Two-factor sign-in is off."))
    return HttpResponseRedirect(reverse("two_factor"))
