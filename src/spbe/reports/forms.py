"""Forms read and type-check input; the services decide whether it is allowed."""

from __future__ import annotations

from django import forms
from django.core.validators import FileExtensionValidator
from django.utils.translation import gettext_lazy as _

from spbe.reports.models import ReportFormat, ReportKind


class ReportRequestForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Report"), choices=ReportKind.choices, initial=ReportKind.EVALUATION, required=False
    )
    format = forms.ChoiceField(label=_("Format"), choices=ReportFormat.choices)

    def clean_kind(self) -> str:
        return self.cleaned_data.get("kind") or ReportKind.EVALUATION


class WorkbookImportForm(forms.Form):
    file = forms.FileField(
        label=_("Workbook (.xlsx)"),
        validators=[
            FileExtensionValidator(["xlsx"], message=_("Choose an Excel workbook (.xlsx)."))
        ],
        help_text=_("The workbook exported from this page, with the yellow columns filled in."),
    )
