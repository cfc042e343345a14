"""Form fields that read numbers with the one parser, the scoring values' (``parse_number``).

Django's ``IntegerField`` and ``DecimalField`` read through ``int()`` and ``Decimal()``, which
accept other scripts' digits (``"٣"``, ``"２"``) and, for decimals, exponents (``"1e0"``). The
forms use these instead, so that a page reads a number exactly as the API and the imports do.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from spbe.core.numbers import form_value
from spbe.scoring.formatting import Places
from spbe.scoring.values import parse_number


class WholeNumberField(forms.IntegerField):
    """A whole number written with ASCII digits (``"3"``, ``"3.0"``), else "invalid"."""

    def to_python(self, value: Any) -> int | None:
        if value in self.empty_values:
            return None
        number = parse_number(value)
        if number is None or number != number.to_integral_value():
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return int(number)


class NumberField(forms.DecimalField):
    """A decimal number typed with a comma or a point ("2,5", "2.5", "1.250,5"), read by the
    scoring values' parser and shown back in the language's form."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        if value in self.empty_values:
            return None
        number = parse_number(str(value))
        if number is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return number

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            return form_value(value, Places(0, self.decimal_places or 4))
        return value
