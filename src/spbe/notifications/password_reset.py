"""Password reset that never says "sent" when no email can leave the installation.

Without an SMTP server (no ``EMAIL_HOST``: the refusing backend, or the console backend on a
production installation) the page says that the admin resets passwords, and the request is
logged. A send that fails is logged and shown the same way, never as "sent".
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.core.mail import EmailMultiAlternatives
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.template import loader
from django.template.response import TemplateResponse

from spbe.notifications.channels import email_configured

logger = logging.getLogger(__name__)

SERVICE_UNAVAILABLE = 503
UNAVAILABLE_TEMPLATE = "registration/password_reset_unavailable.html"
# Backends that accept a message and deliver it to nobody.
NOWHERE = (
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
)


def email_reaches_people() -> bool:
    """Whether an email sent now can reach its recipient (the console only in DEBUG)."""
    backend = settings.MAILERS.get("default", {}).get("BACKEND")
    return email_configured() and (settings.DEBUG or backend not in NOWHERE)


class ReportingPasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form, remembering a failed send (``failed``) instead of only logging it."""

    failed = False

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        message = EmailMultiAlternatives(subject, body, from_email, [to_email])
        if html_email_template_name is not None:
            html = loader.render_to_string(html_email_template_name, context)
            message.attach_alternative(html, "text/html")
        try:
            message.send()
        except Exception:
            logger.exception("The password reset email to user %s failed", context["user"].pk)
            self.failed = True


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ReportingPasswordResetForm

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not email_reaches_people():
            if request.method == "POST":
                logger.warning(
                    "Password reset asked for, and email is not configured (EMAIL_HOST): "
                    "nothing was sent; the admin must reset the password."
                )
            return unavailable(request, reason="not_configured")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        if form.failed:
            return unavailable(self.request, reason="failed")
        return response


def unavailable(request: HttpRequest, *, reason: str) -> HttpResponse:
    return TemplateResponse(
        request, UNAVAILABLE_TEMPLATE, {"reason": reason}, status=SERVICE_UNAVAILABLE
    )
