"""``spbe token create USERNAME --name NAME --scope read|write [--days N]`` and
``spbe token revoke PREFIX``: for automation and first set-up, by the installation's admin.

``create`` prints only the token (so that a script can capture it); every message goes to
standard error, and a refusal exits with status 2.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from spbe.api.models import ApiToken
from spbe.api.token_services import DEFAULT_DAYS, token_create, token_revoke
from spbe.api.tokens import PREFIX
from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM


class Command(BaseCommand):
    help = _("Create or revoke a personal access token for the API.")

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help=_("Create a token and print it."))
        create.add_argument("username")
        create.add_argument("--name", required=True)
        create.add_argument("--scope", required=True, choices=["read", "write"])
        create.add_argument("--days", default=str(DEFAULT_DAYS))
        revoke = actions.add_parser("revoke", help=_("Revoke a token by its prefix."))
        revoke.add_argument("prefix")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        try:
            if action == "create":
                self._create(options)
            else:
                self._revoke(options["prefix"])
        except ActionRefused as refused:
            raise CommandError(refused.message, returncode=2) from refused

    def _create(self, options: dict[str, Any]) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(
                _("No user is called %(name)s.") % {"name": options["username"]}, returncode=2
            )
        _token, text = token_create(
            actor=SYSTEM,
            user=user,
            name=options["name"],
            scope=options["scope"],
            days=options["days"],
        )
        self.stdout.write(text)

    def _revoke(self, given: str) -> None:
        prefix = given.removeprefix(PREFIX).split("_")[0].rstrip("…")
        token = ApiToken.objects.filter(prefix=prefix).first()
        if token is None:
            raise CommandError(
                _("No token has the prefix %(prefix)s.") % {"prefix": given}, returncode=2
            )
        if token_revoke(actor=SYSTEM, token=token):
            self.stderr.write(_("Token %(prefix)s revoked.") % {"prefix": token.prefix})
        else:
            self.stderr.write(_("Token %(prefix)s was already revoked.") % {"prefix": token.prefix})
