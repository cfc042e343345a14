"""Sign-in pages behind the one limit on failed attempts (``spbe.accounts.signin_limits``).

After a right password both pages hand over to ``sign_in_steps.after_first_factor``: the
code page for a user with two-factor, enrolment for one who must and has none.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import NON_FIELD_ERRORS
from django.http import HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from spbe.accounts import oidc
from spbe.accounts.forms import (
    LimitedAdminAuthenticationForm,
    LimitedAuthenticationForm,
    refusal_message,
)
from spbe.accounts.sign_in_steps import after_first_factor

TOO_MANY_REQUESTS = 429
FORBIDDEN = 403


class ThrottledLoginView(auth_views.LoginView):
    """Django's sign-in page; a locked username or a waiting address gets 429 and a time."""

    authentication_form: type[AuthenticationForm] = LimitedAuthenticationForm

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context["oidc_label"] = oidc.button_label() if oidc.is_configured() else ""
        return context

    def form_valid(self, form: Any) -> HttpResponse:
        user = form.get_user()
        return after_first_factor(
            self.request, user, backend=user.backend, next_url=self.get_success_url()
        )

    def form_invalid(self, form: Any) -> HttpResponse:
        until = getattr(form, "refused_until", None)
        if form.has_error(NON_FIELD_ERRORS, "use_sso"):
            context = self.get_context_data(form=form, refusal=form.non_field_errors()[0])
            return self.render_to_response(context, status=FORBIDDEN)
        if until is None:
            return super().form_invalid(form)
        context = self.get_context_data(form=form, refusal=refusal_message(until))
        return self.render_to_response(context, status=TOO_MANY_REQUESTS)


class AdminLoginView(ThrottledLoginView):
    """The admin's sign-in: its own form and page, the same limit and the same second step.

    It takes the place of ``admin.site.login`` (the ``admin/login/`` URL comes first), with the
    context that view gives its template.
    """

    authentication_form = LimitedAdminAuthenticationForm
    template_name = "admin/login.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            admin.site.each_context(self.request),
            title=_("Log in"),
            subtitle=None,
            app_path=self.request.get_full_path(),
            username=self.request.user.get_username(),
        )
        return context

    def get_default_redirect_url(self) -> str:
        return reverse("admin:index")

    def dispatch(self, request: Any, *args: Any, **kwargs: Any) -> HttpResponseBase:
        # As admin.site.login: a signed-in staff member is sent on to the admin.
        if request.method == "GET" and admin.site.has_permission(request):
            return HttpResponseRedirect(reverse("admin:index"))
        return super().dispatch(request, *args, **kwargs)
