"""Sign-in pages behind the one limit on failed attempts (``spbe.accounts.signin_limits``)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse

from spbe.accounts.forms import LimitedAuthenticationForm, refusal_message

TOO_MANY_REQUESTS = 429


class ThrottledLoginView(auth_views.LoginView):
    """Django's sign-in page; a locked username or a waiting address gets 429 and a time."""

    authentication_form = LimitedAuthenticationForm

    def form_invalid(self, form: Any) -> HttpResponse:
        until = getattr(form, "refused_until", None)
        if until is None:
            return super().form_invalid(form)
        context = self.get_context_data(form=form, refusal=refusal_message(until))
        return self.render_to_response(context, status=TOO_MANY_REQUESTS)


def admin_login(request: HttpRequest) -> HttpResponse:
    """The admin's sign-in (its form is limited, see accounts/admin.py), refusing with 429."""
    response = admin.site.login(request)
    form = (getattr(response, "context_data", None) or {}).get("form")
    if getattr(form, "refused_until", None):
        response.status_code = TOO_MANY_REQUESTS
    return response
