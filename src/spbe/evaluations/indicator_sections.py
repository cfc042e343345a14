"""Sections that the apps above evaluations add to the indicator page (e.g. the evidence).

The indicator page belongs to evaluations, which must not import those apps. Each of them
supplies a provider instead: a function of the viewer, the evaluation and the indicator's
assessment that returns the partial template to include and the names that template reads.
``settings.SPBE_INDICATOR_SECTIONS`` lists the providers in the order their sections appear;
settings sit above every app, so naming them there points no import upwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from spbe.evaluations.models import Assessment, Evaluation
from spbe.organizations.actors import Actor

# The places inside the page where a section may add a part besides its own block: "item"
# inside each evidence item (butir), with ``item`` the item; "external_index" inside the
# external index block. A slot's template reads the section's context like its block does.
SLOTS = ("item", "external_index")


@dataclass(frozen=True)
class IndicatorSection:
    template: str
    context: dict[str, Any]
    slots: dict[str, str] = field(default_factory=dict)


def add_indicator_sections(
    context: dict[str, Any], actor: Actor, evaluation: Evaluation, assessment: Assessment
) -> None:
    """Put each provider's names into the page's context and its template into ``sections``.

    The names share the page's context, so a refused form of a section is shown back under the
    same name; a name the page already uses is a configuration error, never silently replaced.
    """
    sections = []
    slots: dict[str, list[str]] = {slot: [] for slot in SLOTS}
    for path in settings.SPBE_INDICATOR_SECTIONS:
        section: IndicatorSection = import_string(path)(actor, evaluation, assessment)
        taken = sorted(context.keys() & section.context.keys())
        if taken:
            raise ImproperlyConfigured(f"{path} uses names the indicator page has: {taken}")
        unknown = sorted(section.slots.keys() - set(SLOTS))
        if unknown:
            raise ImproperlyConfigured(f"{path} fills slots the indicator page lacks: {unknown}")
        context.update(section.context)
        sections.append(section)
        for slot, template in section.slots.items():
            slots[slot].append(template)
    context["sections"] = sections
    context["section_slots"] = slots
