"""Forms of the indicator page's evidence items (butir) and external index value.

Each item's forms carry the item's code in their prefix, so the fields of one item never
clash with another's on the page, and a refused form is shown back on its own item. The forms
only read and type-check; the services decide what is allowed (the note's length included).
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from spbe.core.number_fields import WholeNumberField

# The external index form's prefix: its version is the value's, never the assessment's.
INDEX_PREFIX = "index"


def note_prefix(code: str) -> str:
    return f"note-{code}"


def answer_prefix(code: str) -> str:
    return f"answer-{code}"


class ItemNoteForm(forms.Form):
    version = WholeNumberField(widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note for the portal"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ItemAnswerForm(forms.Form):
    """The answer to a revisi: a sanggah, or the day the evidence will be supplied."""

    version = WholeNumberField(widget=forms.HiddenInput)
    objection = forms.CharField(
        label=_("Sanggah"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    promised_on = forms.DateField(
        label=_("Akan disusulkan by"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class ExternalIndexForm(forms.Form):
    """An external index value as typed: the service reads the number ("55,3" too) and the
    year, and refuses a value outside the index's scale with the scale named."""

    version = WholeNumberField(widget=forms.HiddenInput)
    value = forms.CharField(label=_("Index value"), max_length=20)
    year = forms.CharField(label=_("Year measured"), max_length=4)
    source = forms.CharField(label=_("Source"), max_length=300, required=False)
