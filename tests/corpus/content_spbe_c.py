"""Texts on SPBE 2020 indicators 8–10: information security management, ICT audit, and the
decree forming the SPBE coordination team."""

from __future__ import annotations

from tests.corpus.content_spbe_a import PERPRES_SPBE, REVIEW, UU_PEMDA
from tests.corpus.model import Article, Topic

KEAMANAN_INFORMASI = Topic(
    framework="spbe-2020",
    indicator=8,
    title="MANAJEMEN KEAMANAN INFORMASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
    subject="Manajemen Keamanan Informasi",
    considering=(
        "bahwa untuk menjamin keberlangsungan SPBE dengan meminimalkan dampak risiko keamanan "
        "informasi perlu pengaturan manajemen keamanan informasi"
    ),
    basis=(
        PERPRES_SPBE,
        "Peraturan Badan Siber dan Sandi Negara Nomor 4 Tahun 2021 tentang Pedoman Manajemen "
        "Keamanan Informasi SPBE",
    ),
    definitions=(
        "Manajemen Keamanan Informasi adalah serangkaian proses yang meliputi penetapan ruang "
        "lingkup, penetapan penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi "
        "kinerja, dan perbaikan berkelanjutan terhadap keamanan informasi.",
        "Insiden Keamanan Informasi adalah satu atau serangkaian kejadian yang mengganggu "
        "kerahasiaan, keutuhan, dan ketersediaan informasi.",
    ),
    purpose=(
        "Manajemen keamanan informasi dilaksanakan melalui penetapan ruang lingkup, penetapan "
        "penanggung jawab, perencanaan, dukungan pengoperasian, evaluasi kinerja dan perbaikan "
        "berkelanjutan."
    ),
    scope=(
        "penetapan ruang lingkup",
        "penetapan penanggung jawab",
        "perencanaan",
        "dukungan pengoperasian",
        "evaluasi kinerja",
        "perbaikan berkelanjutan",
    ),
    opening=(
        "(1) {head} bertanggung jawab atas penyelenggaraan SPBE yang aman.",
        "(2) Pelaksanaan teknis dikoordinasikan oleh {tik}.",
    ),
    articles={
        "Penetapan ruang lingkup": Article(
            "Ruang Lingkup Keamanan Informasi",
            (
                "(1) Ruang lingkup manajemen keamanan informasi mencakup data, aplikasi, "
                "infrastruktur, dan sumber daya manusia.",
            ),
        ),
        "Penetapan penanggung jawab": Article(
            "Penanggung Jawab",
            ("(1) Penanggung jawab keamanan informasi adalah Kepala {tik}.",),
        ),
        "Perencanaan": Article(
            "Perencanaan",
            (
                "(1) Perencanaan keamanan informasi memuat sasaran, program kerja, dan "
                "penilaian risiko.",
            ),
        ),
        "Dukungan pengoperasian": Article(
            "Dukungan Pengoperasian",
            ("(1) Dukungan pengoperasian meliputi sumber daya manusia, anggaran dan sarana.",),
        ),
        "Evaluasi kinerja": Article(
            "Evaluasi Kinerja",
            ("(1) Evaluasi kinerja dilakukan melalui pemantauan dan audit internal.",),
        ),
        "Perbaikan berkelanjutan": Article(
            "Perbaikan Berkelanjutan",
            ("(1) Perbaikan berkelanjutan dilaksanakan berdasarkan temuan audit internal.",),
        ),
        "Penerapan di seluruh perangkat daerah/unit kerja": Article(
            None,
            ("(1) Seluruh {units} wajib menerapkan manajemen keamanan informasi.",),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
    },
)

AUDIT_TIK = Topic(
    framework="spbe-2020",
    indicator=9,
    title="PELAKSANAAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI",
    subject="Audit TIK",
    considering=(
        "bahwa untuk menjamin kesesuaian teknologi informasi dan komunikasi dengan standar "
        "perlu dilaksanakan audit infrastruktur, audit aplikasi, dan audit keamanan"
    ),
    basis=(PERPRES_SPBE,),
    definitions=(
        "Audit Teknologi Informasi dan Komunikasi yang selanjutnya disebut Audit TIK adalah "
        "proses yang sistematis untuk memperoleh dan mengevaluasi bukti secara objektif.",
        "Auditor TIK adalah orang yang memiliki kompetensi melakukan Audit TIK.",
    ),
    purpose="Audit TIK terdiri atas audit infrastruktur, audit aplikasi, dan audit keamanan.",
    scope=("audit infrastruktur SPBE", "audit aplikasi SPBE", "audit keamanan SPBE"),
    opening=(
        "(1) Audit TIK dilaksanakan oleh auditor internal atau lembaga pelaksana Audit TIK.",
        "(2) Hasil Audit TIK dilaporkan kepada {head}.",
    ),
    articles={
        "Audit Infrastruktur SPBE": Article(
            "Audit Infrastruktur SPBE",
            ("(1) Audit infrastruktur SPBE dilaksanakan terhadap pusat data dan jaringan.",),
        ),
        "Audit Aplikasi SPBE": Article(
            "Audit Aplikasi SPBE",
            ("(1) Audit aplikasi SPBE dilaksanakan terhadap aplikasi umum dan khusus.",),
        ),
        "Audit Keamanan SPBE": Article(
            "Audit Keamanan SPBE",
            ("(1) Audit keamanan SPBE dilaksanakan terhadap data, aplikasi dan infrastruktur.",),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
    },
)

TIM_KOORDINASI = Topic(
    framework="spbe-2020",
    indicator=10,
    title="PEMBENTUKAN TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
    subject="Tim Koordinasi SPBE",
    considering=(
        "bahwa untuk mengarahkan, mengendalikan, dan mengevaluasi penerapan SPBE perlu dibentuk "
        "Tim Koordinasi SPBE"
    ),
    basis=(UU_PEMDA, PERPRES_SPBE),
    definitions=(),
    purpose="",
    scope=(),
    opening=(
        "Membentuk Tim Koordinasi Sistem Pemerintahan Berbasis Elektronik dengan susunan "
        "keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak "
        "terpisahkan dari Keputusan ini.",
    ),
    articles={
        "Tugas Tim Koordinasi SPBE": Article(
            None,
            (
                "Tim Koordinasi SPBE sebagaimana dimaksud dalam Diktum KESATU mempunyai tugas "
                "merumuskan kebijakan, mengarahkan, dan mengendalikan penerapan SPBE.",
            ),
        ),
        "Penerapan SPBE di seluruh perangkat daerah/unit kerja": Article(
            None,
            (
                "Dalam melaksanakan tugasnya, Tim Koordinasi SPBE memastikan penerapan SPBE "
                "pada seluruh {units}.",
            ),
        ),
        "Koordinasi SPBE antarinstansi": Article(
            None,
            (
                "Tim Koordinasi SPBE melaksanakan koordinasi dan kerja sama penerapan SPBE "
                "dengan Instansi Pusat dan Pemerintah Daerah lain.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": Article(
            None,
            (
                "Tim Koordinasi SPBE melaksanakan reviu dan evaluasi terhadap kebijakan SPBE "
                "secara berkala setiap tahun dan melaporkannya kepada {head}.",
            ),
        ),
    },
    style="decree",
)
