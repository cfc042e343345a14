"""Indonesian WhatsApp numbers, written as people write them, normalised to ``62…``.

Gateways (Fonnte, Wablas, WAHA) want the international form without ``+``: ``6281234567890``.
People write ``0812-3456-7890``, ``+62 812 3456 7890`` or ``62812…``. Only Indonesian mobile
numbers are accepted: after the country code ``62`` comes ``8`` and 8 to 11 more digits
(``08`` numbers have 10 to 13 digits in all).
"""

from __future__ import annotations

import re
from enum import StrEnum

_SEPARATORS = re.compile(r"[\s\-.()]")


class PhoneProblem(StrEnum):
    """Why a number is refused; the app turns it into a sentence in the user's language."""

    NOT_DIGITS = "not-digits"
    NOT_INDONESIAN = "not-indonesian"
    TOO_SHORT = "too-short"
    TOO_LONG = "too-long"
    NOT_MOBILE = "not-mobile"


class InvalidPhoneNumber(ValueError):
    """The number cannot be a WhatsApp number in Indonesia; ``problem`` says why."""

    def __init__(self, problem: PhoneProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def normalise_whatsapp(raw: str) -> str:
    """The number as ``62`` followed by the mobile number, or ``InvalidPhoneNumber``.

    Spaces, dashes, dots and brackets are ignored; a leading ``+62``, ``62`` or ``0`` is the
    prefix. Any other country code, or a number without a prefix, is refused.
    """
    compact = _SEPARATORS.sub("", raw.strip())
    if compact.startswith("+"):
        compact = compact[1:]
        if not compact.startswith("62"):
            raise InvalidPhoneNumber(PhoneProblem.NOT_INDONESIAN)
    if not compact.isascii() or not compact.isdigit():
        raise InvalidPhoneNumber(PhoneProblem.NOT_DIGITS)
    if compact.startswith("62"):
        national = compact[2:]
    elif compact.startswith("0"):
        national = compact[1:]
    else:
        raise InvalidPhoneNumber(PhoneProblem.NOT_INDONESIAN)
    if not national.startswith("8"):
        raise InvalidPhoneNumber(PhoneProblem.NOT_MOBILE)
    if len(national) < 9:
        raise InvalidPhoneNumber(PhoneProblem.TOO_SHORT)
    if len(national) > 12:
        raise InvalidPhoneNumber(PhoneProblem.TOO_LONG)
    return "62" + national
