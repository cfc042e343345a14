"""The catalogue is read-only in the admin: it changes only through ``spbe catalog load``."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

from spbe.catalog.models import (
    Aspect,
    CatalogItem,
    Domain,
    Framework,
    FrameworkRevision,
    Indicator,
)
from spbe.scoring.formatting import WEIGHT, Marks, format_number


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.display(description=_("weight"))
def weight(obj: Domain | Aspect | Indicator) -> str:
    """The weight in the user's number format (16,5 rather than the stored "16.5")."""
    marks = Marks(str(get_format("DECIMAL_SEPARATOR")), str(get_format("THOUSAND_SEPARATOR")))
    return format_number(obj.weight, WEIGHT, marks=marks)


class WeightedAdmin(ReadOnlyAdmin):
    """Shows the weight as a number in the user's format, on the list and on the view page."""

    exclude = ["weight_text"]
    readonly_fields = [weight]  # type: ignore[list-item]


@admin.register(Framework)
class FrameworkAdmin(ReadOnlyAdmin):
    list_display = ["code", "short_title", "title"]


@admin.register(FrameworkRevision)
class FrameworkRevisionAdmin(ReadOnlyAdmin):
    list_display = ["framework", "number", "revision_date", "sha256", "loaded_at"]
    list_filter = ["framework"]
    exclude = ["document"]


@admin.register(Domain)
class DomainAdmin(WeightedAdmin):
    list_display = ["revision", "number", "name", weight]
    list_filter = ["revision"]


@admin.register(Aspect)
class AspectAdmin(WeightedAdmin):
    list_display = ["revision", "number", "name", weight, "domain"]
    list_filter = ["revision"]


@admin.register(Indicator)
class IndicatorAdmin(WeightedAdmin):
    list_display = ["revision", "number", "name", weight, "aspect"]
    list_filter = ["revision"]
    search_fields = ["name", "question"]


@admin.register(CatalogItem)
class CatalogItemAdmin(ReadOnlyAdmin):
    list_display = ["code", "indicator", "level", "position", "text"]
    list_filter = ["indicator__revision"]
    search_fields = ["code", "text"]
