"""The cost of each level step, and the planner's other per-indicator limits.

A costs file, edited per evaluation, looks like::

    {
      "12": {"2": 3, "3": 5, "max": 4},
      "32": {"locked": true},
      "default": {"4": 8, "5": 13},
      "units": {"Diskominfo": {"indicators": [15, 16, 17, 18], "capacity": 40}}
    }

* ``"<indicator>"``: the cost of the step *to* each level (``"3"`` is the step from level 2 to
  level 3), ``"max"`` (the highest level the plan may give it) and ``"locked"`` (the plan must
  leave it alone);
* ``"default"``: the same fields, for every indicator the file does not set them for;
* ``"units"``: optional; which unit (Perangkat Daerah) carries which indicators, and the most
  the unit can spend in total (its capacity, in the same unit as the costs).

A cost not set in the file comes from the framework's default costs shipped with the library
(:mod:`spbe.planner.cost_library`). Every field is checked; an error names the entry and the
field (:class:`~spbe.planner.errors.PlanningInputError`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from spbe.planner.errors import PlanningInputError
from spbe.scoring.model import ScoringFramework
from spbe.scoring.values import parse_number, whole_number

DEFAULT_ENTRY = "default"
UNITS_ENTRY = "units"
DEFAULT_COST_UNIT = "effort points"

# The largest cost or capacity a costs file may give, and the finest fraction of one: a plan
# sums and scales them exactly, so a value such as 9e999999 (or 1e-999999) would stop the
# planner, the planning page and the report (issue 15). A quadrillion holds any budget in
# rupiah; six decimals any share of an effort point.
MAX_COST = Decimal(10) ** 15
COST_DECIMALS = 6


@dataclass(frozen=True, slots=True)
class CostTable:
    """Step costs per indicator and level, the limits on each indicator, and the units."""

    framework_id: str
    steps: Mapping[int, Mapping[int, Decimal]]
    max_levels: Mapping[int, int] = field(default_factory=dict)
    locked: frozenset[int] = frozenset()
    units: Mapping[int, str] = field(default_factory=dict)
    capacities: Mapping[str, Decimal] = field(default_factory=dict)
    cost_unit: str = DEFAULT_COST_UNIT

    def step_cost(self, indicator: int, level: int) -> Decimal:
        """The cost of raising ``indicator`` to ``level`` from the level below it."""
        cost = self.steps.get(indicator, {}).get(level)
        if cost is None:
            raise PlanningInputError("missing_cost", indicator=indicator, level=level)
        return cost


def parse_costs(
    framework: ScoringFramework,
    raw: object,
    *,
    defaults: CostTable | None = None,
) -> CostTable:
    """Validate a costs file's content and lay it over ``defaults`` (the library's costs).

    Precedence for each indicator and level: the indicator's own entry, then ``"default"``,
    then ``defaults``. Raises :class:`PlanningInputError` naming the first bad field.
    """
    if not isinstance(raw, Mapping):
        raise PlanningInputError("costs_not_an_object")
    numbers = set(framework.indicator_numbers)
    entries: dict[int, _Entry] = {}
    general = _Entry()
    units: dict[int, str] = {}
    capacities: dict[str, Decimal] = {}
    for key, value in raw.items():
        if key == DEFAULT_ENTRY:
            general = _entry(framework, key, value)
        elif key == UNITS_ENTRY:
            units, capacities = _units(framework, value)
        else:
            number = _indicator_number(key)
            if number is None or number not in numbers:
                raise PlanningInputError(
                    "costs_unknown_indicator", entry=key, framework=framework.id
                )
            entries[number] = _entry(framework, key, value)

    base = defaults.steps if defaults else {}
    steps: dict[int, dict[int, Decimal]] = {}
    max_levels: dict[int, int] = {}
    locked: set[int] = set()
    for number in framework.indicator_numbers:
        own = entries.get(number, _Entry())
        steps[number] = {**base.get(number, {}), **general.costs, **own.costs}
        top = own.max_level if own.max_level is not None else general.max_level
        if top is not None:
            max_levels[number] = top
        is_locked = own.locked if own.locked is not None else general.locked
        if is_locked:
            locked.add(number)
    return CostTable(
        framework_id=framework.id,
        steps=steps,
        max_levels=max_levels,
        locked=frozenset(locked),
        units=units,
        capacities=capacities,
        cost_unit=defaults.cost_unit if defaults else DEFAULT_COST_UNIT,
    )


@dataclass(slots=True)
class _Entry:
    costs: dict[int, Decimal] = field(default_factory=dict)
    max_level: int | None = None
    locked: bool | None = None


def _entry(framework: ScoringFramework, key: str, raw: object) -> _Entry:
    if not isinstance(raw, Mapping):
        raise PlanningInputError("costs_entry_not_an_object", entry=key)
    low, high = _level_bounds(framework)
    entry = _Entry()
    for name, value in raw.items():
        if name == "max":
            entry.max_level = _max_level(framework, key, value)
        elif name == "locked":
            if not isinstance(value, bool):
                raise PlanningInputError("costs_bad_locked", entry=key, value=value)
            entry.locked = value
        else:
            level = _indicator_number(name)
            if level is None:
                raise PlanningInputError("costs_unknown_field", entry=key, field=name)
            if not low < level <= high:
                raise PlanningInputError(
                    "costs_unknown_level", entry=key, field=name, minimum=low + 1, maximum=high
                )
            entry.costs[level] = _cost(key, name, value)
    return entry


def _cost(key: str, name: str, raw: object) -> Decimal:
    number = parse_number(raw)
    if number is None:
        raise PlanningInputError("costs_not_a_number", entry=key, field=name, value=raw)
    if number < 0:
        raise PlanningInputError("costs_negative", entry=key, field=name, value=number)
    if not is_bounded_cost(number):
        raise PlanningInputError(
            "costs_out_of_bounds", entry=key, field=name, value=raw, maximum=MAX_COST
        )
    return number


def is_bounded_cost(number: Decimal) -> bool:
    """At most ``MAX_COST``, with at most ``COST_DECIMALS`` decimals (``number`` is finite)."""
    exponent = number.as_tuple().exponent
    return number <= MAX_COST and isinstance(exponent, int) and exponent >= -COST_DECIMALS


def _max_level(framework: ScoringFramework, key: str, raw: object) -> int:
    low, high = _level_bounds(framework)
    number = parse_number(raw)
    if number is None or number != number.to_integral_value() or not low <= number <= high:
        raise PlanningInputError("costs_bad_max", entry=key, value=raw, minimum=low, maximum=high)
    return int(number)


def _units(framework: ScoringFramework, raw: object) -> tuple[dict[int, str], dict[str, Decimal]]:
    if not isinstance(raw, Mapping):
        raise PlanningInputError("costs_bad_units")
    numbers = set(framework.indicator_numbers)
    units: dict[int, str] = {}
    capacities: dict[str, Decimal] = {}
    for unit, spec in raw.items():
        members = spec.get("indicators") if isinstance(spec, Mapping) else None
        if not isinstance(members, list) or set(spec) - {"indicators", "capacity"}:
            raise PlanningInputError("costs_bad_unit", unit=unit)
        if "capacity" in spec:
            capacity = parse_number(spec["capacity"])
            if capacity is None or capacity < 0 or not is_bounded_cost(capacity):
                raise PlanningInputError("costs_bad_capacity", unit=unit, value=spec["capacity"])
            capacities[unit] = capacity
        for member in members:
            number = _indicator_number(member)
            if number is None or number not in numbers:
                raise PlanningInputError("costs_unit_indicator", unit=unit, indicator=member)
            if number in units and units[number] != unit:
                raise PlanningInputError(
                    "costs_indicator_in_two_units", indicator=number, unit=units[number], other=unit
                )
            units[number] = unit
    return units, capacities


def _level_bounds(framework: ScoringFramework) -> tuple[int, int]:
    return int(framework.value_range.minimum), int(framework.value_range.maximum)


def _indicator_number(key: object) -> int | None:
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key
    return whole_number(key)
