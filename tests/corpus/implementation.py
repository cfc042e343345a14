"""Reports on the implementation of SPBE 2020 indicators 13–31 (the "penerapan" indicators),
for the rules of their levels 2–4: a unit's annual report whose sections state what the
criteria ask for (consultation, plans, guidelines, all units, review), one sentence per
element the specification says the document regulates.

The introduction of the data, asset and competence reports names every element at once (a
listing, which must not count). Placeholders (``{units}``, ``{tik}``, ``{region}``) are the
issuer's, filled by ``tests.corpus.compose``.
"""

from __future__ import annotations

from tests.corpus.content_spbe_a import MANAJEMEN_DATA
from tests.corpus.forms import Paragraph
from tests.corpus.model import Article, Spec, Style, Topic

REVIEW = "Reviu dan evaluasi secara periodik"


def practice_topic(
    indicator: int,
    title: str,
    subject: str,
    sentences: dict[str, str],
    scope: tuple[str, ...] = (),
    style: Style = "implementation_report",
) -> Topic:
    """A topic on an indicator's practice: one sentence per element (its rule's name)."""
    return Topic(
        framework="spbe-2020",
        indicator=indicator,
        title=title,
        subject=subject,
        considering="",
        basis=(),
        definitions=(),
        purpose="",
        scope=scope,
        opening=(),
        articles={name: Article(None, (text,)) for name, text in sentences.items()},
        style=style,
    )


def _audit(indicator: int, kind: str) -> Topic:
    return practice_topic(
        indicator,
        f"AUDIT {kind.upper()} SPBE",
        f"Audit {kind.title()} SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                f"Program audit {kind} disusun setiap tahun dan dilaksanakan berkesinambungan "
                "sejak 2021."
            ),
            f"Audit dilaksanakan sesuai pedoman Audit {kind.title()}": (
                f"Pemeriksaan dilaksanakan dengan mengacu pada pedoman audit {kind} SPBE."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Pemeriksaan tahun ini dilakukan oleh auditor TIK internal dari Inspektorat."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Pemeriksaan lanjutan dilakukan oleh auditor eksternal yang ditunjuk melalui "
                "pengadaan jasa."
            ),
            "Auditor bersertifikat": ("Ketua tim pemeriksa adalah auditor bersertifikat CISA."),
        },
    )


IMPLEMENTATION_TOPICS = (
    practice_topic(
        13,
        "KONSULTASI RENCANA DAN ANGGARAN SPBE",
        "Rencana dan Anggaran SPBE",
        {
            "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK": (
                "Usulan belanja TIK tahun 2025 dikonsultasikan kepada {tik} sebagai unit "
                "pengelola TIK sebelum dimasukkan ke RKA."
            ),
            "Seluruh unit kerja/perangkat daerah berkonsultasi": (
                "Usulan dari seluruh {units} telah dikonsultasikan tanpa kecuali."
            ),
            "Terpadu dan dikendalikan oleh unit perencanaan dan penganggaran": (
                "Belanja TIK disusun terpadu dan dikendalikan oleh Bappeda sebagai unit "
                "perencanaan dan penganggaran."
            ),
            REVIEW: "Hasil konsultasi direviu bersama Bappeda setiap tahun.",
        },
    ),
    practice_topic(
        14,
        "PENERAPAN PROSES BISNIS",
        "Proses Bisnis",
        {
            "Proses bisnis memenuhi standar": (
                "Peta proses bisnis disusun sesuai dengan pedoman penyusunan peta proses bisnis "
                "instansi pemerintah."
            ),
            "Perbaikan atau inovasi proses bisnis": (
                "Tahun ini dilakukan penyederhanaan proses bisnis perizinan dari sembilan "
                "langkah menjadi empat."
            ),
            "Inovasi proses bisnis diterapkan dalam sistem elektronik": (
                "Alur baru perizinan telah diterapkan ke dalam sistem aplikasi perizinan daring."
            ),
            REVIEW: "Peta proses bisnis dievaluasi setiap tahun oleh Bagian Organisasi.",
        },
    ),
    practice_topic(
        15,
        "PEMBANGUNAN APLIKASI SPBE",
        "Pembangunan Aplikasi SPBE",
        {
            "Pembangunan sesuai siklus pembangunan aplikasi": (
                "Setiap aplikasi dibangun mengikuti siklus pembangunan aplikasi, dari analisis "
                "kebutuhan sampai pemeliharaan."
            ),
            "Dikonsultasikan kepada unit pengelola TIK": (
                "Rancangan aplikasi baru dikonsultasikan kepada {tik} sebelum pengadaan."
            ),
            "Terpadu dan dikendalikan oleh unit pengelola TIK": (
                "Portofolio aplikasi dikendalikan oleh {tik} sebagai pengelola TIK."
            ),
            REVIEW: "Katalog aplikasi direviu secara berkala setiap semester.",
        },
    ),
    practice_topic(
        16,
        "PENGGUNAAN LAYANAN PUSAT DATA",
        "Layanan Pusat Data",
        {
            "Layanan Pusat Data digunakan": (
                "Aplikasi kepegawaian dan keuangan ditempatkan di pusat data milik daerah."
            ),
            "Digunakan oleh seluruh unit kerja/perangkat daerah": (
                "Seluruh {units} telah menempatkan servernya di pusat data."
            ),
            "Prosedur pengoperasian baku Layanan Pusat Data": (
                "Pengoperasian harian mengikuti standar operasional prosedur pusat data."
            ),
            "Interkoneksi dengan Pusat Data Nasional atau instansi lain": (
                "Cadangan data disalin ke Pusat Data Nasional setiap malam."
            ),
            REVIEW: "Pemakaian kapasitas dievaluasi setiap triwulan.",
        },
    ),
    practice_topic(
        17,
        "PENERAPAN JARINGAN INTRA",
        "Jaringan Intra",
        {
            "Jaringan Intra diterapkan": (
                "Jaringan intra telah menghubungkan kantor wali kota dengan sebelas kantor dinas."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Seluruh {units} kini tersambung ke jaringan intra."
            ),
            "Interkoneksi dengan Jaringan Intra Pemerintah": (
                "Simpul utama tersambung ke Jaringan Intra Pemerintah yang dikelola pusat."
            ),
            REVIEW: "Kinerja jaringan dievaluasi setiap bulan.",
        },
    ),
    practice_topic(
        18,
        "PENERAPAN SISTEM PENGHUBUNG LAYANAN",
        "Sistem Penghubung Layanan",
        {
            "Sistem penghubung layanan diterapkan": (
                "Sistem penghubung layanan digunakan untuk pertukaran data kependudukan."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Aplikasi seluruh {units} telah terintegrasi melalui gerbang layanan."
            ),
            "Terintegrasi dengan sistem penghubung layanan pemerintah": (
                "Gerbang layanan daerah terhubung dengan Sistem Penghubung Layanan Pemerintah."
            ),
            REVIEW: "Log pertukaran data direviu setiap triwulan.",
        },
    ),
    practice_topic(
        19,
        "PELAKSANAAN TUGAS TIM KOORDINASI SPBE",
        "Tim Koordinasi SPBE",
        {
            "Tugas/program kerja dilaksanakan sesuai perencanaan": (
                "Kegiatan tim dilaksanakan sesuai dengan rencana kerja yang disepakati pada "
                "rapat awal tahun."
            ),
            "Seluruh tugas/program kerja dilaksanakan": (
                "Semua kegiatan yang direncanakan telah dilaksanakan sampai Desember."
            ),
            "Program kerja dikomunikasikan kepada semua unit kerja/perangkat daerah": (
                "Agenda tim disosialisasikan kepada semua {units} melalui surat edaran."
            ),
            "Reviu dan evaluasi": "Pada akhir tahun dilakukan reviu terhadap capaian tim.",
        },
    ),
    practice_topic(
        20,
        "KOLABORASI PENERAPAN SPBE",
        "Kolaborasi Penerapan SPBE",
        {
            "Kolaborasi dilaksanakan sesuai perencanaan": (
                "Kolaborasi layanan kesehatan digital berjalan sesuai dengan rencana tahun ini."
            ),
            "Dilaksanakan oleh tim yang dibentuk secara formal": (
                "Pelaksananya adalah tim lintas dinas yang dibentuk dengan Keputusan Wali Kota."
            ),
            "Terpadu pada seluruh unit kerja/perangkat daerah": (
                "Kegiatan bersama kini melibatkan seluruh {units} secara terpadu."
            ),
            "Dikoordinasikan oleh pimpinan instansi atau sekretaris": (
                "Kegiatan bersama dikoordinasikan oleh Sekretaris Daerah."
            ),
            "Reviu dan evaluasi": "Reviu atas hasil kegiatan bersama dibahas pada Desember.",
        },
    ),
    practice_topic(
        21,
        "PENERAPAN MANAJEMEN RISIKO SPBE",
        "Manajemen Risiko SPBE",
        {
            "Program kegiatan manajemen risiko terarah dan terencana": (
                "Identifikasi risiko dilaksanakan berdasarkan rencana kerja unit pengelola TIK."
            ),
            "Mengacu pada pedoman Manajemen Risiko SPBE": (
                "Penilaian risiko mengacu pada pedoman manajemen risiko SPBE."
            ),
            "Kebijakan strategis ditetapkan oleh Komite Manajemen Risiko atau Tim Koordinasi SPBE": (
                "Tim Koordinasi SPBE menetapkan selera risiko dan prioritas penanganannya."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Register risiko kini disusun oleh seluruh {units}."
            ),
            REVIEW: "Profil risiko ditinjau setiap semester.",
        },
    ),
    practice_topic(
        22,
        "PENERAPAN MANAJEMEN KEAMANAN INFORMASI",
        "Manajemen Keamanan Informasi",
        {
            "Pengendalian Keamanan Informasi tersedia": (
                "Pengendalian keamanan berupa kata sandi kuat dan cadangan harian sudah berjalan."
            ),
            "Dilaksanakan pada seluruh unit kerja/perangkat daerah": (
                "Kontrol yang sama diterapkan di seluruh {units} tanpa kecuali di bidang keamanan."
            ),
            "Berdasarkan Risiko SPBE": "Prioritas kontrol ditentukan berdasarkan risiko SPBE.",
            "Strategi Keamanan Informasi ditetapkan oleh Tim Koordinasi SPBE": (
                "Strategi keamanan informasi 2024-2026 disahkan oleh Tim Koordinasi SPBE."
            ),
            REVIEW: "Efektivitas kontrol dievaluasi setiap tahun.",
        },
    ),
    practice_topic(
        23,
        "PENERAPAN MANAJEMEN DATA",
        "Manajemen Data",
        {
            "Program kegiatan manajemen data terarah dan terencana": (
                "Kegiatan Satu Data dilaksanakan sesuai dengan rencana aksi tahunan."
            ),
            "Mengacu pada pedoman Manajemen Data": (
                "Pengelolaan mengacu pada pedoman manajemen data daerah."
            ),
            "Arsitektur data": "Arsitektur data daerah digambarkan untuk lima urusan.",
            "Data induk": "Data induk kependudukan dimutakhirkan setiap bulan.",
            "Data referensi": "Data referensi wilayah mengikuti kode Kemendagri.",
            "Basis data": "Basis data dinas dipindahkan ke server bersama.",
            "Kualitas data": "Kualitas data diperiksa oleh walidata.",
            "Interoperabilitas data": "Interoperabilitas data diuji dengan portal Satu Data.",
            "Strategi pengelolaan data ditetapkan Forum Satu Data atau Tim Koordinasi SPBE": (
                "Strategi pengelolaan data disepakati dalam Forum Satu Data."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Seluruh {units} menyerahkan data melalui walidata."
            ),
            REVIEW: "Penerapannya dievaluasi setiap tahun.",
        },
        scope=MANAJEMEN_DATA.scope,
    ),
    practice_topic(
        24,
        "PENERAPAN MANAJEMEN ASET TIK",
        "Manajemen Aset TIK",
        {
            "Program kegiatan manajemen aset TIK terarah dan terencana": (
                "Pencatatan perangkat dilaksanakan sesuai dengan jadwal inventarisasi."
            ),
            "Mengacu pada pedoman Manajemen Aset TIK": (
                "Pengelolaan berpedoman pada pedoman manajemen aset TIK."
            ),
            "Perencanaan aset TIK": "Perencanaan kebutuhan aset disusun bersama Bappeda.",
            "Pengadaan aset TIK": "Pengadaan perangkat dilakukan melalui katalog elektronik.",
            "Pemanfaatan/penggunaan aset TIK": "Pemanfaatan perangkat dicatat per pegawai.",
            "Penghapusan aset TIK": "Penghapusan barang rusak diusulkan setiap akhir tahun.",
            "Strategi pengelolaan aset TIK oleh unit pengelola TIK": (
                "{tik} menyusun strategi pengelolaan aset untuk lima tahun."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Seluruh {units} memakai aplikasi inventaris aset."
            ),
            REVIEW: "Daftar inventaris direviu setiap semester.",
        },
        scope=("perencanaan aset", "pengadaan aset", "pemanfaatan aset", "penghapusan aset"),
    ),
    practice_topic(
        25,
        "PEMENUHAN KOMPETENSI SDM SPBE",
        "Kompetensi SDM SPBE",
        {
            "Pemenuhan kompetensi sesuai perencanaan SDM": (
                "Penempatan pegawai TIK dilakukan sesuai dengan rencana kebutuhan SDM."
            ),
            "Kompetensi proses bisnis pemerintahan": (
                "Kompetensi di bidang proses bisnis dimiliki oleh empat analis."
            ),
            "Kompetensi arsitektur SPBE": "Kompetensi di bidang arsitektur dimiliki dua pegawai.",
            "Kompetensi data dan informasi": (
                "Kompetensi di bidang data dan informasi dimiliki tujuh statistisi."
            ),
            "Kompetensi keamanan SPBE": "Kompetensi di bidang keamanan dimiliki tiga sandiman.",
            "Kompetensi aplikasi SPBE": "Kompetensi di bidang aplikasi dimiliki lima pranata.",
            "Kompetensi infrastruktur SPBE": (
                "Kompetensi di bidang infrastruktur dimiliki enam teknisi."
            ),
            "Peningkatan kompetensi": "Peningkatan kompetensi dilakukan melalui bimtek.",
            "Penilaian kompetensi": "Uji kompetensi diikuti oleh 40 pegawai.",
            REVIEW: "Pemenuhannya dievaluasi setiap tahun oleh BKPSDM.",
        },
    ),
    practice_topic(
        26,
        "PENERAPAN MANAJEMEN PENGETAHUAN",
        "Manajemen Pengetahuan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Pendokumentasian praktik baik dilaksanakan sesuai dengan rencana kerja."
            ),
            "Mengacu pada pedoman Manajemen Pengetahuan": (
                "Pelaksanaannya mengacu pada pedoman manajemen pengetahuan."
            ),
            "Sistem aplikasi manajemen pengetahuan": (
                "Dokumen disimpan pada aplikasi manajemen pengetahuan daerah."
            ),
            "Diterapkan oleh semua unit kerja/perangkat daerah": (
                "Semua {units} mengunggah dokumen ke aplikasi tersebut."
            ),
            "Aplikasi manajemen pengetahuan terintegrasi": (
                "Portal manajemen pengetahuan telah terintegrasi dengan aplikasi kepegawaian."
            ),
            "Reviu dan evaluasi": "Reviu atas isi portal dilakukan pada akhir tahun.",
        },
    ),
    practice_topic(
        27,
        "PENERAPAN MANAJEMEN PERUBAHAN",
        "Manajemen Perubahan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Pendampingan pengguna dilaksanakan sesuai dengan jadwal peluncuran aplikasi."
            ),
            "Dilaksanakan oleh seluruh unit kerja/perangkat daerah": (
                "Seluruh {units} telah melaksanakan sosialisasi perubahan layanan."
            ),
            "Sesuai pedoman Manajemen Perubahan": (
                "Kegiatannya berpedoman pada pedoman manajemen perubahan SPBE."
            ),
            "Reviu dan evaluasi": "Pada Desember dilakukan reviu atas kegiatan tersebut.",
        },
    ),
    practice_topic(
        28,
        "PENERAPAN MANAJEMEN LAYANAN SPBE",
        "Manajemen Layanan SPBE",
        {
            "Dilaksanakan dengan perencanaan": (
                "Layanan bantuan dilaksanakan sesuai dengan rencana kerja {tik}."
            ),
            "Pelayanan Pengguna SPBE": "Pelayanan pengguna dibuka pada hari kerja.",
            "Pengoperasian Layanan SPBE": "Pengoperasian layanan dipantau selama 24 jam.",
            "Sistem aplikasi manajemen layanan": ("Permintaan dicatat pada aplikasi service desk."),
            "Reviu dan evaluasi": "Reviu atas tingkat layanan dilakukan setiap semester.",
        },
    ),
    _audit(29, "infrastruktur"),
    _audit(30, "aplikasi"),
    _audit(31, "keamanan"),
)


def implementation_report(spec: Spec) -> list[Paragraph]:
    """A unit's annual report on the indicator's practice, one sentence per element it
    regulates; where the topic has a scope, an introduction that lists it (a trap)."""
    issuer, topic = spec.issuer, spec.topic
    lines = [Paragraph(line, "title") for line in issuer.letterhead]
    lines += [
        Paragraph(f"LAPORAN PELAKSANAAN {topic.title}", "title"),
        Paragraph(f"TAHUN {spec.year}", "title"),
        Paragraph("1. Pendahuluan", "body"),
        Paragraph(
            f"Laporan ini disusun oleh {issuer.tik} tentang {topic.subject} di {issuer.region}.",
            "body",
        ),
    ]
    if topic.scope:
        lines.append(Paragraph(f"Laporan ini mencakup {', '.join(topic.scope)}.", "body"))
    lines.append(Paragraph("2. Pelaksanaan", "body"))
    for name, article in topic.articles.items():
        if name in spec.regulated:
            lines += [Paragraph(text, "body") for text in article.ayat]
    lines += [
        Paragraph("3. Penutup", "body"),
        Paragraph("Demikian laporan ini disampaikan.", "body"),
        Paragraph(f"{issuer.place}, {spec.date}", "sign"),
        Paragraph(f"Kepala {issuer.tik}", "sign"),
    ]
    return lines
