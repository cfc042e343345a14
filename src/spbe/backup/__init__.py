"""The whole installation's backup and restore (``spbe backup``, ``spbe restore``,
``docs/operations.md``): the database and every file of the default storage, with a manifest of
hashes. Not the agency export (``spbe.archive``), which moves one agency between installations."""
