from django.urls import path

from spbe.accounts import oidc_views, two_factor_views

urlpatterns = [
    path("dua-faktor/", two_factor_views.settings_page, name="two_factor"),
    path("dua-faktor/kode/", two_factor_views.verify, name="two_factor_verify"),
    path("dua-faktor/daftar/", two_factor_views.enrol, name="two_factor_enrol"),
    path("dua-faktor/kode-pemulihan/", two_factor_views.regenerate, name="two_factor_regenerate"),
    path("dua-faktor/matikan/", two_factor_views.disable, name="two_factor_disable"),
    path("sso/", oidc_views.start, name="oidc_login"),
    path("sso/kembali/", oidc_views.callback, name="oidc_callback"),
]
