"""The rows a ranking page shows: around the own agency, or one numbered page."""

from spbe.benchmarks.ranking_window import ranking_window

KEYS = [f"kota:{number}" for number in range(1, 121)]


def test_it_opens_on_the_rows_either_side_of_the_own_agency():
    window = ranking_window(KEYS, "kota:60", around=25)
    assert (window.start, window.stop, window.page) == (34, 85, None)
    assert KEYS[window.start : window.stop].index("kota:60") == 25


def test_the_window_stops_at_the_ends_of_the_list():
    assert (ranking_window(KEYS, "kota:3").start, ranking_window(KEYS, "kota:3").stop) == (0, 28)
    assert ranking_window(KEYS, "kota:119").stop == 120


def test_an_agency_not_ranked_opens_the_first_page():
    window = ranking_window(KEYS, "kota:999")
    assert (window.start, window.stop, window.page, window.pages) == (0, 50, 1, 3)
    assert ranking_window(KEYS, None).page == 1


def test_a_page_asked_for_wins_over_the_window_and_is_clamped():
    assert (
        ranking_window(KEYS, "kota:60", page=3).start,
        ranking_window(KEYS, "kota:60", page=3).stop,
    ) == (100, 120)
    assert ranking_window(KEYS, None, page=99).page == 3
    assert ranking_window(KEYS, None, page=0).page == 1


def test_an_empty_list_has_one_empty_page():
    window = ranking_window([], None)
    assert (window.start, window.stop, window.pages, window.first_shown) == (0, 0, 1, 0)
