from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from spbe.accounts.models import User


@admin.register(User)
class SpbeUserAdmin(UserAdmin):
    search_fields = ["username", "first_name", "last_name", "email"]
