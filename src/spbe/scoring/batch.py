"""Reading the values of many evaluations of one framework, as ``spbe score --batch`` does.

:func:`spbe.scoring.values.parse_values` reads any input a person may write (``"07"`` as a key,
``"3,5"`` or ``3.0`` as a value) and builds an exact ``Fraction`` of each value through a
``Decimal``. A machine-written batch is nearly always canonical: each indicator's number as its
key, a whole level as a JSON integer. :class:`BatchValues` converts what that takes once per
framework (the keys it accepts, the range of whole levels) and reads such a line in one pass,
without a ``Decimal`` or a ``Fraction``; any other line goes through ``parse_values`` whole, so
every value is accepted or refused exactly as before, with the same error.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from spbe.scoring.model import Number, ScoringFramework
from spbe.scoring.values import parse_values


class BatchValues:
    """The values of evaluations of ``framework``, read as :func:`parse_values` reads them."""

    def __init__(self, framework: ScoringFramework) -> None:
        self.framework = framework
        self._numbers = {str(number): number for number in framework.indicator_numbers}
        value_range = framework.value_range
        self._lowest = math.ceil(value_range.minimum)
        self._highest = math.floor(value_range.maximum)

    def values(self, raw: Mapping[str, object] | Mapping[int, object]) -> dict[int, Number]:
        """One value per indicator, each equal to what ``parse_values(framework, raw)`` gives
        (a whole level as an ``int``, which the engine scores as it scores ``Fraction(3)``);
        raises the :class:`~spbe.scoring.values.ScoringInputError` that it raises."""
        numbers, lowest, highest = self._numbers, self._lowest, self._highest
        if len(raw) == len(numbers):
            values: dict[int, Number] = {}
            for key, value in raw.items():
                # ``type(...) is int`` leaves out booleans, which parse_values refuses.
                number = numbers.get(key) if type(key) is str else None
                if number is None or type(value) is not int or not lowest <= value <= highest:
                    break
                values[number] = value
            else:
                # As many keys as indicators, each one of them and none twice: all are there.
                return values
        return dict(parse_values(self.framework, raw))
