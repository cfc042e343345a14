"""The ``spbe`` console script: Django's manage.py for this project, usable from any directory.

Two things happen here, before and around Django's own command line:

- The commands that compute from files alone (``score``, ``plan``, ``evidence check``,
  ``catalog show``, ``pemdi items``, and any ``--help``) run with ``SPBE_FILES_ONLY=1``, which
  the settings read: no secret and no database are needed (see ``settings.FILES_ONLY``). The
  flag is decided here, from the command line, and cleared for every other command, so an
  exported variable can never start ``runserver`` without a secret.
- A setting that cannot be read (``SECRET_KEY`` missing, say), or a database that cannot be
  reached or is not migrated, ends the command with one line saying what to do and exit status 2,
  instead of a traceback. Every command gets this without code of its own.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

FILES_ONLY_FLAG = "SPBE_FILES_ONLY"
# Command → the subcommand that reads files only (None: the whole command does).
FILES_ONLY_COMMANDS: dict[str, str | None] = {
    "score": None,
    "plan": None,
    "evidence": "check",
    "catalog": "show",
    # `pemdi items FRAMEWORK` reads a library file; given an evaluation it reads the database
    # (``names_an_evaluation``).
    "pemdi": "items",
}
HELP = {"help", "--help", "-h", "version", "--version"}
USAGE_ERROR = 2
# SQLite and PostgreSQL (SQLSTATE undefined table, undefined column): the schema is not there.
NOT_MIGRATED = ("no such table", "no such column")
NOT_MIGRATED_SQLSTATES = ("42P01", "42703")


def files_only(argv: list[str]) -> bool:
    """Whether the command line runs a command that computes from files alone."""
    args = argv[1:]
    if not args or args[0] in HELP or "--help" in args or "-h" in args:
        return True
    if args[0] not in FILES_ONLY_COMMANDS:
        return False
    subcommand = FILES_ONLY_COMMANDS[args[0]]
    if subcommand is None:
        return True
    if args[1:2] != [subcommand]:
        return False
    positional = [arg for arg in args[2:] if not arg.startswith("-")]
    return not (args[0] == "pemdi" and positional and names_an_evaluation(positional[0]))


def names_an_evaluation(argument: str) -> bool:
    """``pematangsiantar/2026`` or an id names an evaluation; a framework id has neither."""
    return "/" in argument or argument.strip().isdigit()


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv if argv is None else argv
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "spbe.settings")
    if files_only(argv):
        os.environ[FILES_ONLY_FLAG] = "1"
    else:
        os.environ.pop(FILES_ONLY_FLAG, None)

    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 -- reading the settings; a bad value stops here
    except ImproperlyConfigured as error:
        stop(str(error))

    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError, ProgrammingError

    try:
        execute_from_command_line(argv)
    except (OperationalError, ProgrammingError) as error:
        message = database_problem(error)
        if message is None:
            raise
        stop(message)


def database_problem(error: Exception) -> str | None:
    """What to do when a database error means the database is not ready; None otherwise.

    Not ready is either a schema that is not there (not migrated) or a database that cannot be
    reached, which is checked by connecting again. Any other error is a real failure and keeps
    its traceback.
    """
    from django.utils.translation import gettext as _

    if _not_migrated(error):
        return _(
            "The database is not set up: run `spbe migrate` and `spbe catalog load` "
            "(or `spbe demo` for the demo)."
        )
    problem = _connection_problem()
    if problem is None:
        return None
    return _(
        "The database cannot be reached (%(problem)s): check DATABASE_URL, or SPBE_DATA_DIR "
        "for SQLite."
    ) % {"problem": problem}


def _not_migrated(error: Exception) -> bool:
    text = str(error).lower()
    sqlstate = getattr(error.__cause__, "sqlstate", None)
    return sqlstate in NOT_MIGRATED_SQLSTATES or any(words in text for words in NOT_MIGRATED)


def _connection_problem() -> str | None:
    """Why a fresh connection to the database fails, or None if it succeeds."""
    from django.db import connection
    from django.db.utils import OperationalError

    connection.close()
    try:
        connection.ensure_connection()
    except OperationalError as error:
        return (str(error).strip().splitlines() or [type(error).__name__])[0]
    return None


def stop(message: str) -> NoReturn:
    """End the command with one line on stderr and exit status 2."""
    sys.stderr.write(message + "\n")
    sys.exit(USAGE_ERROR)


if __name__ == "__main__":
    main()
