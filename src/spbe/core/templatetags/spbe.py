"""Template helpers for numbers, states and charts.

Every number filter writes through ``spbe.scoring.formatting.format_number`` in the active
language's marks (Indonesian: decimal comma, dot thousands), with the decimals that fit the
kind of number: ``index`` two, ``level`` and ``weight`` none they do not need, ``effect`` and
``signed`` two or up to four with a sign, ``whole`` none.
"""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from spbe.core.numbers import Number, shown
from spbe.scoring.formatting import EFFECT, INDEX, LEVEL, WEIGHT, WHOLE

register = template.Library()


@register.filter
def scale_percent(value: Decimal | None, maximum: int = 5) -> str:
    """Width of a bar for a value on the 1–5 (or 0–5) scale, as a CSS percentage."""
    if value is None:
        return "0%"
    share = max(Decimal(0), min(Decimal(1), Decimal(value) / maximum))
    return f"{share * 100:.1f}%"


@register.filter
def signed(value: Number) -> str:
    """A difference with its sign and the decimals it needs: +1,22, -0,0125, 0,00."""
    return shown(value, EFFECT, sign=True)


@register.filter
def effect(value: Number) -> str:
    """An effect on the index, as ``signed``: +1,22 rather than +1,2200."""
    return shown(value, EFFECT, sign=True)


@register.filter
def index(value: Number) -> str:
    """An index (of the whole, a domain or an aspect): two decimals, 3,06."""
    return shown(value, INDEX)


@register.filter
def get_item(mapping: dict, key: object) -> object:
    return mapping.get(key) if mapping else None


@register.filter
def level(value: Number) -> str:
    """A level or value without needless zeros: 3.00 → 3, 1.50 → 1,5, None → —."""
    return shown(value, LEVEL)


@register.filter
def weight(value: Number) -> str:
    """A weight in percent without needless zeros: 13, 16,5, 1,3."""
    return shown(value, WEIGHT)


@register.filter
def whole(value: Number) -> str:
    """A count or a cost in whole numbers with the thousands mark: 12.500."""
    return shown(value, WHOLE)


@register.filter
def described_by(svg: str, table_id: str) -> SafeString | str:
    """A chart's ``<svg>`` (spbe.charts, already named with ``role="img"``) pointed at the
    table beside it that holds its numbers, for screen readers: ``aria-describedby``."""
    if not svg or "<svg " not in svg:
        return svg
    # The chart is the server's own markup, already shown with |safe; only the id is escaped.
    described = svg.replace("<svg ", f'<svg aria-describedby="{escape(table_id)}" ', 1)
    return mark_safe(described)
