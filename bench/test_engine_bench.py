"""pytest-benchmark: one call of the scoring engine, as a page makes it.

uv run pytest bench --benchmark-only
"""

import random

from spbe.scoring import parse_values, score
from tests.conftest import library_framework

SPBE_2020 = library_framework("spbe-2020")
PEMDI_2026 = library_framework("pemdi-2026")


def test_score_one_spbe_2020_evaluation(benchmark):
    rng = random.Random(1)
    values = parse_values(SPBE_2020, {n: rng.randint(1, 5) for n in SPBE_2020.indicator_numbers})
    result = benchmark(score, SPBE_2020, values, year=2024)
    assert len(result.domains) == 4


def test_score_one_pemdi_evaluation_with_fractional_values(benchmark):
    rng = random.Random(2)
    raw = {n: f"{rng.randint(100, 500) / 100:.2f}" for n in PEMDI_2026.indicator_numbers}
    values = parse_values(PEMDI_2026, raw)
    result = benchmark(score, PEMDI_2026, values)
    assert len(result.aspects) == 7


def test_parse_and_score_one_spbe_2020_evaluation(benchmark):
    rng = random.Random(3)
    raw = {str(n): rng.randint(1, 5) for n in SPBE_2020.indicator_numbers}
    result = benchmark(lambda: score(SPBE_2020, parse_values(SPBE_2020, raw)))
    assert result.index
