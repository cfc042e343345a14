from django.urls import path

from spbe.evaluations.views import (
    assessor_comparison_views,
    assessor_views,
    assignment_views,
    external_views,
    indicator_views,
    item_admin_views,
    item_views,
    list_views,
    mine_views,
    result_import_views,
    stage_views,
)

app_name = "evaluations"

urlpatterns = [
    path("", list_views.evaluation_list, name="list"),
    path("baru/", list_views.evaluation_new, name="new"),
    path("saya/", mine_views.my_indicators, name="mine"),
    path("<int:pk>/", list_views.evaluation_detail, name="detail"),
    path("<int:pk>/lanjut/", list_views.evaluation_next, name="next"),
    path("<int:pk>/penugasan/", assignment_views.assignments, name="assignments"),
    path("<int:pk>/asesor-eksternal/", list_views.external_assessor, name="external_assessor"),
    path("<int:pk>/indikator/<int:number>/", indicator_views.indicator, name="indicator"),
    path(
        "<int:pk>/indikator/<int:number>/butir/<str:code>/catatan/",
        item_views.item_note,
        name="item_note",
    ),
    path(
        "<int:pk>/indikator/<int:number>/butir/<str:code>/jawaban/",
        item_views.item_answer,
        name="item_answer",
    ),
    path(
        "<int:pk>/indikator/<int:number>/indeks-eksternal/",
        item_views.external_index,
        name="external_index",
    ),
    path("<int:pk>/hasil-eksternal/", external_views.external_import, name="external_import"),
    path("<int:pk>/perbandingan/", external_views.comparison, name="comparison"),
    path("<int:pk>/butir/", item_admin_views.items, name="items"),
    path("<int:pk>/butir/impor/", item_admin_views.items_import_page, name="items_import"),
    path("<int:pk>/tahap/", stage_views.stages, name="stages"),
    path("jadwal-nasional/", stage_views.national_windows, name="national_windows"),
    # Pemdi: the external assessors' results (docs/pemdi.md, "Assessors' pages").
    path("<int:pk>/hasil-asesor/", assessor_views.assessor_results, name="assessor_results"),
    path(
        "<int:pk>/hasil-asesor/indikator/<int:number>/",
        assessor_views.assessor_indicator_page,
        name="assessor_indicator",
    ),
    path("<int:pk>/hasil-asesor/impor/", result_import_views.results_upload, name="results_upload"),
    path(
        "<int:pk>/hasil-asesor/impor/terapkan/",
        result_import_views.results_apply,
        name="results_apply",
    ),
    path(
        "<int:pk>/hasil-asesor/perbandingan/",
        assessor_comparison_views.comparison,
        name="assessor_comparison",
    ),
]
