"""Minutes of a coordination meeting on the practice of SPBE 2020 indicators 13–31, in the
form minutes take (Agenda, Pembahasan, Kesimpulan), written in a third phrasing: neither the
tuned reports' (``tests.corpus.implementation``) nor the held-back minutes'. Each point of the
discussion states one element in the everyday forms the criteria's words take: "tiap" for
"setiap", periods in words ("tiap tiga bulan", "tahunan"), the active and noun forms of the
criterion's verb ("mengendalikan", "pengendalian"), "menurut"/"mengikuti" and "tertuang dalam"
for "sesuai rencana", "ditinjau ulang" for "direviu", and the guidelines' own terms (the
data-centre explanation's "penyimpanan", the service-management explanation's "pengaduan
pengguna" and "pemeliharaan aplikasi").

The agenda names the meeting's topics, reviews included, before anything was done: it is a
list of what will be discussed and must never count as a statement of practice (a trap, like
a regulation's scope list). Placeholders (``{units}``, ``{tik}``) are the issuer's.
"""

from __future__ import annotations

import functools

from tests.corpus.forms import Paragraph
from tests.corpus.implementation import practice_topic
from tests.corpus.model import Spec

PERIODIC = "Reviu dan evaluasi secara periodik"
REVIEWED = "Reviu dan evaluasi"


_topic = functools.partial(practice_topic, style="practice_minutes")


PRACTICE_MINUTES_TOPICS = (
    _topic(
        13,
        "PENYUSUNAN RENCANA DAN ANGGARAN SPBE",
        "Rencana dan Anggaran SPBE",
        {
            "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK": (
                "Usulan kegiatan TIK Dinas Kesehatan dikonsultasikan ke {tik} sebelum masuk "
                "rancangan DPA."
            ),
            "Seluruh unit kerja/perangkat daerah berkonsultasi": (
                "Tiap perangkat daerah mengajukan rencana belanja TIK-nya, dan usulan itu "
                "dikonsultasikan tanpa terkecuali."
            ),
            "Terpadu dan dikendalikan oleh unit perencanaan dan penganggaran": (
                "Pengendalian anggaran TIK yang terintegrasi dipegang Bidang Perencanaan Bappeda."
            ),
            PERIODIC: "Rencana belanja TIK ditinjau ulang tiap tiga bulan oleh tim anggaran.",
        },
    ),
    _topic(
        16,
        "PEMANFAATAN PUSAT DATA",
        "Layanan Pusat Data",
        {
            "Layanan Pusat Data digunakan": (
                "Penyimpanan data aplikasi perizinan dipusatkan di pusat data daerah."
            ),
            "Digunakan oleh seluruh unit kerja/perangkat daerah": (
                "Server milik tiap perangkat daerah kini dititipkan di pusat data."
            ),
            "Prosedur pengoperasian baku Layanan Pusat Data": (
                "Petugas jaga menjalankan pusat data menurut SOP yang sudah disahkan."
            ),
            "Interkoneksi dengan Pusat Data Nasional atau instansi lain": (
                "Aplikasi surat elektronik sudah tersambung ke PDN sejak Mei."
            ),
            PERIODIC: "Kapasitas penyimpanan ditinjau ulang tiap tahun anggaran.",
        },
    ),
    _topic(
        19,
        "KOORDINASI TIM KOORDINASI SPBE",
        "Tim Koordinasi SPBE",
        {
            "Tugas/program kerja dilaksanakan sesuai perencanaan": (
                "Kegiatan tim tahun ini berlangsung menurut rencana kerja yang disahkan ketua tim."
            ),
            "Seluruh tugas/program kerja dilaksanakan": (
                "Realisasi program tim mencapai 100 % pada akhir November."
            ),
            "Program kerja dikomunikasikan kepada semua unit kerja/perangkat daerah": (
                "Program tim disebarluaskan kepada tiap perangkat daerah melalui grup koordinasi."
            ),
            REVIEWED: "Ketua tim menyampaikan laporan evaluasi capaian tim kepada Sekda.",
        },
    ),
    _topic(
        21,
        "PENGELOLAAN RISIKO SPBE",
        "Manajemen Risiko SPBE",
        {
            "Program kegiatan manajemen risiko terarah dan terencana": (
                "Penilaian risiko tahun ini tertuang dalam rencana aksi Inspektorat."
            ),
            "Mengacu pada pedoman Manajemen Risiko SPBE": (
                "Skala dampak yang dipakai merujuk pada pedoman manajemen risiko SPBE."
            ),
            "Kebijakan strategis ditetapkan oleh Komite Manajemen Risiko atau Tim Koordinasi SPBE": (
                "Tim Koordinasi SPBE menetapkan toleransi dan prioritas penanganan risiko."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Tiap perangkat daerah sudah memiliki daftar risiko sendiri."
            ),
            PERIODIC: "Daftar risiko ditinjau ulang secara triwulanan oleh pemilik risiko.",
        },
    ),
    _topic(
        25,
        "PENGEMBANGAN SDM SPBE",
        "Kompetensi SDM SPBE",
        {
            "Pemenuhan kompetensi sesuai perencanaan SDM": (
                "Formasi pranata komputer diisi mengikuti rencana kebutuhan ASN 2025."
            ),
            "Kompetensi proses bisnis pemerintahan": (
                "Keahlian penyusunan proses bisnis dimiliki dua analis kebijakan."
            ),
            "Kompetensi arsitektur SPBE": "Sertifikat arsitektur TOGAF dipegang satu pegawai.",
            "Kompetensi data dan informasi": (
                "Kemampuan pengolahan data dan informasi dimiliki para statistisi."
            ),
            "Kompetensi keamanan SPBE": "Keahlian keamanan jaringan dimiliki dua sandiman.",
            "Kompetensi aplikasi SPBE": "Keterampilan pemrograman aplikasi dimiliki lima pranata.",
            "Kompetensi infrastruktur SPBE": (
                "Kemampuan mengelola infrastruktur dimiliki tiga teknisi."
            ),
            "Peningkatan kompetensi": "Diklat teknis diikuti 25 ASN pengelola TIK.",
            "Penilaian kompetensi": "Uji kompetensi jabatan fungsional digelar pada Oktober.",
            PERIODIC: "Pemenuhan formasi tersebut dievaluasi secara tahunan oleh BKPSDM.",
        },
    ),
    _topic(
        28,
        "PELAKSANAAN MANAJEMEN LAYANAN SPBE",
        "Manajemen Layanan SPBE",
        {
            "Dilaksanakan dengan perencanaan": (
                "Jadwal piket layanan disusun mengikuti rencana kerja bidang aplikasi."
            ),
            "Pelayanan Pengguna SPBE": "Pengaduan pengguna dijawab dalam satu hari kerja.",
            "Pengoperasian Layanan SPBE": "Pemeliharaan aplikasi dilakukan tiap malam Minggu.",
            "Sistem aplikasi manajemen layanan": (
                "Semua tiket dicatat pada aplikasi manajemen layanan."
            ),
            REVIEWED: "Hasil reviu tingkat layanan dibahas bersama para kepala bidang.",
        },
    ),
    _topic(
        31,
        "PELAKSANAAN AUDIT KEAMANAN SPBE",
        "Audit Keamanan SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Audit keamanan direncanakan tiap tahun dalam program pengawasan."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Keamanan": (
                "Pelaksanaannya berpedoman pada pedoman audit keamanan SPBE."
            ),
            "Dilaksanakan oleh auditor internal": "Tahap awal diperiksa auditor internal Inspektorat.",
            "Dilaksanakan oleh auditor eksternal": (
                "Tahap akhir diperiksa pihak independen yang dikontrak Diskominfo."
            ),
            "Auditor bersertifikat": "Auditor utama bersertifikat ISO 27001 Lead Auditor.",
        },
    ),
)

_AGENDA = (
    "Pembukaan oleh pimpinan rapat",
    "Reviu dan evaluasi berkala atas capaian tahun berjalan",
    "Rencana tindak lanjut",
)


def practice_minutes(spec: Spec) -> list[Paragraph]:
    """Minutes of a coordination meeting: the agenda (a list of topics, not of what was
    done), a numbered point of discussion per element the document shows, and the
    conclusion."""
    issuer, topic = spec.issuer, spec.topic
    points = [
        text for name, a in topic.articles.items() if name in spec.regulated for text in a.ayat
    ]
    return [
        *(Paragraph(line, "title") for line in issuer.letterhead),
        Paragraph("NOTULENSI RAPAT KOORDINASI", "title"),
        Paragraph(topic.title, "title"),
        Paragraph(f"Tanggal : {spec.date}", "body"),
        Paragraph(f"Pimpinan rapat : Kepala {issuer.tik}", "body"),
        Paragraph("A. Agenda", "body"),
        *(Paragraph(f"{n + 1}. {text}", "item") for n, text in enumerate(_AGENDA)),
        Paragraph("B. Pembahasan", "body"),
        *(Paragraph(f"{n + 1}. {text}", "item") for n, text in enumerate(points)),
        Paragraph("C. Kesimpulan", "body"),
        Paragraph("Rapat sepakat melanjutkan kegiatan pada tahun berikutnya.", "body"),
        Paragraph(f"{issuer.place}, {spec.date}", "sign"),
        Paragraph("Notulis,", "sign"),
        Paragraph("Rina Harahap", "sign"),
    ]
