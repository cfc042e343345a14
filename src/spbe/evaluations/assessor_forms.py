"""Forms of the assessors' pages. They read and type-check input; the services decide whether
it is allowed and whether a value is within the framework's range."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from spbe.core.number_fields import WholeNumberField


class AssessorResultForm(forms.Form):
    version = WholeNumberField(widget=forms.HiddenInput, min_value=0)
    # Text, so that an Indonesian decimal comma ("1,26") reaches the service's parser.
    value = forms.CharField(
        label=_("Assessor's value"),
        max_length=10,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "placeholder": "1,26"}),
    )
    note = forms.CharField(
        label=_("Note (catatan)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    recommendation = forms.CharField(
        label=_("Recommendation (rekomendasi)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    evidence_uploaded = forms.BooleanField(label=_("Evidence uploaded"), required=False)
    confirmed_at_interview = forms.BooleanField(
        label=_("Confirmed at the interview"), required=False
    )
    approved = forms.BooleanField(label=_("Approved"), required=False)


VERDICT_CHOICES = [
    ("diterima", _("Diterima")),
    ("revisi", _("Revisi")),
]


class ItemVerdictForm(forms.Form):
    """The verdict on one item; ditolak otomatis is given by the rule, never chosen."""

    version = WholeNumberField(widget=forms.HiddenInput, min_value=0)
    # A plain field with a list to choose from, so that any other value reaches the service,
    # which names the two verdicts in its refusal.
    status = forms.CharField(
        label=_("Verdict"), max_length=20, widget=forms.Select(choices=VERDICT_CHOICES)
    )
    note = forms.CharField(
        label=_("Assessor's note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ResultsUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or XLSX file"),
        help_text=_(
            "Columns code, status, note (item verdicts) or indicator, value, note, "
            "recommendation (indicator values). You see every change before anything is applied."
        ),
    )
