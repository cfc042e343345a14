"""Template helpers for the workflow's states (``{% load evaluation_states %}``)."""

from __future__ import annotations

from django import template

from spbe.evaluations.models import AssessmentState, EvaluationState
from spbe.evaluations.states import WITH_THE_REVIEWERS

register = template.Library()


@register.filter
def state_label(code: str) -> str:
    """The label of an evaluation or indicator state code, in the user's language."""
    for choices in (AssessmentState, EvaluationState):
        if code in choices.values:
            return str(choices(code).label)
    return code


@register.filter
def with_the_reviewers(code: str) -> bool:
    """Whether an indicator in this state waits for no more work of its unit (submitted or
    verified): such an indicator is never overdue for the unit."""
    return code in WITH_THE_REVIEWERS
