"""The named set of action states that still count as work to do."""

from __future__ import annotations

from spbe.planning.models import ActionStatus

# Planned or under way: it can be late, and the same step is not planned twice.
OPEN_ACTIONS = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
