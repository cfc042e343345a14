"""What the demo's evidence documents say, per Pemdi indicator.

The four indicators the pre-check has rules for (4, 8, 9 and 19) get the policy document the
rules look for, enacted, as a PDF: the pre-check then shows what a real decree proves. The
others get the report, minutes or plan a unit would upload, as DOCX. ``SK_DRAFT`` is the decree
of the Tim Koordinasi before it was signed: the demo uploads it first and the signed decree as
its second version, so that a document with two versions can be seen.
"""

from __future__ import annotations

import datetime

from spbe.demo.documents import (
    PERPRES_PEMDI,
    PERPRES_SPBE,
    UU_PDP,
    UU_PEMDA,
    DemoDocument,
    decree,
    report,
)
from spbe.evidence.models import DocumentKind

SK_TIM = "Keputusan Wali Kota tentang Tim Koordinasi Pemerintah Digital"
SK_TIM_NUMBER = "100.3.3.3/215/WK-2026"

_TIM_DICTUMS = (
    "Membentuk Tim Koordinasi Pemerintah Digital Kota Pematangsiantar dengan susunan "
    "keanggotaan sebagaimana tercantum dalam Lampiran Keputusan ini.",
    "Tim Koordinasi Pemerintah Digital bertugas menyusun rencana kolaborasi antar perangkat "
    "daerah dalam penerapan pemerintah digital sesuai Rencana Aksi Nasional Pemerintah "
    "Digital, serta melaksanakan evaluasi penerapan pemerintah digital setiap tahun.",
    "Tim Koordinasi Pemerintah Digital melaporkan pelaksanaan tugasnya kepada Wali Kota "
    "melalui Sekretaris Daerah paling sedikit 1 (satu) kali dalam 6 (enam) bulan.",
    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
)


def sk_tim(issued: datetime.date, *, draft: bool = False) -> DemoDocument:
    """The decree forming the Tim Koordinasi Pemerintah Digital (indicators 1 and 4)."""
    document = decree(
        title=SK_TIM,
        number="…" if draft else SK_TIM_NUMBER,
        subject="Pembentukan Tim Koordinasi Pemerintah Digital",
        considering="bahwa untuk mempercepat transformasi pemerintah digital di lingkungan "
        "Pemerintah Kota Pematangsiantar perlu dibentuk Tim Koordinasi Pemerintah Digital",
        basis=(UU_PEMDA, PERPRES_SPBE, PERPRES_PEMDI),
        dictums=_TIM_DICTUMS,
        issued=issued,
    )
    if not draft:
        return document
    head, rest = document.pages
    # The library records the number the decree was to get; the draft's text leaves it open.
    return DemoDocument(
        document.title,
        document.kind,
        SK_TIM_NUMBER,
        issued,
        "pdf",
        (("RANCANGAN", *head), tuple(line for line in rest if "tanggal" not in line)),
    )


COLLABORATION_PLAN = "Rencana Kolaborasi Pemerintah Digital Kota Pematangsiantar 2026"
COLLABORATION_MINUTES = "Notulen Rapat Kolaborasi Antar Perangkat Daerah Pemerintah Digital"
COLLABORATION_WITH_AGENCIES = (
    "Notulen Rapat Kolaborasi Pemerintah Digital dengan Pemerintah Provinsi"
)

# The items whose evidence is not the indicator's document for their level: each is answered
# with the document it asks for (I4-L1-03 asks for evidence of collaboration, not the decree
# that forms the team).
ITEM_DOCUMENTS: dict[str, str] = {
    "I4-L1-01": SK_TIM,
    "I4-L1-02": COLLABORATION_PLAN,
    "I4-L1-03": COLLABORATION_MINUTES,
    "I4-L2-01": COLLABORATION_PLAN,
    "I4-L2-02": COLLABORATION_WITH_AGENCIES,
}


def _collaboration(on: datetime.date) -> tuple[DemoDocument, ...]:
    """Indicator 4's plan of collaboration and the minutes of two collaboration meetings."""
    return (
        report(
            title=COLLABORATION_PLAN,
            unit="Badan Perencanaan Pembangunan Daerah",
            sections=(
                (
                    "Rencana kolaborasi antar perangkat daerah",
                    "Sesuai Rencana Aksi Nasional Pemerintah Digital, Dinas Kominfo, Dinas "
                    "Kependudukan dan Pencatatan Sipil dan Dinas Kesehatan membangun bersama "
                    "layanan rujukan kesehatan digital pada triwulan II 2026.",
                ),
                (
                    "Rencana kolaborasi antar instansi pemerintah",
                    "Pemerintah Kota Pematangsiantar berbagi data kependudukan dan data "
                    "kesehatan dengan Pemerintah Provinsi Sumatera Utara melalui sistem "
                    "penghubung layanan pemerintah.",
                ),
            ),
            issued=on,
        ),
        report(
            title=COLLABORATION_MINUTES,
            unit="Dinas Komunikasi dan Informatika",
            kind=DocumentKind.MINUTES,
            sections=(
                (
                    "Peserta",
                    "Dinas Kominfo, Dinas Kependudukan dan Pencatatan Sipil, Dinas Kesehatan.",
                ),
                (
                    "Kesimpulan",
                    "Kolaborasi layanan rujukan kesehatan digital dimulai 1 April 2026; Dinas "
                    "Kesehatan menyiapkan data fasilitas kesehatan, Dinas Kominfo aplikasinya.",
                ),
            ),
            issued=on,
        ),
        report(
            title=COLLABORATION_WITH_AGENCIES,
            unit="Dinas Komunikasi dan Informatika",
            kind=DocumentKind.MINUTES,
            sections=(
                (
                    "Peserta",
                    "Dinas Kominfo Kota Pematangsiantar dan Dinas Kominfo Provinsi Sumatera Utara.",
                ),
                (
                    "Kesimpulan",
                    "Kolaborasi pertukaran data kependudukan melalui sistem penghubung "
                    "layanan pemerintah disepakati; berita acara kesepakatan data "
                    "ditandatangani kedua pihak.",
                ),
            ),
            issued=on,
        ),
    )


def documents(issued: datetime.date) -> dict[int, tuple[DemoDocument, ...]]:
    """Pemdi indicator → the documents its items are answered with, issued on ``issued``."""
    on = issued
    return {
        1: (
            sk_tim(on),
            report(
                title="Notulen Rapat Tim Koordinasi Pemerintah Digital",
                unit="Badan Perencanaan Pembangunan Daerah",
                kind=DocumentKind.MINUTES,
                sections=(
                    (
                        "Agenda",
                        "Pembahasan peta rencana pemerintah digital dan pembagian tugas "
                        "perangkat daerah untuk evaluasi Indeks Pemdi 2026.",
                    ),
                    (
                        "Kesimpulan",
                        "Tim Koordinasi menyepakati jadwal evaluasi berkala setiap enam bulan "
                        "dan menugaskan Dinas Kominfo menyusun laporan pelaksanaannya.",
                    ),
                ),
                issued=on,
            ),
        ),
        2: (
            report(
                title="Laporan Manajemen Layanan Digital Pemerintah 2026",
                unit="Dinas Komunikasi dan Informatika",
                sections=(
                    (
                        "Manajemen layanan",
                        "Permintaan dan gangguan layanan digital dicatat pada service desk "
                        "Dinas Kominfo; manajemen risiko dan manajemen perubahan layanan "
                        "dilaksanakan menurut pedoman yang ditetapkan Kepala Dinas.",
                    ),
                ),
                issued=on,
            ),
        ),
        3: (
            report(
                title="Peta Kebutuhan Kompetensi SDM Pemerintah Digital 2026",
                unit="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                sections=(
                    (
                        "Hasil pemetaan",
                        "Kebutuhan kompetensi sumber daya manusia pemerintah digital telah "
                        "dipetakan untuk 15 perangkat daerah: literasi digital, pengelolaan "
                        "data, keamanan informasi dan manajemen layanan.",
                    ),
                ),
                issued=on,
            ),
        ),
        4: (sk_tim(on), *_collaboration(on)),
        8: (
            decree(
                title="Peraturan Wali Kota tentang Pelindungan Data Pribadi",
                number="17 TAHUN 2026",
                subject="Tata Kelola Pelindungan Data Pribadi dalam Penyelenggaraan Layanan "
                "Digital",
                considering="bahwa untuk melindungi hak subjek data dan menjamin pengamanan "
                "data pribadi dalam layanan digital perlu pengaturan tata kelola pelindungan "
                "data pribadi",
                basis=(UU_PEMDA, UU_PDP),
                dictums=(
                    "Prinsip\n(1) Pemrosesan data pribadi dilaksanakan sesuai prinsip "
                    "pelindungan data pribadi dan dicatat dalam catatan kegiatan pemrosesan.",
                    "Pejabat Pelindungan Data Pribadi\n(1) Wali Kota menunjuk Pejabat "
                    "Pelindungan Data Pribadi pada setiap perangkat daerah.",
                    "Hak Subjek Data\n(1) Permohonan pemenuhan hak subjek data diselesaikan "
                    "paling lama 3 x 24 jam.",
                    "Pengamanan\n(1) Pengamanan data pribadi dilaksanakan melalui "
                    "pengendalian hak akses dan enkripsi.",
                ),
                issued=on,
                regulation=True,
            ),
        ),
        9: (
            decree(
                title="Keputusan Wali Kota tentang Tim Audit Keamanan Pemerintah Digital",
                number="100.3.3.3/233/WK-2026",
                subject="Pembentukan Tim Audit Keamanan Pemerintah Digital dan Teknologi "
                "Pemerintah Digital",
                considering="bahwa untuk menjamin keamanan layanan digital perlu dibentuk tim "
                "audit keamanan pemerintah digital",
                basis=(UU_PEMDA, PERPRES_PEMDI),
                dictums=(
                    "Membentuk Tim Audit Keamanan Pemerintah Digital dan Teknologi Pemerintah "
                    "Digital dengan susunan sebagaimana tercantum dalam Lampiran.",
                    "Tim Audit menyusun perencanaan audit setiap awal tahun anggaran, yang "
                    "memuat kategorisasi kritikalitas keamanan layanan digital.",
                    "Tim Audit menilai kepatuhan terhadap kontrol keamanan yang dipersyaratkan "
                    "dan memetakan profil risiko setiap layanan digital.",
                    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                ),
                issued=on,
            ),
        ),
        10: (_report("Laporan Penerapan Keamanan Informasi 2026", "keamanan informasi", on),),
        11: (
            _report(
                "Laporan Penerapan Tanda Tangan Elektronik 2026", "tanda tangan elektronik", on
            ),
        ),
        12: (
            report(
                title="SOP Penanganan Insiden Siber",
                unit="Dinas Komunikasi dan Informatika",
                kind=DocumentKind.SOP,
                sections=(
                    (
                        "Prosedur",
                        "Insiden siber dilaporkan ke tim tanggap insiden siber (CSIRT) Kota "
                        "Pematangsiantar, dianalisis, ditangani dan dilaporkan kepada BSSN.",
                    ),
                ),
                issued=on,
            ),
        ),
        13: (_report("Katalog Aplikasi Pemerintah Kota Pematangsiantar 2026", "aplikasi", on),),
        14: (
            _report(
                "Laporan Pusat Data dan Jaringan Intra Pemerintah Daerah 2026",
                "pusat data dan jaringan intra",
                on,
            ),
        ),
        15: (_report("Peta Proses Bisnis Pemerintah Kota 2026", "proses bisnis", on),),
        16: (
            _report(
                "Laporan Integrasi Sistem Penghubung Layanan 2026", "sistem penghubung layanan", on
            ),
        ),
        17: (
            _report(
                "Laporan Layanan Administrasi Pemerintahan Digital 2026", "layanan administrasi", on
            ),
        ),
        18: (
            _report("Berita Acara Kesepakatan Pertukaran Data 2026", "interoperabilitas data", on),
        ),
        19: (
            decree(
                title="SOP Layanan Digital dan Service Level Agreement",
                number="000.8.3/41/Kominfo/2026",
                subject="Standar Operasional Prosedur Layanan Digital dan Service Level "
                "Agreement (SLA)",
                considering="bahwa untuk menjamin mutu layanan digital perlu ditetapkan "
                "standar operasional prosedur dan tingkat layanan",
                basis=(PERPRES_PEMDI,),
                dictums=(
                    "Waktu respons atas laporan gangguan paling lama 1 (satu) jam kerja dan "
                    "waktu penyelesaian paling lama 1 (satu) hari kerja.",
                    "Pengguna dapat menghubungi help desk melalui telepon, surel dan kanal "
                    "obrolan.",
                    "Petugas melakukan pemantauan pemenuhan SLA melalui dasbor setiap bulan.",
                    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
                ),
                issued=on,
            ),
        ),
        20: (
            _report(
                "Laporan Survei Kepuasan Masyarakat atas Layanan Digital 2026",
                "layanan publik digital",
                on,
            ),
        ),
    }


def objection_document(title: str, text: str, issued: datetime.date) -> DemoDocument:
    """The new evidence a sanggah brings at the interview."""
    return report(
        title=title,
        unit="Dinas Komunikasi dan Informatika",
        sections=(("Tanggapan", text),),
        issued=issued,
    )


def _report(title: str, subject: str, issued: datetime.date) -> DemoDocument:
    return report(
        title=title,
        unit="Dinas Komunikasi dan Informatika",
        sections=(
            (
                "Pelaksanaan",
                f"Laporan ini memuat pelaksanaan {subject} di lingkungan Pemerintah Kota "
                "Pematangsiantar pada tahun 2026, hasil pemantauannya dan rencana tindak "
                "lanjutnya.",
            ),
        ),
        issued=issued,
    )
