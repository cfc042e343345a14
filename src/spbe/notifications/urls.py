from django.urls import path

from spbe.notifications import log_views, views

app_name = "notifications"

urlpatterns = [
    path("", views.inbox_page, name="inbox"),
    path("lonceng/", views.bell, name="bell"),
    path("<int:pk>/buka/", views.open_notification, name="open"),
    path("baca-semua/", views.read_all, name="read_all"),
    path("pengaturan/", views.preferences_page, name="preferences"),
    path("instansi/<int:agency_id>/pengiriman/", log_views.delivery_log, name="delivery_log"),
]
