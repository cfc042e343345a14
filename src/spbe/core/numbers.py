"""Numbers in the active language: shown on a page, shown in a form field, read from one.

The pages write every number through ``spbe.scoring.formatting.format_number`` with the
active language's marks (Indonesian: decimal comma, dot thousands) and read every typed
number through ``spbe.scoring.values.parse_number``, which takes "2,5" and "2.5" alike.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from django.utils.formats import get_format

from spbe.scoring.formatting import FORM, LEVEL, Marks, Places, format_number

Number = Decimal | Fraction | int | str | None


def language_marks() -> Marks:
    """The active language's decimal and thousands marks."""
    return Marks(str(get_format("DECIMAL_SEPARATOR")), str(get_format("THOUSAND_SEPARATOR")))


def shown(value: Number, places: Places, *, sign: bool = False) -> str:
    """``value`` as the pages show it in the active language; ``None`` or "" is "—"."""
    if value is None or value == "":
        return "—"
    return format_number(value, places, marks=language_marks(), sign=sign)


def form_value(value: Number, places: Places = LEVEL) -> str:
    """``value`` as a form field shows it: the language's decimal mark and no thousands mark,
    so that submitting it unchanged reads back the same number (``parse_number``)."""
    if value is None or value == "":
        return ""
    return format_number(value, places, marks=Marks(language_marks().decimal, FORM.thousands))
