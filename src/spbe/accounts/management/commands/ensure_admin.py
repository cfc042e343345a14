"""``spbe ensure_admin``: make sure an administrator can sign in (first start of a fresh install)."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from spbe.env import env_str


class Command(BaseCommand):
    help = _("Create the superuser 'admin' if there is no superuser yet, and print its password.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="admin")

    def handle(self, *args: Any, username: str, **options: Any) -> None:
        users = get_user_model()
        if users.objects.filter(is_superuser=True).exists():
            self.stdout.write(_("A superuser already exists; nothing to do."))
            return
        password = env_str("SPBE_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        users.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            _("Created superuser %(username)s with password %(password)s")
            % {"username": username, "password": password}
        )
