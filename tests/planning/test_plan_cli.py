"""``spbe plan`` as a user runs it: the real executable's exit status, stdout and stderr."""

from __future__ import annotations

import json
from decimal import Decimal

from tests.planning.test_plan_command import SIANTAR_2021, write


def test_pematangsiantar_plans_from_1_53_to_2_6(spbe_cli, tmp_path):
    levels = write(tmp_path, "siantar.json", SIANTAR_2021)
    result = spbe_cli(
        "plan", "--framework", "spbe-2020", "--levels", levels, "--target", "2.6", "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["index_before"], data["reachable"]) == ("1.53", True)
    assert Decimal(data["index_after_exact"]) >= Decimal("2.6")


def test_a_bad_target_exits_2_with_a_message_and_nothing_on_stdout(spbe_cli, tmp_path):
    levels = write(tmp_path, "siantar.json", SIANTAR_2021)
    result = spbe_cli("plan", "--framework", "spbe-2020", "--levels", levels, "--target", "7")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "7" in result.stderr


def test_a_bad_costs_file_exits_2_with_a_message_and_nothing_on_stdout(spbe_cli, tmp_path):
    levels = write(tmp_path, "siantar.json", SIANTAR_2021)
    costs = write(tmp_path, "costs.json", {"12": {"3": "x"}})
    result = spbe_cli(
        "plan", "--framework", "spbe-2020", "--levels", levels, "--target", "2.6", "--costs", costs
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert '"x"' in result.stderr


def test_an_unknown_framework_exits_2(spbe_cli, tmp_path):
    levels = write(tmp_path, "siantar.json", SIANTAR_2021)
    result = spbe_cli("plan", "--framework", "spbe-2030", "--levels", levels, "--target", "2")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "spbe-2030" in result.stderr
