"""Texts of regulations on SPBE 2020 indicators 4–7: application development and the shared
infrastructure (data centre, intranet, service bus)."""

from __future__ import annotations

from tests.corpus.content_spbe_a import PERPRES_SPBE, REVIEW, UU_PEMDA
from tests.corpus.model import Article, Topic

PEMBANGUNAN_APLIKASI = Topic(
    framework="spbe-2020",
    indicator=4,
    title="PEMBANGUNAN DAN PENGEMBANGAN APLIKASI SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK",
    subject="Pembangunan Aplikasi SPBE",
    considering=(
        "bahwa untuk mencegah duplikasi aplikasi dan pemborosan anggaran perlu pengaturan "
        "pembangunan dan pengembangan aplikasi"
    ),
    basis=(UU_PEMDA, PERPRES_SPBE),
    definitions=(
        "Aplikasi SPBE adalah satu atau sekumpulan program komputer dan prosedur yang dirancang "
        "untuk melakukan tugas atau fungsi Layanan SPBE.",
        "Siklus Pembangunan Aplikasi adalah tahapan perencanaan, analisis, desain, "
        "implementasi, dan pemeliharaan aplikasi.",
    ),
    purpose=("{reg} ini menjadi pedoman bagi {units} dalam membangun dan mengembangkan aplikasi."),
    scope=("perencanaan aplikasi", "pelaksanaan pembangunan aplikasi", "pemeliharaan aplikasi"),
    opening=(
        "(1) Pembangunan aplikasi oleh {units} dibiayai melalui anggaran pendapatan dan belanja.",
        "(2) {units} menyampaikan rencana pembangunan aplikasi pada tahap penyusunan anggaran.",
    ),
    articles={
        "Siklus pembangunan aplikasi": Article(
            "Siklus Pembangunan Aplikasi",
            (
                "(1) Pembangunan aplikasi dilaksanakan mengikuti siklus pembangunan aplikasi "
                "yang terdiri atas tahap perencanaan, analisis, desain, implementasi, dan "
                "pemeliharaan.",
                "(2) Setiap tahap didokumentasikan oleh {units} pengusul.",
            ),
        ),
        "Konsultasi dengan unit pengelola TIK": Article(
            "Konsultasi",
            (
                "(1) Sebelum pembangunan aplikasi, {units} wajib berkonsultasi dengan {tik} "
                "untuk memperoleh rekomendasi teknis.",
                "(2) Rekomendasi teknis memuat kesesuaian dengan arsitektur dan standar teknis.",
            ),
        ),
        "Keterpaduan dan pengendalian oleh unit pengelola TIK": Article(
            "Keterpaduan dan Pengendalian",
            (
                "(1) {tik} melaksanakan pengendalian pembangunan aplikasi untuk menjamin "
                "keterpaduan aplikasi di lingkungan {gov}.",
            ),
        ),
        "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
    },
)


def _service(
    indicator: int,
    title: str,
    subject: str,
    noun: str,
    use: str,
    all_units: str,
    national: tuple[str, str],
    definition: str,
) -> Topic:
    """A topic on a shared service that units must use: partly, everywhere, nationally."""
    return Topic(
        framework="spbe-2020",
        indicator=indicator,
        title=title,
        subject=subject,
        considering=(
            f"bahwa untuk efisiensi dan keamanan penyelenggaraan SPBE perlu pengaturan "
            f"penggunaan {noun}"
        ),
        basis=(UU_PEMDA, PERPRES_SPBE),
        definitions=(definition,),
        purpose=f"{{reg}} ini menjadi pedoman penyelenggaraan {noun} di lingkungan {{gov}}.",
        scope=(f"penyelenggaraan {noun}", "hak dan kewajiban pengguna", "pembinaan"),
        opening=(
            f"(1) {{tik}} menyelenggarakan {noun} sesuai dengan standar teknis yang berlaku.",
            "(2) Biaya penyelenggaraan dibebankan pada anggaran {tik}.",
        ),
        articles={
            f"Penggunaan {subject}": Article(
                f"Penggunaan {subject}",
                (
                    f"(1) {{units}} sebagaimana tercantum dalam Lampiran {use}.",
                    "(2) Penggunaan sebagaimana dimaksud pada ayat (1) dilaksanakan secara "
                    "bertahap.",
                ),
            ),
            "Berlaku bagi seluruh perangkat daerah/unit kerja": Article(
                None, (f"(1) Seluruh {{units}} wajib {all_units}.",)
            ),
            national[0]: Article(None, (national[1],)),
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    )


PUSAT_DATA = _service(
    5,
    "PENYELENGGARAAN LAYANAN PUSAT DATA",
    "Layanan Pusat Data",
    "layanan pusat data",
    "menggunakan Layanan Pusat Data untuk menempatkan aplikasi dan data",
    "menempatkan aplikasi dan data pada pusat data yang dikelola {tik}",
    (
        "Interkoneksi dengan Pusat Data Nasional",
        "(1) Pusat data {gov} diinterkoneksikan dengan Pusat Data Nasional sesuai dengan "
        "ketentuan peraturan perundang-undangan.",
    ),
    "Pusat Data adalah fasilitas yang digunakan untuk penempatan sistem elektronik dan "
    "komponen terkait lainnya.",
)

JARINGAN_INTRA = _service(
    6,
    "PENYELENGGARAAN JARINGAN INTRA PEMERINTAH DAERAH",
    "Jaringan Intra",
    "jaringan intra",
    "menggunakan Jaringan Intra untuk pertukaran data dan informasi",
    "terhubung dan menggunakan jaringan intra yang diselenggarakan {tik}",
    (
        "Interkoneksi dengan Jaringan Intra Pemerintah",
        "(1) Jaringan intra {gov} terhubung dengan Jaringan Intra Pemerintah yang "
        "diselenggarakan oleh kementerian yang menyelenggarakan urusan komunikasi.",
    ),
    "Jaringan Intra adalah jaringan tertutup yang menghubungkan antarsimpul jaringan dalam "
    "suatu organisasi.",
)

PENGHUBUNG_LAYANAN = _service(
    7,
    "PENGGUNAAN SISTEM PENGHUBUNG LAYANAN",
    "Sistem Penghubung Layanan",
    "sistem penghubung layanan",
    "menggunakan Sistem Penghubung Layanan untuk pertukaran layanan antaraplikasi",
    "menghubungkan aplikasinya melalui sistem penghubung layanan yang dikelola {tik}",
    (
        "Keterhubungan dengan Sistem Penghubung Layanan Pemerintah",
        "(1) Sistem penghubung layanan {gov} terhubung dengan Sistem Penghubung Layanan "
        "Pemerintah.",
    ),
    "Sistem Penghubung Layanan adalah perangkat integrasi untuk melakukan pertukaran Layanan SPBE.",
)
