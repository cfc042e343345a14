"""``BatchValues`` (``spbe score --batch``) reads values once per framework and in one pass, and
the engine remembers its part means; neither changes a single character of a result or an
error. Old and new are compared on generated lines: canonical ones (the fast path) and lines
with every kind of value the fast path must leave to ``parse_values``."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from spbe.scoring import ScoringInputError, engine, parse_values, score
from spbe.scoring.batch import BatchValues
from spbe.scoring.model import ScoringFramework

FRAMEWORKS = ("spbe-2020", "pemdi-2026", "spbe-2018")
CANONICAL_LINES = 60


def generated_lines(framework: ScoringFramework, rng: random.Random) -> list[dict[object, object]]:
    """Canonical lines (whole levels as integers, keys as the indicators' numbers), then one
    line for each odd value and each odd key: what a person or another program may write."""
    low = int(framework.value_range.minimum)
    high = int(framework.value_range.maximum)
    numbers = framework.indicator_numbers

    def canonical() -> dict[object, object]:
        return {str(n): rng.randint(low, high) for n in numbers}

    lines = [canonical() for _line in range(CANONICAL_LINES)]
    odd_values: list[object] = [
        True, False, None, 3.0, 2.5, "3", "3,5", " 2 ", Decimal("2"), Decimal("1.5"),
        low - 1, high + 1, [low, high, low], [1, 2], "٣", "1e0", {"a": 1},
    ]  # fmt: skip
    for value in odd_values:
        line = canonical()
        line[str(rng.choice(numbers))] = value
        lines.append(line)
    for change in ("padded key", "integer key", "missing", "unknown", "twice"):
        line, number = canonical(), rng.choice(numbers)
        if change == "padded key":
            line[f"0{number}"] = line.pop(str(number))
        elif change == "integer key":
            line[number] = line.pop(str(number))
        elif change == "missing":
            del line[str(number)]
        elif change == "unknown":
            line["999"] = low
        else:
            line[f"0{number}"] = low
        lines.append(line)
    return lines


def outcome(framework: ScoringFramework, read: object, year: int) -> str:
    """The result's full text (``repr`` shows every digit of every Decimal), or the error."""
    try:
        return repr(score(framework, read(), year=year))  # type: ignore[operator]
    except ScoringInputError as error:
        return f"refused: {error.code} {error.params!r}"


@pytest.mark.parametrize("framework_id", FRAMEWORKS)
def test_batch_values_and_remembered_means_give_the_same_results_and_errors_as_before(
    framework_id, monkeypatch, request
):
    # The session's frameworks (tests/conftest.py), read once per run.
    framework = request.getfixturevalue(framework_id.replace("-", "_"))
    reader = BatchValues(framework)
    lines = generated_lines(framework, random.Random(framework_id))
    new = [outcome(framework, lambda line=line: reader.values(line), 2024) for line in lines]
    # Before: every line through parse_values, every mean computed afresh.
    monkeypatch.setattr(engine, "_shown", engine._shown.__wrapped__)
    old = [
        outcome(framework, lambda line=line: parse_values(framework, line), 2024) for line in lines
    ]
    assert new == old
    refused = sum(text.startswith("refused") for text in old)
    assert 0 < refused < len(lines) - CANONICAL_LINES  # the odd lines: some read, some refused


def test_a_canonical_line_is_read_without_a_fraction(spbe_2020):
    values = BatchValues(spbe_2020).values({str(n): 3 for n in spbe_2020.indicator_numbers})
    assert {type(value) for value in values.values()} == {int}
