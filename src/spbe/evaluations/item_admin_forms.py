"""Forms of the koordinator's item list; the services decide whether what they read is allowed
(an indicator of the evaluation, a level it has)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from spbe.core.number_fields import WholeNumberField


class ItemAddForm(forms.Form):
    indicator = WholeNumberField(label=_("Indicator"), min_value=1)
    level = WholeNumberField(label=_("Level"))
    # Not required here: the service refuses an empty text with its own message.
    text = forms.CharField(
        label=_("Item text"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ItemRenameForm(forms.Form):
    code = forms.CharField(widget=forms.HiddenInput, max_length=20)
    version = WholeNumberField(widget=forms.HiddenInput)
    # Not required here: the service refuses an empty text with its own message.
    text = forms.CharField(
        label=_("Item text"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ItemRetireForm(forms.Form):
    code = forms.CharField(widget=forms.HiddenInput, max_length=20)
    version = WholeNumberField(widget=forms.HiddenInput)


class ItemImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV or Excel file: code, level, text"),
        help_text=_(
            "The portal's item list. You see what changes before anything is applied; nothing "
            "changes if any row is wrong."
        ),
    )


class ItemImportConfirmForm(forms.Form):
    fingerprint = forms.CharField(widget=forms.HiddenInput, max_length=64)
