"""The pages that compose several apps. Mounted at the root, without a namespace."""

from django.urls import path

from spbe.home import views

urlpatterns = [
    path("", views.home, name="home"),
    path("evaluasi/<int:pk>/dasbor/", views.dashboard, name="dashboard"),
]
