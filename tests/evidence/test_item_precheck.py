"""A link to a Pemdi evidence item is pre-checked against the item's own rule: the wrong
object is named, and no level is given (``evidence.precheck_services.precheck_link``)."""

import pytest

from spbe.evidence.precheck_services import precheck_link
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import item
from tests.evidence.builders import pin, read_document
from tests.precheck.test_coverage import SK_ASESOR

pytestmark = pytest.mark.dates


def test_a_link_to_an_item_is_checked_against_the_items_rule(pemdi_cast):
    document = read_document(pemdi_cast, "SK Tim Asesor", SK_ASESOR)
    made = pin(assessment(pemdi_cast, 9), document, item=item(pemdi_cast, "I9-L1-01"))
    checked = precheck_link(made.pk)
    assert checked is not None
    assert (checked.precheck["status"], checked.precheck["item"]) == ("item", "I9-L1-01")
    assert checked.precheck["supported_level"] is None
    mismatch = [flag for flag in checked.precheck["flags"] if flag["code"] == "mismatch"]
    assert mismatch and mismatch[0]["asked"] == "SK Tim Audit"


def test_a_link_to_the_indicator_itself_keeps_the_indicators_rules(pemdi_cast):
    document = read_document(pemdi_cast, "SK Tim Asesor", SK_ASESOR)
    checked = precheck_link(pin(assessment(pemdi_cast, 9), document).pk)
    assert checked is not None
    assert (checked.precheck["status"], checked.precheck["item"]) == ("checked", None)
