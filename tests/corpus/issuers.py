"""The agencies whose documents the corpus fabricates. Signers' names are invented."""

from __future__ import annotations

from tests.corpus.model import Issuer

SIANTAR = Issuer(
    code="siantar",
    name="Pemerintah Kota Pematangsiantar",
    region="Kota Pematangsiantar",
    head="Wali Kota",
    head_title="WALI KOTA PEMATANGSIANTAR",
    regulation="Peraturan Wali Kota",
    kind="perwali",
    place="Pematangsiantar",
    signer="HENDRA SIMANJUNTAK",
    secretary_title="SEKRETARIS DAERAH KOTA PEMATANGSIANTAR",
    secretary="JUNAIDI SITANGGANG",
    gazette="BERITA DAERAH KOTA PEMATANGSIANTAR",
    letterhead=("PEMERINTAH KOTA PEMATANGSIANTAR", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    header_lines=("WALI KOTA PEMATANGSIANTAR", "PROVINSI SUMATERA UTARA"),
)

SIMALUNGUN = Issuer(
    code="simalungun",
    name="Pemerintah Kabupaten Simalungun",
    region="Kabupaten Simalungun",
    head="Bupati",
    head_title="BUPATI SIMALUNGUN",
    regulation="Peraturan Bupati",
    kind="perbup",
    place="Pematang Raya",
    signer="MARULAK PURBA",
    secretary_title="SEKRETARIS DAERAH KABUPATEN SIMALUNGUN",
    secretary="ESRON SINAGA",
    gazette="BERITA DAERAH KABUPATEN SIMALUNGUN",
    letterhead=("PEMERINTAH KABUPATEN SIMALUNGUN", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    header_lines=("BUPATI SIMALUNGUN", "PROVINSI SUMATERA UTARA"),
)

SUMUT = Issuer(
    code="sumut",
    name="Pemerintah Provinsi Sumatera Utara",
    region="Provinsi Sumatera Utara",
    head="Gubernur",
    head_title="GUBERNUR SUMATERA UTARA",
    regulation="Peraturan Gubernur",
    kind="pergub",
    place="Medan",
    signer="ABDUL RAHMAN LUBIS",
    secretary_title="SEKRETARIS DAERAH PROVINSI SUMATERA UTARA",
    secretary="SRI WAHYUNI NASUTION",
    gazette="BERITA DAERAH PROVINSI SUMATERA UTARA",
    letterhead=("PEMERINTAH PROVINSI SUMATERA UTARA", "DINAS KOMUNIKASI DAN INFORMATIKA"),
    header_lines=("GUBERNUR SUMATERA UTARA",),
)

KKP = Issuer(
    code="kkp",
    name="Kementerian Kelautan dan Perikanan",
    region="Kementerian Kelautan dan Perikanan",
    head="Menteri",
    head_title="MENTERI KELAUTAN DAN PERIKANAN REPUBLIK INDONESIA",
    regulation="Peraturan Menteri",
    kind="permen",
    place="Jakarta",
    signer="BAMBANG SURYADI",
    secretary_title="MENTERI HUKUM REPUBLIK INDONESIA",
    secretary="DARMAWAN PUTRA",
    gazette="BERITA NEGARA REPUBLIK INDONESIA",
    letterhead=(
        "KEMENTERIAN KELAUTAN DAN PERIKANAN REPUBLIK INDONESIA",
        "PUSAT DATA DAN INFORMASI",
    ),
    header_lines=("MENTERI KELAUTAN DAN PERIKANAN", "REPUBLIK INDONESIA"),
    gov="Kementerian",
    units="Unit Kerja",
    tik="Pusat Data dan Informasi",
)

ISSUERS = (SIANTAR, SIMALUNGUN, SUMUT, KKP)
