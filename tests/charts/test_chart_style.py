"""The shared look of the charts: number format, label wrapping, legend columns."""

from decimal import Decimal

from spbe.charts.parts import legend_columns
from spbe.charts.style import format_number, wrap_label


def test_numbers_are_rounded_half_up_to_two_decimals_with_a_decimal_comma():
    assert format_number(Decimal("3.125")) == "3,13"
    assert format_number(Decimal("1")) == "1,00"


def test_numbers_take_the_decimal_mark_of_the_callers_language():
    assert format_number(Decimal("2.5"), decimal_mark=".") == "2.50"


def test_a_long_label_is_wrapped_and_cut_with_an_ellipsis():
    wrapped = wrap_label("Layanan Administrasi Pemerintahan Berbasis Elektronik", 12, max_lines=2)
    assert wrapped == "Layanan\nAdministras…"


def test_a_word_longer_than_a_line_is_not_broken():
    assert wrap_label("Pematangsiantar", 6) == "Pematangsiantar"


def test_short_legends_fit_in_one_row():
    assert legend_columns(["A", "B", "C"], available=450) == 3


def test_long_legends_take_fewer_columns():
    labels = [
        "Kota Pematangsiantar",
        "Rerata nasional",
        "Rerata kota",
        "Rerata Sumatera Utara",
        "Target",
    ]
    assert legend_columns(labels, available=200) < legend_columns(labels, available=450) <= 5
