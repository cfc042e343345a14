"""Sign-in with a limit on failed attempts, per username and per address."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from spbe.env import env_int

MAX_FAILURES = env_int("SPBE_LOGIN_MAX_FAILURES", 10, minimum=1)
WINDOW_SECONDS = 15 * 60
TOO_MANY_REQUESTS = 429


def _keys(request: HttpRequest) -> list[str]:
    username = (request.POST.get("username") or "").strip().lower()[:150]
    address = request.META.get("REMOTE_ADDR", "")
    return [f"spbe:login:user:{username}", f"spbe:login:addr:{address}"]


class ThrottledLoginView(auth_views.LoginView):
    """Django's sign-in page; after too many failures the username or address waits."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if any((cache.get(key) or 0) >= MAX_FAILURES for key in _keys(request)):
            context = self.get_context_data(
                refusal=_("Too many failed sign-in attempts. Wait 15 minutes and try again.")
            )
            return self.render_to_response(context, status=TOO_MANY_REQUESTS)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: Any) -> HttpResponse:
        for key in _keys(self.request):
            cache.add(key, 0, WINDOW_SECONDS)
            cache.incr(key)
        return super().form_invalid(form)

    def form_valid(self, form: Any) -> HttpResponse:
        cache.delete(_keys(self.request)[0])
        return super().form_valid(form)
