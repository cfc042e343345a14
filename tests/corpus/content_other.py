"""Texts unrelated to any SPBE or Pemdi indicator: the documents an agency uploads by mistake.

They are real regulations of the same agencies, with the same preamble and closing, and they
mention electronic services in passing, as such regulations do today."""

from __future__ import annotations

from tests.corpus.content_spbe_a import UU_PEMDA
from tests.corpus.model import Article, Topic

UU_HKPD = (
    "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
    "Pemerintahan Daerah"
)

PARKIR = Topic(
    framework="",
    indicator=0,
    title="TARIF RETRIBUSI PELAYANAN PARKIR DI TEPI JALAN UMUM",
    subject="Retribusi Parkir",
    considering=(
        "bahwa untuk meningkatkan pelayanan parkir dan pendapatan asli daerah perlu "
        "menyesuaikan tarif retribusi pelayanan parkir di tepi jalan umum"
    ),
    basis=(UU_PEMDA, UU_HKPD),
    definitions=(
        "Retribusi Pelayanan Parkir di Tepi Jalan Umum adalah pembayaran atas penyediaan "
        "pelayanan parkir di tepi jalan umum.",
        "Juru Parkir adalah orang yang ditugaskan mengatur kendaraan di tempat parkir.",
    ),
    purpose="{reg} ini menjadi dasar pemungutan retribusi pelayanan parkir.",
    scope=("tarif retribusi", "tata cara pembayaran", "pengawasan"),
    opening=(
        "(1) Dinas Perhubungan menyelenggarakan pelayanan parkir di tepi jalan umum.",
        "(2) Lokasi parkir ditetapkan dengan Keputusan {head}.",
    ),
    articles={
        "Tarif": Article(
            "Tarif Retribusi",
            (
                "(1) Tarif retribusi untuk sepeda motor sebesar Rp2.000,00 (dua ribu rupiah) "
                "sekali parkir.",
                "(2) Tarif retribusi untuk mobil penumpang sebesar Rp5.000,00 (lima ribu "
                "rupiah) sekali parkir.",
            ),
        ),
        "Pembayaran": Article(
            "Tata Cara Pembayaran",
            (
                "(1) Retribusi dibayar secara tunai atau nontunai melalui aplikasi parkir "
                "elektronik yang disediakan {gov}.",
                "(2) Bukti pembayaran berupa karcis atau bukti transaksi elektronik.",
            ),
        ),
        "Pengawasan": Article(
            "Pengawasan",
            (
                "(1) Pengawasan pemungutan retribusi dilaksanakan oleh Dinas Perhubungan "
                "bersama Inspektorat.",
                "(2) Hasil pengawasan dievaluasi setiap tahun.",
            ),
        ),
    },
)

PASAR = Topic(
    framework="",
    indicator=0,
    title="PENGELOLAAN DAN RETRIBUSI PASAR RAKYAT",
    subject="Pasar Rakyat",
    considering="bahwa untuk meningkatkan ketertiban dan kebersihan pasar rakyat perlu pengaturan",
    basis=(UU_PEMDA, UU_HKPD),
    definitions=(
        "Pasar Rakyat adalah tempat usaha yang ditata, dibangun, dan dikelola oleh {gov}.",
    ),
    purpose="{reg} ini menjadi pedoman pengelolaan pasar rakyat.",
    scope=("pengelolaan kios", "retribusi", "kebersihan"),
    opening=("(1) Pasar rakyat dikelola oleh Dinas Perdagangan.",),
    articles={
        "Kios": Article(
            "Pemakaian Kios",
            ("(1) Pemakaian kios diberikan untuk jangka waktu 5 (lima) tahun.",),
        ),
        "Retribusi": Article(
            "Retribusi",
            (
                "(1) Retribusi pemakaian kios dibayar setiap bulan melalui layanan "
                "pembayaran elektronik.",
            ),
        ),
    },
)
