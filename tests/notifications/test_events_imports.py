"""An import of the portal's verdicts: one message per person per import, with the counts of
diterima, revisi and ditolak for what concerns them, never one per item."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext

from spbe.evaluations.import_events import RESULTS_IMPORTED
from spbe.evaluations.models import EvaluationItem
from spbe.evaluations.result_import import results_import
from spbe.notifications.models import Notification
from tests.api.helpers import bearer, token_for
from tests.evaluations.files import csv_file
from tests.evaluations.pemdi_helpers import DOCUMENTS_DAY, codes_of, set_status
from tests.evaluations.pemdi_pages import sent_on
from tests.notifications.events_helpers import only_row, recipients

pytestmark = pytest.mark.dates

VERDICTS = [
    ["code", "status", "note"],
    ["I1-L1-01", "diterima", "Sesuai"],
    ["I1-L2-01", "revisi", "SK belum ditandatangani"],
    ["I1-L2-02", "diterima", ""],
    ["I3-L1-01", "revisi", "Tanpa tanda tangan"],
]


def counts(accepted, revision, rejected):
    return gettext("%(accepted)d accepted, %(revision)d to revise, %(rejected)d rejected") % {
        "accepted": accepted,
        "revision": revision,
        "rejected": rejected,
    }


def import_rows(cast, rows, who=None):
    return results_import(
        actor=cast.actor(who or cast.external_assessor),
        evaluation=cast.evaluation,
        content=csv_file(rows),
        today=DOCUMENTS_DAY,
    )


def test_each_person_gets_one_message_with_the_counts_of_their_units_indicators(pemdi):
    import_rows(pemdi, VERDICTS)
    assert Notification.objects.filter(kind=RESULTS_IMPORTED).count() == 3
    assert recipients() == {
        pemdi.pic.username,
        pemdi.other_pic.username,
        pemdi.coordinator.username,
    }
    mine = only_row(pemdi.pic, RESULTS_IMPORTED)
    assert counts(2, 1, 0) in mine.title
    assert mine.link == reverse("evaluations:indicator", args=[pemdi.evaluation.pk, 1])
    # Bappeda leads indicator 3: Kominfo's PIC does not hear of it, nor Bappeda's of indicator 1.
    assert "3" not in mine.body.replace(counts(2, 1, 0), "")
    theirs = only_row(pemdi.other_pic, RESULTS_IMPORTED)
    assert counts(0, 1, 0) in theirs.title and counts(2, 1, 0) not in theirs.body
    everything = only_row(pemdi.coordinator, RESULTS_IMPORTED)
    assert counts(2, 2, 0) in everything.title
    assert counts(2, 1, 0) in everything.body and counts(0, 1, 0) in everything.body
    assert everything.link == reverse("evaluations:items", args=[pemdi.evaluation.pk])


def test_items_that_a_new_revisi_rejects_automatically_are_counted_as_ditolak(pemdi):
    codes = codes_of(pemdi, 1)
    set_status(pemdi, "diterima", *(code for code in codes if "-L1-" in code or "-L2-" in code))
    # Level 3 was open (its items belum), so levels 4 and 5 were rejected already: only
    # level 3's items are newly ditolak otomatis.
    newly_rejected = [code for code in codes if "-L3-" in code]
    import_rows(pemdi, [["code", "status"], ["I1-L2-01", "revisi"]])
    assert counts(0, 1, len(newly_rejected)) in only_row(pemdi.pic, RESULTS_IMPORTED).title


def test_the_importer_is_not_told_and_a_second_import_of_the_same_file_tells_nobody(pemdi):
    import_rows(pemdi, VERDICTS, who=pemdi.coordinator)
    import_rows(pemdi, VERDICTS, who=pemdi.coordinator)
    assert recipients() == {pemdi.pic.username, pemdi.other_pic.username}
    assert Notification.objects.count() == 2


def test_an_import_through_the_api_tells_the_same_people_once(pemdi, time_machine):
    sent_on(pemdi, time_machine, DOCUMENTS_DAY)
    Notification.objects.all().delete()
    response = Client().post(
        f"/api/v1/evaluations/{pemdi.evaluation.pk}/results/import",
        {"rows": [dict(zip(VERDICTS[0], row, strict=True)) for row in VERDICTS[1:]]},
        content_type="application/json",
        **bearer(token_for(pemdi.external_assessor, scope="write")),
    )
    assert response.status_code == 200, response.content
    assert EvaluationItem.objects.get(evaluation=pemdi.evaluation, code="I1-L2-01").status == (
        "revisi"
    )
    assert recipients(RESULTS_IMPORTED) == {
        pemdi.pic.username,
        pemdi.other_pic.username,
        pemdi.coordinator.username,
    }
    assert Notification.objects.filter(kind=RESULTS_IMPORTED).count() == 3
