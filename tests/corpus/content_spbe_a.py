"""Texts of regulations on SPBE 2020 indicators 1–5, in the drafting style of regional
regulations (Perwali, Perbup, Pergub) and ministerial regulations on SPBE."""

from __future__ import annotations

from tests.corpus.model import Article, Topic

PERPRES_SPBE = (
    "Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik"
)
UU_PEMDA = "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"
REVIEW = Article(
    "Reviu dan Evaluasi",
    (
        "(1) {head} melalui Tim Koordinasi SPBE melakukan reviu dan evaluasi terhadap "
        "pelaksanaan {reg} ini secara berkala paling sedikit 1 (satu) kali dalam 1 (satu) tahun.",
        "(2) Hasil reviu dan evaluasi sebagaimana dimaksud pada ayat (1) menjadi bahan "
        "penyempurnaan kebijakan.",
    ),
)

ARSITEKTUR = Topic(
    framework="spbe-2020",
    indicator=1,
    title="ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
    subject="Arsitektur SPBE",
    considering=(
        "bahwa untuk mewujudkan keterpaduan proses bisnis, data dan informasi, infrastruktur, "
        "aplikasi, keamanan dan layanan sistem pemerintahan berbasis elektronik di lingkungan "
        "{gov}, perlu disusun Arsitektur SPBE"
    ),
    basis=(UU_PEMDA, PERPRES_SPBE),
    definitions=(
        "Sistem Pemerintahan Berbasis Elektronik yang selanjutnya disingkat SPBE adalah "
        "penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi.",
        "Arsitektur SPBE adalah kerangka dasar yang mendeskripsikan integrasi proses bisnis, "
        "data dan informasi, infrastruktur SPBE, aplikasi SPBE, dan keamanan SPBE untuk "
        "menghasilkan layanan SPBE yang terintegrasi.",
        "Referensi Arsitektur adalah komponen dasar arsitektur baku yang digunakan sebagai "
        "acuan untuk penyusunan setiap domain arsitektur.",
        "Arsitektur Domain Proses Bisnis adalah arsitektur yang mendeskripsikan hubungan "
        "antarproses bisnis.",
        "Arsitektur Domain Data dan Informasi adalah arsitektur yang mendeskripsikan jenis, "
        "klasifikasi dan keterhubungan data.",
        "Arsitektur Domain Infrastruktur SPBE adalah arsitektur yang mendeskripsikan fasilitas "
        "teknologi informasi dan komunikasi.",
        "Arsitektur Domain Aplikasi SPBE adalah arsitektur yang mendeskripsikan struktur dan "
        "hubungan antaraplikasi.",
        "Arsitektur Domain Keamanan SPBE adalah arsitektur yang mendeskripsikan standar "
        "keamanan informasi.",
        "Arsitektur Domain Layanan SPBE adalah arsitektur yang mendeskripsikan layanan "
        "administrasi pemerintahan dan layanan publik berbasis elektronik.",
    ),
    purpose=(
        "{reg} ini dimaksudkan sebagai pedoman dalam penyusunan arsitektur proses bisnis, "
        "arsitektur data dan informasi, arsitektur infrastruktur, arsitektur aplikasi, "
        "arsitektur keamanan dan arsitektur layanan di lingkungan {gov}."
    ),
    scope=(
        "referensi arsitektur",
        "arsitektur domain proses bisnis",
        "arsitektur domain data dan informasi",
        "arsitektur domain infrastruktur SPBE",
        "arsitektur domain aplikasi SPBE",
        "arsitektur domain keamanan SPBE",
        "arsitektur domain layanan SPBE",
    ),
    opening=(
        "(1) {gov} menyusun Arsitektur SPBE untuk jangka waktu 5 (lima) tahun.",
        "(2) Arsitektur SPBE sebagaimana dimaksud pada ayat (1) disusun dengan berpedoman pada "
        "Rencana Pembangunan Jangka Menengah dan rencana strategis {units}.",
    ),
    articles={
        "Referensi Arsitektur": Article(
            "Referensi Arsitektur",
            (
                "(1) Referensi Arsitektur mendeskripsikan komponen dasar arsitektur baku yang "
                "digunakan sebagai acuan penyusunan setiap domain arsitektur.",
                "(2) Referensi Arsitektur disusun oleh {tik} dengan melibatkan {units}.",
            ),
        ),
        "Proses Bisnis": Article(
            "Arsitektur Domain Proses Bisnis",
            (
                "(1) Arsitektur Domain Proses Bisnis mendeskripsikan hubungan antarproses bisnis "
                "dalam pelaksanaan urusan pemerintahan yang menjadi kewenangan {gov}.",
                "(2) Setiap {units} memetakan proses bisnis sesuai dengan tugas dan fungsinya.",
            ),
        ),
        "Data dan Informasi": Article(
            "Arsitektur Domain Data dan Informasi",
            (
                "(1) Arsitektur Domain Data dan Informasi mendeskripsikan jenis, klasifikasi, "
                "dan keterhubungan data dan informasi yang dikelola {gov}.",
                "(2) Data dan informasi dikelola sesuai dengan prinsip Satu Data Indonesia.",
            ),
        ),
        "Infrastruktur SPBE": Article(
            "Arsitektur Domain Infrastruktur SPBE",
            (
                "(1) Arsitektur Domain Infrastruktur SPBE mendeskripsikan fasilitas pusat data, "
                "jaringan intra, dan sistem penghubung layanan yang digunakan bersama.",
                "(2) Penyediaan infrastruktur dilaksanakan dengan memperhatikan keamanan SPBE "
                "dan kebutuhan layanan SPBE.",
            ),
        ),
        "Aplikasi SPBE": Article(
            "Arsitektur Domain Aplikasi SPBE",
            (
                "(1) Arsitektur Domain Aplikasi SPBE mendeskripsikan struktur dan hubungan "
                "antaraplikasi umum dan aplikasi khusus.",
                "(2) {units} mengutamakan penggunaan aplikasi umum yang ditetapkan Pemerintah.",
            ),
        ),
        "Keamanan SPBE": Article(
            "Arsitektur Domain Keamanan SPBE",
            (
                "(1) Arsitektur Domain Keamanan SPBE mendeskripsikan standar keamanan data, "
                "aplikasi, dan infrastruktur beserta pengendaliannya.",
                "(2) Standar keamanan sebagaimana dimaksud pada ayat (1) ditetapkan oleh {tik}.",
            ),
        ),
        "Layanan SPBE": Article(
            "Arsitektur Domain Layanan SPBE",
            (
                "(1) Arsitektur Domain Layanan SPBE mendeskripsikan layanan administrasi "
                "pemerintahan dan layanan publik berbasis elektronik.",
                "(2) Layanan sebagaimana dimaksud pada ayat (1) diselenggarakan secara terpadu.",
            ),
        ),
        "Integrasi SPBE antarinstansi": Article(
            "Integrasi SPBE",
            (
                "(1) Arsitektur SPBE menjadi acuan integrasi layanan antar Pemerintah Daerah "
                "dan dengan Instansi Pusat.",
                "(2) Integrasi sebagaimana dimaksud pada ayat (1) dikoordinasikan oleh {tik}.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
    },
)

PETA_RENCANA = Topic(
    framework="spbe-2020",
    indicator=2,
    title="PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2024-2028",
    subject="Peta Rencana SPBE",
    considering=(
        "bahwa untuk memberikan arah dan langkah penyiapan dan pelaksanaan sistem "
        "pemerintahan berbasis elektronik yang terintegrasi perlu ditetapkan Peta Rencana SPBE"
    ),
    basis=(UU_PEMDA, PERPRES_SPBE),
    definitions=(
        "Peta Rencana SPBE adalah dokumen yang mendeskripsikan arah dan langkah penyiapan dan "
        "pelaksanaan SPBE yang terintegrasi.",
        "Tata Kelola SPBE adalah kerangka kerja yang memastikan terlaksananya pengaturan SPBE.",
        "Manajemen SPBE adalah serangkaian proses untuk mencapai penerapan SPBE yang efektif.",
        "Layanan SPBE adalah keluaran yang dihasilkan oleh aplikasi SPBE.",
        "Audit Teknologi Informasi dan Komunikasi yang selanjutnya disebut Audit TIK adalah "
        "proses sistematis untuk memperoleh dan mengevaluasi bukti secara objektif.",
    ),
    purpose=(
        "Peta Rencana SPBE memuat program tata kelola SPBE, manajemen SPBE, layanan SPBE, "
        "infrastruktur SPBE, aplikasi SPBE, keamanan SPBE dan audit TIK secara terpadu."
    ),
    scope=(
        "Tata Kelola SPBE",
        "Manajemen SPBE",
        "Layanan SPBE",
        "Infrastruktur SPBE",
        "Aplikasi SPBE",
        "Keamanan SPBE",
        "Audit TIK",
    ),
    opening=(
        "(1) Peta Rencana ini berlaku untuk jangka waktu 5 (lima) tahun.",
        "(2) Rincian program dan kegiatan tercantum dalam Lampiran yang merupakan bagian tidak "
        "terpisahkan dari {reg} ini.",
    ),
    articles={
        "Tata Kelola SPBE": Article(
            "Tata Kelola SPBE",
            (
                "(1) Program Tata Kelola SPBE meliputi penguatan kelembagaan Tim Koordinasi dan "
                "penyusunan kebijakan internal.",
                "(2) Program sebagaimana dimaksud pada ayat (1) dilaksanakan pada tahun pertama.",
            ),
        ),
        "Manajemen SPBE": Article(
            "Manajemen SPBE",
            (
                "(1) Program Manajemen SPBE meliputi manajemen risiko, manajemen data, dan "
                "manajemen perubahan.",
            ),
        ),
        "Layanan SPBE": Article(
            "Layanan SPBE",
            ("(1) Program Layanan SPBE meliputi digitalisasi layanan administrasi dan publik.",),
        ),
        "Infrastruktur SPBE": Article(
            "Infrastruktur SPBE",
            ("(1) Program Infrastruktur SPBE meliputi pemanfaatan pusat data dan jaringan intra.",),
        ),
        "Aplikasi SPBE": Article(
            "Aplikasi SPBE",
            ("(1) Program Aplikasi SPBE meliputi pembangunan dan integrasi aplikasi.",),
        ),
        "Keamanan SPBE": Article(
            "Keamanan SPBE",
            ("(1) Program Keamanan SPBE meliputi penerapan standar dan penilaian kerentanan.",),
        ),
        "Audit TIK": Article(
            "Audit Teknologi Informasi dan Komunikasi",
            ("(1) Program Audit TIK meliputi audit berkala oleh auditor yang terakreditasi.",),
        ),
        "Keselarasan dengan Peta Rencana SPBE Nasional": Article(
            None,
            (
                "(1) Peta Rencana ini disusun selaras dengan Peta Rencana SPBE Nasional dan "
                "Arsitektur SPBE {gov}.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
    },
)

MANAJEMEN_DATA = Topic(
    framework="spbe-2020",
    indicator=3,
    title="PENYELENGGARAAN SATU DATA DAN MANAJEMEN DATA",
    subject="Manajemen Data",
    considering=(
        "bahwa untuk mewujudkan data yang akurat, mutakhir, terpadu, dan dapat dipertanggung"
        "jawabkan perlu pengaturan mengenai arsitektur data, data induk, data referensi, "
        "basis data, kualitas data dan interoperabilitas data"
    ),
    basis=(UU_PEMDA, "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia"),
    definitions=(
        "Manajemen Data adalah proses pengelolaan arsitektur data, data induk, data referensi, "
        "basis data, kualitas data, dan interoperabilitas data.",
        "Data Induk adalah data yang merepresentasikan objek dalam proses bisnis.",
        "Data Referensi adalah data yang digunakan untuk mengklasifikasikan data lain.",
        "Walidata adalah unit yang melaksanakan pengumpulan, pemeriksaan, dan pengelolaan data.",
    ),
    purpose=(
        "Manajemen Data dilaksanakan melalui pengelolaan arsitektur data, data induk, data "
        "referensi, basis data, kualitas data dan interoperabilitas data."
    ),
    scope=(
        "arsitektur data",
        "data induk",
        "data referensi",
        "basis data",
        "kualitas data",
        "interoperabilitas data",
    ),
    opening=(
        "(1) {head} menetapkan {tik} sebagai Walidata tingkat daerah.",
        "(2) Setiap {units} menunjuk pejabat yang menjadi produsen data.",
    ),
    articles={
        "Arsitektur Data": Article(
            "Arsitektur Data",
            ("(1) Arsitektur data disusun oleh Walidata dan menjadi acuan pengembangan sistem.",),
        ),
        "Data Induk": Article(
            "Data Induk",
            ("(1) Data induk ditetapkan oleh Walidata berdasarkan usulan produsen data.",),
        ),
        "Data Referensi": Article(
            "Data Referensi",
            ("(1) Data referensi digunakan secara bersama oleh seluruh produsen data.",),
        ),
        "Basis Data": Article(
            "Basis Data",
            ("(1) Basis data disimpan di pusat data yang dikelola {tik}.",),
        ),
        "Kualitas Data": Article(
            "Kualitas Data",
            ("(1) Kualitas data dijamin melalui pemeriksaan oleh Walidata sebelum publikasi.",),
        ),
        "Interoperabilitas Data": Article(
            "Interoperabilitas Data",
            ("(1) Interoperabilitas data dilaksanakan melalui sistem penghubung layanan.",),
        ),
    },
)
