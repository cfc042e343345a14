"""The demo's evidence for the Pemdi items that ask for a document of their own: the DPA with
the e-government activity, the SK appointing the PDP officer, the SK of the incident response
team, the reports on digital competence, PDP awareness, vital information infrastructure,
cryptography, application development and integration, the review of the digital-service unit
and the minutes of an application's termination. Each is generated as the demo's other
documents are (``spbe.demo.documents``), and ``ITEM_EVIDENCE`` says which items it answers.

The demo keeps two gaps on purpose, told by its story (``DELIBERATE_GAPS``), and the
pre-check flags both: the audit team's decree is not the audit report asked for, and the
minutes that only schedule the review do not name it.
"""

from __future__ import annotations

import datetime

from spbe.demo.documents import PERPRES_PEMDI, UU_PDP, UU_PEMDA, DemoDocument, decree, report
from spbe.evidence.models import DocumentKind

KOMINFO = "Dinas Komunikasi dan Informatika"

DPA = "Dokumen Pelaksanaan Anggaran Dinas Komunikasi dan Informatika 2026"
DIGITAL_COMPETENCE = "Laporan Pengembangan Kompetensi Digital ASN 2026"
PDP_AWARENESS = "Laporan Program Awareness Pelindungan Data Pribadi 2026"
PDP_OFFICER = "Keputusan Wali Kota tentang Penunjukan Pejabat Pelindungan Data Pribadi"
SUBJECT_RIGHTS = "SOP Pemenuhan Hak Subjek Data"
VITAL_INFRASTRUCTURE = "Dokumentasi Identifikasi Infrastruktur Informasi Vital 2026"
CRYPTOGRAPHY = "Laporan Penerapan Teknologi Kriptografi 2026"
INCIDENT_TEAM = "Keputusan Wali Kota tentang Tim Tanggap Insiden Siber"
APPLICATION_DEVELOPMENT = "Laporan Pengembangan Aplikasi Pemerintah Digital 2026"
SERVICE_UNIT_REVIEW = "Laporan Hasil Reviu Unit Pengelola Layanan Digital 2026"
TERMINATION = "Notulen Rapat Terminasi Aplikasi Pemerintah Digital"
INTEGRATION = "Laporan Pelaksanaan Integrasi Aplikasi 2026"

# Item → the title of the document that answers it.
ITEM_EVIDENCE: dict[str, str] = {
    "I1-L2-04": DPA,
    "I1-L3-04": DPA,
    "I3-L1-04": DIGITAL_COMPETENCE,
    "I3-L2-02": DIGITAL_COMPETENCE,
    "I3-L2-04": DIGITAL_COMPETENCE,
    "I3-L2-05": DIGITAL_COMPETENCE,
    "I8-L1-03": PDP_AWARENESS,
    "I8-L2-02": PDP_AWARENESS,
    "I8-L2-03": PDP_OFFICER,
    "I8-L2-04": SUBJECT_RIGHTS,
    "I10-L2-01": VITAL_INFRASTRUCTURE,
    "I11-L1-01": CRYPTOGRAPHY,
    "I12-L2-01": INCIDENT_TEAM,
    "I13-L1-01": APPLICATION_DEVELOPMENT,
    "I13-L2-01": APPLICATION_DEVELOPMENT,
    "I13-L2-03": SERVICE_UNIT_REVIEW,
    "I13-L3-02": SERVICE_UNIT_REVIEW,
    "I13-L3-03": TERMINATION,
    "I13-L4-01": SERVICE_UNIT_REVIEW,
    "I16-L1-01": INTEGRATION,
    "I16-L1-03": INTEGRATION,
    "I16-L2-02": INTEGRATION,
}

# Items the demo answers with the wrong object on purpose, and why (its story).
DELIBERATE_GAPS: dict[str, str] = {
    "I1-L4-01": "The review of digital governance has not happened yet: the team links the "
    "minutes that only schedule it (the assessor's note: evaluasi berkala belum terbukti).",
    "I9-L2-01": "This year's internal audit report is not finished: the team links the decree "
    "forming the audit team, and the assessors ask for the report (revisi).",
}


def _report(title: str, unit: str, sections: tuple[tuple[str, str], ...], on: datetime.date):
    return report(title=title, unit=unit, sections=sections, issued=on)


def _decree(
    title_and_number: tuple[str, str],
    subject: str,
    considering: str,
    decision: str,
    on: datetime.date,
    *,
    law: str,
) -> DemoDocument:
    """A Keputusan Wali Kota of one decision (an appointment, a team), in force when signed."""
    title, number = title_and_number
    return decree(
        title=title,
        number=number,
        subject=subject,
        considering=considering,
        basis=(UU_PEMDA, law),
        dictums=(decision, "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
        issued=on,
    )


def item_documents(on: datetime.date) -> dict[int, tuple[DemoDocument, ...]]:
    """Pemdi indicator → the documents that answer its items of ``ITEM_EVIDENCE``."""
    return {
        1: (
            report(
                title=DPA,
                unit=KOMINFO,
                kind=DocumentKind.OTHER,
                sections=(
                    (
                        "Program Pengelolaan Aplikasi Informatika",
                        "Kegiatan pengelolaan e-government di lingkungan Pemerintah Kota "
                        "Pematangsiantar sesuai Rencana Aksi Nasional Pemerintah Digital: "
                        "Rp1.250.000.000,00.",
                    ),
                ),
                issued=on,
            ),
        ),
        3: (
            _report(
                DIGITAL_COMPETENCE,
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                (
                    (
                        "Pembelajaran digital",
                        "Sebanyak 320 ASN menyelesaikan modul microlearning dan e-learning "
                        "pemerintah digital; 85 ASN mengikuti pembelajaran digital nasional.",
                    ),
                    (
                        "Forum internasional",
                        "Dua pegawai Dinas Kominfo mengikuti forum internasional tentang "
                        "analisis data untuk layanan publik.",
                    ),
                ),
                on,
            ),
        ),
        8: (
            _report(
                PDP_AWARENESS,
                KOMINFO,
                (
                    (
                        "Pelatihan",
                        "Pelatihan pelindungan data pribadi diikuti 140 pegawai dari 15 "
                        "perangkat daerah; kebutuhan kompetensi PDP lanjutan telah diidentifikasi.",
                    ),
                ),
                on,
            ),
            _decree(
                (PDP_OFFICER, "100.3.3.3/241/WK-2026"),
                "Penunjukan Pejabat Pelindungan Data Pribadi",
                "bahwa untuk melaksanakan pelindungan data pribadi dalam layanan digital perlu "
                "ditunjuk pejabat pelindungan data pribadi",
                "Menunjuk Kepala Bidang Persandian dan Statistik Dinas Komunikasi dan "
                "Informatika sebagai Pejabat Pelindungan Data Pribadi.",
                on,
                law=UU_PDP,
            ),
            report(
                title=SUBJECT_RIGHTS,
                unit=KOMINFO,
                kind=DocumentKind.SOP,
                sections=(
                    (
                        "Prosedur",
                        "Permohonan hak subjek data diterima melalui portal layanan, "
                        "diverifikasi dan dijawab paling lama 3 x 24 jam.",
                    ),
                ),
                issued=on,
            ),
        ),
        10: (
            _report(
                VITAL_INFRASTRUCTURE,
                KOMINFO,
                (
                    (
                        "Hasil identifikasi",
                        "Pusat data dan sistem kependudukan diidentifikasi sebagai "
                        "infrastruktur informasi vital Pemerintah Kota Pematangsiantar.",
                    ),
                ),
                on,
            ),
        ),
        11: (
            _report(
                CRYPTOGRAPHY,
                KOMINFO,
                (
                    (
                        "Pelaksanaan",
                        "Teknologi kriptografi diterapkan pada tanda tangan elektronik naskah "
                        "dinas dan pada enkripsi surel pemerintah daerah.",
                    ),
                ),
                on,
            ),
        ),
        12: (
            _decree(
                (INCIDENT_TEAM, "100.3.3.3/252/WK-2026"),
                "Pembentukan Tim Tanggap Insiden Siber Kota Pematangsiantar",
                "bahwa untuk menangani insiden siber perlu dibentuk tim tanggap insiden siber",
                "Membentuk Tim Tanggap Insiden Siber (CSIRT) Kota Pematangsiantar dengan "
                "susunan sebagaimana tercantum dalam Lampiran.",
                on,
                law=PERPRES_PEMDI,
            ),
        ),
        13: (
            _report(
                APPLICATION_DEVELOPMENT,
                KOMINFO,
                (
                    (
                        "Siklus pengembangan",
                        "Aplikasi rujukan kesehatan dikembangkan melalui analisis kebutuhan, "
                        "desain, pengujian dan serah terima kepada Dinas Kesehatan.",
                    ),
                ),
                on,
            ),
            _report(
                SERVICE_UNIT_REVIEW,
                KOMINFO,
                (
                    (
                        "Hasil reviu",
                        "Unit pengelola layanan digital mereviu 42 aplikasi; 3 aplikasi "
                        "diusulkan untuk digabungkan dan tindak lanjutnya dijadwalkan.",
                    ),
                ),
                on,
            ),
            report(
                title=TERMINATION,
                unit=KOMINFO,
                kind=DocumentKind.MINUTES,
                sections=(
                    (
                        "Kesimpulan",
                        "Terminasi aplikasi absensi lama disepakati; datanya dipindahkan ke "
                        "aplikasi kepegawaian terpadu.",
                    ),
                ),
                issued=on,
            ),
        ),
        16: (
            _report(
                INTEGRATION,
                KOMINFO,
                (
                    (
                        "Matriks integrasi",
                        "Integrasi aplikasi kependudukan, kesehatan dan perizinan melalui "
                        "sistem penghubung layanan tercatat dalam matriks integrasi.",
                    ),
                ),
                on,
            ),
        ),
    }
