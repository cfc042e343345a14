"""The stage windows form; whether the windows are in order and do not overlap is the
service's rule (``schedule.stages.check_windows``)."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from spbe.schedule.stages import ORDER, REQUIRED, Stage, StageWindow


def _date_field(*, last_day: bool, required: bool) -> forms.DateField:
    return forms.DateField(
        label=_("Ends (last day)") if last_day else _("Starts"),
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}),
    )


class StageWindowsForm(forms.Form):
    """The first and last day of each stage: ``mandiri_starts``, ``mandiri_ends``, …

    Penilaian Visitasi is optional: both its dates empty means there is none. Whether the
    windows are in order and do not overlap is the service's rule (``schedule.stages``).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for stage in ORDER:
            required = stage in REQUIRED
            self.fields[f"{stage.value}_starts"] = _date_field(last_day=False, required=required)
            self.fields[f"{stage.value}_ends"] = _date_field(last_day=True, required=required)

    @staticmethod
    def initial_of(windows: list[StageWindow]) -> dict[str, datetime.date]:
        initial: dict[str, datetime.date] = {}
        for window in windows:
            initial[f"{window.stage.value}_starts"] = window.starts
            initial[f"{window.stage.value}_ends"] = window.ends
        return initial

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for stage in ORDER:
            starts, ends = (cleaned.get(f"{stage.value}_{end}") for end in ("starts", "ends"))
            if (starts is None) != (ends is None) and not self._has_field_errors(stage):
                missing = f"{stage.value}_starts" if starts is None else f"{stage.value}_ends"
                self.add_error(missing, _("Give both the first and the last day."))
        return cleaned

    def _has_field_errors(self, stage: Stage) -> bool:
        return any(f"{stage.value}_{end}" in self.errors for end in ("starts", "ends"))

    def windows(self) -> list[StageWindow]:
        """The windows given (call after ``is_valid``)."""
        windows = []
        for stage in ORDER:
            starts = self.cleaned_data.get(f"{stage.value}_starts")
            ends = self.cleaned_data.get(f"{stage.value}_ends")
            if starts is not None and ends is not None:
                windows.append(StageWindow(stage, starts, ends))
        return windows

    def field_of(self, stage_value: str) -> str:
        """The field a service's refusal for one stage belongs to: its last day when that is
        before its first, else its first day (it overlaps the stage before, or is missing)."""
        starts = self.cleaned_data.get(f"{stage_value}_starts")
        ends = self.cleaned_data.get(f"{stage_value}_ends")
        if starts is not None and ends is not None and ends < starts:
            return f"{stage_value}_ends"
        return f"{stage_value}_starts"

    def rows(self) -> list[tuple[Stage, forms.BoundField, forms.BoundField]]:
        """Each stage with its two fields, for the template."""
        return [
            (stage, self[f"{stage.value}_starts"], self[f"{stage.value}_ends"]) for stage in ORDER
        ]
