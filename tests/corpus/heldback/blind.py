"""Blind held-back minutes on the practice of SPBE 2020 indicators 13–31: evaluation meetings'
minutes written by someone who never saw the check's rules, only each element's name and the
framework's criteria. One numbered result per element of levels 2–4, worded as a Diskominfo
secretary would minute what was done, not as the element's name. The rules are not tuned on
them, and the rule writers have not read them."""

from __future__ import annotations

from tests.corpus.heldback.implementation import PERIODIC, _topic

REVIEW = "Reviu dan evaluasi"
EVERY_UNIT = "Diterapkan ke seluruh unit kerja/perangkat daerah"
PLANNED = "Dilaksanakan dengan perencanaan"
CONTINUOUS_AUDIT = "Audit dilaksanakan sesuai perencanaan yang berkesinambungan"
INTERNAL_AUDITOR = "Dilaksanakan oleh auditor internal"
EXTERNAL_AUDITOR = "Dilaksanakan oleh auditor eksternal"
CERTIFIED = "Auditor bersertifikat"


BLIND_IMPLEMENTATION = (
    _topic(
        13,
        "PENYUSUNAN RKA BELANJA TIK TAHUN ANGGARAN BERIKUTNYA",
        "Rencana dan Anggaran SPBE",
        {
            "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK": (
                "Usulan belanja TIK Dinas Kesehatan, Disdukcapil dan DPMPTSP dibahas terlebih "
                "dahulu bersama Bidang Aplikasi Informatika Diskominfo pada 12–14 Juni sebelum "
                "diinput ke SIPD."
            ),
            "Seluruh unit kerja/perangkat daerah berkonsultasi": (
                "Sampai akhir Juli, 36 dari 36 perangkat daerah telah menyerahkan lembar telaah "
                "kebutuhan TIK yang diparaf Diskominfo; tidak satu pun RKA belanja TIK diterima "
                "TAPD tanpa lembar tersebut."
            ),
            "Terpadu dan dikendalikan oleh unit perencanaan dan penganggaran": (
                "Bappeda menghimpun seluruh belanja SPBE ke dalam satu daftar terkonsolidasi, dan "
                "setiap pergeseran anggaran TIK antar-OPD hanya dapat diproses BPKAD setelah "
                "mendapat persetujuan Kepala Bappeda."
            ),
            PERIODIC: (
                "Realisasi belanja SPBE ditelaah ulang setiap semester; hasil telaah semester I "
                "telah disampaikan kepada Sekretaris Daerah tanggal 14 Agustus."
            ),
        },
    ),
    _topic(
        14,
        "PENYEDERHANAAN PROSES BISNIS LAYANAN PERIZINAN",
        "Dokumen Proses Bisnis",
        {
            "Proses bisnis memenuhi standar": (
                "Peta proses bisnis 12 urusan pemerintahan telah digambar ulang menggunakan "
                "notasi dan format sebagaimana Permenpan RB Nomor 19 Tahun 2018, lalu diverifikasi "
                "oleh Bagian Organisasi Setda."
            ),
            "Perbaikan atau inovasi proses bisnis": (
                "Alur izin reklame dipangkas dari sembilan langkah menjadi lima dengan meniadakan "
                "paraf berjenjang, sehingga waktu layanan turun dari 14 menjadi 5 hari kerja."
            ),
            "Inovasi proses bisnis diterapkan dalam sistem elektronik": (
                "Alur yang baru itu sudah berjalan di aplikasi SiCantik sejak Mei, termasuk "
                "penandatanganan izin dengan TTE, sehingga pemohon tidak perlu lagi datang ke "
                "loket."
            ),
            PERIODIC: (
                "Bagian Organisasi bersama OPD pengampu menelaah kembali peta proses bisnis setiap "
                "akhir tahun; penelaahan bulan November menghasilkan tiga usulan perubahan."
            ),
        },
    ),
    _topic(
        15,
        "PENGEMBANGAN APLIKASI E-RETRIBUSI PASAR",
        "Pembangunan Aplikasi SPBE",
        {
            "Pembangunan sesuai siklus pembangunan aplikasi": (
                "Pengembangan e-Retribusi Pasar dikerjakan bertahap: analisis kebutuhan, "
                "perancangan, pengkodean, uji penerimaan pengguna bersama Dinas Perdagangan, "
                "kemudian serah terima dan implementasi pada bulan Agustus."
            ),
            "Dikonsultasikan kepada unit pengelola TIK": (
                "Sebelum pengadaan dimulai, rancangan aplikasi dipaparkan Dinas Perdagangan kepada "
                "Diskominfo dan telah memperoleh rekomendasi teknis tertulis nomor "
                "555/318/Kominfo."
            ),
            "Terpadu dan dikendalikan oleh unit pengelola TIK": (
                "Kode sumber seluruh aplikasi OPD kini tersimpan di repositori Diskominfo, dan "
                "tidak ada aplikasi baru yang boleh dipasang di server pemda tanpa persetujuan "
                "Kepala Bidang Aplikasi Informatika."
            ),
            PERIODIC: (
                "Daftar aplikasi yang sedang dibangun dievaluasi dua kali setahun; pada evaluasi "
                "bulan Juni diputuskan empat aplikasi yang tumpang tindih digabungkan."
            ),
        },
    ),
    _topic(
        16,
        "PEMANFAATAN RUANG SERVER DAN PUSAT DATA DAERAH",
        "Layanan Pusat Data",
        {
            "Layanan Pusat Data digunakan": (
                "Server SIMPEG milik BKPSDM dan SIPKD milik BPKAD sudah dipindahkan ke ruang server "
                "Diskominfo dan beroperasi dari sana sejak Maret."
            ),
            "Digunakan oleh seluruh unit kerja/perangkat daerah": (
                "Per Oktober sebanyak 41 perangkat daerah menempatkan aplikasi dan datanya di "
                "pusat data pemda; tidak ada lagi server yang dikelola sendiri di kantor OPD."
            ),
            "Prosedur pengoperasian baku Layanan Pusat Data": (
                "SOP pengoperasian pusat data yang mengatur pencadangan harian, pemantauan suhu "
                "ruang dan penanganan gangguan telah ditandatangani Kepala Diskominfo dan dipakai "
                "petugas jaga."
            ),
            "Interkoneksi dengan Pusat Data Nasional atau instansi lain": (
                "Pencadangan ke PDN telah aktif untuk sembilan aplikasi prioritas sesuai berita "
                "acara uji koneksi tanggal 22 Juli."
            ),
            PERIODIC: (
                "Ketersediaan layanan dan kapasitas penyimpanan pusat data dibahas dalam rapat "
                "evaluasi tiap triwulan; catatan triwulan III menunjukkan uptime 99,6 persen."
            ),
        },
    ),
    _topic(
        17,
        "PERLUASAN JARINGAN FIBER OPTIK PEMERINTAH DAERAH",
        "Layanan Jaringan Intra",
        {
            "Jaringan Intra diterapkan": (
                "Jaringan fiber optik milik pemda telah menghubungkan kantor kepala daerah dengan 18 OPD "
                "di kawasan perkantoran terpadu."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Dengan tersambungnya 22 kantor UPT dan unit layanan di luar kawasan pada bulan September, kini semua perangkat "
                "daerah berada dalam satu jaringan intra pemda."
            ),
            "Interkoneksi dengan Jaringan Intra Pemerintah": (
                "Jaringan intra daerah telah tersambung ke Jaringan Intra Pemerintah yang "
                "dikelola kementerian pengampu urusan komunikasi melalui titik interkoneksi di ruang server "
                "Diskominfo."
            ),
            PERIODIC: (
                "Tim jaringan menilai kualitas layanan jaringan intra setiap tiga bulan berdasarkan "
                "log pemantauan; laporan terakhir diserahkan pada 2 Oktober."
            ),
        },
    ),
    _topic(
        18,
        "INTEGRASI LAYANAN MELALUI API GATEWAY",
        "Sistem Penghubung Layanan",
        {
            "Sistem penghubung layanan diterapkan": (
                "Pertukaran data kependudukan antara Disdukcapil dan Dinas Sosial sudah berjalan "
                "melalui API gateway yang dikelola Diskominfo."
            ),
            "Diterapkan di seluruh unit kerja/perangkat daerah": (
                "Semua OPD yang memiliki layanan elektronik telah mendaftarkan layanannya pada "
                "gateway tersebut, seluruhnya 57 layanan dari 36 perangkat daerah."
            ),
            "Terintegrasi dengan sistem penghubung layanan pemerintah": (
                "Gateway pemda telah tersambung dengan SPLP nasional sehingga NIK pemohon dapat "
                "diverifikasi langsung ke Ditjen Dukcapil."
            ),
            PERIODIC: (
                "Log transaksi dan kinerja API dievaluasi setiap semester; evaluasi bulan Juli "
                "merekomendasikan penonaktifan enam endpoint yang tidak lagi dipakai."
            ),
        },
    ),
    _topic(
        19,
        "CAPAIAN PROGRAM KERJA TIM KOORDINASI SPBE",
        "Pelaksanaan Tim Koordinasi SPBE",
        {
            "Tugas/program kerja dilaksanakan sesuai perencanaan": (
                "Kegiatan semester I, yaitu penyusunan rencana aksi dan asistensi penilaian mandiri "
                "OPD, berjalan sesuai jadwal dalam rencana kerja tim."
            ),
            "Seluruh tugas/program kerja dilaksanakan": (
                "Kesebelas program kerja tim tahun ini telah terlaksana semuanya, termasuk dua "
                "kegiatan yang sempat tertunda pada triwulan II."
            ),
            "Program kerja dikomunikasikan kepada semua unit kerja/perangkat daerah": (
                "Program kerja tim telah disampaikan kepada setiap kepala OPD melalui surat Sekda "
                "nomor 555/412/Kominfo dan rapat koordinasi tanggal 10 Februari."
            ),
            REVIEW: (
                "Capaian tim dinilai dalam rapat pleno akhir tahun yang dipimpin Sekda, disertai "
                "catatan perbaikan untuk rencana kerja tahun depan."
            ),
        },
    ),
    _topic(
        20,
        "KERJA SAMA LINTAS OPD INTEGRASI DATA KESEHATAN",
        "Kolaborasi Penerapan SPBE",
        {
            "Kolaborasi dilaksanakan sesuai perencanaan": (
                "Kerja sama Diskominfo, Dinas Kesehatan dan RSUD dalam integrasi rekam medis "
                "elektronik berjalan sesuai rencana kegiatan yang disepakati pada bulan Januari."
            ),
            "Dilaksanakan oleh tim yang dibentuk secara formal": (
                "Kerja sama tersebut dijalankan oleh tim lintas OPD yang dibentuk dengan Keputusan "
                "Kepala Daerah Nomor 188.45/127."
            ),
            "Terpadu pada seluruh unit kerja/perangkat daerah": (
                "Sejak triwulan III semua perangkat daerah ikut dalam forum kerja sama SPBE dan "
                "masing-masing telah menunjuk satu pejabat penghubung."
            ),
            "Dikoordinasikan oleh pimpinan instansi atau sekretaris": (
                "Forum itu dipimpin langsung oleh Sekretaris Daerah, yang menetapkan prioritas "
                "bersama dan membagi peran antar-OPD."
            ),
            REVIEW: (
                "Hasil kerja sama ditinjau pada rapat akhir semester; Sekda meminta integrasi "
                "data bansos dijadikan prioritas tahun berikutnya."
            ),
        },
    ),
    _topic(
        21,
        "PENERAPAN MANAJEMEN RISIKO SPBE TAHUN BERJALAN",
        "Manajemen Risiko SPBE",
        {
            "Program kegiatan manajemen risiko terarah dan terencana": (
                "Diskominfo telah menyusun rencana kegiatan manajemen risiko SPBE tahun ini yang memuat "
                "jadwal identifikasi, analisis dan penanganan risiko untuk setiap triwulan."
            ),
            "Mengacu pada pedoman Manajemen Risiko SPBE": (
                "Identifikasi dan penilaian risiko dilakukan dengan format serta skala "
                "kemungkinan dan dampak dari Peraturan Menteri PANRB Nomor 5 Tahun 2020."
            ),
            "Kebijakan strategis ditetapkan oleh Komite Manajemen Risiko atau Tim Koordinasi SPBE": (
                "Selera risiko dan kebijakan penanganan risiko SPBE diputuskan Tim Koordinasi SPBE "
                "dalam rapat 3 Maret dan dituangkan dalam keputusan ketua tim."
            ),
            EVERY_UNIT: (
                "Register risiko SPBE kini dimiliki dan diperbarui oleh semua perangkat daerah, "
                "dengan 312 risiko tercatat."
            ),
            PERIODIC: (
                "Register risiko dipantau setiap triwulan, dan hasil reviu triwulan III telah "
                "dilaporkan kepada Tim Koordinasi pada 8 Oktober."
            ),
        },
    ),
    _topic(
        22,
        "PENGAMANAN SISTEM INFORMASI PEMERINTAH DAERAH",
        "Manajemen Keamanan Informasi",
        {
            "Pengendalian Keamanan Informasi tersedia": (
                "Firewall, antivirus terpusat dan kebijakan kata sandi telah dipasang pada server "
                "dan jaringan pemda."
            ),
            "Dilaksanakan pada seluruh unit kerja/perangkat daerah": (
                "Pemasangan antivirus terpusat dan pembatasan hak akses tuntas di 38 OPD, sehingga "
                "tidak ada lagi perangkat daerah yang tertinggal."
            ),
            "Berdasarkan Risiko SPBE": (
                "Urutan pengamanan ditentukan dari hasil penilaian risiko; aplikasi berisiko tinggi "
                "seperti SIPKD dan e-Perizinan lebih dahulu mendapat WAF dan autentikasi dua faktor."
            ),
            "Strategi Keamanan Informasi ditetapkan oleh Tim Koordinasi SPBE": (
                "Dokumen strategi keamanan informasi tiga tahunan telah disahkan Tim Koordinasi SPBE "
                "dalam rapat pleno bulan April."
            ),
            PERIODIC: (
                "Efektivitas pengamanan dinilai ulang setiap enam bulan bersama CSIRT daerah; "
                "penilaian bulan Juni menemukan empat celah yang kini sudah ditutup."
            ),
        },
    ),
    _topic(
        23,
        "PELAKSANAAN SATU DATA DAN PENGELOLAAN DATA DAERAH",
        "Manajemen Data",
        {
            "Program kegiatan manajemen data terarah dan terencana": (
                "Rencana aksi pengelolaan data tahun ini disusun Diskominfo dengan target per triwulan, "
                "mulai dari inventarisasi dataset sampai publikasi di portal Satu Data."
            ),
            "Mengacu pada pedoman Manajemen Data": (
                "OPD mengelola datanya mengikuti peraturan kepala daerah tentang Pedoman Manajemen Data "
                "yang diundangkan pada bulan Februari."
            ),
            "Arsitektur data": (
                "Peta arsitektur data pemda telah selesai, memuat 14 domain data beserta alur data "
                "antaraplikasi."
            ),
            "Data induk": (
                "Data kependudukan dan data kepegawaian ditetapkan bersumber tunggal dari "
                "Disdukcapil dan BKPSDM sebagai data induk."
            ),
            "Data referensi": (
                "Kode wilayah, kode OPD dan klasifikasi urusan dibakukan sebagai rujukan bersama "
                "yang dipakai oleh semua aplikasi."
            ),
            "Basis data": (
                "Basis data aplikasi OPD telah dipindahkan ke server basis data terpusat dengan "
                "pencadangan harian."
            ),
            "Kualitas data": (
                "Kelengkapan dan konsistensi 620 dataset telah diperiksa; 48 dataset dikembalikan "
                "kepada walidata pendukung untuk diperbaiki."
            ),
            "Interoperabilitas data": (
                "Pertukaran data antara e-Kinerja dan SIMPEG kini memakai format JSON dan metadata "
                "baku sehingga data dapat dibagipakaikan tanpa diketik ulang."
            ),
            "Strategi pengelolaan data ditetapkan Forum Satu Data atau Tim Koordinasi SPBE": (
                "Forum Satu Data daerah telah menetapkan strategi pengelolaan data beserta "
                "daftar data prioritas tahun ini."
            ),
            EVERY_UNIT: (
                "Semua OPD telah menunjuk walidata pendukung dan mengunggah datanya sesuai strategi "
                "tersebut."
            ),
            PERIODIC: (
                "Pelaksanaan pengelolaan data dievaluasi setiap semester oleh Forum Satu Data; "
                "evaluasi semester I dibahas pada 21 Juli."
            ),
        },
    ),
    _topic(
        24,
        "PENGELOLAAN PERANGKAT DAN ASET TIK",
        "Manajemen Aset TIK",
        {
            "Program kegiatan manajemen aset TIK terarah dan terencana": (
                "Program kerja pengelolaan aset TIK tahun ini telah disusun, memuat jadwal inventarisasi "
                "dan pemeliharaan perangkat di setiap OPD."
            ),
            "Mengacu pada pedoman Manajemen Aset TIK": (
                "Pengelolaan perangkat TIK mengikuti pedoman yang ditetapkan dengan peraturan "
                "kepala daerah Nomor 31 Tahun 2021 tentang Manajemen Aset TIK."
            ),
            "Perencanaan aset TIK": (
                "Kebutuhan perangkat TIK tiap OPD untuk tahun anggaran berikutnya telah dihimpun dan dianalisis "
                "Diskominfo sebelum dimasukkan ke RKA."
            ),
            "Pengadaan aset TIK": (
                "Pembelian 240 unit komputer dan 12 switch dilakukan melalui e-Katalog dengan "
                "spesifikasi yang direkomendasikan Diskominfo."
            ),
            "Pemanfaatan/penggunaan aset TIK": (
                "Setiap perangkat telah diberi label QR, dicatat pemakainya, dan dipantau "
                "kondisinya dalam aplikasi SIMASET."
            ),
            "Penghapusan aset TIK": (
                "Sebanyak 87 unit komputer rusak berat diusulkan kepada BPKAD untuk dihapus dari "
                "daftar barang milik daerah setelah media penyimpanannya dimusnahkan."
            ),
            "Strategi pengelolaan aset TIK oleh unit pengelola TIK": (
                "Diskominfo telah menetapkan strategi pengelolaan aset TIK, termasuk standar "
                "perangkat dan siklus peremajaan lima tahun."
            ),
            EVERY_UNIT: (
                "Seluruh perangkat daerah telah memasukkan aset TIK-nya ke SIMASET dan memakai "
                "standar perangkat yang sama."
            ),
            PERIODIC: (
                "Pencatatan dan kondisi aset TIK dicocokkan ulang bersama BPKAD pada setiap akhir "
                "semester."
            ),
        },
    ),
    _topic(
        25,
        "PENGEMBANGAN KOMPETENSI SDM TIK",
        "Kompetensi SDM SPBE",
        {
            "Pemenuhan kompetensi sesuai perencanaan SDM": (
                "Pelatihan dan rekrutmen pranata komputer tahun ini dilaksanakan mengikuti rencana "
                "kebutuhan SDM TIK yang disusun BKPSDM bersama Diskominfo."
            ),
            "Kompetensi proses bisnis pemerintahan": (
                "Lima analis Bagian Organisasi telah mengikuti pelatihan pemetaan proses bisnis "
                "yang diselenggarakan LAN."
            ),
            "Kompetensi arsitektur SPBE": (
                "Dua pegawai Diskominfo lulus pelatihan arsitektur enterprise berbasis TOGAF pada "
                "bulan Mei."
            ),
            "Kompetensi data dan informasi": (
                "Sepuluh walidata memperoleh pelatihan statistik dan pengolahan data dari BPS "
                "setempat."
            ),
            "Kompetensi keamanan SPBE": (
                "Tiga staf persandian telah memperoleh sertifikat kompetensi keamanan informasi "
                "dari BSSN."
            ),
            "Kompetensi aplikasi SPBE": (
                "Tujuh pengembang di Bidang Aplikasi Informatika telah mengikuti bootcamp "
                "pengembangan aplikasi web dan mobile."
            ),
            "Kompetensi infrastruktur SPBE": (
                "Empat teknisi lulus sertifikasi administrator jaringan dan server."
            ),
            "Peningkatan kompetensi": (
                "Anggaran pengembangan kompetensi TIK dinaikkan menjadi Rp450 juta dan dipakai "
                "untuk 16 paket pelatihan lanjutan."
            ),
            "Penilaian kompetensi": (
                "Uji kompetensi jabatan fungsional pranata komputer dan asesmen teknis "
                "diselenggarakan bagi 42 pegawai pada bulan Agustus."
            ),
            PERIODIC: (
                "BKPSDM menelaah pemenuhan kompetensi SDM TIK setiap akhir tahun dengan "
                "membandingkannya terhadap peta jabatan."
            ),
        },
    ),
    _topic(
        26,
        "BERBAGI PENGETAHUAN ANTAR-OPD MELALUI PORTAL",
        "Manajemen Pengetahuan",
        {
            PLANNED: (
                "Kegiatan berbagi pengetahuan telah dijadwalkan dalam rencana kerja tahunan, antara "
                "lain kelas berbagi bulanan dan dokumentasi praktik baik."
            ),
            "Mengacu pada pedoman Manajemen Pengetahuan": (
                "Pendokumentasian pengetahuan mengikuti pedoman yang ditetapkan dengan Keputusan "
                "Sekda pada bulan Maret."
            ),
            "Sistem aplikasi manajemen pengetahuan": (
                "Portal pengetahuan \u201cGudang Ilmu\u201d telah beroperasi dan memuat 312 "
                "dokumen, video tutorial dan tanya jawab."
            ),
            "Diterapkan oleh semua unit kerja/perangkat daerah": (
                "Setiap perangkat daerah telah mengunggah pengetahuannya ke portal tersebut, "
                "sedikitnya lima artikel per OPD."
            ),
            "Aplikasi manajemen pengetahuan terintegrasi": (
                "Portal telah terhubung dengan SSO pegawai dan aplikasi helpdesk, sehingga solusi "
                "atas tiket gangguan otomatis tersimpan sebagai artikel."
            ),
            REVIEW: (
                "Pemanfaatan portal telah dinilai pada bulan Oktober berdasarkan statistik "
                "kunjungan dan survei pengguna."
            ),
        },
    ),
    _topic(
        27,
        "PERALIHAN KE NASKAH DINAS ELEKTRONIK DAN TTE",
        "Manajemen Perubahan",
        {
            PLANNED: (
                "Rencana pengelolaan perubahan untuk peralihan ke TTE dan naskah dinas elektronik "
                "telah disusun, lengkap dengan jadwal sosialisasi dan pendampingan."
            ),
            "Dilaksanakan oleh seluruh unit kerja/perangkat daerah": (
                "Pendampingan telah berjalan di 33 OPD, dan kini tidak ada lagi perangkat daerah "
                "yang masih memakai surat manual."
            ),
            "Sesuai pedoman Manajemen Perubahan": (
                "Tahapannya, mulai analisis dampak, komunikasi sampai pengukuran penerimaan, "
                "dijalankan mengikuti Pedoman Manajemen Perubahan SPBE."
            ),
            REVIEW: (
                "Hasil program perubahan dinilai kembali pada bulan November dengan tingkat "
                "penerimaan pengguna 87 persen."
            ),
        },
    ),
    _topic(
        28,
        "LAYANAN HELPDESK DAN OPERASIONAL TIK",
        "Manajemen Layanan SPBE",
        {
            PLANNED: (
                "Pengelolaan layanan SPBE berjalan berdasarkan rencana kerja layanan TIK tahun ini yang "
                "memuat target waktu penanganan gangguan."
            ),
            "Pelayanan Pengguna SPBE": (
                "Helpdesk Diskominfo melayani 1.146 permintaan dan keluhan pengguna selama "
                "semester I melalui telepon, WhatsApp dan surel."
            ),
            "Pengoperasian Layanan SPBE": (
                "Pemantauan server, pencadangan dan pemeliharaan rutin aplikasi dikerjakan tim "
                "operasional setiap hari sesuai jadwal jaga."
            ),
            "Sistem aplikasi manajemen layanan": (
                "Semua tiket kini dicatat dan ditindaklanjuti melalui aplikasi service desk "
                "berbasis GLPI."
            ),
            REVIEW: (
                "Kinerja layanan, termasuk rata-rata waktu penyelesaian tiket, dibahas dalam rapat "
                "bulanan tim layanan."
            ),
        },
    ),
    _topic(
        29,
        "HASIL AUDIT INFRASTRUKTUR TIK",
        "Audit Infrastruktur SPBE",
        {
            CONTINUOUS_AUDIT: (
                "Audit infrastruktur tercantum dalam rencana audit tiga tahunan dan "
                "pemeriksaan tahun ini merupakan siklus kedua."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Infrastruktur": (
                "Pemeriksaan ruang server, jaringan dan catu daya cadangan mengikuti pedoman audit "
                "infrastruktur SPBE yang diterbitkan BSSN."
            ),
            INTERNAL_AUDITOR: (
                "Tahap pertama diperiksa oleh auditor Inspektorat Daerah yang telah mengikuti "
                "pelatihan audit TI."
            ),
            EXTERNAL_AUDITOR: (
                "Pada bulan September, pemeriksaan lanjutan dilakukan oleh lembaga audit "
                "independen di luar pemda yang ditunjuk melalui pengadaan jasa konsultansi."
            ),
            CERTIFIED: (
                "Ketua tim pemeriksa dari lembaga tersebut memegang sertifikat CISA, dan dua "
                "anggotanya bersertifikat ISO/IEC 27001 Lead Auditor."
            ),
        },
    ),
    _topic(
        30,
        "PEMERIKSAAN APLIKASI LAYANAN PUBLIK",
        "Audit Aplikasi SPBE",
        {
            CONTINUOUS_AUDIT: (
                "Aplikasi layanan publik diperiksa secara bergilir setiap tahun menurut jadwal "
                "audit yang telah disusun sejak dua tahun lalu; tahun ini giliran SiCantik dan SIPKD."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Aplikasi": (
                "Lingkup pemeriksaan fungsi, kinerja dan kontrol akses mengikuti pedoman audit "
                "aplikasi SPBE."
            ),
            INTERNAL_AUDITOR: (
                "Pemeriksaan awal dikerjakan oleh tim APIP Inspektorat bersama pranata komputer "
                "Diskominfo."
            ),
            EXTERNAL_AUDITOR: (
                "Laporan pemeriksaan akhir disusun oleh Kantor Akuntan Publik yang dikontrak "
                "khusus untuk audit aplikasi."
            ),
            CERTIFIED: (
                "Seluruh pemeriksa dari KAP tersebut memiliki sertifikasi auditor sistem "
                "informasi (CISA) yang masih berlaku."
            ),
        },
    ),
    _topic(
        31,
        "AUDIT KEAMANAN INFORMASI DAN UJI PENETRASI",
        "Audit Keamanan SPBE",
        {
            CONTINUOUS_AUDIT: (
                "Audit keamanan dilakukan tiap tahun sesuai peta jalan keamanan informasi, "
                "melanjutkan audit tahun lalu yang hasilnya telah ditindaklanjuti."
            ),
            "Audit dilaksanakan sesuai pedoman Audit Keamanan": (
                "Daftar periksa dan metode uji penetrasi disusun berdasarkan pedoman audit "
                "keamanan SPBE dari BSSN."
            ),
            INTERNAL_AUDITOR: (
                "Sebelas aplikasi diuji lebih dahulu oleh tim keamanan internal Bidang Persandian "
                "dan Inspektorat."
            ),
            EXTERNAL_AUDITOR: (
                "Pada bulan Oktober, BSSN bersama konsultan keamanan dari luar pemda melakukan "
                "penilaian independen atas server dan aplikasi prioritas."
            ),
            CERTIFIED: (
                "Para penguji yang diturunkan memegang sertifikat ISO/IEC 27001 Lead Auditor dan "
                "OSCP."
            ),
        },
    ),
)
