"""The sentences of the hand-over: its refusals, its preview and the message it sends."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# The notification kind of a hand-over (docs/notifications.md).
WORK_HANDED_OVER = "work-handed-over"


def same_unit() -> str:
    return _("Choose another unit: work cannot be handed over to the same unit.")


def same_user() -> str:
    return _("Choose another user: work cannot be handed over to the same user.")


def other_agency() -> str:
    return _("Work is handed over only within one agency.")


def inactive_user() -> str:
    return _("This user's account is inactive; choose an active user.")


def not_a_pic() -> str:
    return _("This user is not the PIC of a unit, so there is no work to hand over.")


def already_in_a_unit(unit: str) -> str:
    return _("This user already belongs to the unit %(unit)s; choose a user without a unit.") % {
        "unit": unit
    }


def preview_changed() -> str:
    return _(
        "The work has changed since the preview was shown; check the new preview and confirm again."
    )


def counts(*, assignments: int, actions: int, items: int) -> str:
    """ "12 assignments, 3 actions, 5 items", in the user's language."""
    return ", ".join(
        [
            ngettext("%(n)d assignment", "%(n)d assignments", assignments) % {"n": assignments},
            ngettext("%(n)d action", "%(n)d actions", actions) % {"n": actions},
            ngettext("%(n)d item", "%(n)d items", items) % {"n": items},
        ]
    )


def notification_title(*, source: str, target: str) -> str:
    return _("Work handed over from %(source)s to %(target)s") % {
        "source": source,
        "target": target,
    }


def notification_body(*, moved: str) -> str:
    return _("Moved: %(moved)s. The desk session list shows the open work.") % {"moved": moved}
