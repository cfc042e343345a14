"""Turning raw indicator values (from JSON, CSV, a form) into validated numbers.

The allowed range comes from the framework data, never from code: SPBE 2020 takes integer
levels 1–5, Pemdi 2026 takes fractional values such as 1.26, SPBE 2018 takes 0–5 and its
indicator 35 is the mean of three public services.

Errors carry a ``code`` and the offending ``indicator`` so that each caller (CLI, page) can
phrase them in the user's language; ``str(error)`` is a plain English description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from spbe.scoring.model import IndicatorSpec, ScoringFramework

_MESSAGES = {
    "unknown_indicator": "indicator {indicator} does not exist in {framework}",
    "missing_indicators": "values are missing for indicator(s) {indicators}",
    "not_a_number": "indicator {indicator}: {value!r} is not a number",
    "not_an_integer": "indicator {indicator}: {value} is not a whole level",
    "out_of_range": "indicator {indicator}: {value} is outside {minimum}–{maximum}",
    "wrong_member_count": "indicator {indicator} needs {expected} values (one per {label}), got {count}",
    "duplicate_indicator": "indicator {indicator} is given more than once",
    "unknown_item": "item {item} does not exist in {framework}",
    "unknown_item_status": "{value!r} is not an item status (one of {allowed})",
    "derived_item_status": (
        "item {item}: 'ditolak otomatis' is derived from the lower levels; give the item's own "
        "status"
    ),
    "no_items": "indicator {indicator} of {framework} has no evidence items",
    "no_external_index": (
        "indicator {indicator} of {framework} is not valued by an external index (those that "
        "are: {indices})"
    ),
    "index_out_of_scale": (
        "indicator {indicator}: {value} is outside the scale of {index} ({minimum}–{maximum})"
    ),
    "not_claimable": (
        "indicator {indicator} is valued from its {source}; a claimed value is not accepted"
    ),
    "claimed_with_item_verdicts": (
        "indicator {indicator} has item verdicts; a claimed value is accepted only for an "
        "indicator without them"
    ),
}


# Level 0 (SPBE 2018) means that nothing is in place: it has no criteria to meet and no
# evidence to prove it. Criteria, evidence links and their checks start at this level.
FIRST_CRITERION_LEVEL = 1


def criterion_levels(levels: Iterable[int]) -> list[int]:
    """The levels that have criteria to meet, in the order given (level 0 has none)."""
    return [level for level in levels if level >= FIRST_CRITERION_LEVEL]


def with_missing_at_lowest(
    framework: ScoringFramework, values: Mapping[int, Decimal | None]
) -> dict[int, Decimal]:
    """One value per indicator of the framework; a missing one counts at the scale's lowest.

    The national evaluator gives the lowest value where nothing is proven, so an indicator
    without a value (absent or ``None``) counts at ``framework.value_range.minimum``.
    """
    lowest = framework.value_range.minimum
    completed = {}
    for number in framework.indicator_numbers:
        value = values.get(number)
        completed[number] = lowest if value is None else value
    return completed


class ScoringInputError(ValueError):
    """A value the framework does not allow; ``code`` names the problem."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        self.indicator = params.get("indicator")
        super().__init__(_MESSAGES[code].format(**params))


def parse_number(raw: object) -> Decimal | None:
    """Read a number from JSON, CSV or a form field; ``None`` if it is not one.

    Accepts ints, Decimals and numeric strings in either form: the point (``"1.26"``, as
    machines write it) or the Indonesian decimal comma (``"1,26"``), also with thousands marks
    when both marks appear (``"1.250,5"`` or ``"1,250.5"``: the last mark is the decimal one, the
    other must group by three). Booleans, floats' special values, NaN and infinities are
    refused. Floats are accepted through their shortest repr, so ``3.0`` from a JSON parser is 3.

    A string is written with ASCII digits and these marks only: ``Decimal`` itself would also
    read other scripts' digits (``"٣"``, ``"２"``) and exponents (``"1e0"``, ``"9e999999"``, a
    number no page can draw), which this refuses. Every numeric input of the product is read
    here (the form fields of ``spbe.core.number_fields`` too).
    """
    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, int | Decimal):
        number = Decimal(raw)
    elif isinstance(raw, float):
        number = Decimal(repr(raw))
    elif isinstance(raw, str):
        text = raw.strip()
        if not _DIGITS_AND_MARKS.fullmatch(text):
            return None
        plain = _point_decimal(text)
        if plain is None or not _PLAIN_NUMBER.fullmatch(plain):
            return None
        try:
            number = Decimal(plain)
        except InvalidOperation:
            return None
    else:
        return None
    return number if number.is_finite() else None


# A sign, then ASCII digits and decimal or thousands marks; at most 30 characters in all.
_DIGITS_AND_MARKS = re.compile(r"(?=.{1,30}$)[+-]?[0-9.,]+")
# What is left once the marks are read: a sign, ASCII digits and at most one decimal point.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_GROUPED = {
    ",": re.compile(r"[+-]?[0-9]{1,3}(\.[0-9]{3})+(,[0-9]*)?"),
    ".": re.compile(r"[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]*)?"),
}


def _point_decimal(text: str) -> str | None:
    """``text`` with a point as its decimal mark and no thousands marks; ``None`` if its marks
    do not make one number."""
    if "," not in text:
        return text
    if "." not in text:
        return text.replace(",", ".")
    decimal = "," if text.rfind(",") > text.rfind(".") else "."
    if not _GROUPED[decimal].fullmatch(text):
        return None
    thousands = "." if decimal == "," else ","
    return text.replace(thousands, "").replace(",", ".")


def parse_values(
    framework: ScoringFramework,
    raw: Mapping[str, object] | Mapping[int, object],
    *,
    require_all: bool = True,
) -> dict[int, Fraction]:
    """Validate raw values keyed by indicator number; return exact values per indicator.

    Raises :class:`ScoringInputError` naming the first problem and its indicator. With
    ``require_all`` (the default) every indicator of the framework must be present.
    """
    specs = {indicator.number: indicator for indicator in framework.indicators}
    parsed = {
        number: validate_value(framework, specs[number], value)
        for number, value in keyed_by_indicator(framework, raw).items()
    }
    if require_all:
        missing = [n for n in framework.indicator_numbers if n not in parsed]
        if missing:
            raise ScoringInputError(
                "missing_indicators",
                indicators=", ".join(str(n) for n in missing),
                indicator=missing[0],
            )
    return parsed


def keyed_by_indicator(
    framework: ScoringFramework, raw: Mapping[str, object] | Mapping[int, object]
) -> dict[int, object]:
    """The raw values keyed by indicator number (``"7"`` becomes 7), not yet validated.

    Raises :class:`ScoringInputError` for a key that is not an indicator of the framework, or
    for an indicator given twice (``"7"`` and ``"07"``).
    """
    known = set(framework.indicator_numbers)
    keyed: dict[int, object] = {}
    for key, value in raw.items():
        number = _indicator_number(key)
        if number is None or number not in known:
            raise ScoringInputError("unknown_indicator", indicator=key, framework=framework.id)
        if number in keyed:
            raise ScoringInputError("duplicate_indicator", indicator=number)
        keyed[number] = value
    return keyed


def validate_value(framework: ScoringFramework, indicator: IndicatorSpec, raw: object) -> Fraction:
    """Check one indicator value against the framework's range; return it exactly."""
    rule = indicator.mean_of
    if rule is not None and isinstance(raw, Sequence) and not isinstance(raw, str):
        if len(raw) != rule.count:
            raise ScoringInputError(
                "wrong_member_count",
                indicator=indicator.number,
                expected=rule.count,
                label=rule.member_label,
                count=len(raw),
            )
        members = [_checked(framework, indicator, member, whole=True) for member in raw]
        return sum(members, Fraction(0)) / rule.count
    # A mean of several whole levels may itself be fractional.
    return _checked(framework, indicator, raw, whole=rule is None)


def _checked(
    framework: ScoringFramework, indicator: IndicatorSpec, raw: object, *, whole: bool
) -> Fraction:
    number = parse_number(raw)
    if number is None:
        raise ScoringInputError("not_a_number", indicator=indicator.number, value=raw)
    value_range = framework.value_range
    if not value_range.minimum <= number <= value_range.maximum:
        raise ScoringInputError(
            "out_of_range",
            indicator=indicator.number,
            value=number,
            minimum=value_range.minimum,
            maximum=value_range.maximum,
        )
    if whole and value_range.integer_only and number != number.to_integral_value():
        raise ScoringInputError("not_an_integer", indicator=indicator.number, value=number)
    return Fraction(number)


_WHOLE_NUMBER = re.compile(r"[0-9]{1,9}")


def whole_number(text: object) -> int | None:
    """A non-negative whole number written with ASCII digits (``"12"``, ``" 7 "``), else None.

    ``str.isdigit`` also accepts characters such as "²" that ``int()`` refuses; this never does.
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    return int(stripped) if _WHOLE_NUMBER.fullmatch(stripped) else None


def _indicator_number(key: object) -> int | None:
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key
    return whole_number(key)
