from django.contrib import admin

from spbe.notifications.models import Delivery, Notification


class DeliveryInline(admin.TabularInline):
    model = Delivery
    extra = 0
    can_delete = False
    readonly_fields = [
        "channel",
        "status",
        "digest",
        "attempts",
        "next_attempt_at",
        "last_error",
        "sent_at",
    ]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["title", "recipient", "kind", "created_at", "read_at"]
    list_filter = ["kind", "deliveries__status"]
    search_fields = ["title", "recipient__username"]
    readonly_fields = [
        "recipient",
        "agency",
        "kind",
        "title",
        "body",
        "link",
        "created_at",
        "read_at",
    ]
    inlines = [DeliveryInline]
