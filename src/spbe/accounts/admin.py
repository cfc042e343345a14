"""Users in the admin, with their agency, unit and roles on the same page."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from spbe.accounts import two_factor
from spbe.accounts.forms import LimitedAdminAuthenticationForm
from spbe.accounts.models import TwoFactorPolicy, User
from spbe.audit.services import audit_record
from spbe.organizations.admin import MembershipForm
from spbe.organizations.models import Membership, Role

# The admin's sign-in counts toward the same limit as the site's (spbe.accounts.signin_limits).
admin.site.login_form = LimitedAdminAuthenticationForm


class MembershipInline(admin.StackedInline):
    model = Membership
    form = MembershipForm
    can_delete = False
    fields = ["agency", "unit", "roles"]
    extra = 1
    max_num = 1


@admin.register(User)
class SpbeUserAdmin(UserAdmin):
    search_fields = ["username", "first_name", "last_name", "email"]
    inlines = [MembershipInline]
    list_display = [
        "username",
        "first_name",
        "last_name",
        "is_active",
        "is_superuser",
        "uses_two_factor",
    ]
    actions = ["reset_two_factor"]

    @admin.display(boolean=True, description=_("two-factor"))
    def uses_two_factor(self, obj: User) -> bool:
        return two_factor.has_two_factor(obj)

    @admin.action(description=_("Reset two-factor sign-in (the user enrols again)"))
    def reset_two_factor(self, request: HttpRequest, queryset: Any) -> None:
        for user in queryset:
            two_factor.two_factor_disable(user=user, by=request.user)
        messages.success(request, gettext("Two-factor sign-in was reset."))

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        fields = [name for name in form.changed_data if "password" not in name]
        audit_record(
            actor=request.user,
            action="user.change" if change else "user.create",
            target=obj,
            summary=obj.username,
            data={"fields": fields, "password_changed": len(fields) != len(form.changed_data)},
        )

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        audit_record(actor=request.user, action="user.delete", target=obj, summary=obj.username)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for user in queryset:
            audit_record(
                actor=request.user, action="user.delete", target=user, summary=user.username
            )
        super().delete_queryset(request, queryset)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        before = {m.pk: list(m.roles) for m in formset.queryset} if change else {}
        super().save_formset(request, form, formset, change)
        changed = list(formset.new_objects) + [item for item, _fields in formset.changed_objects]
        for membership in changed:
            audit_record(
                actor=request.user,
                action="membership.change",
                target=membership,
                agency=membership.agency,
                summary=str(membership),
                data={
                    "roles": membership.roles,
                    "roles_before": before.get(membership.pk),
                    "unit": membership.unit_id,
                },
            )


class TwoFactorPolicyForm(forms.ModelForm):
    roles = forms.MultipleChoiceField(
        label=_("roles that must use two-factor"),
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = TwoFactorPolicy
        fields = ["superusers", "roles"]


@admin.register(TwoFactorPolicy)
class TwoFactorPolicyAdmin(admin.ModelAdmin):
    """One row: who must use two-factor. Saved through the service, so it is audited."""

    form = TwoFactorPolicyForm
    list_display = ["__str__", "superusers", "roles", "changed_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return super().has_add_permission(request) and not TwoFactorPolicy.objects.exists()

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        saved = two_factor.policy_set(
            superusers=form.cleaned_data["superusers"],
            roles=list(form.cleaned_data["roles"]),
            by=request.user,
        )
        obj.pk = saved.pk
