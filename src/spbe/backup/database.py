"""What a backup needs to know of the database: its engine, its migration state, and whether
it is empty enough to restore into."""

from __future__ import annotations

from django.db import connection, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

# Tables that `migrate` fills by itself: an installation that was only migrated is still empty.
MIGRATE_FILLS = {"django_migrations", "django_content_type", "auth_permission"}


def engine() -> str:
    """``sqlite`` or ``postgresql``: the names the manifest uses."""
    return connection.vendor


def migration_state() -> dict[str, list[str]]:
    """The applied migrations, by app, in name order (none on a database never migrated)."""
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return {}
    state: dict[str, list[str]] = {}
    for app, name in sorted(recorder.applied_migrations()):
        state.setdefault(app, []).append(name)
    return state


def unknown_migrations(state: dict[str, list[str]]) -> list[str]:
    """The migrations of ``state`` that this version of the product does not have: the backup
    was made by a newer version, which this one cannot bring up to date."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces)
    return [
        f"{app}.{name}"
        for app, names in state.items()
        for name in names
        if (app, name) not in known
    ]


def tables_with_rows() -> list[str]:
    """The tables that hold rows, but those `migrate` fills by itself."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        filled = []
        for table in sorted(set(tables) - MIGRATE_FILLS):
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")
            if cursor.fetchone() is not None:
                filled.append(table)
    return filled


def drop_empty_tables() -> None:
    """Drop every table of a PostgreSQL database found empty (``tables_with_rows``), so that
    pg_restore recreates the schema exactly as it was backed up."""
    with transaction.atomic(), connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
