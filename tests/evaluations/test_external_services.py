"""External results from a file: every row is checked and every bad row named before anything
is recorded; then each row is recorded as a form entry would be, by who may record."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.external_services import (
    ImportRefused,
    RowError,
    external_results_import,
    parse_external_csv,
)
from spbe.evaluations.models import Assessment, EvaluationState
from tests.cast import all_roles_but
from tests.evaluations.helpers import put_in_state, send_verified

pytestmark = pytest.mark.dates

EVERY_ROW = "\n".join(f"{n},2" for n in range(1, 21))


@pytest.fixture
def sent(pemdi_cast):
    send_verified(pemdi_cast)
    return pemdi_cast


def external_values(cast) -> dict[int, Decimal | None]:
    rows = Assessment.objects.filter(evaluation=cast.evaluation)
    return dict(rows.values_list("indicator__number", "external_value"))


def nothing_recorded(cast) -> bool:
    return (
        set(external_values(cast).values()) == {None}
        and not AuditEvent.objects.filter(action="assessment.external").exists()
    )


def refused_lines(cast, text: str) -> list[tuple[int, str]]:
    with translation.override("en"), pytest.raises(ImportRefused) as refused:
        parse_external_csv(cast.evaluation, text.encode())
    return [(error.line, error.message) for error in refused.value.errors]


# RowError


def test_a_row_error_says_where_it_is_as_the_user_finds_it():
    with translation.override("en"):
        assert RowError(7, "x", column="D").place == "Row 7, column D"
        assert RowError(7, "x").place == "Row 7"


# parse_external_csv


def test_rows_give_each_indicator_its_value_and_note(sent):
    text = "indikator,nilai,catatan\n1,2,Bukti lengkap\n2, 1.5 ,\n3,3"
    assert parse_external_csv(sent.evaluation, text.encode()) == {
        1: (Decimal("2.00"), "Bukti lengkap"),
        2: (Decimal("1.50"), ""),
        3: (Decimal("3.00"), ""),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Indicator;Value\n1;1,26\n",  # a semicolon file, decimal commas (spreadsheets in id)
        "1\t1,26\n",
        "\ufeff1;1,26\n",  # a byte-order mark from Excel
        "\n\n1;1,26\n\n",
    ],
)
def test_the_usual_spreadsheet_exports_are_read(sent, text):
    assert parse_external_csv(sent.evaluation, text.encode()) == {1: (Decimal("1.26"), "")}


def test_every_bad_row_is_named_by_its_line(sent):
    text = "1,2\n2\n99,1\nx,1\n1,3\n5,7\n6,1.255\n7,dua\n8,2\n"
    lines = refused_lines(sent, text)
    assert [line for line, _message in lines] == [2, 3, 4, 5, 6, 7, 8]
    messages = dict(lines)
    assert "99" in messages[3]
    assert "twice" in messages[5]
    assert "two decimals" in messages[7]


def test_the_refusal_counts_the_bad_rows_and_is_an_ordinary_refusal(sent):
    with translation.override("en"), pytest.raises(ActionRefused) as refused:
        parse_external_csv(sent.evaluation, b"1,9\n2,9\n3,2\n")
    assert isinstance(refused.value, ImportRefused)
    assert "2 row(s)" in refused.value.message


@pytest.mark.parametrize("content", [b"", b"\n \n", b"indikator,nilai,catatan\n"])
def test_a_file_without_rows_is_refused(sent, content):
    with pytest.raises(ActionRefused) as refused:
        parse_external_csv(sent.evaluation, content)
    assert not isinstance(refused.value, ImportRefused)


def test_a_file_that_is_not_utf8_text_is_refused(sent):
    with pytest.raises(ActionRefused):
        parse_external_csv(sent.evaluation, "1,2,Catatan ñ".encode("utf-16"))


def test_the_evaluations_own_framework_decides_what_a_value_may_be(cast):
    # SPBE 2020 has whole levels only, where Pemdi 2026 accepts 1.26.
    send_verified(cast)
    assert [line for line, _ in refused_lines(cast, "1,1.26\n")] == [1]
    assert [line for line, _ in refused_lines(cast, "48,1\n")] == [1]


# external_results_import


def test_the_assigned_assessor_imports_the_results_and_each_row_is_audited(sent):
    text = "1,2,Sesuai\n2,1.5,Bukti kurang\n"
    count = external_results_import(
        actor=sent.actor(sent.external_assessor), evaluation=sent.evaluation, content=text.encode()
    )
    assert count == 2
    values = external_values(sent)
    assert (values[1], values[2], values[3]) == (Decimal("2.00"), Decimal("1.50"), None)
    assert Assessment.objects.get(
        evaluation=sent.evaluation, indicator__number=2
    ).external_note == ("Bukti kurang")
    events = AuditEvent.objects.filter(action="assessment.external")
    assert events.count() == 2
    assert {event.actor for event in events} == {sent.external_assessor}


def test_the_coordinator_may_import_the_results_it_received(sent):
    external_results_import(
        actor=sent.actor(sent.coordinator), evaluation=sent.evaluation, content=EVERY_ROW.encode()
    )
    assert set(external_values(sent).values()) == {Decimal("2.00")}


def test_importing_again_replaces_the_values_and_the_trail_keeps_the_old_ones(sent):
    actor = sent.actor(sent.external_assessor)
    external_results_import(actor=actor, evaluation=sent.evaluation, content=b"1,2,lama\n")
    external_results_import(actor=actor, evaluation=sent.evaluation, content=b"1,3,baru\n")
    assert external_values(sent)[1] == Decimal("3.00")
    latest = AuditEvent.objects.filter(action="assessment.external").first()
    assert latest is not None
    assert latest.data == {
        "before": {"value": "2.00", "note": "lama"},
        "after": {"value": "3.00", "note": "baru"},
    }


@pytest.mark.parametrize("role", all_roles_but("coordinator", "external_assessor"))
def test_nobody_else_imports_results(sent, role):
    with pytest.raises(PermissionDenied):
        external_results_import(
            actor=sent.actor(getattr(sent, role)),
            evaluation=sent.evaluation,
            content=EVERY_ROW.encode(),
        )
    assert nothing_recorded(sent)


@pytest.mark.parametrize(
    ("state", "allowed"),
    [
        (EvaluationState.SELF_ASSESSMENT, False),
        (EvaluationState.REVIEW, False),
        (EvaluationState.EXTERNAL_RESULT, True),
        (EvaluationState.FINISHED, False),
    ],
)
def test_results_are_imported_only_between_sending_and_finishing(sent, state, allowed):
    put_in_state(sent.evaluation, state)
    actor = sent.actor(sent.external_assessor)
    if allowed:
        assert external_results_import(actor=actor, evaluation=sent.evaluation, content=b"1,2")
        return
    with pytest.raises(PermissionDenied):
        external_results_import(actor=actor, evaluation=sent.evaluation, content=b"1,2")
    assert nothing_recorded(sent)


def test_a_file_with_one_bad_row_records_none_of_the_good_ones(sent):
    with pytest.raises(ImportRefused):
        external_results_import(
            actor=sent.actor(sent.external_assessor),
            evaluation=sent.evaluation,
            content=(EVERY_ROW + "\n21,2\n").encode(),
        )
    assert nothing_recorded(sent)


def test_a_refused_user_learns_nothing_about_the_file(sent):
    # The permission is checked before the file is read: an outsider never sees row errors.
    with pytest.raises(PermissionDenied):
        external_results_import(
            actor=sent.actor(sent.outsider), evaluation=sent.evaluation, content=b"\xff\xfe"
        )
