"""A second blind held-back set of minutes on the practice of SPBE 2020 indicators 13–31.

Written in one sitting by a helper session that saw only the framework's criteria, explanations
and element names (prompts/elements-13-31.md), never the evidence rules, the pre-check's code,
its tests, or any other text of the corpus. Each topic is one meeting's minutes, a third of them
of a ministry's units, the rest of a province's or a regency's/city's; each point states in plain
wording that one element of levels 2–4 was done, and no other element of that indicator. The rules
are never tuned on these minutes: the set is measured, not read."""

from __future__ import annotations

from tests.corpus.heldback.implementation import _topic

BLIND2_IMPLEMENTATION = (
    _topic(
        13,
        "NOTULA RAPAT KONSULTASI USULAN BELANJA TEKNOLOGI INFORMASI TAHUN ANGGARAN 2025",
        "Rencana dan Anggaran SPBE",
        {
            "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK": (
                "Usulan belanja teknologi informasi Dinas Kesehatan, Dinas Pendidikan dan BPKAD "
                "untuk tahun 2025 telah dibahas bersama Dinas Komunikasi dan Informatika pada "
                "rapat konsultasi tanggal 12 Agustus 2024, sebelum dimasukkan ke dalam RKA "
                "masing-masing."
            ),
            "Seluruh unit kerja/perangkat daerah berkonsultasi": (
                "Daftar hadir rapat konsultasi mencatat bahwa dari 34 perangkat daerah, ke-34 "
                "perangkat daerah telah membawa rencana kegiatan dan pagu TIK-nya untuk dibahas "
                "dengan Diskominfo; tidak ada satu pun yang terlewat."
            ),
            "Terpadu dan dikendalikan oleh unit perencanaan dan penganggaran": (
                "Semua program dan pagu TIK tahun 2025 telah dihimpun Bappeda ke dalam satu "
                "daftar belanja terpadu, dan setiap penambahan atau pergeseran pagu TIK hanya "
                "diproses setelah mendapat persetujuan Bappeda dan TAPD."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Realisasi kegiatan dan serapan anggaran TIK ditelaah ulang setiap triwulan; "
                "telaah triwulan III dilaksanakan pada 9 Oktober 2024 dan hasilnya dituangkan "
                "dalam laporan tertulis."
            ),
        },
    ),
    _topic(
        14,
        "NOTULEN RAPAT PENYEDERHANAAN ALUR PENERBITAN REKOMENDASI TEKNIS",
        "Dokumen Proses Bisnis",
        {
            "Proses bisnis memenuhi standar": (
                "Peta proses bisnis kementerian telah disusun mengikuti format dan notasi "
                "PermenPANRB Nomor 19 Tahun 2018, dan verifikasi Biro Organisasi dan Tata Laksana "
                "menyatakan 42 peta lintas fungsi sudah sesuai ketentuan tersebut."
            ),
            "Perbaikan atau inovasi proses bisnis": (
                "Alur penerbitan rekomendasi teknis dipangkas dari 11 langkah menjadi 6 langkah "
                "dengan menghapus dua kali paraf berjenjang, sehingga waktu penyelesaian turun "
                "dari 14 hari kerja menjadi 5 hari kerja."
            ),
            "Inovasi proses bisnis diterapkan dalam sistem elektronik": (
                "Alur enam langkah yang baru itu sudah berjalan di aplikasi layanan rekomendasi "
                "daring sejak 1 Juli 2024, dan setiap permohonan kini diproses unit kerja di "
                "dalam aplikasi tersebut."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Biro Organisasi dan Tata Laksana menelaah kembali peta proses bisnis setiap "
                "semester; telaah semester I tahun 2024 rampung pada 28 Juni 2024 dengan lima "
                "catatan."
            ),
        },
    ),
    _topic(
        15,
        "NOTULA RAPAT PEMBAHASAN APLIKASI RETRIBUSI PASAR DARING",
        "Pembangunan Aplikasi SPBE",
        {
            "Pembangunan sesuai siklus pembangunan aplikasi": (
                "Aplikasi retribusi pasar dikerjakan berurutan mulai dari perencanaan, analisis "
                "kebutuhan, desain, implementasi, hingga pemeliharaan, dan setiap tahap ditutup "
                "dengan berita acara serah terima."
            ),
            "Dikonsultasikan kepada unit pengelola TIK": (
                "Rancangan aplikasi yang diajukan Dinas Perdagangan telah dibahas dengan Dinas "
                "Komunikasi dan Informatika dan memperoleh rekomendasi teknis pada 3 Mei 2024, "
                "sebelum pengerjaan dimulai."
            ),
            "Terpadu dan dikendalikan oleh unit pengelola TIK": (
                "Semua pekerjaan pembuatan aplikasi di lingkungan pemerintah daerah kini tercatat "
                "dalam satu katalog yang dipegang Diskominfo, dan tidak ada aplikasi baru yang "
                "boleh ditayangkan tanpa persetujuan Diskominfo."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Setiap akhir semester Diskominfo menilai kembali kemajuan dan mutu pekerjaan "
                "aplikasi yang sedang dibangun; penilaian semester I tahun 2024 mencakup sembilan "
                "aplikasi."
            ),
        },
    ),
    _topic(
        16,
        "NOTULEN RAPAT EVALUASI PEMANFAATAN FASILITAS PUSAT DATA DAN KOMPUTASI AWAN PUSDATIN",
        "Layanan Pusat Data",
        {
            "Layanan Pusat Data digunakan": (
                "Sebanyak 63 aplikasi dan basis data kementerian telah ditempatkan dan berjalan "
                "di fasilitas pusat data yang dikelola Pusdatin."
            ),
            "Digunakan oleh seluruh unit kerja/perangkat daerah": (
                "Dari 12 unit kerja eselon I, kedua belasnya telah menyimpan aplikasi dan datanya "
                "di pusat data Pusdatin, sehingga tidak ada lagi ruang perangkat yang dikelola "
                "sendiri oleh unit kerja."
            ),
            "Prosedur pengoperasian baku Layanan Pusat Data": (
                "SOP operasional pusat data, yang mengatur akses ruang perangkat, pencadangan "
                "harian dan penanganan gangguan, telah ditetapkan pada 15 Maret 2024 dan dipakai "
                "oleh petugas jaga."
            ),
            "Interkoneksi dengan Pusat Data Nasional atau instansi lain": (
                "Pusat data Pusdatin telah tersambung dengan Pusat Data Nasional, dan delapan "
                "aplikasi telah direplikasi ke sana sejak Agustus 2024."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pemakaian kapasitas dan kinerja pusat data dievaluasi per triwulan; laporan "
                "triwulan III tahun 2024 mencatat pemakaian ruang penyimpanan sebesar 71 persen."
            ),
        },
    ),
    _topic(
        17,
        "NOTULA RAPAT KOORDINASI PERLUASAN JARINGAN SERAT OPTIK ANTARKANTOR",
        "Layanan Jaringan Intra",
        {
            "Jaringan Intra diterapkan": (
                "Jaringan tertutup antarkantor telah beroperasi dan menghubungkan kantor gubernur "
                "dengan gedung-gedung dinas di kompleks perkantoran pemerintah provinsi."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Dari 41 perangkat daerah, 41 telah tersambung ke jaringan tertutup provinsi, "
                "termasuk enam badan terakhir yang disambungkan pada September 2024."
            ),
            "Interkoneksi dengan Jaringan Intra Pemerintah": (
                "Sejak 2 Oktober 2024 jaringan tertutup provinsi telah terhubung dengan jaringan "
                "intra pemerintah tingkat nasional melalui simpul yang ditempatkan di ibu kota "
                "provinsi."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Ketersediaan tautan dan kapasitas jaringan dinilai ulang setiap enam bulan; "
                "penilaian terakhir dilakukan pada 18 November 2024."
            ),
        },
    ),
    _topic(
        18,
        "NOTULA RAPAT INTEGRASI DATA KEPENDUDUKAN DENGAN APLIKASI LAYANAN PUBLIK",
        "Sistem Penghubung Layanan",
        {
            "Sistem penghubung layanan diterapkan": (
                "Perangkat integrasi antarlayanan telah dipasang dan melayani pertukaran data "
                "antara aplikasi Dinas Kependudukan dan Pencatatan Sipil dengan aplikasi bantuan "
                "sosial Dinas Sosial."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Ke-28 perangkat daerah seluruhnya telah menyambungkan aplikasinya melalui "
                "perangkat integrasi tersebut; perangkat daerah yang terakhir tersambung pada 20 "
                "Agustus 2024."
            ),
            "Terintegrasi dengan sistem penghubung layanan pemerintah": (
                "Perangkat integrasi daerah telah tersambung ke gerbang integrasi layanan milik "
                "pemerintah pusat, sehingga data dapat dipertukarkan dengan layanan kementerian "
                "secara langsung."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Catatan pertukaran data dan kinerja integrasi diperiksa setiap triwulan; "
                "pemeriksaan triwulan III menemukan tiga layanan yang lambat dan telah dicatat "
                "untuk ditangani."
            ),
        },
    ),
    _topic(
        19,
        "NOTULA RAPAT PLENO AKHIR TAHUN TIM KOORDINASI SPBE PROVINSI",
        "Pelaksanaan Tim Koordinasi SPBE",
        {
            "Tugas/program kerja dilaksanakan sesuai perencanaan": (
                "Kegiatan tim sepanjang 2024 berjalan menurut jadwal program kerja yang disahkan "
                "pada Januari 2024, yakni empat rapat pleno dan enam kali pendampingan, semuanya "
                "pada bulan yang direncanakan."
            ),
            "Seluruh tugas/program kerja dilaksanakan": (
                "Kedua belas butir program kerja tim tahun 2024 telah terlaksana semuanya, tanpa "
                "ada yang ditunda ke tahun berikutnya."
            ),
            "Program kerja dikomunikasikan kepada semua unit kerja/perangkat daerah": (
                "Program kerja tim telah disampaikan lewat surat edaran dan sosialisasi kepada 38 "
                "perangkat daerah, dan tanda terima dari ke-38 perangkat daerah telah diarsipkan "
                "sekretariat."
            ),
            "Reviu dan evaluasi": (
                "Capaian dan kendala tiap butir program kerja tim telah dinilai dalam rapat "
                "evaluasi tanggal 10 Desember 2024."
            ),
        },
    ),
    _topic(
        20,
        "NOTULA RAPAT FORUM KERJA BERSAMA PENGEMBANGAN LAYANAN DIGITAL DAERAH",
        "Kolaborasi Penerapan SPBE",
        {
            "Kolaborasi dilaksanakan sesuai perencanaan": (
                "Kerja sama antarperangkat daerah dalam layanan digital berjalan menurut jadwal "
                "kegiatan bersama tahun 2024; kedelapan pertemuan yang dijadwalkan berlangsung "
                "pada tanggal yang telah ditentukan."
            ),
            "Dilaksanakan oleh tim yang dibentuk secara formal": (
                "Kerja bersama itu dijalankan oleh tim yang dibentuk dengan surat keputusan Nomor "
                "188/215/2024, lengkap dengan susunan keanggotaan dan pembagian tugasnya."
            ),
            "Terpadu pada seluruh unit kerja/perangkat daerah": (
                "Ke-30 perangkat daerah kini terlibat dalam satu rencana kerja bersama yang "
                "terpadu, tidak lagi terbatas pada dinas yang kebetulan memiliki kegiatan "
                "bersama."
            ),
            "Dikoordinasikan oleh pimpinan instansi atau sekretaris": (
                "Kerja bersama tersebut dipimpin langsung oleh Sekretaris Daerah, yang memimpin "
                "rapat koordinasi bulanan sepanjang tahun 2024."
            ),
            "Reviu dan evaluasi": (
                "Pelaksanaan kerja bersama telah dievaluasi pada 5 Desember 2024 dengan menilai "
                "capaian delapan kegiatan bersama beserta hambatannya."
            ),
        },
    ),
    _topic(
        21,
        "NOTULEN RAPAT PEMBAHASAN PROFIL RISIKO LAYANAN DIGITAL TAHUN 2024",
        "Manajemen Risiko SPBE",
        {
            "Program kegiatan manajemen risiko terarah dan terencana": (
                "Penanganan risiko layanan digital tahun 2024 dijalankan lewat rencana kerja yang "
                "memuat jadwal identifikasi, analisis dan penanganan risiko, beserta penanggung "
                "jawab tiap kegiatan."
            ),
            "Mengacu pada pedoman Manajemen Risiko SPBE": (
                "Identifikasi dan penilaian risiko dilakukan menurut PermenPANRB Nomor 5 Tahun "
                "2020, termasuk kriteria kemungkinan dan dampak yang dimuat dalam peraturan "
                "tersebut."
            ),
            (
                "Kebijakan strategis ditetapkan oleh Komite Manajemen Risiko atau Tim Koordinasi "
                "SPBE"
            ): (
                "Selera risiko dan arah penanganan risiko SPBE provinsi telah diputuskan oleh Tim "
                "Koordinasi SPBE dalam rapat tanggal 14 Maret 2024."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Register risiko telah disusun dan dipakai oleh 39 dari 39 perangkat daerah "
                "provinsi."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Profil risiko dimutakhirkan dan ditelaah setiap triwulan; telaah triwulan III "
                "dilakukan pada 7 Oktober 2024."
            ),
        },
    ),
    _topic(
        22,
        "NOTULA RAPAT TINJAUAN PENGAMANAN INFORMASI PUSAT DATA DAN INFORMASI",
        "Manajemen Keamanan Informasi",
        {
            "Pengendalian Keamanan Informasi tersedia": (
                "Kendali pengamanan informasi telah berjalan, antara lain pembatasan hak akses, "
                "enkripsi data cadangan, dan pemindaian kerentanan bulanan pada aplikasi yang "
                "dikelola Pusdatin."
            ),
            "Dilaksanakan pada seluruh unit kerja/perangkat daerah": (
                "Kendali pengamanan yang sama telah diberlakukan di ke-14 satuan kerja, termasuk "
                "lima unit pelaksana teknis di daerah."
            ),
            "Berdasarkan Risiko SPBE": (
                "Pemilihan kendali pengamanan didasarkan pada hasil penilaian risiko SPBE tahun "
                "2024, dengan 23 risiko tinggi ditangani lebih dahulu."
            ),
            "Strategi Keamanan Informasi ditetapkan oleh Tim Koordinasi SPBE": (
                "Rencana strategis pengamanan informasi kementerian 2024–2026 telah disahkan oleh "
                "Tim Koordinasi SPBE dalam rapat 22 Februari 2024."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Efektivitas kendali pengamanan diperiksa ulang setiap semester, terakhir pada 2 "
                "Desember 2024, dengan empat temuan yang telah dicatat."
            ),
        },
    ),
    _topic(
        23,
        "NOTULA RAPAT FORUM SATU DATA PEMBAHASAN PORTAL DATA DAERAH",
        "Manajemen Data",
        {
            "Program kegiatan manajemen data terarah dan terencana": (
                "Kegiatan pengelolaan data tahun 2024 dilaksanakan berdasarkan rencana aksi yang "
                "disahkan pada Januari 2024, berisi 15 kegiatan lengkap dengan jadwal dan "
                "penanggung jawabnya."
            ),
            "Mengacu pada pedoman Manajemen Data": (
                "Pengelolaan data pada setiap tahapannya telah merujuk pada pedoman pengelolaan "
                "data yang ditetapkan tahun 2023, dan petugas walidata memakainya sebagai acuan "
                "kerja."
            ),
            "Arsitektur data": (
                "Model data tingkat daerah, yang memetakan 212 entitas data beserta aliran dan "
                "pemiliknya, telah disusun dan disahkan pada Mei 2024."
            ),
            "Data induk": (
                "Data pokok penduduk, pegawai dan wilayah telah ditetapkan sebagai sumber tunggal "
                "yang wajib dirujuk oleh semua aplikasi, dan salinan ganda di aplikasi lain telah "
                "dihapus."
            ),
            "Data referensi": (
                "Kode wilayah, kode satuan kerja dan klasifikasi urusan telah dibakukan menjadi "
                "tabel kode acuan yang dipakai bersama oleh seluruh aplikasi."
            ),
            "Basis data": (
                "Sebanyak 46 pangkalan data aplikasi telah didaftar, diberi penanggung jawab, dan "
                "dicadangkan setiap hari."
            ),
            "Kualitas data": (
                "Pemeriksaan mutu terhadap 1.120 set data menemukan 87 set yang tidak lengkap "
                "atau tidak mutakhir, dan semuanya telah diperbaiki oleh produsen datanya."
            ),
            "Interoperabilitas data": (
                "Berkat format dan layanan pertukaran yang seragam, 18 aplikasi kini dapat saling "
                "berbagi data tanpa perlu mengetik ulang secara manual."
            ),
            "Strategi pengelolaan data ditetapkan Forum Satu Data atau Tim Koordinasi SPBE": (
                "Forum Satu Data telah mengesahkan arah dan langkah pengelolaan data daerah "
                "2024–2026 pada rapat tanggal 6 Februari 2024."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Dari 33 perangkat daerah, 33 telah menjalankan pengelolaan data sesuai tugasnya "
                "sebagai produsen data."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Penerapan pengelolaan data dinilai setiap akhir tahun anggaran; penilaian tahun "
                "2024 dilaksanakan pada 11 Desember 2024."
            ),
        },
    ),
    _topic(
        24,
        "NOTULEN RAPAT PEMUTAKHIRAN INVENTARIS PERANGKAT KERAS DAN LISENSI PERANGKAT LUNAK",
        "Manajemen Aset TIK",
        {
            "Program kegiatan manajemen aset TIK terarah dan terencana": (
                "Pengelolaan aset TIK tahun 2024 berjalan menurut program kerja yang memuat "
                "sembilan kegiatan, jadwal pelaksanaan, dan penanggung jawab masing-masing."
            ),
            "Mengacu pada pedoman Manajemen Aset TIK": (
                "Pengelolaan aset TIK dijalankan dengan merujuk pada pedoman pengelolaan aset TIK "
                "yang ditetapkan pada tahun 2023."
            ),
            "Perencanaan aset TIK": (
                "Kebutuhan perangkat TIK tahun 2025 telah dihitung dan dituangkan dalam rencana "
                "kebutuhan barang, yaitu 214 unit komputer dan 12 perangkat jaringan."
            ),
            "Pengadaan aset TIK": (
                "Pembelian 120 unit komputer jinjing dan enam sakelar jaringan telah selesai "
                "melalui katalog elektronik pada Juli 2024, dan barangnya sudah diterima."
            ),
            "Pemanfaatan/penggunaan aset TIK": (
                "Setiap perangkat telah diberi label dan dicatat pemakainya, dan 96 persen "
                "perangkat aktif dipakai sesuai peruntukannya."
            ),
            "Penghapusan aset TIK": (
                "Sebanyak 58 perangkat yang rusak berat telah dikeluarkan dari daftar barang "
                "milik daerah dengan berita acara tanggal 30 Oktober 2024."
            ),
            "Strategi pengelolaan aset TIK oleh unit pengelola TIK": (
                "Dinas Komunikasi dan Informatika telah memberlakukan arah kebijakan aset TIK "
                "daerah, termasuk standar spesifikasi perangkat dan masa peremajaan lima tahun."
            ),
            "Diterapkan ke seluruh unit kerja/perangkat daerah": (
                "Ke-27 perangkat daerah tanpa kecuali telah menjalankan pencatatan dan "
                "pengelolaan aset TIK dengan cara yang sama."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Penerapan pengelolaan aset TIK diperiksa ulang tiap semester oleh Diskominfo "
                "bersama BPKAD, terakhir pada 25 November 2024."
            ),
        },
    ),
    _topic(
        25,
        "NOTULA RAPAT EVALUASI PEMENUHAN JABATAN FUNGSIONAL PRANATA KOMPUTER",
        "Kompetensi SDM SPBE",
        {
            "Pemenuhan kompetensi sesuai perencanaan SDM": (
                "Pengisian kebutuhan pegawai bidang TIK tahun 2024 mengikuti rencana kebutuhan "
                "pegawai 2024–2028, dengan 18 formasi pranata komputer terisi sesuai rencana "
                "tersebut."
            ),
            "Kompetensi proses bisnis pemerintahan": (
                "Enam analis tata laksana di Biro Organisasi telah lulus pelatihan pemetaan "
                "proses bisnis dan kini menyusun peta alur kerja unit kerja."
            ),
            "Kompetensi arsitektur SPBE": (
                "Empat pegawai Pusdatin telah lulus pelatihan penyusunan Arsitektur SPBE dan "
                "dinyatakan mampu menyusun dokumen arsitektur kementerian."
            ),
            "Kompetensi data dan informasi": (
                "Keahlian pengelolaan dan analisis data terpenuhi oleh sembilan pranata komputer "
                "dan tiga statistisi yang memegang sertifikat kompetensi bidang data."
            ),
            "Kompetensi keamanan SPBE": (
                "Lima pegawai telah memegang sertifikat kompetensi keamanan informasi dan "
                "ditempatkan di tim tanggap insiden."
            ),
            "Kompetensi aplikasi SPBE": (
                "Kebutuhan pengembang perangkat lunak terpenuhi oleh 11 pranata komputer yang "
                "lulus uji kompetensi pemrograman."
            ),
            "Kompetensi infrastruktur SPBE": (
                "Tujuh teknisi yang bersertifikat pengelolaan jaringan dan pusat data telah "
                "bertugas di Pusdatin."
            ),
            "Peningkatan kompetensi": (
                "Sepanjang tahun 2024 sebanyak 64 pegawai mengikuti pelatihan dan bimbingan "
                "teknis bidang TIK dengan total 2.150 jam pelajaran."
            ),
            "Penilaian kompetensi": (
                "Uji kompetensi teknis terhadap 72 pegawai pengelola TIK telah dilaksanakan pada "
                "September 2024, dan hasil pemetaannya telah diserahkan kepada Biro SDM."
            ),
            "Reviu dan evaluasi secara periodik": (
                "Pemenuhan kompetensi pegawai TIK dievaluasi setiap akhir tahun anggaran; "
                "evaluasi tahun 2024 dibahas pada 16 Desember 2024."
            ),
        },
    ),
    _topic(
        26,
        "NOTULA RAPAT PEMBAHASAN PORTAL BERBAGI PENGETAHUAN APARATUR",
        "Manajemen Pengetahuan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Pendokumentasian pengalaman dan pengetahuan aparatur tahun 2024 dijalankan "
                "berdasarkan rencana kerja yang disahkan pada 5 Februari 2024."
            ),
            "Mengacu pada pedoman Manajemen Pengetahuan": (
                "Pengumpulan, penyimpanan dan berbagi pengetahuan telah mengikuti pedoman "
                "pengelolaan pengetahuan yang ditetapkan pada tahun 2023."
            ),
            "Sistem aplikasi manajemen pengetahuan": (
                "Dokumen pengetahuan kini dihimpun dalam aplikasi portal pengetahuan; hingga "
                "November 2024 telah tersimpan 1.240 dokumen dan 86 video panduan."
            ),
            "Diterapkan oleh semua unit kerja/perangkat daerah": (
                "Dari 29 perangkat daerah, 29 telah menjalankan kegiatan berbagi pengetahuan, dan "
                "tidak ada lagi yang belum aktif."
            ),
            "Aplikasi manajemen pengetahuan terintegrasi": (
                "Portal pengetahuan telah tersambung dengan aplikasi kepegawaian dan aplikasi "
                "naskah dinas elektronik, sehingga dokumen dari kedua aplikasi itu otomatis "
                "tercatat di portal."
            ),
            "Reviu dan evaluasi": (
                "Pelaksanaan pengelolaan pengetahuan telah dinilai pada 3 Desember 2024 dengan "
                "memeriksa jumlah unggahan, tingkat pemakaian dan kendala yang dihadapi."
            ),
        },
    ),
    _topic(
        27,
        "NOTULEN RAPAT PENGENDALIAN PERALIHAN KE APLIKASI NASKAH DINAS ELEKTRONIK",
        "Manajemen Perubahan",
        {
            "Dilaksanakan dengan perencanaan": (
                "Peralihan dari surat kertas ke aplikasi naskah dinas elektronik dijalankan "
                "menurut rencana yang memuat analisis dampak, jadwal sosialisasi dan masa "
                "pendampingan."
            ),
            "Dilaksanakan oleh seluruh unit kerja/perangkat daerah": (
                "Ke-32 perangkat daerah seluruhnya telah menjalankan langkah pengendalian "
                "perubahan tersebut di lingkungannya masing-masing."
            ),
            "Sesuai pedoman Manajemen Perubahan": (
                "Setiap permintaan perubahan aplikasi dan infrastruktur diproses mengikuti "
                "tahapan dalam pedoman pengendalian perubahan yang ditetapkan pada Maret 2024, "
                "dari pengajuan sampai persetujuan."
            ),
            "Reviu dan evaluasi": (
                "Hasil pengendalian perubahan telah dievaluasi pada 20 November 2024 dengan "
                "menilai 47 permintaan perubahan yang diproses sepanjang tahun."
            ),
        },
    ),
    _topic(
        28,
        "NOTULA RAPAT EVALUASI LAYANAN MEJA BANTUAN TIK PUSDATIN",
        "Manajemen Layanan SPBE",
        {
            "Dilaksanakan dengan perencanaan": (
                "Pengelolaan layanan TIK tahun 2024 dijalankan menurut rencana layanan yang "
                "memuat target waktu tanggap, jadwal pemeliharaan dan penanggung jawab tiap "
                "layanan."
            ),
            "Pelayanan Pengguna SPBE": (
                "Meja bantuan Pusdatin telah menangani 3.482 keluhan dan permintaan dari pengguna "
                "di satuan kerja sepanjang 2024, dan 94 persen di antaranya diselesaikan dalam "
                "batas waktu."
            ),
            "Pengoperasian Layanan SPBE": (
                "Pemantauan aplikasi dan infrastruktur berjalan 24 jam, pemeliharaan terjadwal "
                "dilakukan 12 kali, dan ketersediaan layanan tercatat 99,6 persen."
            ),
            "Sistem aplikasi manajemen layanan": (
                "Keluhan, gangguan dan permintaan dicatat serta dilacak melalui aplikasi tiket "
                "layanan yang dipakai petugas sejak Februari 2024."
            ),
            "Reviu dan evaluasi": (
                "Kinerja pengelolaan layanan telah dinilai dalam rapat 9 Desember 2024 dengan "
                "membandingkan capaian terhadap target waktu tanggap."
            ),
        },
    ),
    _topic(
        29,
        "NOTULA RAPAT PEMBAHASAN HASIL PEMERIKSAAN JARINGAN DAN RUANG PUSAT DATA TAHUN 2024",
        "Audit Infrastruktur SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Pemeriksaan infrastruktur dijadwalkan dalam rencana audit tiga tahunan "
                "2023–2025, dan pemeriksaan tahun 2024 merupakan putaran kedua yang terlaksana "
                "sesuai jadwal."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Infrastruktur": (
                "Lingkup, kertas kerja dan tata cara pemeriksaan jaringan, perangkat dan ruang "
                "pusat data disusun mengikuti standar pemeriksaan infrastruktur yang telah "
                "ditetapkan."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Tim auditor Inspektorat Daerah telah memeriksa 14 titik jaringan dan ruang pusat "
                "data pada Mei 2024."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Pemeriksaan lanjutan dilakukan oleh lembaga audit independen dari luar "
                "pemerintah daerah pada Agustus 2024."
            ),
            "Auditor bersertifikat": (
                "Ketua dan anggota tim pemeriksa memegang sertifikat auditor sistem informasi "
                "yang masih berlaku, dan salinannya dilampirkan."
            ),
        },
    ),
    _topic(
        30,
        "NOTULEN RAPAT PAPARAN HASIL AUDIT APLIKASI PERIZINAN DARING",
        "Audit Aplikasi SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Audit aplikasi tercantum dalam program kerja pengawasan tahunan Itjen "
                "berturut-turut sejak 2022, dan audit tahun 2024 terlaksana sesuai jadwal pada "
                "triwulan II."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Aplikasi": (
                "Pengujian fungsi, kendali masukan dan keluaran, serta jejak transaksi aplikasi "
                "dilakukan mengikuti petunjuk teknis pemeriksaan aplikasi yang ditetapkan "
                "Inspektur Jenderal tahun 2023."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Tim auditor Inspektorat Jenderal telah memeriksa tiga aplikasi layanan dan "
                "menyampaikan 11 temuan."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Aplikasi perizinan daring juga diaudit oleh konsultan audit independen yang "
                "ditunjuk melalui pengadaan, dengan laporan diterima pada 15 Oktober 2024."
            ),
            "Auditor bersertifikat": (
                "Setiap auditor yang terlibat dalam pemeriksaan itu memegang sertifikat profesi "
                "auditor sistem informasi yang masih berlaku."
            ),
        },
    ),
    _topic(
        31,
        "NOTULA RAPAT PAPARAN HASIL PEMERIKSAAN KEAMANAN SISTEM ELEKTRONIK TAHUN 2024",
        "Audit Keamanan SPBE",
        {
            "Audit dilaksanakan sesuai perencanaan yang berkesinambungan": (
                "Pemeriksaan keamanan sistem elektronik tercantum dalam rencana audit lima "
                "tahunan dan telah dilaksanakan setiap tahun sejak 2021 tanpa terputus."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Keamanan": (
                "Tahapan pemeriksaan keamanan, dari penetapan lingkup hingga pelaporan, mengikuti "
                "standar dan tata cara audit keamanan yang diterbitkan BSSN."
            ),
            "Dilaksanakan oleh auditor internal": (
                "Auditor keamanan dari Inspektorat Daerah telah memeriksa tujuh aplikasi dan "
                "jaringan antarkantor."
            ),
            "Dilaksanakan oleh auditor eksternal": (
                "Pemeriksaan keamanan juga dilakukan oleh lembaga pemeriksa dari luar yang tidak "
                "terkait dengan pengelola sistem, pada 2 sampai 13 September 2024."
            ),
            "Auditor bersertifikat": (
                "Para pemeriksa memegang sertifikat kompetensi auditor keamanan informasi yang "
                "diakui dan masih berlaku."
            ),
        },
    ),
)
