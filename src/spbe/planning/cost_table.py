"""The step costs as a table: one row per indicator, one column per level step, its maximum
level and its lock, read from and written to the evaluation's costs file (docs/planning.md).

A cell left empty is not in the file, so the ``"default"`` entry or the library's default
cost applies (shown as the cell's placeholder). The file's ``"default"`` and ``"units"``
entries have no cells: a save through the table keeps them as they are (the JSON section
edits them). Numbers are read with the one parser (``NumberField``: "1.250,5", "7,5", "7.5")
and each filled cell is checked by the planner's own reader (``parse_costs``), so a cell gets
the message the JSON form would give for the same value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext as _

from spbe.catalog.models import Indicator
from spbe.core.number_fields import NumberField, WholeNumberField
from spbe.core.numbers import form_value
from spbe.planner.cost_library import default_costs
from spbe.planner.costs import COST_DECIMALS, DEFAULT_ENTRY, UNITS_ENTRY, parse_costs
from spbe.planner.errors import PlanningInputError
from spbe.planning.planner_wording import describe_planning_error
from spbe.scoring.formatting import Places
from spbe.scoring.model import ScoringFramework
from spbe.scoring.values import parse_number, whole_number

COST_PLACES = Places(0, COST_DECIMALS)
KEPT_ENTRIES = (DEFAULT_ENTRY, UNITS_ENTRY)


def cost_field(number: int, level: int) -> str:
    """The name of the cell with the cost of raising indicator ``number`` to ``level``."""
    return f"cost_{number}_{level}"


def max_field(number: int) -> str:
    return f"max_{number}"


def locked_field(number: int) -> str:
    return f"locked_{number}"


def step_levels(framework: ScoringFramework) -> list[int]:
    """The levels a step goes to (2…5 on a 1–5 scale): one column each."""
    low, high = int(framework.value_range.minimum), int(framework.value_range.maximum)
    return list(range(low + 1, high + 1))


def table_fits(framework: ScoringFramework, stored: Mapping[str, Any]) -> bool:
    """Whether every entry of ``stored`` has a cell (or is kept as it is): an unknown
    indicator or field, only the JSON section can show and fix."""
    numbers, levels = set(framework.indicator_numbers), set(step_levels(framework))
    for key, entry in stored.items():
        if key in KEPT_ENTRIES:
            continue
        if whole_number(key) not in numbers or str(whole_number(key)) != key:
            return False
        if not isinstance(entry, Mapping):
            return False
        for name in entry:
            if name not in ("max", "locked") and whole_number(name) not in levels:
                return False
    return True


@dataclass(frozen=True)
class CostRow:
    """One indicator's row: its step cells, its maximum level and its lock."""

    code: str
    name: str
    cells: list[forms.BoundField]
    max_level: forms.BoundField
    locked: forms.BoundField


class StepCostsForm(forms.Form):
    """The table of one evaluation's step costs; ``costs_file()`` is what it saves."""

    version = WholeNumberField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        *,
        framework: ScoringFramework,
        indicators: Iterable[Indicator],
        stored: Mapping[str, Any],
        version: int,
    ) -> None:
        super().__init__(data, initial={"version": version})
        self.framework = framework
        self.stored = stored
        self.levels = step_levels(framework)
        self.indicators = [i for i in indicators if i.number in set(framework.indicator_numbers)]
        general = stored.get(DEFAULT_ENTRY)
        self.default_locked = isinstance(general, Mapping) and general.get("locked") is True
        placeholders = costs_placeholders(framework, stored)
        for indicator in self.indicators:
            self._add_row(indicator, placeholders.get(indicator.number, {}))

    def _add_row(self, indicator: Indicator, placeholders: Mapping[int, Decimal]) -> None:
        number, code = indicator.number, indicator.code
        own = self.stored.get(str(number))
        own = own if isinstance(own, Mapping) else {}
        for level in self.levels:
            label = _("Cost of raising indicator %(code)s from level %(low)s to %(high)s") % {
                "code": code,
                "low": level - 1,
                "high": level,
            }
            self.fields[cost_field(number, level)] = NumberField(
                required=False, label=label, decimal_places=COST_DECIMALS
            )
            self.initial[cost_field(number, level)] = _shown(own.get(str(level)))
            _describe(self.fields[cost_field(number, level)], label, placeholders.get(level))
        label = _("Maximum level of indicator %(code)s") % {"code": code}
        self.fields[max_field(number)] = NumberField(required=False, label=label)
        self.initial[max_field(number)] = _shown(own.get("max"))
        _describe(self.fields[max_field(number)], label, None)
        label = _("Lock indicator %(code)s") % {"code": code}
        self.fields[locked_field(number)] = forms.BooleanField(required=False, label=label)
        self.fields[locked_field(number)].widget.attrs["aria-label"] = label
        locked = own.get("locked")
        self.initial[locked_field(number)] = (
            locked if isinstance(locked, bool) else self.default_locked
        )

    def rows(self) -> list[CostRow]:
        return [
            CostRow(
                code=indicator.code,
                name=indicator.name,
                cells=[self[cost_field(indicator.number, level)] for level in self.levels],
                max_level=self[max_field(indicator.number)],
                locked=self[locked_field(indicator.number)],
            )
            for indicator in self.indicators
        ]

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        # Each filled cell is read as a costs file of its own, so that each gets its message.
        for indicator in self.indicators:
            number = indicator.number
            for level in self.levels:
                self._check_cell(cost_field(number, level), number, str(level))
            self._check_cell(max_field(number), number, "max")
        return cleaned

    def _check_cell(self, name: str, number: int, field: str) -> None:
        value = self.cleaned_data.get(name)
        if value is None:
            return
        try:
            parse_costs(self.framework, {str(number): {field: _stored(value)}})
        except PlanningInputError as error:
            self.add_error(name, describe_planning_error(error))

    def costs_file(self) -> dict[str, Any]:
        """The costs file the table says, with the stored ``"default"`` and ``"units"``."""
        data = self.cleaned_data
        result: dict[str, Any] = {}
        for indicator in self.indicators:
            number = indicator.number
            entry: dict[str, Any] = {}
            for level in self.levels:
                if data.get(cost_field(number, level)) is not None:
                    entry[str(level)] = _stored(data[cost_field(number, level)])
            if data.get(max_field(number)) is not None:
                entry["max"] = _stored(data[max_field(number)])
            locked = bool(data.get(locked_field(number)))
            if locked != self.default_locked:
                entry["locked"] = locked
            if entry:
                result[str(number)] = entry
        for key in KEPT_ENTRIES:
            if key in self.stored:
                result[key] = self.stored[key]
        return result


def _describe(field: forms.Field, label: str, placeholder: Decimal | None) -> None:
    attrs = field.widget.attrs
    attrs.update({"aria-label": label, "size": "5", "class": "cost-cell"})
    if placeholder is not None:
        attrs["placeholder"] = form_value(placeholder, COST_PLACES)


def costs_placeholders(
    framework: ScoringFramework, stored: Mapping[str, Any]
) -> Mapping[int, Mapping[int, Decimal]]:
    """The cost each empty cell stands for: the stored ``"default"`` entry's, else the
    library's (none when neither can be read)."""
    library = default_costs(framework)
    general = stored.get(DEFAULT_ENTRY)
    try:
        table = parse_costs(
            framework, {DEFAULT_ENTRY: general} if general else {}, defaults=library
        )
    except PlanningInputError:
        return library.steps if library else {}
    return table.steps


def _shown(raw: object) -> object:
    """A stored value as its cell shows it: a number in the language's form; anything else
    (a stored value the planner refuses) as it is, for the user to fix."""
    if isinstance(raw, bool) or raw is None:
        return None if raw is None else str(raw).lower()
    number = parse_number(raw)
    return form_value(number, COST_PLACES) if number is not None else str(raw)


def _stored(value: Decimal) -> int | str:
    """A number as the costs file stores it: a whole one as an integer, else a string with
    a decimal point (JSON numbers would pass through a float)."""
    if value == value.to_integral_value():
        return int(value)
    return format(value, "f")
