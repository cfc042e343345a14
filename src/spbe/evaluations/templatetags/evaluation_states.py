"""Template helpers for the workflow's states (``{% load evaluation_states %}``)."""

from __future__ import annotations

from django import template

from spbe.evaluations.models import AssessmentState, EvaluationState

register = template.Library()


@register.filter
def state_label(code: str) -> str:
    """The label of an evaluation or indicator state code, in the user's language."""
    for choices in (AssessmentState, EvaluationState):
        if code in choices.values:
            return str(choices(code).label)
    return code
