"""Forms read and type-check input; the services decide whether it is allowed."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from spbe.catalog.models import Framework
from spbe.core.numbers import NumberField
from spbe.scoring.values import criterion_levels


class EvaluationCreateForm(forms.Form):
    framework = forms.ModelChoiceField(
        label=_("Framework"),
        queryset=Framework.objects.all(),
        to_field_name="code",
        empty_label=None,
    )
    year = forms.IntegerField(label=_("Year"), min_value=2018, max_value=2100)
    target = NumberField(label=_("Target index"), max_digits=4, decimal_places=2)
    self_assessment_deadline = forms.DateField(
        label=_("Self-assessment closes"), widget=forms.DateInput(attrs={"type": "date"})
    )
    review_deadline = forms.DateField(
        label=_("Review closes"), widget=forms.DateInput(attrs={"type": "date"})
    )


class ClaimForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    claimed_level = forms.TypedChoiceField(label=_("Claimed level"), required=False, choices=())
    justification = forms.CharField(
        label=_("Justification (penjelasan)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    criteria_met = forms.TypedMultipleChoiceField(
        label=_("Criteria met"),
        required=False,
        coerce=int,
        choices=(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, levels: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        claimed, criteria = self.fields["claimed_level"], self.fields["criteria_met"]
        assert isinstance(claimed, forms.ChoiceField) and isinstance(criteria, forms.ChoiceField)
        claimed.choices = [("", "—")] + [(str(level), str(level)) for level, _ in levels]
        criteria.choices = [
            (level, str(level)) for level in criterion_levels(level for level, _ in levels)
        ]


class VerifyForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    verified_level = forms.CharField(label=_("Verified level"), max_length=10)
    verification_reason = forms.CharField(
        label=_("Reason (needed when it differs from the claim)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReturnForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    return_note = forms.CharField(
        label=_("What must the unit fix?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class ExternalForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    external_value = forms.CharField(label=_("External value"), max_length=10)
    external_note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ExternalImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file: indicator,value,note"),
        help_text=_("One row per indicator. Nothing is recorded if any row is wrong."),
    )
