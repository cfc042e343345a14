"""Signing in, and the limit on failed attempts."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


def test_a_user_signs_in_and_lands_on_the_home_page(client):
    get_user_model().objects.create_user(username="sari", password="kata-sandi-uji")
    response = client.post("/accounts/login/", {"username": "sari", "password": "kata-sandi-uji"})
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_a_wrong_password_is_refused_with_a_message(client):
    get_user_model().objects.create_user(username="sari", password="kata-sandi-uji")
    response = client.post("/accounts/login/", {"username": "sari", "password": "salah"})
    assert response.status_code == 200
    assert "salah" in response.content.decode().lower()  # "Nama pengguna atau kata sandi salah"


def test_after_ten_failures_even_the_right_password_waits(client, settings):
    get_user_model().objects.create_user(username="sari", password="kata-sandi-uji")
    for _ in range(10):
        client.post("/accounts/login/", {"username": "sari", "password": "tebakan"})
    response = client.post("/accounts/login/", {"username": "sari", "password": "kata-sandi-uji"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
