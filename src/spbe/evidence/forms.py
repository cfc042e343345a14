from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from spbe.core.number_fields import WholeNumberField
from spbe.evidence.models import DocumentKind
from spbe.organizations.models import Unit


class DocumentFactsForm(forms.Form):
    title = forms.CharField(label=_("Document title"), max_length=300)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=DocumentKind.choices, initial=DocumentKind.OTHER
    )
    number = forms.CharField(label=_("Number"), max_length=60, required=False)
    year = WholeNumberField(label=_("Year"), min_value=1945, max_value=2100, required=False)
    issued_on = forms.DateField(
        label=_("Date of issue"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    expires_on = forms.DateField(
        label=_("Valid until (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    issuing_unit = forms.ModelChoiceField(
        label=_("Issuing unit"), queryset=Unit.objects.none(), required=False
    )

    def __init__(self, *args: Any, agency_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["issuing_unit"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Unit.objects.filter(agency_id=agency_id)
        field.empty_label = "—"


class UploadForm(DocumentFactsForm):
    file = forms.FileField(label=_("File (PDF, DOCX, XLSX, PNG or JPEG)"))


class VersionForm(forms.Form):
    file = forms.FileField(label=_("New version of the file"))


class LinkFactsForm(forms.Form):
    """What a link to an indicator adds to a document: the level it proves and a note."""

    level = forms.TypedChoiceField(
        label=_("Level it proves"), required=False, coerce=int, empty_value=None, choices=()
    )
    note = forms.CharField(label=_("Note (e.g. page reference)"), required=False, max_length=300)

    def __init__(self, *args: Any, levels: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["level"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [("", "—")] + [(level, str(level)) for level in levels]


class LinkUploadForm(LinkFactsForm, UploadForm):
    """A new file for the library, linked to the indicator at once."""


class EvidenceUrlForm(LinkFactsForm):
    """A document that lives at an address, linked to the indicator."""

    title = forms.CharField(label=_("Document title"), max_length=300)
    url = forms.URLField(label=_("Address (URL)"), required=False, max_length=500)
    field_order = ["title", "url", "level", "note"]


class ItemUploadForm(UploadForm):
    """A new file for the library, linked to an evidence item (butir) at the item's level."""

    note = forms.CharField(label=_("Note (e.g. page reference)"), required=False, max_length=300)


def item_upload_prefix(code: str) -> str:
    """The upload form of each item has its own prefix, so many fit on one page."""
    return f"upload-{code}"
