from django.urls import path

from spbe.evidence import views

app_name = "evidence"

urlpatterns = [
    path("", views.library, name="library"),
    path("<int:pk>/", views.document, name="document"),
    path("versi/<int:pk>/unduh/", views.download, name="download"),
    path("versi/<int:pk>/status/", views.text_status, name="text_status"),
]
