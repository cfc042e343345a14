"""The shared cast copied in from its first build's rows is the same as the cast built again."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection, transaction

from spbe.organizations.models import Agency
from tests import cast as cast_module
from tests.cast import make_cast
from tests.cast_snapshot import _described_tables, _quoted

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def every_row() -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, by key; each moment apart, as the row's last value."""
    found = {}
    with connection.cursor() as cursor:
        for table, columns, key, moments in _described_tables():
            listed = ", ".join(_quoted(column) for column in columns)
            cursor.execute(f"SELECT {listed} FROM {_quoted(table)}")
            index = columns.index(key)
            rows = [
                (
                    *(value for i, value in enumerate(row) if i not in moments),
                    tuple(str(row[i]) for i in moments),
                )
                for row in cursor.fetchall()
            ]
            found[table] = sorted(rows, key=lambda row: str(row[index]))
    return found


def without_moments(rows: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    return {table: [row[:-1] for row in found] for table, found in rows.items()}


def moments(rows: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    return [moment for found in rows.values() for row in found for moment in row[-1]]


def no_second_build(**_: Any) -> Any:
    raise AssertionError("the cast was built again instead of copied")


def test_a_copied_cast_holds_every_row_of_the_built_one_and_its_objects_are_fresh(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = transaction.savepoint_create()
    built = make_cast(prefix="kopi-", framework="pemdi-2026")
    rows_built = every_row()
    transaction.savepoint_rollback(before)
    assert not Agency.objects.filter(slug="kopi-kota-uji").exists()

    monkeypatch.setattr(cast_module, "build_cast", no_second_build)
    copied = make_cast(prefix="kopi-", framework="pemdi-2026")

    rows_copied = every_row()
    assert without_moments(rows_copied) == without_moments(rows_built)
    # The clock ticks on: the copy's moments are as much later as the copy is.
    assert moments(rows_copied) != moments(rows_built)
    assert all(
        copied >= built
        for copied, built in zip(moments(rows_copied), moments(rows_built), strict=True)
    )
    assert copied.evaluation.pk == built.evaluation.pk
    assert copied.evaluation is not built.evaluation
    assert copied.coordinator.username == "kopi-koordinator"
    assert copied.evaluation.assessments.count() == built.evaluation.assessments.count() > 0
    assert list(copied.evaluation.external_assessors.all()) == [copied.external_assessor]


def test_a_test_that_wrote_rows_first_still_gets_the_whole_cast() -> None:
    before = transaction.savepoint_create()
    make_cast(prefix="dulu-")  # a copy exists from here on
    transaction.savepoint_rollback(before)
    # On SQLite this row takes the key of the copy's first agency.
    Agency.objects.create(name="Kota Dulu", slug="kota-dulu", kind="kota", province="Bali")

    cast = make_cast(prefix="dulu-")

    assert cast.agency.slug == "dulu-kota-uji"
    assert (
        Agency.objects.filter(slug__in=["kota-dulu", "dulu-kota-uji", "dulu-kab-lain"]).count() == 3
    )
    assert cast.evaluation.assessments.count() == 47


def test_a_cast_asked_for_twice_with_two_prefixes_gives_two_casts() -> None:
    first = make_cast(prefix="a-")
    second = make_cast(prefix="b-")
    assert first.agency.pk != second.agency.pk
    assert {first.agency.slug, second.agency.slug} == {"a-kota-uji", "b-kota-uji"}
