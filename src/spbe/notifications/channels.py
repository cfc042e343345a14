"""The ways a notification leaves the product: email over SMTP and WhatsApp through a gateway.

A channel sends one message to one person about one or more notifications (several in a
digest) and either returns or raises :class:`DeliveryError`, saying whether trying again later
may help. It catches only the errors of its own transport, so one broken gateway never
stops the sender from serving the other channel.
"""

from __future__ import annotations

import json
import smtplib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from typing import Any, Protocol

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from spbe.notifications.mail_backend import EmailNotConfigured, NotConfiguredBackend
from spbe.notifications.models import Channel, Notification, WhatsAppNumber

# How many notifications a WhatsApp digest lists before pointing at the inbox.
WHATSAPP_DIGEST_ITEMS = 5
WHATSAPP_BODY_CHARACTERS = 300
INBOX_PATH = "/notifikasi/"


class DeliveryError(Exception):
    """The message did not go; ``retry`` says whether a later attempt may succeed."""

    def __init__(self, reason: str, *, retry: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry = retry


class MessageChannel(Protocol):
    name: Channel

    def send(self, *, recipient: Any, notifications: Sequence[Notification]) -> None: ...


def absolute_link(path: str) -> str:
    """The page's address for a message read outside the product (SPBE_BASE_URL + path)."""
    if not settings.SPBE_BASE_URL:
        raise DeliveryError(
            "SPBE_BASE_URL is not set, so messages cannot link to the site.", retry=False
        )
    return settings.SPBE_BASE_URL + (path or INBOX_PATH)


def recipient_language(recipient: Any) -> str:
    """The language a person reads messages in: the one they chose (``User.language``, on the
    notification settings page), else the site's."""
    chosen = getattr(recipient, "language", None)
    known = {code for code, _name in settings.LANGUAGES}
    return chosen if chosen in known else settings.LANGUAGE_CODE


def email_configured() -> bool:
    backend = f"{NotConfiguredBackend.__module__}.{NotConfiguredBackend.__name__}"
    return settings.MAILERS.get("default", {}).get("BACKEND") not in (None, backend)


def whatsapp_configured() -> bool:
    return bool(settings.SPBE_WHATSAPP_URL)


class EmailChannel:
    """HTML and plain text through Django's mail API, in the recipient's language."""

    name = Channel.EMAIL

    def send(self, *, recipient: Any, notifications: Sequence[Notification]) -> None:
        items = [
            {"title": item.title, "body": item.body, "link": absolute_link(item.link)}
            for item in notifications
        ]
        with translation.override(recipient_language(recipient)):
            if len(items) == 1:
                subject = _("SPBE: %(title)s") % {"title": items[0]["title"]}
            else:
                subject = ngettext(
                    "SPBE: %(count)d new notification",
                    "SPBE: %(count)d new notifications",
                    len(items),
                ) % {"count": len(items)}
            context = {
                "recipient": recipient,
                "items": items,
                "inbox": absolute_link(INBOX_PATH),
            }
            text = render_to_string("notifications/email.txt", context)
            html = render_to_string("notifications/email.html", context)
        message = EmailMultiAlternatives(
            subject=subject.replace("\n", " ")[:200],
            body=text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient.email],
        )
        message.attach_alternative(html, "text/html")
        try:
            message.send()
        except EmailNotConfigured as error:
            raise DeliveryError(str(error), retry=False) from error
        except smtplib.SMTPRecipientsRefused as error:
            raise DeliveryError(
                f"The mail server refused the address: {error}", retry=False
            ) from error
        except (smtplib.SMTPException, OSError) as error:
            raise DeliveryError(
                f"The mail server could not be reached: {error}", retry=True
            ) from error


def whatsapp_text(notifications: Sequence[Notification]) -> str:
    """The short WhatsApp message, always in Bahasa Indonesia, with the link to the page."""
    with translation.override("id"):
        if len(notifications) == 1:
            item = notifications[0]
            body = item.body.strip()
            if len(body) > WHATSAPP_BODY_CHARACTERS:
                body = body[: WHATSAPP_BODY_CHARACTERS - 1].rstrip() + "…"
            lines = [f"*SPBE* · {item.title}", body, absolute_link(item.link)]
            return "\n".join(line for line in lines if line)
        lines = [
            ngettext(
                "*SPBE* · %(count)d new notification:",
                "*SPBE* · %(count)d new notifications:",
                len(notifications),
            )
            % {"count": len(notifications)}
        ]
        for item in notifications[:WHATSAPP_DIGEST_ITEMS]:
            lines.append(f"• {item.title}: {absolute_link(item.link)}")
        rest = len(notifications) - WHATSAPP_DIGEST_ITEMS
        if rest > 0:
            lines.append(
                ngettext("and %(count)d more: %(inbox)s", "and %(count)d more: %(inbox)s", rest)
                % {"count": rest, "inbox": absolute_link(INBOX_PATH)}
            )
        return "\n".join(lines)


def _filled(value: Any, fields: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.replace("{phone}", fields["phone"]).replace("{message}", fields["message"])
    if isinstance(value, list):
        return [_filled(item, fields) for item in value]
    if isinstance(value, dict):
        return {key: _filled(item, fields) for key, item in value.items()}
    return value


def gateway_request_body(template: str, body_format: str, *, phone: str, message: str) -> bytes:
    """The gateway's request body: the template with {phone} and {message} filled in.

    A JSON template is parsed first and the placeholders filled inside its strings, so any
    character of the message arrives escaped; a form template (``a=b&c=d``) likewise.
    """
    fields = {"phone": phone, "message": message}
    if body_format == "json":
        return json.dumps(_filled(json.loads(template), fields), ensure_ascii=False).encode()
    pairs = urllib.parse.parse_qsl(template, keep_blank_values=True)
    return urllib.parse.urlencode([(key, _filled(value, fields)) for key, value in pairs]).encode()


class WhatsAppGatewayChannel:
    """A POST to a generic HTTP gateway, configured by the SPBE_WHATSAPP_* settings."""

    name = Channel.WHATSAPP

    def send(self, *, recipient: Any, notifications: Sequence[Notification]) -> None:
        if not whatsapp_configured():
            raise DeliveryError("WhatsApp is not configured: set SPBE_WHATSAPP_URL.", retry=False)
        number = (
            WhatsAppNumber.objects.filter(user=recipient).values_list("number", flat=True).first()
        )
        if not number:
            raise DeliveryError("The recipient has no WhatsApp number.", retry=False)
        body_format = settings.SPBE_WHATSAPP_BODY_FORMAT
        data = gateway_request_body(
            settings.SPBE_WHATSAPP_BODY,
            body_format,
            phone=number,
            message=whatsapp_text(notifications),
        )
        headers = {
            "Content-Type": "application/json"
            if body_format == "json"
            else "application/x-www-form-urlencoded",
            "Accept": "application/json",
        }
        if settings.SPBE_WHATSAPP_TOKEN:
            headers[settings.SPBE_WHATSAPP_TOKEN_HEADER] = settings.SPBE_WHATSAPP_TOKEN
        request = urllib.request.Request(
            settings.SPBE_WHATSAPP_URL, data=data, headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=settings.SPBE_WHATSAPP_TIMEOUT) as answer:
                content = answer.read(10_000)
        except urllib.error.HTTPError as error:
            detail = error.read(300).decode("utf-8", "replace")
            # A refusal of the request itself (4xx but 408 and 429) will not change by waiting.
            retry = error.code >= 500 or error.code in (408, 429)
            raise DeliveryError(
                f"The gateway answered {error.code}: {detail}", retry=retry
            ) from error
        except (urllib.error.URLError, OSError) as error:
            raise DeliveryError(f"The gateway could not be reached: {error}", retry=True) from error
        _check_answer(content)


def _check_answer(content: bytes) -> None:
    field = settings.SPBE_WHATSAPP_OK_FIELD
    if not field:
        return
    try:
        answer = json.loads(content)
    except ValueError as error:
        raise DeliveryError("The gateway's answer is not JSON.", retry=True) from error
    if not isinstance(answer, dict) or not answer.get(field):
        shown = content.decode("utf-8", "replace")[:300]
        raise DeliveryError(f"The gateway did not accept the message: {shown}", retry=True)


CHANNELS: dict[str, MessageChannel] = {
    Channel.EMAIL: EmailChannel(),
    Channel.WHATSAPP: WhatsAppGatewayChannel(),
}
