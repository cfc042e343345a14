"""The catalogue is read-only in the admin: it changes only through ``spbe catalog load``."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from spbe.catalog.models import (
    Aspect,
    CatalogItem,
    Domain,
    Framework,
    FrameworkRevision,
    Indicator,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Framework)
class FrameworkAdmin(ReadOnlyAdmin):
    list_display = ["code", "short_title", "title"]


@admin.register(FrameworkRevision)
class FrameworkRevisionAdmin(ReadOnlyAdmin):
    list_display = ["framework", "number", "revision_date", "sha256", "loaded_at"]
    list_filter = ["framework"]
    exclude = ["document"]


@admin.register(Domain)
class DomainAdmin(ReadOnlyAdmin):
    list_display = ["revision", "number", "name", "weight_text"]
    list_filter = ["revision"]


@admin.register(Aspect)
class AspectAdmin(ReadOnlyAdmin):
    list_display = ["revision", "number", "name", "weight_text", "domain"]
    list_filter = ["revision"]


@admin.register(Indicator)
class IndicatorAdmin(ReadOnlyAdmin):
    list_display = ["revision", "number", "name", "weight_text", "aspect"]
    list_filter = ["revision"]
    search_fields = ["name", "question"]


@admin.register(CatalogItem)
class CatalogItemAdmin(ReadOnlyAdmin):
    list_display = ["code", "indicator", "level", "position", "text"]
    list_filter = ["indicator__revision"]
    search_fields = ["code", "text"]
