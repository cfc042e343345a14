"""Numbers in the active language (spbe.core.numbers): shown, pre-filled and read back."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from spbe.core.number_fields import NumberField
from spbe.core.numbers import shown
from spbe.scoring.formatting import EFFECT, INDEX


def test_a_page_shows_the_active_languages_marks():
    with translation.override("id"):
        assert shown(Decimal("1250.5"), INDEX) == "1.250,50"
        assert shown(Decimal("1.2200"), EFFECT, sign=True) == "+1,22"
        assert shown(None, INDEX) == "—"
    with translation.override("en"):
        assert shown(Decimal("1250.5"), INDEX) == "1,250.50"


@pytest.mark.parametrize("typed", ["2,6", "2.6", " 2,60 "])
def test_a_number_field_reads_the_comma_and_the_point(typed):
    assert NumberField(max_digits=4, decimal_places=2).clean(typed) == Decimal("2.6")


def test_a_number_field_refuses_what_is_not_a_number_or_too_precise():
    field = NumberField(max_digits=4, decimal_places=2)
    with pytest.raises(ValidationError):
        field.clean("dua koma enam")
    with pytest.raises(ValidationError):
        field.clean("2,655")


def test_a_number_field_shows_its_value_back_in_the_languages_form():
    field = NumberField(max_digits=4, decimal_places=2)
    with translation.override("id"):
        assert field.prepare_value(Decimal("2.60")) == "2,6"
        assert field.prepare_value("2,6") == "2,6"
