"""An upload kept between a preview and its confirmation (``core.staged_uploads``): only its own
token reads it back, only intact, only from the uploader's session, and a new upload replaces it.
The session here is a signed cookie, so no database is needed and what is kept must be JSON."""

from __future__ import annotations

import base64

from django.contrib.sessions.backends.signed_cookies import SessionStore
from django.test import RequestFactory

from spbe.core.staged_uploads import discard_upload, stage_upload, staged_upload

KEY = "hasil-evaluasi-7"
CONTENT = b"code,status\nI1-L1-01,diterima\n"


def request_with(session: SessionStore):
    request = RequestFactory().post("/")
    request.session = session
    return request


def reloaded(session: SessionStore) -> SessionStore:
    """The session as the next request reads it: serialised, signed and read back."""
    session.save()
    return SessionStore(session_key=session.session_key)


def test_the_upload_is_read_back_with_its_token_name_bytes_and_meta_on_the_next_request():
    session = SessionStore()
    staged = stage_upload(
        request_with(session), KEY, name="hasil.csv", content=CONTENT, meta={"rows": 1}
    )
    again = staged_upload(request_with(reloaded(session)), KEY, staged.token)
    assert again == staged
    assert (again.name, again.content, again.meta) == ("hasil.csv", CONTENT, {"rows": 1})
    assert len(again.sha256) == 64


def test_a_wrong_or_empty_token_reads_nothing():
    session = SessionStore()
    staged = stage_upload(request_with(session), KEY, name="a.csv", content=CONTENT, meta={})
    assert staged_upload(request_with(session), KEY, staged.token[:-1] + "x") is None
    assert staged_upload(request_with(session), KEY, "") is None


def test_another_users_session_holds_nothing_for_the_same_key_and_token():
    mine = SessionStore()
    staged = stage_upload(request_with(mine), KEY, name="a.csv", content=CONTENT, meta={})
    assert staged_upload(request_with(SessionStore()), KEY, staged.token) is None


def test_the_key_names_the_pages_subject_so_another_evaluations_preview_is_not_confirmed():
    session = SessionStore()
    staged = stage_upload(request_with(session), KEY, name="a.csv", content=CONTENT, meta={})
    assert staged_upload(request_with(session), "hasil-evaluasi-8", staged.token) is None


def test_a_new_upload_for_the_same_key_replaces_the_old_one_and_its_token():
    session = SessionStore()
    first = stage_upload(request_with(session), KEY, name="a.csv", content=CONTENT, meta={})
    second = stage_upload(request_with(session), KEY, name="b.csv", content=b"lain", meta={})
    assert first.token != second.token
    assert staged_upload(request_with(session), KEY, first.token) is None
    assert staged_upload(request_with(session), KEY, second.token).content == b"lain"


def test_bytes_changed_in_the_session_are_not_trusted():
    session = SessionStore()
    staged = stage_upload(request_with(session), KEY, name="a.csv", content=CONTENT, meta={})
    kept = session["staged-upload:" + KEY]
    kept["content"] = base64.b64encode(b"code,status\nI1-L1-01,revisi\n").decode()
    assert staged_upload(request_with(session), KEY, staged.token) is None
    kept["content"] = "not base64 at all!"
    assert staged_upload(request_with(session), KEY, staged.token) is None
    del kept["content"]
    assert staged_upload(request_with(session), KEY, staged.token) is None


def test_something_else_kept_under_the_key_reads_as_nothing():
    session = SessionStore()
    session["staged-upload:" + KEY] = "a string"
    assert staged_upload(request_with(session), KEY, "token") is None


def test_a_discarded_upload_is_gone_and_discarding_twice_is_harmless():
    session = SessionStore()
    staged = stage_upload(request_with(session), KEY, name="a.csv", content=CONTENT, meta={})
    discard_upload(request_with(session), KEY)
    discard_upload(request_with(session), KEY)
    assert staged_upload(request_with(session), KEY, staged.token) is None
    assert "staged-upload:" + KEY not in session


def test_each_upload_gets_a_fresh_random_token():
    session = SessionStore()
    tokens = {
        stage_upload(request_with(session), KEY, name="a.csv", content=CONTENT, meta={}).token
        for _ in range(20)
    }
    assert len(tokens) == 20
    assert all(len(token) >= 20 for token in tokens)
