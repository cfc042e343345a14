"""Messages of the dependencies that their own Indonesian catalogues lack.

Marked here so that ``makemessages`` puts them in the project's catalogue
(``src/spbe/locale/id``), which Django reads before the dependencies' own: the admin then shows
them in Indonesian too. Nothing calls this module; the lists are its whole content. When a
dependency is upgraded, ``tests/test_translations.py`` names any new message left in English.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Django 6 (django/conf/locale/id and contrib/admin/locale/id predate these messages).
DJANGO = [
    gettext_noop("- Select an option -"),
    gettext_noop("“%(value)s” is not a valid binary value."),
    gettext_noop("No %s matches the given query."),
    gettext_noop('The app "%s" could not be found.'),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Logout"),
]
DJANGO_PLURALS = [
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
]

# django_tasks_db ships no catalogue at all: its model and field names.
TASKS_DATABASE = [
    gettext_noop("Task Result"),
    gettext_noop("Task Results"),
    gettext_noop("status"),
    gettext_noop("enqueued at"),
    gettext_noop("started at"),
    gettext_noop("finished at"),
    gettext_noop("args kwargs"),
    gettext_noop("priority"),
    gettext_noop("task path"),
    gettext_noop("worker id"),
    gettext_noop("queue name"),
    gettext_noop("backend name"),
    gettext_noop("run after"),
    gettext_noop("return value"),
    gettext_noop("exception class path"),
    gettext_noop("traceback"),
]
