from django.urls import path

from spbe.planning import recommendation_views
from spbe.planning.views import action_views, cost_views, handover_views, plan_views

app_name = "planning"

urlpatterns = [
    path("<int:pk>/rencana/", plan_views.plan_page, name="plan"),
    path("<int:pk>/rencana/simulasi/", plan_views.what_if, name="what_if"),
    path("<int:pk>/rencana/biaya/", cost_views.costs_update, name="costs"),
    path("<int:pk>/rencana/biaya/tabel/", cost_views.costs_table_update, name="costs_table"),
    path("<int:pk>/rencana/biaya.json", cost_views.costs_export, name="costs_export"),
    path("<int:pk>/rencana/aksi/buat/", plan_views.create_actions, name="create_actions"),
    path("<int:pk>/aksi/", action_views.actions, name="actions"),
    path("<int:pk>/aksi/<int:action_pk>/", action_views.action_change, name="action_change"),
    path("<int:pk>/rekomendasi/", recommendation_views.recommendations, name="recommendations"),
    path(
        "<int:pk>/rekomendasi/<int:number>/aksi/",
        recommendation_views.recommendation_action,
        name="recommendation_action",
    ),
    path("<int:pk>/baseline-pemdi/", action_views.pemdi_baseline, name="baseline"),
    path("sesi-meja/", handover_views.own_desk, name="own_desk"),
    path("instansi/<slug:slug>/sesi-meja/", handover_views.desk, name="desk"),
    path("instansi/<slug:slug>/serah-terima/", handover_views.handover, name="handover"),
]
