"""WhatsApp numbers as people write them, normalised to 62…, and the ones that cannot be."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe.notify_rules import InvalidPhoneNumber, normalise_whatsapp
from spbe.notify_rules.phone import PhoneProblem


@pytest.mark.parametrize(
    "written",
    [
        "081234567890",
        "0812-3456-7890",
        "+62 812 3456 7890",
        "62812-3456-7890",
        " (0812) 3456.7890 ",
    ],
)
def test_it_normalises_the_usual_ways_of_writing_a_number(written):
    assert normalise_whatsapp(written) == "6281234567890"


@pytest.mark.parametrize(
    ("written", "problem"),
    [
        ("0812345", PhoneProblem.TOO_SHORT),
        ("08123456789012", PhoneProblem.TOO_LONG),
        ("+1 415 555 0100", PhoneProblem.NOT_INDONESIAN),
        ("81234567890", PhoneProblem.NOT_INDONESIAN),
        ("0218765432", PhoneProblem.NOT_MOBILE),
        ("0812-3456-789O", PhoneProblem.NOT_DIGITS),
        ("", PhoneProblem.NOT_DIGITS),
        ("０８１２３４５６７８９０", PhoneProblem.NOT_DIGITS),
    ],
)
def test_it_refuses_a_number_that_cannot_be_an_indonesian_mobile(written, problem):
    with pytest.raises(InvalidPhoneNumber) as refused:
        normalise_whatsapp(written)
    assert refused.value.problem is problem


@given(st.text(alphabet="0123456789", min_size=8, max_size=11))
def test_the_three_prefixes_give_the_same_number(rest):
    national = "8" + rest
    expected = "62" + national
    assert normalise_whatsapp("0" + national) == expected
    assert normalise_whatsapp("+62" + national) == expected
    assert normalise_whatsapp("62 " + national) == expected


@given(st.text(min_size=0, max_size=30))
def test_any_input_gives_a_normalised_number_or_a_refusal(written):
    try:
        number = normalise_whatsapp(written)
    except InvalidPhoneNumber:
        return
    assert number.startswith("628")
    assert number.isdigit()
    assert 11 <= len(number) <= 14
    assert normalise_whatsapp(number) == number
