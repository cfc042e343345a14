"""The Koordinator's delivery log: the agency's email and WhatsApp deliveries, filterable."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from spbe.notifications.log_selectors import agency_deliveries, delivery_log_agency
from spbe.notifications.models import Channel, DeliveryStatus
from spbe.organizations.actors import actor_for

PAGE_SIZE = 50


@login_required
@require_GET
def delivery_log(request: HttpRequest, agency_id: int) -> HttpResponse:
    agency = delivery_log_agency(actor_for(request.user), agency_id)
    # An unknown filter value is ignored rather than refused: the page is only a filter.
    status = request.GET.get("status", "")
    status = status if status in DeliveryStatus.values else ""
    channel = request.GET.get("channel", "")
    channel = channel if channel in Channel.values else ""
    page = Paginator(agency_deliveries(agency, status=status, channel=channel), PAGE_SIZE)
    deliveries = page.get_page(request.GET.get("page"))
    return render(
        request,
        "notifications/delivery_log.html",
        {
            "agency": agency,
            "deliveries": deliveries,
            "status": status,
            "channel": channel,
            "statuses": DeliveryStatus.choices,
            "channels": Channel.choices,
            "filters": f"status={status}&channel={channel}",
        },
    )
