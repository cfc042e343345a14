"""Cached charts: the same data in the same language is drawn once; anything else, again."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.utils import translation
from matplotlib.figure import Figure

from spbe.charts import Chart
from spbe.charts.svg_cache import ONE_DAY, cached_svg


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


@dataclass(frozen=True)
class Counted:
    """A chart factory that counts how often it is asked to draw."""

    calls: list[str]

    def __call__(self, label: str = "a") -> Chart:
        self.calls.append(label)
        return Chart(title=label, width=1.0, height=1.0, draw=lambda figure: _text(figure, label))


def _text(figure: Figure, label: str) -> None:
    figure.text(0.5, 0.5, label)


@pytest.fixture
def render() -> Counted:
    return Counted([])


def test_the_first_request_draws_and_returns_the_svg(render):
    svg = cached_svg("history", (1, 2), render)
    assert svg == render().svg()
    assert render.calls[0] == "a"


def test_the_same_data_is_drawn_only_once(render):
    first = cached_svg("history", [Decimal("3.06")], render)
    second = cached_svg("history", [Decimal("3.06")], render)
    assert first == second
    assert len(render.calls) == 1


def test_equal_data_built_anew_hits_the_same_entry(render):
    cached_svg("domains", {"labels": ["A"], "values": [Decimal("1.0")]}, render)
    cached_svg("domains", {"labels": ["A"], "values": [Decimal("1.0")]}, render)
    assert len(render.calls) == 1


def test_changed_data_is_drawn_again(render):
    cached_svg("history", [Decimal("3.06")], render)
    cached_svg("history", [Decimal("3.07")], render)
    assert len(render.calls) == 2


def test_a_value_written_with_more_places_is_other_data(render):
    # Decimal("3.0") and Decimal("3.00") are equal but print differently on a chart.
    cached_svg("history", [Decimal("3.0")], render)
    cached_svg("history", [Decimal("3.00")], render)
    assert len(render.calls) == 2


def test_another_kind_of_chart_with_the_same_data_is_drawn_again(render):
    cached_svg("history", (1,), render)
    cached_svg("domains", (1,), render)
    assert len(render.calls) == 2


def test_another_language_is_drawn_again_and_each_is_kept(render):
    with translation.override("id"):
        cached_svg("history", (1,), render)
    with translation.override("en"):
        cached_svg("history", (1,), render)
        cached_svg("history", (1,), render)
    with translation.override("id"):
        cached_svg("history", (1,), render)
    assert len(render.calls) == 2


def test_an_emptied_cache_draws_again(render):
    cached_svg("history", (1,), render)
    cache.clear()
    cached_svg("history", (1,), render)
    assert len(render.calls) == 2


def test_entries_are_kept_for_a_day(monkeypatch, render):
    stored: list[tuple[str, int]] = []
    monkeypatch.setattr(cache, "set", lambda key, value, timeout: stored.append((key, timeout)))
    cached_svg("history", (1,), render)
    ((key, timeout),) = stored
    assert timeout == ONE_DAY == 86_400
    assert key.startswith("spbe:chart:") and len(key) == len("spbe:chart:") + 64


def test_the_key_does_not_carry_the_data_itself(monkeypatch, render):
    keys: list[str] = []
    monkeypatch.setattr(cache, "set", lambda key, value, timeout: keys.append(key))
    cached_svg("history", "Kota Pematangsiantar", render)
    assert "Pematangsiantar" not in keys[0]


def test_a_drawing_of_older_drawing_code_is_not_served_after_an_upgrade(render, monkeypatch):
    cached_svg("history", (1, 2), render)
    monkeypatch.setattr("spbe.charts.svg_cache.DRAWING_VERSION", 99)
    cached_svg("history", (1, 2), render)
    assert len(render.calls) == 2
