"""The benchmark page's charts: drawn from the page's figures, translated, and cached."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.utils import translation

from spbe.benchmarks.agency import References, agency_benchmark
from spbe.benchmarks.charts import DOMAIN_NAMES, domains_svg, history_svg
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from tests.benchmarks.published_rows import result
from tests.charts.svg import title, words


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def page(*, one_year: bool = False, other_province: bool = True):
    rows = [
        result(
            "Kota Medan", "3.06", province="Sumatera Utara", domains=("2.50", "3.00", None, "3.40")
        ),
        result("Kota Binjai", "2.00", province="Sumatera Utara", domains=("2", "2", "2", "2")),
    ]
    if other_province:
        rows.append(result("Kabupaten Badung", "4.00", kind=Kind.KABUPATEN, province="Bali"))
    if not one_year:
        rows += [result("Kota Medan", "2.84", province="Sumatera Utara", year=2023)]
        rows += [result(f"Kota {n}", "2.00", year=2023) for n in range(3)]
    results = ResultSet(rows)
    found = agency_benchmark(results, References(results, []), "kota:medan", 2024)
    assert found is not None
    return found


def test_the_history_chart_names_the_agency_and_its_averages_in_english():
    with translation.override("en"):
        svg = history_svg(page())
    assert title(svg) == "Index over the years"
    shown = words(svg)
    assert "Kota Medan" in shown
    assert "National average" in shown and "Average of its kind" in shown
    assert "2023" in shown and "2024" in shown


def test_the_history_chart_writes_the_index_with_a_decimal_comma():
    with translation.override("id"):
        shown = words(history_svg(page()))
    assert "3,06" in shown and "2,84" in shown
    assert "3.06" not in shown


def test_the_history_chart_of_one_year_still_renders():
    with translation.override("en"):
        svg = history_svg(page(one_year=True))
    assert "2024" in words(svg)
    assert "2023" not in words(svg)


def test_the_domain_chart_shows_the_four_domains_and_the_averages_the_page_has():
    with translation.override("en"):
        svg = domains_svg(page())
    assert title(svg) == "Domains compared"
    shown = words(svg)
    assert all(name in shown for name in DOMAIN_NAMES)
    assert "Average of its province" in shown
    assert "–" in shown  # Medan's blank Manajemen


def test_the_domain_chart_leaves_out_an_average_the_page_does_not_have():
    benchmark = page()
    without = type(benchmark.domains)(
        benchmark.domains.agency, benchmark.domains.national, None, None
    )
    with translation.override("en"):
        shown = words(
            domains_svg(type(benchmark)(benchmark.result, benchmark.history, None, None, without))
        )
    assert "National average" in shown
    assert "Average of its kind" not in shown
    assert "Average of its province" not in shown


def test_the_same_page_is_drawn_once_and_then_served_from_the_cache(monkeypatch):
    benchmark = page()
    with translation.override("en"):
        first = history_svg(benchmark)
        monkeypatch.setattr("spbe.benchmarks.charts.index_history", _must_not_draw)
        assert history_svg(benchmark) == first


def test_a_chart_in_another_language_is_drawn_again():
    benchmark = page()
    with translation.override("en"):
        english = domains_svg(benchmark)
    with translation.override("id"):
        indonesian = domains_svg(benchmark)
    assert "Domains compared" in english
    assert indonesian != english


def test_the_domain_values_use_the_indonesian_decimal_comma():
    with translation.override("id"):
        shown = words(domains_svg(page()))
    assert "3,40" in shown


def _must_not_draw(*args, **kwargs):
    raise AssertionError("the chart was drawn again instead of read from the cache")


def test_the_page_figures_are_what_the_chart_is_keyed_on():
    with translation.override("en"):
        medan = history_svg(page())
        smaller = history_svg(page(other_province=False))
    # Without Badung the 2024 national average changes, so the chart must too.
    assert medan != smaller
