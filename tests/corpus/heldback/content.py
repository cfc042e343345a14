"""The held-back part's texts: the same subjects as the tuned corpus, written afresh with other
verbs ("mengatur", "meliputi", "terdiri atas", "mencakup"), other word orders ("domain
arsitektur keamanan" for "arsitektur domain keamanan"), other headings and other placeholders
of the drafting office. The rules were never tuned on these texts; do not change them, or the
rules, to make the two agree (see docs/evidence-check.md, "Measured accuracy")."""

from __future__ import annotations

from tests.corpus.model import Article, Topic

PERPRES_SPBE = (
    "Peraturan Presiden Republik Indonesia Nomor 95 Tahun 2018 tentang Sistem Pemerintahan "
    "Berbasis Elektronik (Lembaran Negara Republik Indonesia Tahun 2018 Nomor 182)"
)
UU_PEMDA = (
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
    "beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023"
)
PERMEN_AUDIT = "Peraturan Badan Riset dan Inovasi Nasional Nomor 5 Tahun 2022 tentang Audit TIK"
SPBE_DEFINITION = (
    "Sistem Pemerintahan Berbasis Elektronik, yang selanjutnya disingkat SPBE, adalah "
    "penyelenggaraan pemerintahan yang memanfaatkan teknologi informasi dan komunikasi untuk "
    "memberikan layanan kepada pengguna SPBE."
)
EVALUATION = Article(
    "Pemantauan dan Evaluasi",
    (
        "(1) Pelaksanaan {reg} ini dipantau dan dievaluasi oleh {head} setiap tahun.",
        "(2) Evaluasi sebagaimana dimaksud pada ayat (1) dilaksanakan oleh Tim Koordinasi SPBE "
        "dan hasilnya dilaporkan kepada {head}.",
    ),
)

ARSITEKTUR = Topic(
    framework="spbe-2020",
    indicator=1,
    title="ARSITEKTUR SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DAERAH",
    subject="Arsitektur SPBE",
    considering=(
        "bahwa keterpaduan layanan, data, aplikasi dan infrastruktur teknologi informasi di "
        "lingkungan {gov} memerlukan Arsitektur SPBE sebagai acuan bersama"
    ),
    basis=(UU_PEMDA, PERPRES_SPBE),
    definitions=(
        SPBE_DEFINITION,
        "Arsitektur SPBE Daerah adalah kerangka dasar yang mendeskripsikan integrasi proses "
        "bisnis, data dan informasi, infrastruktur, aplikasi dan keamanan SPBE di Daerah.",
        "Domain arsitektur adalah bagian dari Arsitektur SPBE yang menggambarkan satu aspek "
        "penyelenggaraan SPBE, yaitu proses bisnis, data dan informasi, infrastruktur, "
        "aplikasi, keamanan dan layanan.",
    ),
    purpose=(
        "Arsitektur SPBE Daerah disusun dengan tujuan memberikan panduan bagi {units} dalam "
        "penyelarasan proses bisnis, data, aplikasi, infrastruktur, keamanan dan layanan."
    ),
    scope=(
        "referensi arsitektur",
        "domain proses bisnis",
        "domain data dan informasi",
        "domain infrastruktur",
        "domain aplikasi",
        "domain keamanan",
        "domain layanan",
    ),
    opening=(
        "(1) Arsitektur SPBE Daerah ditetapkan untuk jangka waktu 5 (lima) tahun dan menjadi "
        "acuan bagi {units} dalam pembangunan dan pengembangan SPBE.",
    ),
    articles={
        "Referensi Arsitektur": Article(
            "Referensi Arsitektur",
            (
                "(1) Referensi arsitektur SPBE Daerah mengacu pada referensi arsitektur SPBE "
                "Nasional dan menjadi dasar penyusunan setiap domain arsitektur.",
            ),
        ),
        "Proses Bisnis": Article(
            "Domain Proses Bisnis",
            (
                "(1) Domain arsitektur proses bisnis mengatur peta proses bisnis urusan "
                "pemerintahan yang dilaksanakan oleh setiap {units}.",
            ),
        ),
        "Data dan Informasi": Article(
            "Domain Data dan Informasi",
            (
                "(1) Domain arsitektur data dan informasi mengatur klasifikasi, struktur dan "
                "alur data yang dihasilkan dan digunakan oleh {units}.",
            ),
        ),
        "Infrastruktur SPBE": Article(
            "Domain Infrastruktur",
            (
                "(1) Domain arsitektur infrastruktur SPBE terdiri atas pusat data, jaringan "
                "intra dan sistem penghubung layanan.",
            ),
        ),
        "Aplikasi SPBE": Article(
            "Domain Aplikasi",
            (
                "(1) Domain arsitektur aplikasi SPBE mengatur aplikasi umum dan aplikasi khusus "
                "yang digunakan oleh {units}.",
            ),
        ),
        "Keamanan SPBE": Article(
            "Domain Keamanan",
            (
                "(1) Domain arsitektur keamanan SPBE meliputi pengendalian keamanan atas data, "
                "aplikasi dan infrastruktur.",
            ),
        ),
        "Layanan SPBE": Article(
            "Domain Layanan",
            (
                "(1) Domain arsitektur layanan SPBE mengatur layanan administrasi pemerintahan "
                "dan layanan publik berbasis elektronik.",
            ),
        ),
        "Integrasi SPBE antarinstansi": Article(
            "Keterpaduan dengan Instansi Lain",
            (
                "(1) {gov} mengintegrasikan layanan SPBE dengan Instansi Pusat, pemerintah "
                "provinsi dan pemerintah kabupaten/kota lain berdasarkan Arsitektur SPBE.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": EVALUATION,
    },
    style="heldback_regulation",
)
# The same elements as items of one content article ("… terdiri atas: a. …").
ARSITEKTUR_ITEMS = {
    "Referensi Arsitektur": "referensi arsitektur SPBE Daerah",
    "Proses Bisnis": "domain arsitektur proses bisnis",
    "Data dan Informasi": "domain arsitektur data dan informasi",
    "Infrastruktur SPBE": "domain arsitektur infrastruktur SPBE",
    "Aplikasi SPBE": "domain arsitektur aplikasi SPBE",
    "Keamanan SPBE": "domain arsitektur keamanan SPBE",
    "Layanan SPBE": "domain arsitektur layanan SPBE",
}

PETA_RENCANA = Topic(
    framework="spbe-2020",
    indicator=2,
    title="PETA RENCANA SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK TAHUN 2024-2028",
    subject="Peta Rencana SPBE",
    considering=(
        "bahwa pembangunan SPBE di Daerah perlu direncanakan secara bertahap, terukur dan "
        "selaras dengan perencanaan pembangunan Daerah"
    ),
    basis=(UU_PEMDA, PERPRES_SPBE),
    definitions=(
        SPBE_DEFINITION,
        "Peta Rencana SPBE Daerah adalah dokumen perencanaan yang memuat program dan kegiatan "
        "tata kelola, manajemen, layanan, infrastruktur, aplikasi, keamanan dan audit TIK.",
    ),
    purpose=(
        "Peta Rencana SPBE Daerah menjadi pedoman dalam perencanaan program tata kelola, "
        "manajemen, layanan, infrastruktur, aplikasi dan keamanan SPBE."
    ),
    scope=("tata kelola", "manajemen", "layanan", "infrastruktur", "aplikasi", "keamanan"),
    opening=(
        "(1) Peta Rencana SPBE Daerah disusun untuk periode 2024 sampai dengan 2028 oleh "
        "{tik} bersama {units}.",
    ),
    articles={
        "Tata Kelola SPBE": Article(
            "Tata Kelola",
            ("(1) Program tata kelola SPBE mengatur kebijakan, kelembagaan dan perencanaan SPBE.",),
        ),
        "Manajemen SPBE": Article(
            "Manajemen",
            (
                "(1) Program manajemen SPBE meliputi manajemen risiko, manajemen data, "
                "manajemen aset dan manajemen sumber daya manusia.",
            ),
        ),
        "Layanan SPBE": Article(
            "Layanan",
            ("(1) Program layanan SPBE mengatur layanan administrasi dan layanan publik.",),
        ),
        "Infrastruktur SPBE": Article(
            "Infrastruktur",
            ("(1) Program infrastruktur SPBE meliputi pusat data dan jaringan intra Daerah.",),
        ),
        "Aplikasi SPBE": Article(
            "Aplikasi",
            ("(1) Program aplikasi SPBE mengatur pengembangan dan pemanfaatan aplikasi.",),
        ),
        "Keamanan SPBE": Article(
            "Keamanan",
            ("(1) Program keamanan SPBE meliputi pengamanan data, aplikasi dan infrastruktur.",),
        ),
        "Audit TIK": Article(
            "Audit",
            ("(1) Program audit TIK mengatur audit infrastruktur, aplikasi dan keamanan SPBE.",),
        ),
        "Keselarasan dengan Peta Rencana SPBE Nasional": Article(
            "Keselarasan",
            (
                "(1) Peta Rencana SPBE Daerah disusun selaras dengan Peta Rencana SPBE Nasional "
                "dan Rencana Pembangunan Jangka Menengah Daerah.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": EVALUATION,
    },
    style="heldback_enumerated",
)
PETA_RENCANA_ITEMS = {
    "Tata Kelola SPBE": "program dan kegiatan tata kelola SPBE",
    "Manajemen SPBE": "program dan kegiatan manajemen SPBE",
    "Layanan SPBE": "program dan kegiatan layanan SPBE",
    "Infrastruktur SPBE": "program pembangunan infrastruktur SPBE",
    "Aplikasi SPBE": "program pengembangan aplikasi SPBE",
    "Keamanan SPBE": "program pengamanan SPBE",
    "Audit TIK": "program audit teknologi informasi dan komunikasi",
}

PUSAT_DATA = Topic(
    framework="spbe-2020",
    indicator=5,
    title="PENYELENGGARAAN PUSAT DATA DAERAH",
    subject="Pusat Data Daerah",
    considering=(
        "bahwa penempatan aplikasi dan data {units} perlu dilaksanakan secara terpusat agar "
        "efisien dan aman"
    ),
    basis=(UU_PEMDA, PERPRES_SPBE),
    definitions=(
        SPBE_DEFINITION,
        "Pusat Data Daerah adalah fasilitas yang digunakan untuk penempatan sistem elektronik "
        "dan komponen terkaitnya untuk keperluan penempatan, penyimpanan dan pengolahan data.",
    ),
    purpose="",
    scope=(),
    opening=("(1) {tik} menyelenggarakan Pusat Data Daerah.",),
    articles={
        "Penggunaan Layanan Pusat Data": Article(
            "Pemanfaatan Pusat Data",
            (
                "(1) Layanan Pusat Data Daerah digunakan untuk menempatkan aplikasi dan data "
                "milik {gov}.",
            ),
        ),
        "Berlaku bagi seluruh perangkat daerah/unit kerja": Article(
            None,
            (
                "(1) Setiap {units} wajib menempatkan aplikasi dan datanya pada Pusat Data Daerah.",
                "(2) {units} tidak diperkenankan membangun pusat data sendiri.",
            ),
        ),
        "Interkoneksi dengan Pusat Data Nasional": Article(
            "Keterhubungan",
            (
                "(1) Pusat Data Daerah terhubung dengan Pusat Data Nasional sesuai dengan "
                "ketentuan peraturan perundang-undangan.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": EVALUATION,
    },
    style="heldback_regulation",
)

AUDIT_TIK = Topic(
    framework="spbe-2020",
    indicator=9,
    title="PEDOMAN AUDIT TEKNOLOGI INFORMASI DAN KOMUNIKASI",
    subject="Audit TIK",
    considering=(
        "bahwa untuk memastikan keandalan dan keamanan teknologi informasi dan komunikasi "
        "perlu dilakukan audit secara berkala"
    ),
    basis=(PERPRES_SPBE, PERMEN_AUDIT),
    definitions=(
        SPBE_DEFINITION,
        "Audit Teknologi Informasi dan Komunikasi, yang selanjutnya disebut Audit TIK, adalah "
        "proses pemeriksaan infrastruktur, aplikasi dan keamanan SPBE.",
    ),
    purpose="",
    scope=(),
    opening=("(1) Audit TIK dilaksanakan oleh auditor internal atau lembaga pelaksana audit.",),
    articles={
        "Audit Infrastruktur SPBE": Article(
            "Audit Infrastruktur",
            (
                "(1) Audit infrastruktur SPBE mengatur pemeriksaan atas pusat data, jaringan "
                "intra dan sistem penghubung layanan.",
            ),
        ),
        "Audit Aplikasi SPBE": Article(
            "Audit Aplikasi",
            ("(1) Audit aplikasi SPBE meliputi pemeriksaan aplikasi umum dan aplikasi khusus.",),
        ),
        "Audit Keamanan SPBE": Article(
            "Audit Keamanan",
            (
                "(1) Audit keamanan SPBE mencakup pemeriksaan pengendalian keamanan informasi "
                "pada setiap {units}.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": EVALUATION,
    },
    style="heldback_enumerated",
)
AUDIT_ITEMS = {
    "Audit Infrastruktur SPBE": "audit infrastruktur SPBE",
    "Audit Aplikasi SPBE": "audit aplikasi SPBE",
    "Audit Keamanan SPBE": "audit keamanan SPBE",
}

TIM_KOORDINASI = Topic(
    framework="spbe-2020",
    indicator=10,
    title="TIM KOORDINASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
    subject="Tim Koordinasi SPBE",
    considering=(
        "bahwa untuk meningkatkan keterpaduan pelaksanaan SPBE di Daerah perlu dibentuk Tim "
        "Koordinasi SPBE"
    ),
    basis=(PERPRES_SPBE,),
    definitions=(),
    purpose="",
    scope=(),
    opening=(
        "Membentuk Tim Koordinasi SPBE dengan susunan keanggotaan sebagaimana tercantum dalam "
        "Lampiran Keputusan ini.",
    ),
    articles={
        "Tugas Tim Koordinasi SPBE": Article(
            None,
            (
                "Tim Koordinasi SPBE bertugas mengarahkan, memantau dan mengendalikan "
                "pelaksanaan SPBE di Daerah.",
            ),
        ),
        "Penerapan SPBE di seluruh perangkat daerah/unit kerja": Article(
            None,
            (
                "Tim Koordinasi SPBE memastikan penerapan SPBE pada setiap {units} sesuai "
                "Arsitektur SPBE dan Peta Rencana SPBE Daerah.",
            ),
        ),
        "Koordinasi SPBE antarinstansi": Article(
            None,
            (
                "Tim Koordinasi SPBE berkoordinasi dengan Kementerian, Lembaga, pemerintah "
                "provinsi dan pemerintah kabupaten/kota lain dalam pelaksanaan SPBE.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": Article(
            None,
            (
                "Tim Koordinasi SPBE mengevaluasi pelaksanaan Keputusan ini setiap 6 (enam) "
                "bulan dan melaporkannya kepada {head}.",
            ),
        ),
    },
    style="heldback_decree",
)

TIM_ASESOR = Topic(
    framework="spbe-2020",
    indicator=10,
    title="PEMBENTUKAN TIM ASESOR INTERNAL SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
    subject="Tim Asesor Internal SPBE",
    considering=(
        "bahwa dalam rangka evaluasi mandiri SPBE perlu dibentuk tim asesor internal yang "
        "menilai tingkat kematangan SPBE"
    ),
    basis=(PERPRES_SPBE,),
    definitions=(),
    purpose="",
    scope=(),
    opening=(
        "Membentuk Tim Asesor Internal SPBE dengan susunan keanggotaan sebagaimana tercantum "
        "dalam Lampiran Keputusan ini.",
    ),
    articles={
        "Tugas": Article(
            None,
            (
                "Tim Asesor Internal SPBE bertugas melakukan penilaian mandiri atas indikator "
                "SPBE dan mengumpulkan bukti dukung dari {units}.",
            ),
        ),
    },
    style="heldback_decree",
)

TIM_AUDIT = Topic(
    framework="pemdi-2026",
    indicator=9,
    title="PENETAPAN TIM AUDIT KEAMANAN PEMERINTAH DIGITAL",
    subject="Tim Audit",
    considering=(
        "bahwa layanan digital {gov} perlu diaudit keamanannya secara terencana oleh tim yang "
        "ditetapkan"
    ),
    basis=("Peraturan Presiden Nomor 82 Tahun 2023 tentang Percepatan Transformasi Digital",),
    definitions=(),
    purpose="",
    scope=(),
    opening=(
        "Menetapkan Tim Audit Keamanan Pemerintah Digital dengan susunan keanggotaan "
        "sebagaimana tercantum dalam Lampiran Keputusan ini.",
    ),
    articles={
        "Perencanaan audit": Article(
            None,
            (
                "Tim Audit menyusun rencana audit tahunan yang memuat jadwal, sasaran dan "
                "lingkup layanan yang diaudit.",
            ),
        ),
        "Kategorisasi kritikalitas keamanan layanan": Article(
            None,
            (
                "Tim Audit mengelompokkan layanan digital menurut tingkat kekritisan "
                "keamanannya: strategis, tinggi atau rendah.",
            ),
        ),
        "Kepatuhan kontrol keamanan": Article(
            None,
            (
                "Tim Audit memeriksa pemenuhan kontrol keamanan pada setiap layanan digital "
                "sesuai standar yang ditetapkan.",
            ),
        ),
        "Profil risiko layanan digital": Article(
            None,
            ("Tim Audit menyusun profil risiko setiap layanan digital yang diaudit.",),
        ),
    },
    style="heldback_decree",
)

ITEMS: dict[int, dict[str, str]] = {1: ARSITEKTUR_ITEMS, 2: PETA_RENCANA_ITEMS, 9: AUDIT_ITEMS}
