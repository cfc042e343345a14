"""Evidence per item on the Pemdi indicator page: upload a new document or link one from the
library, the page references for the note, the pre-check per item, the stage rule, and the
proof of an external index value."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spbe.core.errors import NotAllowed
from spbe.evaluations.external_index_services import external_index_value_set
from spbe.evidence.models import Document, DocumentVersion, EvidenceLink, ExternalIndexProof
from spbe.evidence.upload_services import DocumentFacts, document_upload
from tests.cast import PASSWORD
from tests.clock import JAKARTA
from tests.evaluations.helpers import assessment
from tests.evaluations.pemdi_helpers import (
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    item,
    set_status,
)
from tests.textanalysis.fabricate import text_pdf

pytestmark = pytest.mark.dates

# I1-L2-02: "Pengisian Arsitektur Pemerintah Digital pada sebagian Layanan Digital Pemerintah
# melalui SIAP Digital." Its words are on pages 2 and 3, not on the cover or the annex.
REPORT = text_pdf(
    [
        "Laporan Kota Uji 2026",
        "Pengisian Arsitektur Pemerintah Digital\nmelalui SIAP Digital pada sebagian Layanan",
        "Layanan Digital Pemerintah: pengisian arsitektur SIAP Digital selesai",
        "Lampiran foto kegiatan",
    ]
)


def on(time_machine, day: datetime.date) -> None:
    time_machine.move_to(datetime.datetime.combine(day, datetime.time(10), tzinfo=JAKARTA))


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    client.cookies["django_language"] = "en"
    return client


def page_url(cast, number=1):
    return reverse("evaluations:indicator", args=[cast.evaluation.pk, number])


def item_url(name, cast, code, number=1):
    return reverse(f"evidence:{name}", args=[cast.evaluation.pk, number, code])


def upload_data(code, content=REPORT, title="Laporan SIAP Digital 2026"):
    prefix = f"upload-{code}"
    return {
        f"{prefix}-title": title,
        f"{prefix}-kind": "laporan",
        f"{prefix}-note": "Bab II",
        f"{prefix}-file": SimpleUploadedFile(
            "laporan.pdf", content, content_type="application/pdf"
        ),
    }


def library_document(cast, title="SK Tim Koordinasi Pemdi"):
    return Document.objects.create(agency=cast.agency, title=title, created_by=cast.pic)


def test_the_pic_uploads_a_document_for_one_item_and_sees_its_page_references(
    client, pemdi, time_machine, media, django_capture_on_commit_callbacks
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(item_url("item_upload", pemdi, "I1-L2-02"), upload_data("I1-L2-02"))
    assert response.status_code == 302
    link = EvidenceLink.objects.get()
    assert (link.item.code, link.level, link.note) == ("I1-L2-02", 2, "Bab II")
    page = client.get(page_url(pemdi))
    evidence = page.context["item_evidence"]["I1-L2-02"]
    assert [entry.link for entry in evidence.links] == [link]
    assert evidence.links[0].pages == "hlm. 2–3"
    assert evidence.suggestion == "Laporan SIAP Digital 2026, hlm. 2–3"
    html = page.content.decode()
    assert 'data-insert-text="Laporan SIAP Digital 2026, hlm. 2–3"' in html
    # The item's link is shown on its item, not among the indicator's own evidence.
    assert page.context["links"] == []


def test_the_pre_check_is_shown_on_each_items_link(
    client, pemdi, time_machine, media, django_capture_on_commit_callbacks
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(item_url("item_upload", pemdi, "I1-L2-02"), upload_data("I1-L2-02"))
    link = EvidenceLink.objects.get()
    assert link.precheck is not None
    html = client.get(page_url(pemdi)).content.decode()
    card = html[html.index('id="item-I1-L2-02"') :]
    assert f'id="precheck-{link.pk}"' in card[: card.index("</article>")]


def test_the_pic_links_a_library_document_to_an_item(client, pemdi, time_machine):
    document = library_document(pemdi)
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.pic).post(
        item_url("item_link", pemdi, "I1-L1-01"), {"document": document.pk, "note": "hlm. 1"}
    )
    assert response.status_code == 302
    link = EvidenceLink.objects.get()
    assert (link.item, link.document, link.level) == (item(pemdi, "I1-L1-01"), document, 1)


def test_a_document_of_another_agency_cannot_be_linked_to_an_item(client, pemdi, time_machine):
    foreign = Document.objects.create(agency=pemdi.other_agency, title="Milik orang lain")
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.pic).post(
        item_url("item_link", pemdi, "I1-L1-01"), {"document": foreign.pk}
    )
    assert response.status_code == 422
    assert not EvidenceLink.objects.exists()


def test_the_pic_unlinks_an_items_document_during_the_penilaian_mandiri(
    client, pemdi, time_machine
):
    document = library_document(pemdi)
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    client.post(item_url("item_link", pemdi, "I1-L1-01"), {"document": document.pk})
    link = EvidenceLink.objects.get()
    response = client.post(item_url("item_unlink", pemdi, "I1-L1-01"), {"link": link.pk})
    assert response.status_code == 302
    assert not EvidenceLink.objects.exists()


def test_the_indicators_own_unlink_leaves_an_items_link_alone(client, pemdi, time_machine):
    document = library_document(pemdi)
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    client.post(item_url("item_link", pemdi, "I1-L1-01"), {"document": document.pk})
    link = EvidenceLink.objects.get()
    on(time_machine, DOCUMENTS_DAY)
    login(client, pemdi.pic)  # a month later the session has expired
    url = reverse("evidence:indicator_unlink", args=[pemdi.evaluation.pk, 1])
    assert client.post(url, {"link": link.pk}).status_code == 422
    assert (
        client.post(item_url("item_unlink", pemdi, "I1-L1-01"), {"link": link.pk}).status_code
        == 403
    )
    assert EvidenceLink.objects.filter(pk=link.pk).exists()


def test_in_the_penilaian_dokumen_no_evidence_is_added_to_an_item_and_nothing_is_stored(
    client, pemdi, time_machine, media
):
    document = library_document(pemdi)
    on(time_machine, DOCUMENTS_DAY)
    login(client, pemdi.pic)
    uploaded = client.post(item_url("item_upload", pemdi, "I1-L2-02"), upload_data("I1-L2-02"))
    assert uploaded.status_code == 403
    linked = client.post(item_url("item_link", pemdi, "I1-L1-01"), {"document": document.pk})
    assert linked.status_code == 403
    assert not EvidenceLink.objects.exists()
    assert not DocumentVersion.objects.exists()
    assert not (media / "evidence").exists()


def test_a_pic_of_another_unit_adds_no_evidence_to_an_item_of_this_indicator(
    client, pemdi, time_machine
):
    # Indicator 1 is led by Kominfo and has no supporting unit.
    document = library_document(pemdi)
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.other_pic).post(
        item_url("item_link", pemdi, "I1-L1-01"), {"document": document.pk}
    )
    assert response.status_code == 403
    assert not EvidenceLink.objects.exists()


def test_another_agency_is_not_told_the_item_exists(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    response = login(client, pemdi.outsider).post(
        item_url("item_link", pemdi, "I1-L1-01"), {"document": library_document(pemdi).pk}
    )
    assert response.status_code == 404


def test_a_sanggah_brings_new_evidence_to_an_item_in_revisi_at_the_interview(
    client, pemdi, time_machine
):
    set_status(pemdi, "revisi", "I1-L1-01")
    document = library_document(pemdi, "Renstra Kominfo 2025-2029 (perbaikan)")
    on(time_machine, INTERVIEW_DAY)
    login(client, pemdi.pic)
    page = client.get(page_url(pemdi))
    assert page.context["item_evidence"]["I1-L1-01"].can_add
    assert not page.context["item_evidence"]["I1-L2-01"].can_add
    response = client.post(item_url("item_link", pemdi, "I1-L1-01"), {"document": document.pk})
    assert response.status_code == 302
    assert EvidenceLink.objects.get().item.code == "I1-L1-01"


def test_the_coordinator_names_the_proof_of_an_index_value(client, pemdi, time_machine):
    on(time_machine, SELF_ASSESSMENT_DAY)
    external_index_value_set(
        actor=pemdi.actor(pemdi.coordinator),
        assessment=assessment(pemdi, 10),
        version=0,
        value="3.2",
        year=2026,
        source="BSSN",
        today=SELF_ASSESSMENT_DAY,
    )
    proof = Document.objects.create(agency=pemdi.agency, title="Hasil IKASANDI 2026")
    login(client, pemdi.coordinator)
    url = reverse("evidence:index_proof", args=[pemdi.evaluation.pk, 10])
    assert client.post(url, {"document": proof.pk}).status_code == 302
    assert ExternalIndexProof.objects.get().document == proof
    html = client.get(page_url(pemdi, 10)).content.decode()
    assert "Hasil IKASANDI 2026" in html[html.index('id="index-proof"') :]


def test_a_pic_of_another_unit_does_not_name_the_proof_of_an_index_value(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    external_index_value_set(
        actor=pemdi.actor(pemdi.coordinator),
        assessment=assessment(pemdi, 10),
        version=0,
        value="3.2",
        year=2026,
        source="BSSN",
        today=SELF_ASSESSMENT_DAY,
    )
    url = reverse("evidence:index_proof", args=[pemdi.evaluation.pk, 10])
    response = login(client, pemdi.other_pic).post(url, {"document": library_document(pemdi).pk})
    assert response.status_code == 403
    assert not ExternalIndexProof.objects.exists()


def queries_of(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_page_reads_as_many_queries_with_one_linked_item_as_with_many(
    client, pemdi, time_machine
):
    on(time_machine, SELF_ASSESSMENT_DAY)
    login(client, pemdi.pic)
    codes = ["I1-L1-01", "I1-L2-01", "I1-L2-02", "I1-L2-03", "I1-L2-04", "I1-L3-01"]
    client.post(item_url("item_link", pemdi, codes[0]), {"document": library_document(pemdi).pk})
    client.get(page_url(pemdi))  # warm the per-process caches (catalogue, translations)
    few = queries_of(client, page_url(pemdi))
    for number, code in enumerate(codes[1:]):
        document = library_document(pemdi, f"Dokumen {number}")
        client.post(item_url("item_link", pemdi, code), {"document": document.pk})
    assert EvidenceLink.objects.count() == len(codes)
    assert queries_of(client, page_url(pemdi)) == few


def test_an_upload_whose_item_link_is_refused_stores_nothing(pemdi, media):
    with pytest.raises(NotAllowed):
        document_upload(
            actor=pemdi.actor(pemdi.pic),
            agency=pemdi.agency,
            upload=SimpleUploadedFile("laporan.pdf", REPORT, content_type="application/pdf"),
            facts=DocumentFacts(title="Laporan terlambat"),
            link_item=item(pemdi, "I1-L2-02"),
            today=DOCUMENTS_DAY,
        )
    assert not Document.objects.exists()
    assert not DocumentVersion.objects.exists()
    assert not media.exists() or not any(path.is_file() for path in media.rglob("*"))
