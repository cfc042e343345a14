"""The text of a reminder: one message per person listing everything due (gettext)."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from spbe.reminders.due import DueItem, Schedule

# The kind of notification (docs/notifications.md, "Reminders").
REMINDERS_DUE = "reminders-due"


def when(item: DueItem) -> str:
    """ "in 7 days", "tomorrow", "today", "passed 2 days ago"."""
    if item.days_left > 1:
        return ngettext("in %(days)d day", "in %(days)d days", item.days_left) % {
            "days": item.days_left
        }
    if item.days_left == 1:
        return _("tomorrow")
    if item.days_left == 0:
        return _("today")
    late = -item.days_left
    return ngettext("passed %(days)d day ago", "passed %(days)d days ago", late) % {"days": late}


def link_of(path: str) -> str:
    """The page's absolute address when the site's is known, else its path."""
    return (settings.SPBE_BASE_URL or "") + path


def reminder_title(items: Sequence[DueItem]) -> str:
    if all(item.schedule is Schedule.EXPIRY for item in items):
        return ngettext(
            "Reminder: %(count)d evidence document expires",
            "Reminder: %(count)d evidence documents expire",
            len(items),
        ) % {"count": len(items)}
    if any(item.days_left < 0 for item in items):
        return ngettext(
            "Reminder: %(count)d deadline, passed or near",
            "Reminder: %(count)d deadlines, passed or near",
            len(items),
        ) % {"count": len(items)}
    return ngettext(
        "Reminder: %(count)d deadline is near", "Reminder: %(count)d deadlines are near", len(items)
    ) % {"count": len(items)}


def reminder_body(items: Sequence[DueItem]) -> str:
    lines = [
        (
            _("%(title)s: valid until %(day)s, %(when)s. %(link)s")
            if item.schedule is Schedule.EXPIRY
            else _("%(title)s: due %(day)s, %(when)s. %(link)s")
        )
        % {
            "title": item.title,
            "day": formats.date_format(item.due, "j F Y"),
            "when": when(item),
            "link": link_of(item.link),
        }
        for item in items
    ]
    return "\n".join(f"- {line}" for line in lines)


def reminder_link(items: Sequence[DueItem]) -> str:
    """The page the message opens: the items' own when they share one, else the home page."""
    links = {item.link for item in items}
    return links.pop() if len(links) == 1 else "/"
