from django.urls import path

from spbe.api.api import api
from spbe.api.openapi30_views import openapi_30_json
from spbe.api.token_views import token_page

urlpatterns = [
    path("v1/openapi-3.0.json", openapi_30_json, name="api-openapi-30"),
    path("v1/", api.urls),
]
# Mounted at the root (spbe.urls): the user's own page.
page_urlpatterns = [path("akun/token/", token_page, name="api_tokens")]
