"""The inbox: the bell's count (an htmx partial), the list, mark read, and the preferences page."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from spbe.core.errors import ActionRefused
from spbe.core.refusals import refusal_status
from spbe.notifications.channels import recipient_language
from spbe.notifications.models import Channel, ChannelPreference, Mode, WhatsAppNumber
from spbe.notifications.selectors import inbox, notification_for, unread_count
from spbe.notifications.services import (
    DEFAULT_DIGEST_HOUR,
    mark_all_read,
    mark_read,
    set_channel_preference,
    set_language,
    set_whatsapp_number,
)
from spbe.organizations.actors import actor_for

# The inbox shows the newest this many; older ones stay in the database.
INBOX_SIZE = 100


@login_required
@require_GET
def bell(request: HttpRequest) -> HttpResponse:
    count = unread_count(actor_for(request.user))
    response = render(request, "notifications/_bell.html", {"unread": count})
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def inbox_page(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    items = list(inbox(actor)[:INBOX_SIZE])
    return render(
        request,
        "notifications/inbox.html",
        {"items": items, "unread": sum(1 for item in items if item.read_at is None)},
    )


@login_required
@require_POST
def open_notification(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark read and go to the page it is about (only a path of this site)."""
    notification = notification_for(actor_for(request.user), pk)
    mark_read(notification=notification, by=request.user)
    link = notification.link
    if link and url_has_allowed_host_and_scheme(link, allowed_hosts=None) and link.startswith("/"):
        return redirect(link)
    return redirect("notifications:inbox")


@login_required
@require_POST
def read_all(request: HttpRequest) -> HttpResponse:
    mark_all_read(by=request.user)
    return redirect("notifications:inbox")


@login_required
@require_http_methods(["GET", "POST"])
def preferences_page(request: HttpRequest) -> HttpResponse:
    context: dict[str, object] = {}
    if request.method == "POST":
        try:
            _save_preferences(request)
        except ActionRefused as refused:
            context.update(refusal=refused.message, refused_field=refused.field)
            context["number"] = request.POST.get("number", "")
            context["language"] = request.POST.get("language", "")
            return _preferences(request, context, status=refusal_status(refused))
        return redirect("notifications:preferences")
    return _preferences(request, context)


@transaction.atomic
def _save_preferences(request: HttpRequest) -> None:
    """All of the form or nothing: a wrong number keeps the channels unchanged too."""
    user: Any = request.user
    set_whatsapp_number(user=user, number=request.POST.get("number", ""), by=user)
    language = request.POST.get("language", "")
    if language:
        set_language(user=user, language=language, by=user)
    for channel in Channel:
        mode = request.POST.get(f"{channel.value}_mode", Mode.IMMEDIATE)
        if mode not in Mode.values:
            raise ActionRefused(
                _("Choose off, immediately or a daily digest."), field=f"{channel.value}_mode"
            )
        try:
            hour = int(request.POST.get(f"{channel.value}_hour", DEFAULT_DIGEST_HOUR))
        except ValueError:
            hour = -1
        set_channel_preference(
            user=user, channel=channel, mode=Mode(mode), digest_hour=hour, by=user
        )


def _preferences(
    request: HttpRequest, context: dict[str, object], *, status: int = 200
) -> HttpResponse:
    user: Any = request.user
    chosen = {p.channel: p for p in ChannelPreference.objects.filter(user=user)}
    context.setdefault(
        "number",
        WhatsAppNumber.objects.filter(user=user).values_list("number", flat=True).first() or "",
    )
    context["channels"] = [
        {
            "value": channel.value,
            "label": channel.label,
            "mode": chosen[channel].mode if channel in chosen else Mode.IMMEDIATE,
            "hour": chosen[channel].digest_hour if channel in chosen else DEFAULT_DIGEST_HOUR,
        }
        for channel in Channel
    ]
    context.update(modes=Mode.choices, hours=range(24))
    context.setdefault("language", recipient_language(user))
    context["languages"] = settings.LANGUAGES
    return render(request, "notifications/preferences.html", context, status=status)
