"""Agencies, units and memberships in the admin (the installation administrator's pages).

Saves go through the same membership rule as the services; every change lands in the audit log.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from spbe.audit.services import audit_record
from spbe.core.errors import ActionRefused
from spbe.organizations.models import Agency, Membership, Role, Unit
from spbe.organizations.services import validate_membership


class UnitInline(admin.TabularInline):
    model = Unit
    extra = 1
    prepopulated_fields = {"slug": ("short_name",)}


class AuditedAdmin(admin.ModelAdmin):
    """Every save, inline save and delete made in these admin pages lands in the audit log."""

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        for item in list(formset.new_objects) + [obj for obj, _f in formset.changed_objects]:
            _audit(request, item, "change" if item in formset.changed_objects else "create")
        for item in formset.deleted_objects:
            _audit(request, item, "delete")

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        _audit(request, obj, "delete")
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for obj in queryset:
            _audit(request, obj, "delete")
        super().delete_queryset(request, queryset)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        agency = obj if isinstance(obj, Agency) else getattr(obj, "agency", None)
        audit_record(
            actor=request.user,
            action=f"{obj._meta.model_name}.{'change' if change else 'create'}",
            target=obj,
            agency=agency,
            summary=str(obj),
            data={"fields": form.changed_data},
        )


@admin.register(Agency)
class AgencyAdmin(AuditedAdmin):
    list_display = ["name", "kind", "province"]
    list_filter = ["kind", "province"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ("name",)}
    inlines = [UnitInline]


class MembershipForm(forms.ModelForm):
    roles = forms.MultipleChoiceField(
        choices=Role.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = Membership
        fields = ["agency", "unit", "roles"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        try:
            validate_membership(
                agency=data.get("agency"),
                unit=data.get("unit"),
                roles=list(data.get("roles") or []),
            )
        except ActionRefused as error:
            raise ValidationError({error.field or "roles": error.message}) from error
        self._refuse_cross_agency_assessor(data.get("agency"))
        return data

    def _refuse_cross_agency_assessor(self, agency: Agency | None) -> None:
        """An external assessor assigned to one agency's evaluations is never made a member of
        another: that would let one person read and write two agencies (issue 15, § 2).

        The assignments are read through the user's reverse relation by name
        (``external_evaluations``), as the organizations sit below the evaluations.
        """
        user_id = self.instance.user_id if self.instance.pk else None
        if agency is None or user_id is None:
            return
        assigned = (
            get_user_model()
            .objects.filter(pk=user_id, external_evaluations__isnull=False)
            .exclude(external_evaluations__agency=agency)
        )
        if assigned.exists():
            raise ValidationError(
                {
                    "agency": _(
                        "This user is the external assessor of another agency's evaluations; "
                        "unassign them there first."
                    )
                }
            )


@admin.register(Membership)
class MembershipAdmin(AuditedAdmin):
    """Memberships are edited on the user's page; this list is for finding who holds what."""

    form = MembershipForm
    list_display = ["user", "agency", "unit", "roles"]
    list_filter = ["agency"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


def _audit(request: HttpRequest, obj: Any, verb: str) -> None:
    agency = obj if isinstance(obj, Agency) else getattr(obj, "agency", None)
    data = {"roles": obj.roles} if isinstance(obj, Membership) else {}
    audit_record(
        actor=request.user,
        action=f"{obj._meta.model_name}.{verb}",
        target=obj,
        agency=agency if verb != "delete" or not isinstance(obj, Agency) else None,
        summary=str(obj),
        data=data,
    )
