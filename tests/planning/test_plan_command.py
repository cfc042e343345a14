"""``spbe plan`` in-process: every option and every kind of bad input."""

from __future__ import annotations

import json
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from spbe.scoring.fit import fit_levels
from tests.conftest import library_framework

pytestmark = pytest.mark.django_db

SIANTAR_2021 = fit_levels(library_framework("spbe-2020"), index=Decimal("1.53"))
ALL_TWO = {str(n): 2 for n in range(1, 48)}
AT_2_595 = {str(n): 3 if n in {11, 12, 13, 14, 15, 21} or n >= 32 else 2 for n in range(1, 48)}


def write(tmp_path, name, content) -> str:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def run(*args: str) -> str:
    out = StringIO()
    with translation.override("en"):  # the assertions below read the English wording
        call_command(*args, stdout=out)
    return out.getvalue()


def plan(tmp_path, *args, levels=None) -> str:
    path = write(tmp_path, "levels.json", levels if levels is not None else SIANTAR_2021)
    return run("plan", "--framework", "spbe-2020", "--levels", path, *args)


def refused(tmp_path, *args, levels=None) -> str:
    """The message of a refusal, which must carry exit status 2."""
    with pytest.raises(CommandError) as raised:
        plan(tmp_path, *args, levels=levels)
    assert raised.value.returncode == 2
    return str(raised.value)


def test_the_json_plan_has_the_promised_keys(tmp_path):
    data = json.loads(plan(tmp_path, "--target", "2.6", "--json"))
    promised = {"index_before", "index_after", "target", "reachable", "total_cost", "steps"}
    assert promised <= set(data)
    assert data["index_before"] == "1.53"
    assert Decimal(data["index_after_exact"]) >= Decimal("2.6")
    assert Decimal(data["total_cost"]) == sum(Decimal(step["cost"]) for step in data["steps"])
    assert set(data["steps"][0]) == {"indicator", "from", "to", "cost"}


def test_the_table_shows_before_after_the_steps_and_that_costs_are_defaults(tmp_path):
    out = plan(tmp_path, "--target", "2.6")
    assert "1.53" in out and "2.60" in out
    assert "Kurang" in out and "Baik" in out
    assert "Tingkat Kematangan" in out
    assert "not official" in out


def test_the_pareto_curve_runs_from_the_current_index_to_the_top(tmp_path):
    curve = json.loads(plan(tmp_path, "--pareto", "--json"))["pareto"]
    assert (curve[0]["cost"], curve[0]["index"]) == ("0", "1.53")
    assert curve[-1]["index"] == "5.00"
    assert "5.00" in plan(tmp_path, "--pareto")


def test_the_plan_and_the_curve_can_be_asked_for_together(tmp_path):
    data = json.loads(plan(tmp_path, "--target", "2.8", "--pareto", "--json"))
    cheapest = next(p for p in data["pareto"] if Decimal(p["index_exact"]) >= Decimal("2.8"))
    assert cheapest["cost"] == data["total_cost"]


def test_an_unreachable_target_is_reported_not_refused(tmp_path):
    costs = write(tmp_path, "costs.json", {"default": {"max": 2}})
    data = json.loads(plan(tmp_path, "--target", "3", "--costs", costs, "--json"))
    assert data["reachable"] is False
    assert "3" in data["reason"]
    assert Decimal(data["best_index"]) < 3
    assert "NOT reachable" in plan(tmp_path, "--target", "3", "--costs", costs)


def test_a_costs_file_changes_the_plan(tmp_path):
    costs = write(tmp_path, "costs.json", {"default": {"locked": True}, "47": {"locked": False}})
    data = json.loads(plan(tmp_path, "--target", "1.6", "--costs", costs, "--json"))
    assert [step["indicator"] for step in data["steps"]] == [47]
    assert data["costs_file"] == costs


def test_the_year_selects_the_predicate_basis(tmp_path):
    runs = {
        year: json.loads(
            plan(tmp_path, "--target", "2.6", "--year", year, "--json", levels=AT_2_595)
        )
        for year in ("2023", "2024")
    }
    assert runs["2023"]["steps"] == [] and runs["2023"]["predicate_basis"] == "rounded"
    assert runs["2024"]["steps"] != [] and runs["2024"]["predicate_basis"] == "exact"


def test_pemdi_fractional_values_plan_with_the_pemdi_defaults(tmp_path):
    path = write(tmp_path, "pemdi.json", {str(n): "1,26" for n in range(1, 21)})
    data = json.loads(
        run("plan", "--framework", "pemdi-2026", "--levels", path, "--target", "2.5", "--json")
    )
    assert data["reachable"] is True
    assert {step["from"] for step in data["steps"]} == {"1.26"}


@pytest.mark.parametrize(
    ("args", "levels", "fragment"),
    [
        (("--target", "abc"), None, '"abc"'),
        (("--target", "5.5"), None, "5.5"),
        (("--target", "0.99"), None, "0.99"),
        (("--target", "2.6"), {"1": 3}, "2, 3"),
        (("--target", "2.6"), {**ALL_TWO, "7": 9}, "9"),
        (("--target", "2.6"), "{", "JSON"),
        ((), None, "--target"),
    ],
)
def test_bad_levels_or_target_are_refused_naming_the_problem(tmp_path, args, levels, fragment):
    assert fragment in refused(tmp_path, *args, levels=levels)


@pytest.mark.parametrize(
    ("costs", "fragment"),
    [
        ({"12": {"3": "x"}}, '"x"'),
        ({"12": {"3": -2}}, "-2"),
        ({"99": {"3": 2}}, "99"),
        ({"12": {"max": 7}}, "7"),
        ({"12": {"locked": "yes"}}, "yes"),
        ({"units": {"Diskominfo": {"indicators": [15], "capacity": "x"}}}, "Diskominfo"),
        ("not json", "JSON"),
        ([1, 2], "JSON object"),
    ],
)
def test_a_bad_costs_file_is_refused_naming_the_problem(tmp_path, costs, fragment):
    path = write(tmp_path, "costs.json", costs)
    assert fragment in refused(tmp_path, "--target", "2.6", "--costs", path)


def test_a_missing_costs_file_is_refused(tmp_path):
    assert "nowhere.json" in refused(
        tmp_path, "--target", "2", "--costs", str(tmp_path / "nowhere.json")
    )


def test_a_framework_without_default_costs_needs_a_costs_file(tmp_path):
    path = write(tmp_path, "levels.json", {str(n): 2 for n in range(1, 36)})
    with pytest.raises(CommandError) as raised:
        run("plan", "--framework", "spbe-2018", "--levels", path, "--target", "3")
    assert raised.value.returncode == 2
    assert "spbe-2018" in str(raised.value)
