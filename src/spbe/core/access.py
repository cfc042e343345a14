"""The words every access rule speaks: a decision, allowed or refused with its reason.

Each app keeps its rules in one module, ``<app>.policy``. A rule is a function of the actor
and the object that returns a :class:`Decision`; where a rule decides what someone may *see*,
the query filter that selects the same objects sits right next to it, and a test walks the
whole cast to check that rule and filter agree (``tests/test_policy_filters.py``). Services
call :func:`require`, which raises :class:`~spbe.core.errors.NotAllowed` with the rule's
reason; views show that reason with a 403.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q
from django.utils.functional import Promise

from spbe.core.errors import NotAllowed


@dataclass(frozen=True)
class Decision:
    """Allowed, or refused with a reason the user can read (translated when shown).

    Truthy when allowed, so ``{% if can_edit %}`` and ``if can_edit(...)`` read naturally.
    """

    allowed: bool
    reason: str | Promise = ""

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)

# The filter of a rule that allows everyone, and of one that allows nobody.
EVERYTHING = Q()
NOTHING = Q(pk__in=[])


def refuse(reason: str | Promise) -> Decision:
    return Decision(False, reason)


def require(decision: Decision) -> None:
    """Go on if the decision allows; otherwise raise ``NotAllowed`` carrying its reason."""
    if not decision.allowed:
        raise NotAllowed(str(decision.reason))
