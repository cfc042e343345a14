"""The sign-in forms of the site and of the admin, both behind the one limit."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from spbe.accounts import oidc, signin_limits
from spbe.accounts.client_address import client_address


def refusal_message(until: datetime.datetime) -> str:
    """What a refused user reads: when to try again, in the site's time zone."""
    local = timezone.localtime(until)
    return _("Too many failed sign-in attempts. Try again after %(time)s (%(date)s).") % {
        "time": formats.time_format(local, "H:i"),
        "date": formats.date_format(local),
    }


class LimitedSignInMixin:
    """Refuses while the username or address is locked; counts every failure."""

    request: Any
    cleaned_data: dict[str, Any]
    refused_until: datetime.datetime | None = None

    def clean(self) -> dict[str, Any]:
        username = str(self.data.get("username") or "")  # type: ignore[attr-defined]
        address = client_address(self.request) if self.request else ""
        until = signin_limits.locked_until(username=username, address=address)
        if until:
            self.refused_until = until
            raise forms.ValidationError(refusal_message(until), code="locked")
        try:
            cleaned: dict[str, Any] = super().clean()  # type: ignore[misc]
        except forms.ValidationError:
            signin_limits.record_failure(username=username, address=address)
            self.refused_until = signin_limits.locked_until(username=username, address=address)
            raise
        signin_limits.record_success(username=username)
        user = self.get_user()  # type: ignore[attr-defined]
        if user is not None and not user.is_superuser and oidc.password_login_only_for_admins():
            # The password stays only as the admins' way in when the provider fails.
            raise forms.ValidationError(
                _("Sign in with %(service)s: passwords are kept for administrators only.")
                % {"service": oidc.button_label()},
                code="use_sso",
            )
        return cleaned


class LimitedAuthenticationForm(LimitedSignInMixin, AuthenticationForm):
    pass


class LimitedAdminAuthenticationForm(LimitedSignInMixin, AdminAuthenticationForm):
    pass
