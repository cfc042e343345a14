"""People to notify, and WhatsApp pointed at a gateway that nobody answers unless a test starts one."""

from __future__ import annotations

from typing import Any

import pytest

from spbe.notifications.models import WhatsAppNumber


@pytest.fixture
def whatsapp_on(settings: Any) -> Any:
    settings.SPBE_WHATSAPP_URL = "http://127.0.0.1:9/send"
    settings.SPBE_BASE_URL = "https://spbe.example.go.id"
    return settings


@pytest.fixture
def make_person(django_user_model: Any) -> Any:
    def make(username: str, *, email: bool = True, whatsapp: str | None = None) -> Any:
        user = django_user_model.objects.create_user(
            username=username,
            email=f"{username}@example.go.id" if email else "",
            first_name=username.title(),
        )
        if whatsapp:
            WhatsAppNumber.objects.create(user=user, number=whatsapp)
        return user

    return make
