"""pytest-benchmark: the published-results pages over the real file (1,253 rows).

uv run pytest bench/test_benchmarks_bench.py --benchmark-only
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from spbe.benchmarks.agency import References, agency_benchmark
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.matching import Candidate, Matcher
from spbe.benchmarks.national import check_against_published, read_national_averages
from spbe.benchmarks.published import read_published
from spbe.benchmarks.ranking import biggest_movers
from spbe.benchmarks.validation import library_rules
from spbe.charts import HistoryLabels, HistoryPoint, index_history

PUBLISHED = Path(__file__).parents[1] / "src" / "spbe" / "library" / "published"
RESULTS = PUBLISHED / "spbe-results.csv"
AGENCY = "kota:pematangsiantar"

library_rules()  # The framework library is read once per process, not per request.


def every_page(results: ResultSet, references: References) -> tuple:
    """What the benchmark pages of one agency compute: its page, the movers, the checks."""
    page = agency_benchmark(results, references, AGENCY, 2024)
    movers_all = biggest_movers(results, 2023, 2024)
    movers_kind = biggest_movers(results, 2023, 2024, kind=Kind.KOTA)
    movers_province = biggest_movers(results, 2023, 2024, province="Sumatera Utara")
    return page, movers_all, movers_kind, movers_province


def test_parse_and_validate_the_published_file(benchmark):
    parsed = benchmark(read_published, RESULTS)
    assert len(parsed.require_valid()) == 1253


def test_index_the_results_and_the_national_averages(benchmark):
    rows = read_published(RESULTS).require_valid()
    averages = read_national_averages()
    results, _ = benchmark(lambda: (r := ResultSet(rows), References(r, averages)))
    assert len(results) == 1253


def test_all_page_computations_for_one_agency(benchmark):
    results = ResultSet(read_published(RESULTS).require_valid())
    references = References(results, read_national_averages())
    page, *_ = benchmark(every_page, results, references)
    assert page.rank_in_kind.position == 66


def test_parse_index_and_compute_every_page_for_one_agency(benchmark):
    def from_the_file() -> tuple:
        results = ResultSet(read_published(RESULTS).require_valid())
        averages = read_national_averages()
        references = References(results, averages)
        check_against_published(results, averages)
        return every_page(results, references)

    page, *_ = benchmark(from_the_file)
    assert page.rank_in_province.position == 9


def test_match_every_2023_name_against_the_2024_agencies(benchmark):
    rows = read_published(RESULTS).require_valid()
    matcher = Matcher(Candidate(r.agency_key, r.agency, r.kind) for r in rows if r.year == 2024)
    names = [(r.agency, r.kind) for r in rows if r.year == 2023]
    matches = benchmark(lambda: [matcher.match(name, kind) for name, kind in names])
    assert len(matches) == 621


def test_render_the_history_chart_as_svg(benchmark):
    points = [
        HistoryPoint(2021, Decimal("1.53"), Decimal("2.24")),
        HistoryPoint(2022, Decimal("2.35"), Decimal("2.34")),
        HistoryPoint(2023, Decimal("2.84"), Decimal("2.79"), Decimal("3.02"), Decimal("2.46")),
        HistoryPoint(2024, Decimal("3.06"), Decimal("3.12"), Decimal("3.39"), Decimal("2.81")),
    ]
    labels = HistoryLabels(
        "Kota Pematangsiantar", "Rerata nasional", "Rerata kota", "Rerata Sumatera Utara"
    )
    svg = benchmark(index_history(points, title="Riwayat indeks", labels=labels).svg)
    assert svg.startswith("<svg")
