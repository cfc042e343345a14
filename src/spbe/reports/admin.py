"""The letterhead and logo of each agency's reports, and a read-only view of report jobs."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from spbe.audit.services import audit_record
from spbe.reports.models import ReportJob, ReportSettings


@admin.register(ReportSettings)
class ReportSettingsAdmin(admin.ModelAdmin):
    list_display = ["agency", "updated_at"]
    search_fields = ["agency__name"]
    autocomplete_fields = ["agency"]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        audit_record(
            actor=request.user,
            action=f"reportsettings.{'change' if change else 'create'}",
            target=obj,
            agency=obj.agency,
            summary=str(obj),
            data={"fields": form.changed_data},
        )


@admin.register(ReportJob)
class ReportJobAdmin(admin.ModelAdmin):
    """For diagnosing a failed job; files are downloaded from the evaluation's reports page."""

    list_display = ["evaluation", "format", "status", "created_by", "created_at", "finished_at"]
    list_filter = ["status", "format"]
    # Each row names its evaluation (agency, year, framework): joined here, and without the
    # framework revision's library document, which Django's default select_related() of every
    # foreign key would read for each row. The jobs grow with every agency: pages, no COUNT(*).
    list_select_related = ["evaluation__agency", "evaluation__revision__framework", "created_by"]
    list_per_page = 50
    show_full_result_count = False
    fields = readonly_fields = (
        "evaluation", "format", "status", "language", "error", "size", "created_by",
        "created_at", "started_at", "finished_at",
    )  # fmt: skip

    def get_queryset(self, request: HttpRequest) -> QuerySet[ReportJob]:
        return super().get_queryset(request).defer("evaluation__revision__document")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
