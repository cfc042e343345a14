"""The shared cast, built once per test database and then copied in by plain inserts.

Building the cast runs every service it needs (the evaluation with its assessments, the
assignments, their audit events and notifications): about a third of a second, in most of the
suite's tests. Inside a test's transaction the same rows are written again, with the same keys,
from a copy taken when the cast was first built on this database. What the copy holds is read
back from the database itself, so it is whatever the services wrote; a test in
``tests/test_cast_snapshot.py`` compares the two.

A copy is taken and used only inside a transaction that the test rolls back (pytest-django's
``db``). A transactional test builds the cast through the services, as it would without copies,
and its flush empties the catalogue that a copy's keys point to: each copy records the
catalogue's keys and is used only while they are the same.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.db import connection, models
from django.utils import timezone

from spbe.catalog.models import FrameworkRevision, Indicator


@dataclass(frozen=True)
class TableRows:
    table: str
    columns: tuple[str, ...]
    key: str
    rows: tuple[tuple[Any, ...], ...]
    # The positions of the columns that hold a moment (DateTimeField).
    moments: tuple[int, ...]

    def shifted(self, delta: datetime.timedelta) -> list[tuple[Any, ...]]:
        """The rows with every moment moved by ``delta``."""
        if not self.moments:
            return list(self.rows)
        return [
            tuple(
                _moved(value, delta) if index in self.moments else value
                for index, value in enumerate(row)
            )
            for row in self.rows
        ]

    @property
    def keys(self) -> list[Any]:
        index = self.columns.index(self.key)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class Snapshot:
    catalogue: tuple[Any, ...]
    tables: tuple[TableRows, ...]
    # When the first build ended. The clock ticks from the cast's day in every test, so a
    # copy's moments are moved by the time between the two: a row the test writes after the
    # copy is later than the cast's rows, as it would be after a build.
    finished: datetime.datetime


_SNAPSHOTS: dict[tuple[str, Hashable], Snapshot] = {}
# The first build's answer per key: its objects' keys are what a copy reloads.
_ANSWERS: dict[tuple[str, Hashable], Any] = {}


def built_or_copied[T](key: Hashable, build: Callable[[], T], reload: Callable[[T], T]) -> T:
    """``build()``'s answer, from a copy of its rows when this database has one for ``key``.

    ``reload(answer)`` gives the same answer read afresh from the database: after a copy, the
    answer of the first build is reloaded, so every object is this test's own.
    """
    if not connection.in_atomic_block:
        return build()
    full_key = (connection.settings_dict["NAME"], key)
    catalogue = _catalogue_keys()
    known = _SNAPSHOTS.get(full_key)
    if known is not None and known.catalogue == catalogue and not _taken(known):
        _insert(known)
        return reload(_ANSWERS[full_key])  # type: ignore[no-any-return]
    before = _keys_by_table()
    answer = build()
    _SNAPSHOTS[full_key] = Snapshot(catalogue, _new_rows(before), timezone.now())
    _ANSWERS[full_key] = answer
    return answer


def _tables() -> list[tuple[str, tuple[str, ...], str]]:
    """Every table of the project's models: its name, its columns and its key's column."""
    return [(table, columns, key) for table, columns, key, _moments in _described_tables()]


def _described_tables() -> list[tuple[str, tuple[str, ...], str, tuple[int, ...]]]:
    found = []
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        fields = meta.local_concrete_fields
        moments = tuple(
            index
            for index, field in enumerate(fields)
            if field.get_internal_type() == "DateTimeField"
        )
        columns = tuple(field.column for field in fields)
        found.append((meta.db_table, columns, meta.pk.column, moments))
    return sorted(set(found))


def _moved(value: Any, delta: datetime.timedelta) -> Any:
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.fromisoformat(value)
    moved = value + delta
    # PostgreSQL gives and takes aware moments; SQLite keeps them as text, in UTC.
    return moved if moved.tzinfo else str(moved)


def _catalogue_keys() -> tuple[Any, ...]:
    revisions = tuple(FrameworkRevision.objects.order_by("pk").values_list("pk", flat=True))
    last_indicator = Indicator.objects.aggregate(last=models.Max("pk"))["last"]
    return (*revisions, last_indicator)


def _quoted(name: str) -> str:
    return connection.ops.quote_name(name)


def _keys_by_table() -> dict[str, set[Any]]:
    keys = {}
    with connection.cursor() as cursor:
        for table, _columns, key in _tables():
            cursor.execute(f"SELECT {_quoted(key)} FROM {_quoted(table)}")
            keys[table] = {row[0] for row in cursor.fetchall()}
    return keys


def _new_rows(before: dict[str, set[Any]]) -> tuple[TableRows, ...]:
    found = []
    with connection.cursor() as cursor:
        for table, columns, key, moments in _described_tables():
            listed = ", ".join(_quoted(column) for column in columns)
            cursor.execute(f"SELECT {listed} FROM {_quoted(table)}")
            index = columns.index(key)
            rows = tuple(row for row in cursor.fetchall() if row[index] not in before[table])
            if rows:
                found.append(TableRows(table, columns, key, rows, moments))
    return tuple(found)


def _taken(snapshot: Snapshot) -> bool:
    """Whether a row of the copy's keys exists already: the test wrote rows before it asked
    for the cast (on SQLite a rolled-back test's keys are given out again), or asked twice."""
    with connection.cursor() as cursor:
        for part in snapshot.tables:
            keys = part.keys
            marks = ", ".join(["%s"] * len(keys))
            cursor.execute(
                f"SELECT 1 FROM {_quoted(part.table)} WHERE {_quoted(part.key)} IN ({marks})",
                keys,
            )
            if cursor.fetchone():
                return True
    return False


def _insert(snapshot: Snapshot) -> None:
    delta = timezone.now() - snapshot.finished
    # Foreign keys are checked when the transaction ends (both backends create them
    # deferrable), so the order of the tables does not matter.
    with connection.cursor() as cursor:
        for part in snapshot.tables:
            listed = ", ".join(_quoted(column) for column in part.columns)
            marks = ", ".join(["%s"] * len(part.columns))
            cursor.executemany(
                f"INSERT INTO {_quoted(part.table)} ({listed}) VALUES ({marks})",
                part.shifted(delta),
            )
