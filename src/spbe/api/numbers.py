"""Numbers a client sends, read by the one parser of the product (``scoring.values``).

pydantic's own reading is laxer than the pages': a string goes through ``Decimal()`` (which
takes ``"٣"``, ``"２"`` and ``"1e0"``) or ``int()`` (which takes ``"1_000"``), and ``true`` is
the integer 1. These types read a string as the pages and the imports read it, refuse a
boolean, and leave a JSON number to pydantic, which refuses NaN and the infinities
(``allow_inf_nan=False``, an integer's own check).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from pydantic import BeforeValidator

from spbe.scoring.values import parse_number

_DIGITS = gettext_noop("Write the number with the digits 0-9 and one decimal point.")


def _plain_number(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError(_(_DIGITS))
    if isinstance(value, str):
        number = parse_number(value)
        if number is None:
            raise ValueError(_(_DIGITS))
        return number
    return value


def _plain_whole_number(value: object) -> object:
    number = _plain_number(value)
    if isinstance(number, Decimal):
        if number != number.to_integral_value():
            raise ValueError(_("Write a whole number with the digits 0-9."))
        return int(number)
    return number


def _not_a_boolean(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError(_(_DIGITS))
    return value


# A number sent by a client, read as the pages and the imports read it.
PlainDecimal = Annotated[Decimal, BeforeValidator(_plain_number)]
# A whole number sent by a client (a level, an id, a version, a page's limit), read the same way.
PlainInt = Annotated[int, BeforeValidator(_plain_whole_number)]
# The same, optional. Not ``PlainIntOrNone``: pydantic would then write a field's bounds into
# the OpenAPI document as ``ge``/``le`` instead of ``minimum``/``maximum``.
PlainIntOrNone = Annotated[int | None, BeforeValidator(_plain_whole_number)]
# A cell of an imported row, read by the table reader (``core.tables``, on ``parse_number``)
# after pydantic: only ``true`` and ``false`` are refused here, which pydantic would make 1 and 0.
Cell = Annotated[int | float | str, BeforeValidator(_not_a_boolean)]
CellOrNone = Annotated[int | float | str | None, BeforeValidator(_not_a_boolean)]
