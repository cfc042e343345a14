from django.urls import path  # noqa: F401  (the reports views register here)

app_name = "reports"

urlpatterns: list = []
