"""``spbe notify send``: one sending pass over the due deliveries, for cron without a worker."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from spbe.notifications.sender import send_due


class Command(BaseCommand):
    requires_system_checks: list[str] = []

    help = _("Notifications: send the email and WhatsApp messages that are due.")

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="action", required=True)
        commands.add_parser(
            "send",
            help=_("send every due delivery once and record it (run it every few minutes)"),
        )
        # Apps above the notifications add their own actions (e.g. ``due``, spbe.reminders).
        for path in settings.SPBE_NOTIFY_SUBCOMMANDS:
            import_string(f"{path}.add_parser")(commands)

    def handle(self, *args: Any, **options: Any) -> None:
        for path in settings.SPBE_NOTIFY_SUBCOMMANDS:
            if import_string(f"{path}.NAME") == options["action"]:
                import_string(f"{path}.handle")(self.stdout, **options)
                return
        getattr(self, f"handle_{options['action']}")(**options)

    def handle_send(self, **options: Any) -> None:
        result = send_due()
        self.stdout.write(
            _(
                "Sent %(sent)d, retrying %(retrying)d, failed %(failed)d, waiting for 06:00 %(held)d."
            )
            % {
                "sent": result.sent,
                "retrying": result.retrying,
                "failed": result.failed,
                "held": result.held,
            }
        )
