"""The sentences of the notifications app that more than one module says."""

from __future__ import annotations

from django.utils.translation import gettext as _

from spbe.notify_rules.phone import PhoneProblem


def phone_problem(problem: PhoneProblem) -> str:
    """Why a WhatsApp number is refused, in the user's language."""
    return {
        PhoneProblem.NOT_DIGITS: _("A WhatsApp number may contain only digits, spaces and dashes."),
        PhoneProblem.NOT_INDONESIAN: _(
            "Write an Indonesian number starting with 08, 62 or +62, e.g. 0812-3456-7890."
        ),
        PhoneProblem.TOO_SHORT: _("This WhatsApp number is too short."),
        PhoneProblem.TOO_LONG: _("This WhatsApp number is too long."),
        PhoneProblem.NOT_MOBILE: _(
            "WhatsApp needs a mobile number: after 0 or 62 it starts with 8, e.g. 0812-3456-7890."
        ),
    }[problem]
