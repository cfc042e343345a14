"""``spbe notify due [--today YYYY-MM-DD]``: the reminders' part of the ``notify`` command.

``spbe.notifications`` owns the command but may not import this package (it sits below it);
``settings.SPBE_NOTIFY_SUBCOMMANDS`` names this module, and the command adds its parser and
calls its ``handle``.
"""

from __future__ import annotations

import argparse
from typing import Any

from django.core.management.base import CommandError, OutputWrapper
from django.utils.translation import gettext as _

from spbe.reminders.clock import BadDay, jakarta_today, parse_day
from spbe.reminders.services import remind_due

NAME = "due"


def add_parser(commands: Any) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        NAME,
        help=_(
            "queue today's reminders of deadlines and actions, once a day "
            "(run it daily; then 'notify send' sends them)"
        ),
    )
    parser.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=_("the day to remind for (default: today in Asia/Jakarta)"),
    )
    return parser


def handle(stdout: OutputWrapper, **options: Any) -> None:
    try:
        today = parse_day(options["today"]) if options.get("today") else jakarta_today()
    except BadDay as error:
        raise CommandError(str(error)) from None
    result = remind_due(today=today)
    stdout.write(
        _(
            "%(day)s: reminded %(people)d people of %(items)d deadlines "
            "(%(already)d reminded before)."
        )
        % {
            "day": today.isoformat(),
            "people": result.people,
            "items": result.items,
            "already": result.already,
        }
    )
