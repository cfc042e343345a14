"""The planner's input errors: a code for callers to phrase, and an English sentence for logs."""

from __future__ import annotations

import string

import pytest

from spbe.planner.errors import _MESSAGES, PlanningInputError


def test_the_error_keeps_its_code_and_parameters():
    error = PlanningInputError("target_out_of_range", value=7, minimum=1, maximum=5)
    assert error.code == "target_out_of_range"
    assert error.params == {"value": 7, "minimum": 1, "maximum": 5}


def test_the_error_reads_as_english():
    error = PlanningInputError("missing_cost", indicator=12, level=4)
    assert str(error) == "no cost is given for the step of indicator 12 to level 4"


def test_a_code_without_parameters_reads_as_is():
    assert str(PlanningInputError("costs_not_an_object")).startswith(
        "the costs must be a JSON object"
    )


def test_a_literal_brace_in_a_message_is_kept():
    error = PlanningInputError("costs_entry_not_an_object", entry="12")
    assert str(error) == 'costs: the entry "12" must be an object such as {"2": 3}'


def test_it_is_a_value_error_so_callers_may_treat_it_as_bad_input():
    assert isinstance(PlanningInputError("costs_too_large"), ValueError)


def test_an_unknown_code_is_a_programming_error():
    with pytest.raises(KeyError):
        PlanningInputError("no_such_code")


def test_a_missing_parameter_is_a_programming_error():
    with pytest.raises(KeyError, match="framework"):
        PlanningInputError("no_default_costs")


@pytest.mark.parametrize("code", sorted(_MESSAGES))
def test_every_message_takes_only_its_placeholders(code):
    names = {name for _, name, _, _ in string.Formatter().parse(_MESSAGES[code]) if name}
    error = PlanningInputError(code, **{name: f"<{name}>" for name in names})
    assert all(f"<{name}>" in str(error) for name in names)
