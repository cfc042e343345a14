"""Implementation reports for SPBE 2020 indicators 13–31, written by a fourth hand.

Part of the TUNED corpus: the evidence rules of levels 2–4 of these indicators are widened
with these texts as their examples. They were written in one sitting on 2026-12-08 by a helper
who read only the framework (criteria, penjelasan and the element names of levels 2–4), and
not the rules, the pre-check's code or the corpus's other texts (except the opening of
tests/corpus/implementation.py, seen while reading the signature of practice_topic), so that
the wording is a new hand's. Each indicator has two reports, one from a Pemerintah Daerah
and one from an Instansi Pusat; each sentence states, as a fact, only the practice of its
own element, with concrete units, dates and counts, in wording that departs from the
element's name.
"""

from __future__ import annotations

import functools

from tests.corpus.implementation import practice_topic

_report = functools.partial(practice_topic, style="implementation_report")

_RISK_POLICY = (
    "Kebijakan strategis ditetapkan oleh Komite Manajemen Risiko atau Tim Koordinasi SPBE"
)

FOURTH_HAND_TOPICS = (
    _report(
        13,
        "LAPORAN KETERPADUAN RENCANA DAN ANGGARAN SPBE KABUPATEN BANYUMAS TAHUN 2025",
        "Rencana dan Anggaran SPBE",
        {
            "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK": (
                "Usulan kegiatan dan belanja TIK Dinas Kesehatan, Dinas Pendidikan dan RSUD "
                "Prof. Dr. Margono Soekarjo tahun anggaran 2026 telah dimintakan pertimbangan "
                "teknis kepada Dinas Komunikasi dan Informatika selaku pengelola TIK pada bulan "
                "Maret 2025."
            ),
            "Seluruh unit kerja/perangkat daerah berkonsultasi": (
                "Pada penyusunan RKA 2026, tiga puluh delapan dari tiga puluh delapan perangkat "
                "daerah membawa rencana belanja TIK-nya ke meja asistensi Diskominfo; tidak ada "
                "satu OPD pun yang melewatkan tahap ini."
            ),
            "Terpadu dan dikendalikan oleh unit perencanaan dan penganggaran": (
                "Bappeda menghimpun belanja SPBE kabupaten dalam satu daftar terpadu di SIPD "
                "dan mengunci pagu kegiatan TIK yang tidak tercantum dalam Peta Rencana SPBE "
                "hingga diperbaiki oleh pengusulnya."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Tim gabungan Bappeda dan BPKAD menelaah rencana dan realisasi anggaran SPBE "
                "tiap semester; telaahan semester I 2025 dibahas dalam rapat tanggal 15 Juli "
                "2025."
            ),
        },
    ),
    _report(
        13,
        "LAPORAN PENYUSUNAN PORTOFOLIO BELANJA TIK TERPADU KEMENTERIAN PERINDUSTRIAN",
        "Rencana dan Anggaran SPBE",
        {
            "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK": (
                "Pada tahap pagu indikatif, Direktorat Jenderal Industri Agro dan Badan "
                "Standardisasi dan Kebijakan Jasa Industri menyerahkan rencana kegiatan "
                "SPBE-nya kepada Pusat Data dan Informasi untuk ditelaah."
            ),
            "Seluruh unit kerja/perangkat daerah berkonsultasi": (
                "Kesebelas unit eselon I tanpa terkecuali telah membahas rencana dan anggaran "
                "SPBE masing-masing bersama Pusdatin sebelum RKA-K/L 2026 diajukan ke "
                "Kementerian Keuangan."
            ),
            "Terpadu dan dikendalikan oleh unit perencanaan dan penganggaran": (
                "Biro Perencanaan menyatukan usulan SPBE ke dalam satu portofolio anggaran "
                "kementerian dan berwenang menahan alokasi yang tidak selaras dengan Arsitektur "
                "SPBE; tahun ini empat usulan ditahan."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Evaluasi atas rencana dan anggaran SPBE dilakukan dua kali setahun oleh Biro "
                "Perencanaan, terakhir pada rapat 3 November 2025."
            ),
        },
    ),
    _report(
        14,
        "LAPORAN PENATAAN PROSES BISNIS PEMERINTAH KOTA PEKALONGAN TAHUN 2025",
        "Dokumen Proses Bisnis",
        {
            "Proses bisnis memenuhi standar": (
                "Peta proses bisnis Pemerintah Kota Pekalongan disusun mengikuti Peraturan "
                "Menteri PANRB Nomor 19 Tahun 2018, lengkap dengan peta tingkat 0 sampai "
                "tingkat 3, diagram alir dan indikator kinerja tiap proses."
            ),
            "Perbaikan atau inovasi proses bisnis": (
                "Proses penerbitan izin reklame disederhanakan dari sembilan langkah menjadi "
                "lima langkah dan waktu layanannya dipangkas dari 14 hari menjadi 3 hari kerja."
            ),
            "Inovasi proses bisnis diterapkan dalam sistem elektronik": (
                "Alur izin reklame yang baru kini berjalan penuh di aplikasi SiCantik, mulai "
                "dari permohonan daring, verifikasi berkas, hingga penerbitan izin bertanda "
                "tangan elektronik."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Bagian Organisasi Setda menelaah peta proses bisnis bersama perangkat daerah "
                "pengampu satu kali setiap tahun; penelaahan 2025 rampung pada bulan Oktober."
            ),
        },
    ),
    _report(
        14,
        "LAPORAN SIMPLIFIKASI LAYANAN LEGALISASI DOKUMEN DIREKTORAT JENDERAL AHU",
        "Dokumen Proses Bisnis",
        {
            "Proses bisnis memenuhi standar": (
                "Biro Organisasi dan Tata Laksana telah memeriksa dokumen proses bisnis "
                "Direktorat Jenderal Administrasi Hukum Umum dan menyatakannya sesuai dengan "
                "pedoman penyusunan peta proses bisnis instansi pemerintah."
            ),
            "Perbaikan atau inovasi proses bisnis": (
                "Verifikasi permohonan legalisasi yang semula dikerjakan bergantian oleh dua "
                "subdirektorat dilebur menjadi satu tahap, sehingga penyelesaian turun dari "
                "tujuh hari menjadi satu hari kerja."
            ),
            "Inovasi proses bisnis diterapkan dalam sistem elektronik": (
                "Tahapan yang telah dilebur itu diwujudkan sebagai modul legalisasi daring di "
                "portal AHU Online dan dipakai pemohon sejak 1 Agustus 2025."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Setiap triwulan, Biro Organisasi dan Tata Laksana mengevaluasi peta proses "
                "bisnis beserta hasil penyederhanaannya dan mencatat temuan dalam laporan "
                "evaluasi."
            ),
        },
    ),
    _report(
        15,
        "LAPORAN PEMBANGUNAN APLIKASI SPBE PEMERINTAH PROVINSI JAMBI TAHUN 2025",
        "Pembangunan Aplikasi SPBE",
        {
            "Pembangunan sesuai siklus pembangunan aplikasi": (
                "Aplikasi e-Retribusi dibangun melalui tahap perencanaan, analisis kebutuhan, "
                "perancangan, implementasi dan pemeliharaan, dan keluaran tiap tahap "
                "didokumentasikan dalam berita acara."
            ),
            "Dikonsultasikan kepada unit pengelola TIK": (
                "Sebelum pengodean dimulai, rancangan e-Retribusi dibahas bersama Dinas "
                "Komunikasi dan Informatika Provinsi Jambi dan memperoleh rekomendasi teknis "
                "tertanggal 12 Februari 2025."
            ),
            "Terpadu dan dikendalikan oleh unit pengelola TIK": (
                "Permintaan aplikasi baru dari perangkat daerah wajib didaftarkan pada katalog "
                "aplikasi yang dikelola Diskominfo, dan Diskominfo berwenang menolak usulan "
                "yang fungsinya sudah tersedia; tiga usulan ditolak pada 2025."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Diskominfo mengevaluasi pembangunan aplikasi setiap enam bulan; evaluasi bulan "
                "Juni 2025 meninjau 27 aplikasi yang sedang dikembangkan."
            ),
        },
    ),
    _report(
        15,
        "PEMBANGUNAN APLIKASI PERIZINAN KAPAL PENANGKAP IKAN",
        "Pembangunan Aplikasi SPBE",
        {
            "Pembangunan sesuai siklus pembangunan aplikasi": (
                "Pengembangan aplikasi perizinan kapal mengikuti siklus pembangunan aplikasi: "
                "rencana proyek, spesifikasi kebutuhan, rancangan basis data, berita acara uji "
                "penerimaan dan rencana pemeliharaan telah diterbitkan berurutan."
            ),
            "Dikonsultasikan kepada unit pengelola TIK": (
                "Direktorat Jenderal Perikanan Tangkap mengajukan rancangan aplikasi tersebut "
                "kepada Pusat Data, Statistik dan Informasi untuk ditelaah, dan masukan "
                "Pusdatin diakomodasi sebelum pembangunan."
            ),
            "Terpadu dan dikendalikan oleh unit pengelola TIK": (
                "Pusdatin mengendalikan pembangunan aplikasi di lingkungan kementerian melalui "
                "satu repositori kode dan satu platform pengembangan; tidak ada aplikasi yang "
                "dapat dirilis tanpa persetujuan Pusdatin."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Tiap tahun Pusdatin menilai ulang proses pembangunan aplikasi; hasil reviu "
                "2025 disampaikan kepada Sekretaris Jenderal pada 20 Oktober 2025."
            ),
        },
    ),
    _report(
        16,
        "MIGRASI SERVER PERANGKAT DAERAH KE PUSAT DATA KABUPATEN SLEMAN",
        "Layanan Pusat Data",
        {
            "Layanan Pusat Data digunakan": (
                "Sebanyak 23 aplikasi milik sembilan perangkat daerah telah ditempatkan di "
                "pusat data Diskominfo Sleman sejak Mei 2025."
            ),
            "Digunakan oleh seluruh unit kerja/perangkat daerah": (
                "Dengan selesainya pemindahan server RSUD dan Dinas Pertanian, ke-31 perangkat "
                "daerah Kabupaten Sleman kini menyimpan aplikasi dan datanya di pusat data "
                "daerah."
            ),
            "Prosedur pengoperasian baku Layanan Pusat Data": (
                "Operasional pusat data dijalankan menurut SOP yang ditetapkan Kepala "
                "Diskominfo, antara lain SOP akses ruang server, pencadangan harian dan "
                "penanganan gangguan catu daya."
            ),
            "Interkoneksi dengan Pusat Data Nasional atau instansi lain": (
                "Pusat data daerah telah tersambung dengan Pusat Data Nasional, dan pencadangan "
                "data kependudukan dijalankan di PDN sejak September 2025."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pemanfaatan pusat data ditinjau triwulanan oleh Bidang Infrastruktur TIK, "
                "mencakup kapasitas penyimpanan, ketersediaan layanan dan tingkat penggunaan "
                "oleh OPD."
            ),
        },
    ),
    _report(
        16,
        "LAPORAN LAYANAN PUSAT DATA KEMENTERIAN PERHUBUNGAN TAHUN 2025",
        "Layanan Pusat Data",
        {
            "Layanan Pusat Data digunakan": (
                "Direktorat Jenderal Perhubungan Udara dan Badan Kebijakan Transportasi telah "
                "menempatkan server aplikasinya di pusat data kementerian yang dikelola Pusat "
                "Data dan Informasi."
            ),
            "Digunakan oleh seluruh unit kerja/perangkat daerah": (
                "Penggunaan layanan pusat data kini mencakup semua unit eselon I; server "
                "mandiri terakhir di Direktorat Jenderal Perkeretaapian dimatikan pada Juli "
                "2025."
            ),
            "Prosedur pengoperasian baku Layanan Pusat Data": (
                "Petugas pusat data bekerja berdasarkan prosedur operasional standar yang "
                "dibakukan melalui Keputusan Kepala Pusdatin, termasuk prosedur penempatan "
                "server dan pemulihan bencana."
            ),
            "Interkoneksi dengan Pusat Data Nasional atau instansi lain": (
                "Pusat data kementerian terhubung dengan pusat data BMKG untuk pertukaran data "
                "cuaca penerbangan dan memanfaatkan layanan penyimpanan cadangan di Pusat Data "
                "Nasional."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Penggunaan layanan pusat data direviu dua kali setahun dan hasilnya dibahas "
                "dalam rapat pimpinan Pusdatin pada Juni dan Desember."
            ),
        },
    ),
    _report(
        17,
        "PENATAAN JARINGAN INTRA PEMERINTAH KOTA BANJARMASIN",
        "Layanan Jaringan Intra",
        {
            "Jaringan Intra diterapkan": (
                "Jaringan intra berbasis serat optik telah menghubungkan Balai Kota dengan "
                "kantor Bappeda, BPKAD dan Dinas Penanaman Modal dan PTSP."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Sampai Oktober 2025 seluruh 40 perangkat daerah, termasuk lima kantor "
                "kecamatan, telah tersambung ke jaringan intra pemerintah kota melalui serat "
                "optik atau VPN."
            ),
            "Interkoneksi dengan Jaringan Intra Pemerintah": (
                "Jaringan intra pemerintah kota telah dihubungkan dengan Jaringan Intra "
                "Pemerintah yang dikelola Kementerian Komunikasi dan Digital serta dengan "
                "jaringan intra Pemerintah Provinsi Kalimantan Selatan."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Kinerja jaringan intra dievaluasi setiap bulan Desember berdasarkan laporan "
                "ketersediaan tautan, pemakaian kapasitas tautan dan keluhan pengguna."
            ),
        },
    ),
    _report(
        17,
        "LAPORAN LAYANAN JARINGAN INTRA BADAN PENGAWAS OBAT DAN MAKANAN",
        "Layanan Jaringan Intra",
        {
            "Jaringan Intra diterapkan": (
                "Layanan jaringan intra BPOM telah beroperasi di kantor pusat dan di dua belas "
                "Balai Besar POM."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Jangkauan jaringan intra kini meliputi 76 dari 76 unit pelaksana teknis serta "
                "semua kedeputian di kantor pusat."
            ),
            "Interkoneksi dengan Jaringan Intra Pemerintah": (
                "Jaringan intra BPOM terinterkoneksi dengan Jaringan Intra Pemerintah sejak "
                "Maret 2025, sehingga pertukaran data dengan Kementerian Kesehatan tidak lagi "
                "melewati internet publik."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Biro Umum dan Pusdatin meninjau layanan jaringan intra setiap triwulan; reviu "
                "triwulan III memuat rekomendasi penambahan kapasitas di enam UPT."
            ),
        },
    ),
    _report(
        18,
        "INTEGRASI LAYANAN MELALUI GERBANG API PROVINSI JAWA TENGAH",
        "Sistem Penghubung Layanan",
        {
            "Sistem penghubung layanan diterapkan": (
                "Gerbang API provinsi sebagai sistem penghubung layanan telah dipakai oleh "
                "Bapenda dan Dinas Perhubungan untuk berbagi data pajak kendaraan bermotor."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Semua perangkat daerah Pemerintah Provinsi Jawa Tengah telah menghubungkan "
                "aplikasinya ke gerbang API provinsi, dengan 48 layanan terdaftar hingga "
                "November 2025."
            ),
            "Terintegrasi dengan sistem penghubung layanan pemerintah": (
                "Gerbang API provinsi tersambung dengan Sistem Penghubung Layanan Pemerintah, "
                "antara lain untuk verifikasi NIK ke Dukcapil dan penarikan data perizinan dari "
                "OSS."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pemakaian gerbang API ditelaah setiap semester oleh Diskominfo, meliputi "
                "jumlah pemanggilan, kegagalan dan layanan yang tidak lagi aktif."
            ),
        },
    ),
    _report(
        18,
        "LAPORAN PENERAPAN SISTEM PENGHUBUNG LAYANAN KEMENTERIAN SOSIAL TAHUN 2025",
        "Sistem Penghubung Layanan",
        {
            "Sistem penghubung layanan diterapkan": (
                "Sistem penghubung layanan kementerian telah diterapkan pada Direktorat "
                "Jenderal Rehabilitasi Sosial untuk pertukaran data penerima bantuan."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Penerapan sistem penghubung layanan sudah menjangkau seluruh unit kerja eselon "
                "I dan eselon II kementerian pada akhir Juni 2025."
            ),
            "Terintegrasi dengan sistem penghubung layanan pemerintah": (
                "Integrasi dengan Sistem Penghubung Layanan Pemerintah telah rampung, sehingga "
                "data penerima bantuan dipertukarkan dengan BPJS Kesehatan dan pemerintah "
                "daerah melalui jalur tersebut."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pusdatin mengevaluasi sistem penghubung layanan secara berkala tiap tiga "
                "bulan; laporan evaluasi terakhir bertanggal 30 September 2025."
            ),
        },
    ),
    _report(
        19,
        "LAPORAN PELAKSANAAN TIM KOORDINASI SPBE KABUPATEN GIANYAR TAHUN 2025",
        "Pelaksanaan Tim Koordinasi SPBE",
        {
            "Tugas/program kerja dilaksanakan sesuai perencanaan": (
                "Tim Koordinasi SPBE menjalankan kegiatannya berdasarkan rencana kerja 2025 "
                "yang disepakati pada rapat 14 Januari 2025, antara lain penyusunan Arsitektur "
                "SPBE dan Peta Rencana SPBE."
            ),
            "Seluruh tugas/program kerja dilaksanakan": (
                "Kedua belas kegiatan dalam rencana kerja tim tahun 2025 seluruhnya terlaksana, "
                "dengan realisasi 100 persen pada akhir November."
            ),
            "Program kerja dikomunikasikan kepada semua unit kerja/perangkat daerah": (
                "Rencana kerja tim disampaikan kepada setiap perangkat daerah melalui surat "
                "edaran Sekretaris Daerah dan rapat koordinasi yang dihadiri 34 kepala OPD."
            ),
            "Reviu dan evaluasi": (
                "Sekretariat tim menyusun evaluasi atas pelaksanaan tugas tim, dan hasilnya "
                "dibahas dalam rapat pleno tanggal 10 Desember 2025."
            ),
        },
    ),
    _report(
        19,
        "LAPORAN KEGIATAN KOMITE PENGARAH TIK KEMENTERIAN PEKERJAAN UMUM 2025",
        "Pelaksanaan Tim Koordinasi SPBE",
        {
            "Tugas/program kerja dilaksanakan sesuai perencanaan": (
                "Komite Pengarah TIK melaksanakan tugasnya mengikuti jadwal program kerja yang "
                "ditetapkan Sekretaris Jenderal pada Januari 2025."
            ),
            "Seluruh tugas/program kerja dilaksanakan": (
                "Dari tujuh program kerja komite tahun 2025, ketujuhnya telah selesai "
                "dikerjakan, termasuk penetapan standar interoperabilitas data."
            ),
            "Program kerja dikomunikasikan kepada semua unit kerja/perangkat daerah": (
                "Program kerja komite dikoordinasikan dengan semua unit eselon I dan eselon II "
                "melalui nota dinas dan forum koordinasi SPBE pada 5 Maret 2025."
            ),
            "Reviu dan evaluasi": (
                "Pelaksanaan tugas komite ditelaah oleh Inspektorat Jenderal, dan hasil "
                "penelaahannya dilaporkan kepada Menteri pada November 2025."
            ),
        },
    ),
    _report(
        20,
        "LAPORAN KOLABORASI PENERAPAN SPBE PEMERINTAH KOTA SURAKARTA",
        "Kolaborasi Penerapan SPBE",
        {
            "Kolaborasi dilaksanakan sesuai perencanaan": (
                "Kerja sama Diskominfo, Dinas Dukcapil dan Dinas Kesehatan dalam pemanfaatan "
                "data kependudukan untuk layanan puskesmas dijalankan sesuai rencana aksi yang "
                "disusun pada Februari 2025."
            ),
            "Dilaksanakan oleh tim yang dibentuk secara formal": (
                "Pekerjaan bersama tersebut ditangani Tim Integrasi Data yang dibentuk dengan "
                "Keputusan Wali Kota Surakarta Nomor 050/27 Tahun 2025."
            ),
            "Terpadu pada seluruh unit kerja/perangkat daerah": (
                "Mulai 2025 kolaborasi penerapan SPBE dijalankan secara terpadu oleh tiap "
                "perangkat daerah dalam satu rencana kolaborasi bersama tingkat kota."
            ),
            "Dikoordinasikan oleh pimpinan instansi atau sekretaris": (
                "Sekretaris Daerah memimpin langsung koordinasi kolaborasi tersebut dan "
                "menandatangani setiap kesepakatan antarperangkat daerah."
            ),
            "Reviu dan evaluasi": (
                "Hasil kolaborasi direviu oleh Bagian Organisasi pada akhir tahun dengan "
                "menilai capaian setiap rencana aksi."
            ),
        },
    ),
    _report(
        20,
        "KOLABORASI PEMBANGUNAN PORTAL LAYANAN TERPADU KEMENTERIAN AGAMA",
        "Kolaborasi Penerapan SPBE",
        {
            "Kolaborasi dilaksanakan sesuai perencanaan": (
                "Biro Hubungan Masyarakat, Pusat Data dan Informasi serta Direktorat Jenderal "
                "Bimbingan Masyarakat Islam bekerja sama membangun portal layanan mengikuti "
                "jadwal kerja yang disepakati sejak Januari 2025."
            ),
            "Dilaksanakan oleh tim yang dibentuk secara formal": (
                "Kerja bersama itu dijalankan oleh kelompok kerja yang ditetapkan melalui "
                "Keputusan Sekretaris Jenderal Nomor 112 Tahun 2025."
            ),
            "Terpadu pada seluruh unit kerja/perangkat daerah": (
                "Kolaborasi penerapan SPBE kini melibatkan semua unit eselon I secara terpadu "
                "dalam satu program kerja bersama."
            ),
            "Dikoordinasikan oleh pimpinan instansi atau sekretaris": (
                "Koordinasi kolaborasi dipegang langsung oleh Sekretaris Jenderal selaku "
                "koordinator SPBE kementerian."
            ),
            "Reviu dan evaluasi": (
                "Kolaborasi antarunit dievaluasi dalam rapat evaluasi semesteran; evaluasi "
                "semester I 2025 menyoroti keterlambatan integrasi data haji."
            ),
        },
    ),
    _report(
        21,
        "LAPORAN PENERAPAN MANAJEMEN RISIKO SPBE KABUPATEN BANTUL TAHUN 2025",
        "Manajemen Risiko SPBE",
        {
            "Program kegiatan manajemen risiko terarah dan terencana": (
                "Kegiatan manajemen risiko SPBE tahun 2025 dijalankan menurut program kerja "
                "yang memuat jadwal identifikasi, analisis dan penanganan risiko beserta "
                "penanggung jawabnya."
            ),
            "Mengacu pada pedoman Manajemen Risiko SPBE": (
                "Identifikasi dan penilaian risiko SPBE dilaksanakan dengan berpedoman pada "
                "Peraturan Menteri PANRB Nomor 5 Tahun 2020 tentang Pedoman Manajemen Risiko "
                "SPBE."
            ),
            _RISK_POLICY: (
                "Tim Koordinasi SPBE Kabupaten Bantul menetapkan selera risiko dan kebijakan "
                "penanganan risiko SPBE pada rapat tanggal 20 Maret 2025."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Register risiko SPBE telah disusun dan dikelola oleh 35 dari 35 perangkat daerah."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Inspektorat Daerah menelaah penerapan manajemen risiko SPBE setiap semester "
                "dan melaporkan hasilnya kepada Bupati."
            ),
        },
    ),
    _report(
        21,
        "PENYUSUNAN PROFIL RISIKO SPBE BADAN KEPEGAWAIAN NEGARA",
        "Manajemen Risiko SPBE",
        {
            "Program kegiatan manajemen risiko terarah dan terencana": (
                "Penyusunan profil risiko SPBE dilakukan mengikuti rencana kegiatan yang "
                "ditetapkan Direktorat Sistem Informasi ASN pada Januari 2025, lengkap dengan "
                "target dan tenggat tiap tahap."
            ),
            "Mengacu pada pedoman Manajemen Risiko SPBE": (
                "Konteks, kriteria dan matriks analisis risiko disusun sesuai Pedoman Manajemen "
                "Risiko SPBE yang diterbitkan Kementerian PANRB."
            ),
            _RISK_POLICY: (
                "Komite Manajemen Risiko BKN menetapkan kebijakan strategis manajemen risiko "
                "SPBE, termasuk toleransi risiko dan prioritas penanganannya."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Manajemen risiko SPBE sudah diterapkan di semua satuan kerja, termasuk keempat "
                "belas kantor regional."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pemantauan dan reviu atas pelaksanaan manajemen risiko SPBE dilakukan "
                "triwulanan oleh Inspektorat."
            ),
        },
    ),
    _report(
        22,
        "PENGAMANAN INFORMASI PERANGKAT DAERAH KOTA MALANG",
        "Manajemen Keamanan Informasi",
        {
            "Pengendalian Keamanan Informasi tersedia": (
                "Pengendalian keamanan informasi berupa penyaring lalu lintas jaringan, "
                "antivirus terpusat dan kebijakan kata sandi telah dipasang di Dinas Kominfo "
                "dan BPKAD."
            ),
            "Dilaksanakan pada seluruh unit kerja/perangkat daerah": (
                "Kontrol keamanan informasi yang sama kini berlaku di 42 perangkat daerah tanpa "
                "terkecuali."
            ),
            "Berdasarkan Risiko SPBE": (
                "Pemilihan kontrol keamanan didasarkan pada hasil penilaian risiko SPBE, "
                "sehingga aplikasi berisiko tinggi diberi enkripsi dan autentikasi dua faktor."
            ),
            "Strategi Keamanan Informasi ditetapkan oleh Tim Koordinasi SPBE": (
                "Strategi keamanan informasi 2025–2027 ditetapkan oleh Tim Koordinasi SPBE Kota "
                "Malang pada 6 Mei 2025."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pengendalian keamanan informasi dievaluasi setiap tahun oleh Bidang Persandian "
                "dan Keamanan Informasi dengan Indeks KAMI."
            ),
        },
    ),
    _report(
        22,
        "LAPORAN MANAJEMEN KEAMANAN INFORMASI BADAN PENGAWASAN KEUANGAN DAN PEMBANGUNAN",
        "Manajemen Keamanan Informasi",
        {
            "Pengendalian Keamanan Informasi tersedia": (
                "Kendali keamanan informasi telah tersedia, antara lain pembatasan hak akses, "
                "perekaman jejak aktivitas pengguna dan pemindaian kerentanan pada aplikasi di "
                "kantor pusat."
            ),
            "Dilaksanakan pada seluruh unit kerja/perangkat daerah": (
                "Pengendalian keamanan informasi telah dijalankan oleh semua unit kerja, "
                "termasuk 34 perwakilan BPKP di provinsi."
            ),
            "Berdasarkan Risiko SPBE": (
                "Prioritas pengendalian ditentukan menurut register risiko SPBE yang disusun "
                "pada awal tahun."
            ),
            "Strategi Keamanan Informasi ditetapkan oleh Tim Koordinasi SPBE": (
                "Tim Koordinasi SPBE BPKP menetapkan strategi keamanan informasi yang menjadi "
                "acuan pengendalian di instansi."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Reviu dan evaluasi pengendalian keamanan informasi dilakukan dua kali dalam "
                "setahun oleh Pusat Informasi Pengawasan."
            ),
        },
    ),
    _report(
        23,
        "LAPORAN PENERAPAN MANAJEMEN DATA DAN SATU DATA PROVINSI NUSA TENGGARA BARAT",
        "Manajemen Data",
        {
            "Program kegiatan manajemen data terarah dan terencana": (
                "Pengelolaan data dilaksanakan berdasarkan program kerja Satu Data tahun 2025 "
                "yang memuat target, jadwal dan penanggung jawab tiap kegiatan."
            ),
            "Mengacu pada pedoman Manajemen Data": (
                "Kegiatan pengelolaan data mengacu pada Pedoman Manajemen Data yang ditetapkan "
                "dengan Peraturan Gubernur Nomor 33 Tahun 2024."
            ),
            "Arsitektur data": (
                "Arsitektur data provinsi telah digambarkan dan memuat 212 entitas data beserta "
                "alirannya antarsistem."
            ),
            "Data induk": (
                "Data induk penduduk, pegawai dan wilayah telah ditetapkan beserta walidatanya "
                "melalui Keputusan Gubernur."
            ),
            "Data referensi": (
                "Daftar kode referensi, seperti kode wilayah dan klasifikasi urusan "
                "pemerintahan, dikelola Diskominfotik dan dipakai bersama oleh aplikasi daerah."
            ),
            "Basis data": (
                "Basis data aplikasi perangkat daerah dikonsolidasikan ke dalam server basis "
                "data bersama dengan pengaturan hak akses dan pencadangan harian."
            ),
            "Kualitas data": (
                "Pemeriksaan kualitas data dilakukan terhadap 480 dataset untuk kelengkapan, "
                "konsistensi dan kemutakhirannya."
            ),
            "Interoperabilitas data": (
                "Pertukaran data antaraplikasi dilakukan melalui layanan API dengan format dan "
                "metadata yang disepakati."
            ),
            "Strategi pengelolaan data ditetapkan Forum Satu Data atau Tim Koordinasi SPBE": (
                "Forum Satu Data NTB menetapkan strategi pengelolaan data 2025–2029 pada rapat "
                "18 Juni 2025."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Penerapan manajemen data telah berjalan di semua perangkat daerah Provinsi "
                "Nusa Tenggara Barat."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Setiap akhir tahun Bappeda selaku koordinator Satu Data mengevaluasi penerapan "
                "manajemen data."
            ),
        },
    ),
    _report(
        23,
        "PENATAAN DATA INDUK DAN DATA REFERENSI KEMENTERIAN PERTANIAN",
        "Manajemen Data",
        {
            "Program kegiatan manajemen data terarah dan terencana": (
                "Pusat Data dan Sistem Informasi Pertanian menjalankan kegiatan manajemen data "
                "menurut peta jalan dan rencana aksi tahunan yang ditetapkan pada Januari 2025."
            ),
            "Mengacu pada pedoman Manajemen Data": (
                "Manajemen data dilaksanakan dengan berpedoman pada Keputusan Menteri tentang "
                "Pedoman Tata Kelola Data Kementerian Pertanian."
            ),
            "Arsitektur data": (
                "Model data konseptual dan logis tingkat kementerian telah diselesaikan dan "
                "dijadikan acuan pengembangan sistem informasi."
            ),
            "Data induk": (
                "Data induk lahan, komoditas dan kelompok tani dikelola dalam satu repositori "
                "data induk."
            ),
            "Data referensi": (
                "Tabel referensi komoditas dan satuan ukur diselaraskan dengan kode baku dari "
                "Badan Pusat Statistik."
            ),
            "Basis data": (
                "Pengelolaan basis data dilakukan terpusat oleh Pusdatin, termasuk pencadangan, "
                "pemantauan kinerja dan pengaturan hak akses."
            ),
            "Kualitas data": (
                "Aturan validasi mutu diterapkan pada 65 dataset prioritas, dan skor mutu tiap "
                "dataset ditampilkan di dasbor internal."
            ),
            "Interoperabilitas data": (
                "Data produksi pertanian dipertukarkan dengan BPS dan pemerintah daerah melalui "
                "layanan API berstandar Satu Data Indonesia."
            ),
            "Strategi pengelolaan data ditetapkan Forum Satu Data atau Tim Koordinasi SPBE": (
                "Tim Koordinasi SPBE kementerian menetapkan strategi pengelolaan data yang "
                "memprioritaskan data komoditas strategis."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Kerangka manajemen data tersebut diterapkan oleh setiap unit eselon I beserta "
                "unit pelaksana teknisnya."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Penerapan manajemen data ditinjau tiap semester oleh Pusdatin dan Inspektorat "
                "Jenderal."
            ),
        },
    ),
    _report(
        24,
        "LAPORAN PENERAPAN MANAJEMEN ASET TIK KABUPATEN KUDUS TAHUN 2025",
        "Manajemen Aset TIK",
        {
            "Program kegiatan manajemen aset TIK terarah dan terencana": (
                "Pengelolaan aset TIK tahun 2025 dijalankan menurut program kerja yang memuat "
                "inventarisasi, pemeliharaan dan pembaruan perangkat dengan jadwal bulanan."
            ),
            "Mengacu pada pedoman Manajemen Aset TIK": (
                "Pengelolaan aset TIK berpedoman pada Peraturan Bupati Kudus tentang Pedoman "
                "Manajemen Aset TIK yang ditetapkan pada 2024."
            ),
            "Perencanaan aset TIK": (
                "Kebutuhan perangkat TIK tahun 2026 direncanakan berdasarkan analisis umur "
                "perangkat dan kebutuhan aplikasi."
            ),
            "Pengadaan aset TIK": (
                "Pembelian 120 unit komputer dan dua server dilakukan melalui e-katalog pada "
                "Juli 2025."
            ),
            "Pemanfaatan/penggunaan aset TIK": (
                "Perangkat TIK yang diterima dicatat dalam register aset dan diserahkan kepada "
                "penggunanya dengan berita acara serah terima."
            ),
            "Penghapusan aset TIK": (
                "Delapan puluh lima unit perangkat rusak berat dihapus dari daftar barang milik "
                "daerah melalui Keputusan Bupati."
            ),
            "Strategi pengelolaan aset TIK oleh unit pengelola TIK": (
                "Diskominfo selaku pengelola TIK menetapkan strategi pengelolaan aset TIK yang "
                "mengatur standar perangkat dan siklus penggantian lima tahun."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Manajemen aset TIK telah dijalankan di 30 perangkat daerah, yaitu semua "
                "perangkat daerah kabupaten."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Penerapan manajemen aset TIK ditelaah setiap akhir semester oleh Diskominfo "
                "bersama BPKAD."
            ),
        },
    ),
    _report(
        24,
        "INVENTARISASI DAN PEREMAJAAN PERANGKAT TIK LKPP",
        "Manajemen Aset TIK",
        {
            "Program kegiatan manajemen aset TIK terarah dan terencana": (
                "Kegiatan manajemen aset TIK dilakukan secara terarah menurut rencana kerja "
                "tahunan Biro Umum dan Pusat Data dan Informasi."
            ),
            "Mengacu pada pedoman Manajemen Aset TIK": (
                "Proses pengelolaan aset mengacu pada Pedoman Manajemen Aset TIK yang "
                "ditetapkan oleh Sekretaris Utama."
            ),
            "Perencanaan aset TIK": (
                "Rencana kebutuhan barang TIK disusun dalam RKBMN tahun 2026 berdasarkan hasil "
                "inventarisasi."
            ),
            "Pengadaan aset TIK": (
                "Pengadaan 60 laptop dan lisensi perangkat lunak perkantoran dilaksanakan "
                "melalui tender pada Mei 2025."
            ),
            "Pemanfaatan/penggunaan aset TIK": (
                "Penggunaan aset TIK dipantau melalui aplikasi inventaris, termasuk lokasi "
                "penempatan dan pemegang tiap perangkat."
            ),
            "Penghapusan aset TIK": (
                "Penghapusan 140 perangkat usang dilaksanakan setelah mendapat persetujuan DJKN "
                "pada September 2025."
            ),
            "Strategi pengelolaan aset TIK oleh unit pengelola TIK": (
                "Pusdatin selaku pengelola TIK menyusun strategi pengelolaan aset TIK yang "
                "menetapkan standardisasi perangkat dan virtualisasi server."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Tata kelola aset TIK itu diterapkan pada semua unit kerja, dari kedeputian "
                "sampai sekretariat utama."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Reviu atas pengelolaan aset TIK dilakukan setiap tahun oleh Inspektorat, "
                "terakhir pada Oktober 2025."
            ),
        },
    ),
    _report(
        25,
        "LAPORAN PEMENUHAN KOMPETENSI SDM SPBE PEMERINTAH KOTA DENPASAR",
        "Kompetensi SDM SPBE",
        {
            "Pemenuhan kompetensi sesuai perencanaan SDM": (
                "Pemenuhan kompetensi pegawai SPBE mengikuti rencana kebutuhan SDM TIK yang "
                "disusun BKPSDM bersama Diskominfo untuk tahun 2025."
            ),
            "Kompetensi proses bisnis pemerintahan": (
                "Enam analis kebijakan di Bagian Organisasi telah menguasai pemetaan proses "
                "bisnis pemerintahan."
            ),
            "Kompetensi arsitektur SPBE": (
                "Dua perencana Bappeda menguasai penyusunan arsitektur SPBE dan menjadi "
                "penyusun utama dokumen Arsitektur SPBE Kota Denpasar."
            ),
            "Kompetensi data dan informasi": (
                "Sepuluh pranata komputer dan statistisi memiliki keahlian pengelolaan dan "
                "analisis data statistik sektoral."
            ),
            "Kompetensi keamanan SPBE": (
                "Empat pegawai persandian telah memiliki keahlian pengamanan informasi dan "
                "penanganan insiden siber."
            ),
            "Kompetensi aplikasi SPBE": (
                "Kompetensi pengembangan aplikasi terpenuhi oleh delapan pemrogram Diskominfo "
                "yang menguasai pemrograman web dan pengujian perangkat lunak."
            ),
            "Kompetensi infrastruktur SPBE": (
                "Tiga teknisi jaringan menguasai administrasi jaringan dan pengelolaan pusat data."
            ),
            "Peningkatan kompetensi": (
                "Lima belas pegawai TIK mengikuti bimbingan teknis dan magang di Pusat Data "
                "Nasional untuk meningkatkan keahliannya."
            ),
            "Penilaian kompetensi": (
                "Uji kompetensi jabatan fungsional pranata komputer diikuti 22 pegawai pada "
                "Agustus 2025."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pemenuhan kompetensi SDM SPBE dievaluasi tiap tahun oleh BKPSDM dan dilaporkan "
                "kepada Wali Kota."
            ),
        },
    ),
    _report(
        25,
        "PROGRAM SERTIFIKASI DAN ASESMEN PEGAWAI TIK LEMBAGA ADMINISTRASI NEGARA",
        "Kompetensi SDM SPBE",
        {
            "Pemenuhan kompetensi sesuai perencanaan SDM": (
                "Rekrutmen dan pelatihan pegawai TIK dijalankan sesuai rencana kebutuhan SDM "
                "dalam dokumen perencanaan kepegawaian 2025."
            ),
            "Kompetensi proses bisnis pemerintahan": (
                "Kompetensi analisis proses bisnis pemerintahan telah dimiliki empat analis "
                "tata laksana pada Biro Organisasi."
            ),
            "Kompetensi arsitektur SPBE": (
                "Pusat Data dan Informasi memiliki tiga arsitek SPBE yang cakap menyusun dan "
                "memelihara arsitektur SPBE."
            ),
            "Kompetensi data dan informasi": (
                "Kebutuhan kompetensi data dan informasi dipenuhi dengan pengangkatan dua "
                "pranata komputer ahli madya berlatar statistik."
            ),
            "Kompetensi keamanan SPBE": (
                "Tim tanggap insiden siber beranggotakan lima pegawai yang ahli dalam "
                "pengamanan sistem dan penanganan insiden."
            ),
            "Kompetensi aplikasi SPBE": (
                "Tujuh pengembang aplikasi internal telah menguasai pemrograman dan pengujian "
                "perangkat lunak."
            ),
            "Kompetensi infrastruktur SPBE": (
                "Kompetensi infrastruktur terpenuhi oleh empat administrator yang menguasai "
                "pengelolaan server dan jaringan."
            ),
            "Peningkatan kompetensi": (
                "Sepanjang 2025, 30 pegawai TIK mengikuti kursus lanjutan komputasi awan dan "
                "analitik data."
            ),
            "Penilaian kompetensi": (
                "Asesmen kompetensi teknis TIK terhadap 41 pegawai dilaksanakan oleh Pusat "
                "Penilaian Kompetensi."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Reviu pemenuhan kompetensi SDM SPBE dilakukan setiap semester oleh Biro Sumber "
                "Daya Manusia bersama Pusdatin."
            ),
        },
    ),
    _report(
        26,
        "LAPORAN PENERAPAN MANAJEMEN PENGETAHUAN SPBE KABUPATEN BANYUWANGI",
        "Manajemen Pengetahuan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Kegiatan manajemen pengetahuan SPBE tahun 2025 dilaksanakan berdasarkan "
                "rencana kerja yang memuat jadwal dokumentasi pengetahuan dan sesi berbagi "
                "praktik baik."
            ),
            "Mengacu pada pedoman Manajemen Pengetahuan": (
                "Pendokumentasian pengetahuan mengacu pada Pedoman Manajemen Pengetahuan yang "
                "ditetapkan dengan Peraturan Bupati Banyuwangi."
            ),
            "Sistem aplikasi manajemen pengetahuan": (
                "Pengetahuan SPBE disimpan dan dibagikan melalui aplikasi Pustaka Pengetahuan "
                "yang dikelola Diskominfo."
            ),
            "Diterapkan oleh semua unit kerja/perangkat daerah": (
                "Tiap perangkat daerah telah mengunggah pengetahuannya; 27 dari 27 perangkat "
                "daerah tercatat aktif di Pustaka Pengetahuan."
            ),
            "Aplikasi manajemen pengetahuan terintegrasi": (
                "Pustaka Pengetahuan terintegrasi dengan sistem kepegawaian dan portal "
                "pembelajaran daring daerah, sehingga akun pegawai dan materi pelatihan saling "
                "terhubung."
            ),
            "Reviu dan evaluasi": (
                "Bagian Organisasi mengevaluasi penerapan manajemen pengetahuan pada November "
                "2025 dan menyampaikan catatan perbaikan kepada Sekretaris Daerah."
            ),
        },
    ),
    _report(
        26,
        "PEMBANGUNAN PORTAL BERBAGI PENGETAHUAN BADAN RISET DAN INOVASI NASIONAL",
        "Manajemen Pengetahuan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Manajemen pengetahuan dijalankan menurut program kerja berbagi pengetahuan "
                "yang ditetapkan Sekretaris Utama pada awal tahun."
            ),
            "Mengacu pada pedoman Manajemen Pengetahuan": (
                "Pengumpulan dan validasi pengetahuan dilakukan menurut pedoman manajemen "
                "pengetahuan yang berlaku di instansi."
            ),
            "Sistem aplikasi manajemen pengetahuan": (
                "Portal berbagi pengetahuan dioperasikan sejak April 2025 untuk menyimpan "
                "dokumen, video dan forum tanya jawab."
            ),
            "Diterapkan oleh semua unit kerja/perangkat daerah": (
                "Semua unit kerja, termasuk 12 organisasi riset, memakai portal tersebut untuk "
                "mendokumentasikan pengetahuannya."
            ),
            "Aplikasi manajemen pengetahuan terintegrasi": (
                "Portal berbagi pengetahuan telah terhubung dengan sistem naskah dinas dan "
                "repositori ilmiah melalui layanan API."
            ),
            "Reviu dan evaluasi": (
                "Reviu pelaksanaan manajemen pengetahuan dilakukan oleh Inspektorat pada "
                "triwulan IV 2025."
            ),
        },
    ),
    _report(
        27,
        "LAPORAN PENERAPAN MANAJEMEN PERUBAHAN SPBE KOTA BOGOR TAHUN 2025",
        "Manajemen Perubahan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Perubahan layanan dan aplikasi SPBE dilaksanakan dengan perencanaan, melalui "
                "rencana manajemen perubahan yang disusun pada awal tahun."
            ),
            "Dilaksanakan oleh seluruh unit kerja/perangkat daerah": (
                "Manajemen perubahan dijalankan oleh semua perangkat daerah, ditandai formulir "
                "permintaan perubahan yang masuk dari 36 OPD."
            ),
            "Sesuai pedoman Manajemen Perubahan": (
                "Permintaan perubahan diproses sesuai Pedoman Manajemen Perubahan SPBE yang "
                "ditetapkan dengan Peraturan Wali Kota."
            ),
            "Reviu dan evaluasi": (
                "Pelaksanaan manajemen perubahan direviu oleh Diskominfo pada akhir tahun "
                "dengan menilai tingkat keberhasilan setiap perubahan."
            ),
        },
    ),
    _report(
        27,
        "PENGENDALIAN PERUBAHAN APLIKASI DAPODIK",
        "Manajemen Perubahan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Perubahan pada aplikasi Dapodik versi 2025 dirancang terlebih dahulu dalam "
                "rencana perubahan yang memuat jadwal, analisis dampak dan langkah pemulihan."
            ),
            "Dilaksanakan oleh seluruh unit kerja/perangkat daerah": (
                "Kegiatan manajemen perubahan dilaksanakan oleh setiap unit kerja eselon II "
                "yang mengelola aplikasi di kementerian."
            ),
            "Sesuai pedoman Manajemen Perubahan": (
                "Tahap permintaan, penilaian, persetujuan dan pelaksanaan perubahan mengikuti "
                "pedoman manajemen perubahan kementerian."
            ),
            "Reviu dan evaluasi": (
                "Pusdatin mereviu kegiatan manajemen perubahan setelah tiap rilis dan "
                "merangkumnya dalam evaluasi tahunan."
            ),
        },
    ),
    _report(
        28,
        "PENYELENGGARAAN PUSAT LAYANAN TIK KABUPATEN SIDOARJO",
        "Manajemen Layanan SPBE",
        {
            "Dilaksanakan dengan perencanaan": (
                "Manajemen layanan SPBE dilaksanakan berdasarkan rencana kerja pusat layanan "
                "TIK yang disusun Diskominfo untuk tahun 2025."
            ),
            "Pelayanan Pengguna SPBE": (
                "Keluhan dan permintaan pengguna ditangani petugas pusat layanan melalui "
                "telepon dan pesan singkat; 1.240 keluhan dan permintaan diselesaikan sepanjang "
                "2025."
            ),
            "Pengoperasian Layanan SPBE": (
                "Pemantauan server, pencadangan data dan pemeliharaan aplikasi dikerjakan "
                "setiap hari oleh tim operasi Diskominfo."
            ),
            "Sistem aplikasi manajemen layanan": (
                "Tiket layanan dicatat dan ditindaklanjuti melalui aplikasi manajemen layanan "
                "berbasis web bernama SiLayan."
            ),
            "Reviu dan evaluasi": (
                "Kinerja manajemen layanan dievaluasi triwulanan berdasarkan waktu penyelesaian "
                "tiket dan survei kepuasan pengguna."
            ),
        },
    ),
    _report(
        28,
        "LAPORAN MANAJEMEN LAYANAN SPBE BADAN NASIONAL PENANGGULANGAN BENCANA",
        "Manajemen Layanan SPBE",
        {
            "Dilaksanakan dengan perencanaan": (
                "Penyelenggaraan manajemen layanan SPBE tahun 2025 direncanakan dalam rencana "
                "kerja yang ditetapkan Kepala Pusat Data, Informasi dan Komunikasi Kebencanaan."
            ),
            "Pelayanan Pengguna SPBE": (
                "Pelayanan kepada pengguna mencakup penanganan gangguan, permintaan akun dan "
                "konsultasi penggunaan aplikasi."
            ),
            "Pengoperasian Layanan SPBE": (
                "Pengoperasian layanan meliputi pemeliharaan infrastruktur, pengelolaan "
                "kapasitas dan penanganan masalah yang berulang."
            ),
            "Sistem aplikasi manajemen layanan": (
                "Manajemen layanan dijalankan dengan sistem aplikasi yang mencatat insiden, "
                "masalah dan permintaan perubahan."
            ),
            "Reviu dan evaluasi": (
                "Reviu manajemen layanan dilakukan setiap semester oleh Pusdatinkom."
            ),
        },
    ),
    _report(
        29,
        "LAPORAN AUDIT INFRASTRUKTUR SPBE PROVINSI SUMATERA BARAT TAHUN 2025",
        "Audit Infrastruktur SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Audit infrastruktur SPBE dijadwalkan dalam rencana audit tiga tahunan "
                "2024–2026; pemeriksaan tahun 2025 merupakan tahap kedua dan berjalan sesuai "
                "jadwal yang ditetapkan sejak 2024."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Infrastruktur": (
                "Pemeriksaan memakai daftar uji, kriteria dan tata cara pelaporan sebagaimana "
                "diatur dalam Pedoman Audit Infrastruktur SPBE."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Tiga auditor TIK pada Inspektorat Provinsi Sumatera Barat memeriksa ruang "
                "server, perangkat jaringan dan catu daya cadangan di Diskominfotik pada 4 "
                "sampai 8 Agustus 2025."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Untuk pusat data provinsi, pemerintah provinsi menunjuk lembaga audit "
                "teknologi informasi independen dari luar lingkungan pemerintah daerah melalui "
                "kontrak jasa konsultansi."
            ),
            "Auditor bersertifikat": (
                "Ketiga anggota tim pemeriksa pusat data memegang sertifikat profesi auditor "
                "sistem informasi yang diterbitkan ISACA dan masih berlaku hingga 2027."
            ),
        },
    ),
    _report(
        29,
        "PEMERIKSAAN INFRASTRUKTUR PUSAT DATA DAN JARINGAN BMKG",
        "Audit Infrastruktur SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Sejak 2022 pemeriksaan infrastruktur dilakukan tiap tahun menurut rencana "
                "audit TIK jangka menengah 2022–2026, sehingga tidak ada tahun yang terlewat."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Infrastruktur": (
                "Tahapan, lingkup dan kriteria pemeriksaan disusun berdasarkan standar dan tata "
                "cara audit infrastruktur SPBE."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Auditor TIK dari Inspektorat BMKG melakukan pemeriksaan atas ruang server dan "
                "jaringan di kantor pusat Kemayoran."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Pemeriksaan tahap kedua atas stasiun pengamatan daerah dikerjakan oleh "
                "penyedia jasa audit TI dari luar instansi yang terikat kontrak dengan BMKG."
            ),
            "Auditor bersertifikat": (
                "Masing-masing auditor dalam tim tersebut memiliki sertifikasi auditor TIK yang "
                "masa berlakunya masih aktif."
            ),
        },
    ),
    _report(
        30,
        "AUDIT APLIKASI LAYANAN PERIZINAN KOTA MAKASSAR",
        "Audit Aplikasi SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Audit aplikasi tercantum dalam rencana audit berkelanjutan 2024–2028 yang "
                "menetapkan sasaran aplikasi tiap tahun; sasaran tahun 2025 adalah aplikasi "
                "perizinan."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Aplikasi": (
                "Kertas kerja, prosedur uji dan format laporan pemeriksaan aplikasi disusun "
                "mengikuti Pedoman Audit Aplikasi SPBE."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Pemeriksaan tahap pertama dikerjakan oleh dua auditor Inspektorat Kota "
                "Makassar yang berlatar belakang sistem informasi."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Tahap berikutnya diserahkan kepada lembaga audit independen dari luar "
                "Pemerintah Kota Makassar yang dipilih melalui pengadaan jasa konsultansi."
            ),
            "Auditor bersertifikat": (
                "Pemimpin tim pemeriksa adalah pemegang sertifikat kompetensi auditor sistem "
                "informasi dari lembaga sertifikasi profesi."
            ),
        },
    ),
    _report(
        30,
        "LAPORAN AUDIT APLIKASI SPBE KEMENTERIAN DALAM NEGERI TAHUN 2025",
        "Audit Aplikasi SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Audit aplikasi SPBE mengikuti rencana audit lima tahunan yang menjadwalkan "
                "empat aplikasi setiap tahun secara bergiliran."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Aplikasi": (
                "Lingkup, metode pengujian dan pelaporan audit mengacu pada pedoman audit "
                "aplikasi umum dan audit aplikasi khusus yang berlaku."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Auditor internal dari Inspektorat Jenderal menguji aplikasi kepegawaian dan "
                "aplikasi pengelolaan keuangan daerah."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Aplikasi layanan administrasi kependudukan diaudit oleh auditor eksternal yang "
                "dipilih melalui e-katalog jasa konsultansi."
            ),
            "Auditor bersertifikat": (
                "Para auditor yang ditugaskan telah tersertifikasi sebagai auditor TIK."
            ),
        },
    ),
    _report(
        31,
        "LAPORAN AUDIT KEAMANAN SPBE KABUPATEN KLATEN TAHUN 2025",
        "Audit Keamanan SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Audit keamanan dijadwalkan tiap tahun dalam rencana audit berkesinambungan "
                "2023–2027, dan pemeriksaan 2025 merupakan putaran ketiga."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Keamanan": (
                "Pelaksanaan audit keamanan mengikuti langkah-langkah dalam pedoman audit "
                "keamanan SPBE yang diterbitkan BSSN."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Pemeriksaan keamanan awal atas aplikasi dan jaringan dilakukan oleh auditor "
                "internal Inspektorat Kabupaten Klaten."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Uji penetrasi dan audit keamanan lanjutan dikerjakan oleh pihak luar yang "
                "tidak berada di bawah Pemerintah Kabupaten Klaten."
            ),
            "Auditor bersertifikat": (
                "Auditor yang melakukan uji penetrasi bersertifikat auditor keamanan informasi."
            ),
        },
    ),
    _report(
        31,
        "UJI KEAMANAN APLIKASI DAN INFRASTRUKTUR KEMENTERIAN KESEHATAN",
        "Audit Keamanan SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Kegiatan audit keamanan dilaksanakan sesuai rencana audit yang disusun "
                "berkesinambungan sejak 2021 dan diperbarui setiap awal tahun."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Keamanan": (
                "Metodologi audit keamanan berpedoman pada pedoman audit keamanan SPBE dan "
                "standar SNI ISO/IEC 27001."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Tim auditor internal Inspektorat Jenderal memeriksa pengamanan aplikasi "
                "SATUSEHAT dan jaringan kantor pusat."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Audit keamanan infrastruktur pusat data dilaksanakan oleh BSSN sebagai auditor "
                "eksternal kementerian."
            ),
            "Auditor bersertifikat": (
                "Seluruh auditor BSSN yang bertugas memiliki sertifikat auditor sistem "
                "manajemen keamanan informasi."
            ),
        },
    ),
)
