"""Held-back minutes on the practice of some of SPBE 2020 indicators 13–31: an evaluation
meeting's minutes whose numbered results state what was done, written afresh (not the tuned
part's reports, ``tests.corpus.implementation``), one point per element the specification
says the document shows. The rules are not tuned on them."""

from __future__ import annotations

from tests.corpus.forms import Paragraph
from tests.corpus.implementation import practice_topic
from tests.corpus.model import Spec, Topic

PERIODIC = "Reviu dan evaluasi secara periodik"


def _topic(indicator: int, title: str, subject: str, points: dict[str, str]) -> Topic:
    return practice_topic(indicator, title, subject, points, style="heldback_implementation")


HELD_BACK_IMPLEMENTATION = (
    _topic(
        13,
        "RENCANA DAN ANGGARAN SPBE TAHUN ANGGARAN 2026",
        "Rencana dan Anggaran SPBE",
        {
            "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK": (
                "Rancangan belanja perangkat lunak dari Dinas Pendidikan sudah dikonsultasikan "
                "dengan Diskominfo pada bulan Juli."
            ),
            "Seluruh unit kerja/perangkat daerah berkonsultasi": (
                "Tiga puluh dua dari tiga puluh dua OPD, artinya setiap perangkat daerah, telah "
                "menyampaikan usulannya dan semuanya dikonsultasikan."
            ),
            "Terpadu dan dikendalikan oleh unit perencanaan dan penganggaran": (
                "Bappeda mengendalikan seluruh usulan belanja TIK dalam satu daftar terpadu."
            ),
            PERIODIC: "Rapat ini menyepakati evaluasi belanja TIK dilakukan tiap akhir tahun.",
        },
    ),
    _topic(
        16,
        "LAYANAN PUSAT DATA",
        "Layanan Pusat Data",
        {
            "Layanan Pusat Data digunakan": (
                "Delapan aplikasi layanan publik berjalan di pusat data pemerintah daerah."
            ),
            "Digunakan oleh seluruh unit kerja/perangkat daerah": (
                "Tidak ada lagi OPD yang memakai server sendiri: semua perangkat daerah sudah "
                "pindah ke pusat data."
            ),
            "Prosedur pengoperasian baku Layanan Pusat Data": (
                "SOP pengoperasian pusat data ditandatangani Kepala Dinas pada Maret."
            ),
            "Interkoneksi dengan Pusat Data Nasional atau instansi lain": (
                "Migrasi aplikasi kepegawaian ke PDN dijadwalkan dan koneksinya sudah diuji."
            ),
            PERIODIC: "Tim menilai kembali pemakaian rak dan daya listrik setiap enam bulan.",
        },
    ),
    _topic(
        19,
        "TIM KOORDINASI SPBE",
        "Tim Koordinasi SPBE",
        {
            "Tugas/program kerja dilaksanakan sesuai perencanaan": (
                "Rapat pleno, penyusunan arsitektur dan evaluasi mandiri berjalan menurut "
                "jadwal dalam rencana kerja tim."
            ),
            "Seluruh tugas/program kerja dilaksanakan": (
                "Dari dua belas kegiatan tahun ini, seluruhnya telah terlaksana."
            ),
            "Program kerja dikomunikasikan kepada semua unit kerja/perangkat daerah": (
                "Program kerja tim dikirimkan kepada setiap perangkat daerah bersama undangan "
                "rapat koordinasi."
            ),
            "Reviu dan evaluasi": "Sekretaris tim memaparkan hasil evaluasi kinerja tim 2025.",
        },
    ),
    _topic(
        21,
        "MANAJEMEN RISIKO SPBE",
        "Manajemen Risiko SPBE",
        {
            "Program kegiatan manajemen risiko terarah dan terencana": (
                "Kegiatan penilaian risiko tahun ini tercantum dalam rencana kerja Dinas."
            ),
            "Mengacu pada pedoman Manajemen Risiko SPBE": (
                "Kriteria kemungkinan dan dampak diambil dari Pedoman Manajemen Risiko SPBE "
                "yang diterbitkan Kementerian PANRB."
            ),
            "Kebijakan strategis ditetapkan oleh Komite Manajemen Risiko atau Tim Koordinasi SPBE": (
                "Komite Manajemen Risiko telah menetapkan batas toleransi risiko SPBE."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Semua OPD sudah mengisi register risiko pada aplikasi."
            ),
            PERIODIC: "Pemantauan risiko dibahas dalam rapat triwulanan.",
        },
    ),
    _topic(
        23,
        "MANAJEMEN DATA DAN SATU DATA",
        "Manajemen Data",
        {
            "Program kegiatan manajemen data terarah dan terencana": (
                "Kegiatan pengumpulan data mengikuti rencana aksi Satu Data tahun 2025."
            ),
            "Mengacu pada pedoman Manajemen Data": (
                "Walidata bekerja berdasarkan pedoman pengelolaan data yang ditetapkan "
                "Kepala Dinas."
            ),
            "Arsitektur data": "Rancangan arsitektur data untuk urusan kesehatan sudah selesai.",
            "Data induk": "Pemutakhiran data induk penduduk dilakukan bersama Disdukcapil.",
            "Data referensi": "Kode wilayah dipakai sebagai data referensi oleh semua aplikasi.",
            "Basis data": "Basis data terpisah di tiap dinas digabungkan di server bersama.",
            "Kualitas data": "Pemeriksaan kualitas data dilakukan sebelum data dipublikasikan.",
            "Interoperabilitas data": (
                "Interoperabilitas data antara portal dan aplikasi dinas diuji coba."
            ),
            "Strategi pengelolaan data ditetapkan Forum Satu Data atau Tim Koordinasi SPBE": (
                "Forum Satu Data menyepakati strategi pengelolaan data tiga tahun."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Produsen data di setiap perangkat daerah sudah ditunjuk."
            ),
            PERIODIC: "Capaian Satu Data akan dinilai ulang setiap tahun.",
        },
    ),
    _topic(
        25,
        "KOMPETENSI SUMBER DAYA MANUSIA SPBE",
        "Kompetensi SDM SPBE",
        {
            "Pemenuhan kompetensi sesuai perencanaan SDM": (
                "Rekrutmen pranata komputer mengikuti rencana kebutuhan pegawai 2025."
            ),
            "Kompetensi proses bisnis pemerintahan": "Dua analis menguasai pemetaan proses bisnis.",
            "Kompetensi arsitektur SPBE": "Satu pegawai tersertifikasi arsitektur enterprise.",
            "Kompetensi data dan informasi": "Statistisi ahli menangani data dan informasi.",
            "Kompetensi keamanan SPBE": "Tiga pegawai lulus pelatihan keamanan siber.",
            "Kompetensi aplikasi SPBE": "Lima programmer mengembangkan aplikasi daerah.",
            "Kompetensi infrastruktur SPBE": "Empat teknisi mengelola jaringan dan server.",
            "Peningkatan kompetensi": "Bimbingan teknis diikuti oleh 60 ASN pengelola TIK.",
            "Penilaian kompetensi": "Asesmen kompetensi teknis dilaksanakan BKPSDM pada Agustus.",
            PERIODIC: "Peta kompetensi dimutakhirkan dan dievaluasi setiap tahun.",
        },
    ),
    _topic(
        28,
        "MANAJEMEN LAYANAN SPBE",
        "Manajemen Layanan SPBE",
        {
            "Dilaksanakan dengan perencanaan": (
                "Jam layanan dan petugas piket disusun dalam rencana kerja bidang."
            ),
            "Pelayanan Pengguna SPBE": "Keluhan pengguna ditangani petugas helpdesk.",
            "Pengoperasian Layanan SPBE": "Operasional server dan aplikasi dipantau setiap hari.",
            "Sistem aplikasi manajemen layanan": "Tiket gangguan dicatat di sistem helpdesk.",
            "Reviu dan evaluasi": "Capaian waktu penyelesaian tiket dievaluasi setiap bulan.",
        },
    ),
    _topic(
        31,
        "AUDIT KEAMANAN SPBE",
        "Audit Keamanan SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Audit keamanan dijadwalkan setiap tahun dalam rencana pengawasan."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Keamanan": (
                "Auditor memakai pedoman audit keamanan SPBE dari BSSN."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Audit tahap pertama dikerjakan Inspektorat dengan auditor internal."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Tahap kedua dikerjakan lembaga audit independen."
            ),
            "Auditor bersertifikat": "Ketua timnya memegang sertifikat Lead Auditor ISO 27001.",
        },
    ),
)


def evaluation_minutes(spec: Spec) -> list[Paragraph]:
    """Minutes of the yearly evaluation meeting on the indicator's practice: a numbered
    point per element the document shows."""
    issuer, topic = spec.issuer, spec.topic
    points = [
        text for name, a in topic.articles.items() if name in spec.regulated for text in a.ayat
    ]
    return [
        *(Paragraph(line, "title") for line in issuer.letterhead),
        Paragraph("NOTULEN RAPAT", "title"),
        Paragraph(f"EVALUASI {topic.title}", "title"),
        Paragraph(f"Hari/Tanggal : Kamis, {spec.date}", "body"),
        Paragraph(f"Tempat : Aula {issuer.tik}", "body"),
        Paragraph(f"Peserta : pejabat {issuer.units}", "body"),
        Paragraph("Hasil rapat", "body"),
        *(Paragraph(f"{n + 1}. {text}", "item") for n, text in enumerate(points)),
        Paragraph("Rapat ditutup pukul 12.00.", "body"),
        Paragraph(f"{issuer.place}, {spec.date}", "sign"),
        Paragraph("Notulis,", "sign"),
        Paragraph("Sari Lubis", "sign"),
    ]
