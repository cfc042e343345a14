from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from spbe.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = ["at", "actor", "agency", "action", "summary"]
    list_filter = ["action", "agency"]
    search_fields = ["summary", "object_id"]
    # The log grows with every agency: pages of rows with their actor and agency joined, and no
    # COUNT(*) of the whole log on every page.
    list_select_related = ["actor", "agency"]
    list_per_page = 100
    show_full_result_count = False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
