"""The steps of the load test (bench/locustfile.py): each a name, a method and its address.

Kept apart from the locustfile, which imports locust (and with it gevent's patching of the
standard library), so that a test can check every address against the URL map in-process.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    name: str
    method: str
    path: str  # with {evaluation} and {number} where the step needs them

    def url(self, **parts: object) -> str:
        return self.path.format(**parts)


LOGIN = Step("sign in", "POST", "/accounts/login/")
MY_INDICATORS = Step("pic: my indicators", "GET", "/evaluasi/saya/")
INDICATOR = Step("indicator page", "GET", "/evaluasi/{evaluation}/indikator/{number}/")
SAVE_CLAIM = Step("pic: save claim", "POST", "/evaluasi/{evaluation}/indikator/{number}/")
UPLOAD = Step(
    "pic: upload evidence", "POST", "/bukti/evaluasi/{evaluation}/indikator/{number}/unggah/"
)
VERIFY = Step("reviewer: verify claim", "POST", "/evaluasi/{evaluation}/indikator/{number}/")
EVALUATION = Step("reviewer: evaluation page", "GET", "/evaluasi/{evaluation}/")
HOME = Step("leader: home", "GET", "/")
DASHBOARD = Step("leader: dashboard", "GET", "/evaluasi/{evaluation}/dasbor/")
REPORTS = Step("leader: reports panel", "GET", "/evaluasi/{evaluation}/laporan/")
REQUEST_REPORT = Step("leader: request report", "POST", "/evaluasi/{evaluation}/laporan/minta/")
RANKING = Step("leader: national ranking", "GET", "/tolok-ukur/peringkat/")
API_EVALUATIONS = Step("api: evaluations", "GET", "/api/v1/evaluations")
API_SCORES = Step("api: scores", "GET", "/api/v1/evaluations/{evaluation}/scores")
API_CLAIMS = Step("api: claims", "GET", "/api/v1/evaluations/{evaluation}/claims")
API_DOCUMENTS = Step("api: documents", "GET", "/api/v1/documents")

STEPS = (
    LOGIN,
    MY_INDICATORS,
    INDICATOR,
    SAVE_CLAIM,
    UPLOAD,
    VERIFY,
    EVALUATION,
    HOME,
    DASHBOARD,
    REPORTS,
    REQUEST_REPORT,
    RANKING,
    API_EVALUATIONS,
    API_SCORES,
    API_CLAIMS,
    API_DOCUMENTS,
)
