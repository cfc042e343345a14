"""pytest-benchmark: the planner, as a page or ``spbe plan`` calls it.

uv run pytest bench/test_planning_bench.py --benchmark-only
"""

import random
from decimal import Decimal

from spbe.planner.cost_library import default_costs
from spbe.planner.costs import parse_costs
from spbe.planner.optimizer import optimal_plan
from spbe.planner.pareto import pareto_front
from spbe.scoring import parse_values
from tests.conftest import library_framework

SPBE_2020 = library_framework("spbe-2020")
PEMDI_2026 = library_framework("pemdi-2026")
SPBE_COSTS = default_costs(SPBE_2020)
PEMDI_COSTS = default_costs(PEMDI_2026)


def _random_spbe_values(seed: int):
    rng = random.Random(seed)
    return parse_values(SPBE_2020, {n: rng.randint(1, 3) for n in SPBE_2020.indicator_numbers})


def test_exact_plan_for_47_indicators(benchmark):
    values = _random_spbe_values(1)
    plan = benchmark(optimal_plan, SPBE_2020, values, target=Decimal("3.5"), costs=SPBE_COSTS)
    assert plan.reachable


def test_exact_plan_for_47_indicators_from_level_1_to_4_2(benchmark):
    values = parse_values(SPBE_2020, {n: 1 for n in SPBE_2020.indicator_numbers})
    plan = benchmark(optimal_plan, SPBE_2020, values, target=Decimal("4.2"), costs=SPBE_COSTS)
    assert plan.reachable


def test_exact_plan_for_47_indicators_with_unit_capacities(benchmark):
    numbers = list(SPBE_2020.indicator_numbers)
    units = {
        "Bappeda": {"indicators": numbers[:14], "capacity": 60},
        "Diskominfo": {"indicators": numbers[14:31], "capacity": 80},
        "Setda": {"indicators": numbers[31:], "capacity": 120},
    }
    costs = parse_costs(SPBE_2020, {"units": units}, defaults=SPBE_COSTS)
    values = _random_spbe_values(2)
    plan = benchmark(optimal_plan, SPBE_2020, values, target=Decimal("3.2"), costs=costs)
    assert plan.total_cost > 0


def test_exact_plan_for_pemdi_fractional_values(benchmark):
    rng = random.Random(3)
    raw = {n: f"{rng.randint(100, 300) / 100:.2f}" for n in PEMDI_2026.indicator_numbers}
    values = parse_values(PEMDI_2026, raw)
    plan = benchmark(optimal_plan, PEMDI_2026, values, target=Decimal("3.5"), costs=PEMDI_COSTS)
    assert plan.reachable


def test_pareto_curve_for_47_indicators_from_level_1(benchmark):
    values = parse_values(SPBE_2020, {n: 1 for n in SPBE_2020.indicator_numbers})
    front = benchmark(pareto_front, SPBE_2020, values, costs=SPBE_COSTS, year=2024)
    assert front.points[-1].index == Decimal("5.00")


def test_pareto_curve_for_pemdi_fractional_values(benchmark):
    rng = random.Random(4)
    raw = {n: f"{rng.randint(100, 300) / 100:.2f}" for n in PEMDI_2026.indicator_numbers}
    front = benchmark(pareto_front, PEMDI_2026, parse_values(PEMDI_2026, raw), costs=PEMDI_COSTS)
    assert front.points[-1].index == Decimal("5.00")
