"""Template helpers for numbers and states."""

from __future__ import annotations

from decimal import Decimal

from django import template

register = template.Library()


@register.filter
def scale_percent(value: Decimal | None, maximum: int = 5) -> str:
    """Width of a bar for a value on the 1–5 (or 0–5) scale, as a CSS percentage."""
    if value is None:
        return "0%"
    share = max(Decimal(0), min(Decimal(1), Decimal(value) / maximum))
    return f"{share * 100:.1f}%"


@register.filter
def signed(value: Decimal | None) -> str:
    """A difference with its sign, in the user's number format: +1,00, -0,0500, 0,00."""
    if value is None:
        return "—"
    from django.utils.formats import number_format

    text = number_format(value)
    return f"+{text}" if value > 0 else text


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key) if mapping else None


@register.filter
def level(value: Decimal | None) -> str:
    """A level or value without needless zeros: 3.00 → 3, 1.50 → 1.5, None → —."""
    if value is None:
        return "—"
    from django.utils.formats import number_format

    normalized = Decimal(value).normalize()
    places = max(0, -normalized.as_tuple().exponent)  # type: ignore[operator]
    return number_format(normalized, decimal_pos=places)
