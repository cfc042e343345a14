from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from spbe.discussions.services import MAX_LENGTH


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comment"),
        max_length=MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Mention someone with @username; they are told if they may see this."),
    )
