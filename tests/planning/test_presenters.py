"""Plans and cost-vs-index curves as JSON-ready data and as readable tables
(``planning.presenters``), as ``spbe plan`` prints them: numbers as text so that nothing passes
through a float, and a reason when the target cannot be reached."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.utils import translation

from spbe.planner.cost_library import effective_costs
from spbe.planner.optimizer import optimal_plan
from spbe.planner.pareto import pareto_front
from spbe.planning.presenters import (
    NAME_WIDTH,
    front_as_json,
    front_as_table,
    plan_as_json,
    plan_as_table,
)
from spbe.scoring.values import parse_values
from tests.conftest import library_framework

SPBE = library_framework("spbe-2020")
LEVEL_2 = parse_values(SPBE, {str(n): 2 for n in SPBE.indicator_numbers})
COSTS = effective_costs(SPBE)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def plan_to(target: str, costs=COSTS):
    return optimal_plan(SPBE, LEVEL_2, target=Decimal(target), costs=costs, year=2024)


def test_the_json_of_a_reached_plan_has_the_promised_keys_and_its_numbers_as_text():
    data = plan_as_json(plan_to("2.60"))
    assert data["reachable"] is True and data["reason"] is None
    assert (data["index_before"], data["target"]) == ("2.00", "2.60")
    assert Decimal(data["index_after"]) >= Decimal("2.60")
    assert all(isinstance(data[key], str) for key in ("total_cost", "best_index"))
    assert data["steps"]
    step = data["steps"][0]
    assert set(step) == {"indicator", "from", "to", "cost"}
    assert (step["from"], step["to"]) == ("2", 3)
    assert sum(Decimal(s["cost"]) for s in data["steps"]) == Decimal(data["total_cost"])
    assert json.loads(json.dumps(data)) == data


def test_the_json_of_an_unreachable_plan_says_why():
    costs = effective_costs(SPBE, {str(n): {"locked": True} for n in SPBE.indicator_numbers})
    data = plan_as_json(plan_to("3.00", costs))
    assert data["reachable"] is False
    assert data["reason"].startswith("The target 3.00 cannot be reached")
    assert data["steps"] == []


def test_the_table_of_a_plan_lists_each_step_with_its_indicator_name():
    plan = plan_to("2.60")
    table = plan_as_table(plan, SPBE, title="Kota Uji: menuju 2,60")
    lines = table.splitlines()
    assert lines[0] == "Kota Uji: menuju 2,60"
    assert lines[2].startswith("Index now     : 2.00  (unrounded: 2.00)")
    assert lines[4].startswith("Target        : 2.60  reached")
    assert f"{plan.step_count} level steps" in lines[6]
    step_rows = lines[
        lines.index(next(line for line in lines if line.startswith("Indicator"))) + 1 :
    ]
    assert len(step_rows) == len(plan.steps)
    first = plan.steps[0]
    assert step_rows[0].startswith(f"{first.indicator:>2}. ")


def test_a_long_indicator_name_is_clipped_with_an_ellipsis_to_keep_the_columns():
    table = plan_as_table(plan_to("5.00"), SPBE, title="x")
    rows = [line for line in table.splitlines() if line[:3].strip().rstrip(".").isdigit()]
    assert rows
    assert all(len(row) == len(rows[0]) for row in rows)
    long_names = [
        number
        for number in SPBE.indicator_numbers
        if len(f"{number:>2}. {SPBE.indicator(number).name}") > NAME_WIDTH
    ]
    assert long_names  # SPBE 2020 has indicator names longer than the column
    assert any("…" in row for row in rows)


def test_a_target_already_met_needs_no_step():
    table = plan_as_table(plan_to("1.50"), SPBE, title="x")
    assert table.splitlines()[-1] == "No step is needed."


def test_a_target_no_step_can_help_says_so_after_the_reason():
    costs = effective_costs(SPBE, {str(n): {"locked": True} for n in SPBE.indicator_numbers})
    lines = plan_as_table(plan_to("3.00", costs), SPBE, title="x").splitlines()
    assert lines[-1] == "No step can help."
    assert any(line.startswith("The target 3.00 cannot be reached") for line in lines)
    assert "NOT reachable" in lines[4]


def test_the_curve_as_json_rises_in_cost_and_index():
    points = front_as_json(pareto_front(SPBE, LEVEL_2, costs=COSTS, year=2024))
    assert points[0]["cost"] == "0" and points[0]["index"] == "2.00"
    costs = [Decimal(point["cost"]) for point in points]
    indices = [Decimal(point["index_exact"]) for point in points]
    assert costs == sorted(costs) and indices == sorted(indices)
    assert points[-1]["index"] == "5.00"
    assert json.loads(json.dumps(points)) == points


def test_the_curve_as_a_table_shows_each_displayed_index_once_at_its_cheapest():
    front = pareto_front(SPBE, LEVEL_2, costs=COSTS, year=2024)
    lines = front_as_table(front, title="Kurva").splitlines()
    rows = lines[3:-2]
    shown = [row.split()[1] for row in rows]
    assert len(shown) == len(set(shown))
    assert len(rows) <= len(front.points)
    assert lines[-1] == f"Costs in {front.cost_unit}."
