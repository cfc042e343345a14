"""Texts on Indeks Pemdi indicators whose evidence is a policy document: the decree forming
the Tim Koordinasi Pemerintah Digital (4), a personal data protection regulation (8), the
decree forming the audit team (9) and an SOP with service levels (19)."""

from __future__ import annotations

from tests.corpus.content_spbe_a import UU_PEMDA
from tests.corpus.model import Article, Topic

PERPRES_PEMDI = "Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi Digital"
UU_PDP = "Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi"

TIM_PEMDI = Topic(
    framework="pemdi-2026",
    indicator=4,
    title="PEMBENTUKAN TIM KOORDINASI PEMERINTAH DIGITAL",
    subject="Tim Koordinasi Pemerintah Digital",
    considering="bahwa untuk mempercepat transformasi pemerintah digital perlu dibentuk tim",
    basis=(UU_PEMDA, PERPRES_PEMDI),
    definitions=(),
    purpose="",
    scope=(),
    opening=(
        "Membentuk Tim Koordinasi Pemerintah Digital dengan susunan keanggotaan sebagaimana "
        "tercantum dalam Lampiran Keputusan ini.",
    ),
    articles={
        "Kolaborasi antar unit kerja/perangkat daerah": Article(
            None,
            (
                "Tim Koordinasi Pemerintah Digital menyusun rencana kolaborasi antar {units} "
                "dalam penerapan pemerintah digital sesuai Rencana Aksi Pemerintah Digital.",
            ),
        ),
    },
    style="decree",
)

PDP = Topic(
    framework="pemdi-2026",
    indicator=8,
    title="TATA KELOLA PELINDUNGAN DATA PRIBADI DALAM PENYELENGGARAAN LAYANAN DIGITAL",
    subject="Pelindungan Data Pribadi",
    considering=(
        "bahwa untuk melindungi hak subjek data, menjamin pengamanan data pribadi dan "
        "pengelolaan risiko dalam layanan digital perlu pengaturan tata kelola"
    ),
    basis=(UU_PEMDA, UU_PDP),
    definitions=(
        "Data Pribadi adalah data tentang orang perseorangan yang teridentifikasi.",
        "Subjek Data Pribadi adalah orang perseorangan yang pada dirinya melekat data pribadi.",
        "Pejabat Pelindungan Data Pribadi adalah pejabat yang ditunjuk untuk memastikan "
        "pelindungan data pribadi.",
    ),
    purpose=(
        "Tata kelola meliputi prinsip pelindungan data pribadi, hak subjek data, pemberitahuan "
        "pemrosesan, pengamanan data pribadi dan penilaian dampak."
    ),
    scope=(
        "prinsip pelindungan data pribadi",
        "pejabat pelindungan data pribadi",
        "hak subjek data",
        "pengamanan data pribadi",
    ),
    opening=(
        "(1) {units} yang menyelenggarakan layanan digital memproses data sesuai dengan "
        "ketentuan peraturan perundang-undangan.",
    ),
    articles={
        "Prinsip dan tata kelola PDP": Article(
            "Prinsip",
            (
                "(1) Pemrosesan dilaksanakan sesuai prinsip pelindungan data pribadi dan "
                "dicatat dalam catatan kegiatan pemrosesan.",
            ),
        ),
        "Program kesadaran dan kompetensi PDP": Article(
            "Peningkatan Kompetensi",
            (
                "(1) {tik} menyelenggarakan sosialisasi dan pelatihan pelindungan data "
                "pribadi bagi pegawai setiap tahun.",
            ),
        ),
        "Pejabat atau Petugas Pelindungan Data Pribadi": Article(
            "Pejabat Pelindungan Data Pribadi",
            ("(1) {head} menunjuk Pejabat Pelindungan Data Pribadi pada setiap {units}.",),
        ),
        "Pemenuhan hak Subjek Data": Article(
            "Hak Subjek Data",
            ("(1) Permohonan pemenuhan hak subjek data diselesaikan paling lama 3 x 24 jam.",),
        ),
        "Pemberitahuan pemrosesan Data Pribadi": Article(
            "Pemberitahuan",
            (
                "(1) Setiap layanan digital memuat pemberitahuan tentang pemrosesan data "
                "kepada pengguna sebelum data dikumpulkan.",
            ),
        ),
        "Pengamanan Data Pribadi": Article(
            "Pengamanan",
            ("(1) Pengamanan data pribadi dilaksanakan melalui pengendalian hak akses.",),
        ),
        "Pengelolaan risiko dan penilaian dampak": Article(
            "Penilaian Dampak",
            (
                "(1) Penilaian dampak pelindungan data pribadi dilakukan sebelum layanan "
                "digital baru dioperasikan.",
            ),
        ),
    },
)

TIM_AUDIT = Topic(
    framework="pemdi-2026",
    indicator=9,
    title="PEMBENTUKAN TIM AUDIT KEAMANAN PEMERINTAH DIGITAL DAN TEKNOLOGI PEMERINTAH DIGITAL",
    subject="Tim Audit",
    considering="bahwa untuk menjamin keamanan layanan digital perlu dibentuk tim audit",
    basis=(PERPRES_PEMDI,),
    definitions=(),
    purpose="",
    scope=(),
    opening=(
        "Membentuk Tim Audit Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital "
        "dengan susunan sebagaimana tercantum dalam Lampiran.",
    ),
    articles={
        "Perencanaan audit": Article(
            None, ("Tim Audit menyusun perencanaan audit setiap awal tahun anggaran.",)
        ),
        "Kategorisasi kritikalitas keamanan layanan": Article(
            None,
            ("Perencanaan memuat kategorisasi kritikalitas keamanan layanan digital.",),
        ),
        "Kepatuhan kontrol keamanan": Article(
            None,
            ("Tim Audit menilai kepatuhan terhadap kontrol keamanan yang dipersyaratkan.",),
        ),
        "Profil risiko layanan digital": Article(
            None, ("Tim Audit memetakan profil risiko setiap layanan digital.",)
        ),
    },
    style="decree",
)

SOP_SLA = Topic(
    framework="pemdi-2026",
    indicator=19,
    title="STANDAR OPERASIONAL PROSEDUR LAYANAN DIGITAL DAN SERVICE LEVEL AGREEMENT (SLA)",
    subject="SOP Layanan Digital",
    considering="",
    basis=(PERPRES_PEMDI,),
    definitions=(),
    purpose="",
    scope=(),
    opening=("Prosedur ini berlaku bagi layanan digital yang dikelola {tik}.",),
    articles={
        "Rincian SLA (waktu respons dan penyelesaian)": Article(
            "Rincian Tingkat Layanan",
            (
                "Waktu respons atas laporan gangguan paling lama 1 (satu) jam kerja dan waktu "
                "penyelesaian paling lama 1 (satu) hari kerja.",
            ),
        ),
        "Fasilitas Dukungan Pengguna": Article(
            "Dukungan Pengguna",
            ("Pengguna dapat menghubungi help desk melalui telepon, surel dan kanal obrolan.",),
        ),
        "Pemantauan pemenuhan SLA": Article(
            "Pemantauan",
            ("Petugas melakukan pemantauan pemenuhan SLA melalui dasbor setiap bulan.",),
        ),
    },
    style="sop",
)
