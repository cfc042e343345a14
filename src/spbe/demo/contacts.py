"""The demo users' example addresses and WhatsApp numbers, so that a local SMTP server (and a
test gateway) shows the whole flow of notifications (docs/notifications.md, "Watching it locally").

The addresses are under ``.example`` (reserved, never delivered on the internet) and the
numbers ``62812000000xx`` belong to nobody the demo knows of. Only a user without an address
or a number gets one, so running ``spbe demo`` again changes nothing a person set.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model

from spbe.notifications.models import WhatsAppNumber
from spbe.notifications.services import set_whatsapp_number
from spbe.organizations.actors import SYSTEM

DOMAIN = "pematangsiantar.example"
# The external assessor works for the national evaluator, not for the city.
ADDRESSES = {"asesor": "asesor@kemenpanrb.example"}


def demo_address(username: str) -> str:
    return ADDRESSES.get(username, f"{username}@{DOMAIN}")


def demo_number(position: int) -> str:
    """The example WhatsApp number of the demo user at ``position`` (1, 2, …)."""
    return f"62812000000{position:02d}"


def demo_contacts(usernames: list[str]) -> None:
    """Give the demo users, in this order, their example address and number where they have
    none; the numbers follow the order, so they stay the same from one load to the next."""
    users = get_user_model().objects.in_bulk(usernames, field_name="username")
    with_number = set(
        WhatsAppNumber.objects.filter(user__in=users.values()).values_list("user_id", flat=True)
    )
    for position, username in enumerate(usernames, start=1):
        user = users.get(username)
        if user is None:
            continue
        if not user.email:
            user.email = demo_address(username)
            user.save(update_fields=["email"])
        if user.pk not in with_number:
            set_whatsapp_number(user=user, number=demo_number(position), by=SYSTEM)
