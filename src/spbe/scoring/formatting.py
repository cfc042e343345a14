"""Numbers as a person reads them: the decimals that fit the number, in the language's marks.

One helper for every number the pages show, so that an index always has two decimals, a level
none it does not need (3, 2,5), and an effect on the index as many as it needs, up to four
(+1,22, not +1,2200; but -0,0125). The marks are the caller's: the pages pass the active
language's (Indonesian: decimal comma, dot thousands), the command line keeps the point, as
machine output should.

Pure: no Django. The template filters in ``spbe.core.templatetags.spbe`` call it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

__all__ = [
    "EFFECT",
    "FORM",
    "INDEX",
    "INDONESIAN",
    "LEVEL",
    "MACHINE",
    "WEIGHT",
    "WHOLE",
    "Marks",
    "Places",
    "format_number",
]


@dataclass(frozen=True)
class Places:
    """How many decimals a kind of number shows: at least ``fewest``, at most ``most``.

    The value is rounded half-up to ``most`` decimals; zeros beyond ``fewest`` are dropped.
    """

    fewest: int
    most: int

    def __post_init__(self) -> None:
        if not 0 <= self.fewest <= self.most:
            raise ValueError(f"need 0 <= fewest <= most, got {self.fewest}, {self.most}")


# An index, a domain's or aspect's index: two decimals, as the national reports print them.
INDEX = Places(2, 2)
# A difference or an effect on the index: two decimals, or up to four when it needs them.
EFFECT = Places(2, 4)
# A level or an indicator's value (1, 2,5, 2,17): no needless zeros.
LEVEL = Places(0, 2)
# A weight in percent (13, 16,5, 1,3).
WEIGHT = Places(0, 2)
# Counts, costs in effort points, ranks.
WHOLE = Places(0, 0)


@dataclass(frozen=True)
class Marks:
    """The decimal mark and the thousands mark ("" for none)."""

    decimal: str = ","
    thousands: str = "."


INDONESIAN = Marks(",", ".")
# A form field's value: the decimal comma without thousands marks, because "1.250" alone reads
# back as one and a quarter (``spbe.scoring.values.parse_number``), not as twelve hundred fifty.
FORM = Marks(",", "")
MACHINE = Marks(".", "")


def format_number(
    value: Decimal | Fraction | int | str | None,
    places: Places = LEVEL,
    *,
    marks: Marks = INDONESIAN,
    sign: bool = False,
    empty: str = "—",
) -> str:
    """``value`` written with the decimals of ``places`` and the marks of ``marks``.

    ``sign`` puts a "+" before a positive number (a difference); zero has no sign. ``None``
    gives ``empty``. A number that rounds to zero is written without a minus.

    >>> format_number(Decimal("1.2200"), EFFECT, sign=True)
    '+1,22'
    >>> format_number(Decimal("-0.0125"), EFFECT)
    '-0,0125'
    >>> format_number(Decimal("3.0600"), INDEX)
    '3,06'
    >>> format_number(Decimal("2.50"), LEVEL)
    '2,5'
    >>> format_number(12500, WHOLE)
    '12.500'
    >>> format_number(Decimal("1.5"), LEVEL, marks=MACHINE)
    '1.5'
    """
    if value is None:
        return empty
    number = _decimal(value)
    rounded = number.quantize(Decimal(1).scaleb(-places.most), rounding=ROUND_HALF_UP)
    if rounded.is_zero():
        rounded = abs(rounded)
    digits = f"{abs(rounded):f}"
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0").ljust(places.fewest, "0")
    text = _grouped(whole, marks.thousands)
    if fraction:
        text += marks.decimal + fraction
    if rounded < 0:
        return "-" + text
    if sign and rounded > 0:
        return "+" + text
    return text


def _decimal(value: Decimal | Fraction | int | str) -> Decimal:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number


def _grouped(whole: str, mark: str) -> str:
    if not mark or len(whole) <= 3:
        return whole
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    return mark.join(groups)
