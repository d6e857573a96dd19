"""The content model: every front-matter field of an SOP, an SPM, the OPD registry and the
pemda identity, with its Indonesian description and an example.

This is the single source of truth: the validator, the JSON Schemas under ``data/schema/``
and the field reference in the guide are all generated from these definitions.
"""

from __future__ import annotations

from .schema import (Boolean, Date, Decimal, Enum, Field, Integer, ListOf, MapOf, Nip, OneOf,
                     Record, Text)

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
SLUG_HINT = "huruf kecil a-z, angka dan tanda hubung, misalnya 'dinkes'"
# Texts the theme prints without escaping them (tags; the pemda's names in the header, the
# window title and the footer): no markup signs.
PLAIN = r"[^<>\"'&`]+"
PLAIN_HINT = "tanpa tanda < > \" ' & `"
TAG = Text(max_length=60, pattern=PLAIN, pattern_hint=f"kata kunci {PLAIN_HINT}, misalnya 'akta kelahiran'")

STATUS = ("draf", "berlaku", "dicabut")
JENIS_SOP = ("administratif", "teknis")
HUBUNGAN = ("prasyarat", "lanjutan", "terkait", "bagian_dari")
JENIS_EVALUASI = ("monitoring", "evaluasi")
HASIL_EVALUASI = ("berjalan_baik", "tidak_berjalan_baik")
JENIS_OPD = ("sekretariat", "bagian", "inspektorat", "dinas", "badan", "satuan", "rsud",
             "puskesmas", "distrik", "lainnya")

# "<number> <unit>": the way Mutu Baku times are written on SOP sheets.
DURATION = r"\d+(?:[.,]\d+)? (?:menit|jam|hari kerja|hari)"
MAX_STEPS = 100


def text_list(minimum: int = 0) -> ListOf:
    return ListOf(item=Text(), min_items=minimum)


PENGESAH = Record(fields=[
    Field("jabatan", Text(), True, "Jabatan pejabat yang mengesahkan.",
          "Kepala Dinas Kependudukan dan Pencatatan Sipil"),
    Field("nama", Text(), True, "Nama lengkap pejabat, dengan gelar.", "Contoh Nama, S.Sos"),
    Field("nip", Nip(), True, "NIP pejabat: 18 digit, boleh dengan spasi, dalam tanda kutip.",
          "197805122005022003"),
])

KETERKAITAN_LINK = Record(fields=[
    Field("nomor", Text(), True, "Nomor SOP yang terkait; harus ada di portal.",
          "474.1/SOP-DUKCAPIL/002/2025"),
    Field("hubungan", Enum(values=HUBUNGAN), True,
          "Jenis keterkaitan: prasyarat, lanjutan, terkait, atau bagian_dari (bagian dari SOP makro).",
          "lanjutan"),
])

KEPUTUSAN = Record(fields=[
    Field("ya", Integer(minimum=1), True, "Nomor langkah tujuan jika jawabannya Ya.", 3),
    Field("tidak", Integer(minimum=1), True, "Nomor langkah tujuan jika jawabannya Tidak.", 1),
    Field("label_ya", Text(max_length=40), False, "Label cabang Ya (bawaan: Ya).", "Lengkap"),
    Field("label_tidak", Text(max_length=40), False, "Label cabang Tidak (bawaan: Tidak).",
          "Tidak lengkap"),
])

LANGKAH = Record(fields=[
    Field("kegiatan", Text(max_length=500), True,
          "Uraian kegiatan, diawali kata kerja aktif tanpa subjek.",
          "Memeriksa kelengkapan berkas"),
    Field("pelaksana", Text(), True, "Pelaksana langkah ini; salah satu dari daftar `pelaksana`.",
          "Petugas Loket"),
    Field("kelengkapan", ListOf(item=Text(), accept_single=True), False,
          "Mutu Baku - kelengkapan: dokumen atau bahan yang diperlukan.",
          ["Formulir F-2.01", "Surat keterangan lahir"]),
    Field("waktu", Text(pattern=DURATION, pattern_hint="angka lalu satuan menit, jam, hari "
                                                      "atau hari kerja, misalnya '10 menit'",
                        max_length=40), False,
          "Mutu Baku - waktu: lama langkah ini.", "10 menit"),
    Field("output", Text(), False, "Mutu Baku - output: hasil langkah ini.", "Berkas lengkap"),
    Field("keterangan", Text(), False, "Keterangan tambahan.", "Dilakukan di loket 2"),
    Field("keputusan", KEPUTUSAN, False,
          "Menjadikan langkah ini keputusan (belah ketupat) dengan dua cabang: nomor langkah "
          "tujuan untuk Ya dan Tidak.", {"ya": 3, "tidak": 1}),
    Field("ke", Integer(minimum=1), False,
          "Nomor langkah berikutnya jika bukan langkah sesudahnya (lompatan).", 5),
])

RIWAYAT = Record(fields=[
    Field("tanggal", Date(), True, "Tanggal perubahan.", "2025-06-02"),
    Field("uraian", Text(), True, "Apa yang diubah.", "Penyesuaian dasar hukum"),
])

EVALUASI = Record(fields=[
    Field("tanggal", Date(), True, "Tanggal monitoring atau evaluasi.", "2025-07-01"),
    Field("jenis", Enum(values=JENIS_EVALUASI), True,
          "monitoring (setiap 6 bulan) atau evaluasi (paling sedikit setahun sekali).",
          "monitoring"),
    Field("hasil", Enum(values=HASIL_EVALUASI), True,
          "Hasil penilaian: berjalan_baik atau tidak_berjalan_baik.", "berjalan_baik"),
    Field("catatan", Text(), False, "Catatan penilai.", "Antrean menumpuk pada hari Senin"),
    Field("tindakan", Text(), False, "Tindakan yang diambil.", "Menambah satu petugas loket"),
])

SOP = Record(fields=[
    Field("judul", Text(max_length=300), True, "Nama SOP (judul prosedur).",
          "Penerbitan Akta Kelahiran"),
    Field("nomor", Text(max_length=120), True,
          "Nomor SOP menurut tata naskah dinas OPD; unik di seluruh portal; dalam tanda kutip.",
          "474.1/SOP-DUKCAPIL/001/2025"),
    Field("status", Enum(values=STATUS), True,
          "draf (belum terbit), berlaku, atau dicabut.", "berlaku"),
    Field("diganti_oleh", Text(max_length=120), False,
          "Untuk SOP yang dicabut: nomor SOP penggantinya.", "474.1/SOP-DUKCAPIL/010/2026"),
    Field("unit_kerja", Text(), False, "Bidang, bagian atau seksi pelaksana.",
          "Bidang Pelayanan Pencatatan Sipil"),
    Field("jenis_sop", Enum(values=JENIS_SOP), False,
          "administratif (beberapa pelaksana; bawaan) atau teknis (satu pelaksana, rinci).",
          "administratif"),
    Field("tanggal_pembuatan", Date(), True, "Tanggal SOP selesai disusun.", "2025-01-10"),
    Field("tanggal_revisi", Date(), False, "Tanggal revisi terakhir; tidak sebelum tanggal pembuatan.",
          "2025-06-02"),
    Field("tanggal_efektif", Date(), True,
          "Tanggal SOP berlaku (tanggal pengesahan); tidak sebelum tanggal pembuatan.", "2025-01-15"),
    Field("disahkan_oleh", PENGESAH, True, "Pejabat yang mengesahkan: jabatan, nama, NIP.",
          {"jabatan": "Kepala Dinas", "nama": "Contoh Nama, S.Sos", "nip": "197805122005022003"}),
    Field("dasar_hukum", text_list(1), True, "Peraturan yang menjadi dasar SOP.",
          ["Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 "
           "Tahun 2006 tentang Administrasi Kependudukan"]),
    Field("kualifikasi_pelaksana", text_list(1), True, "Kompetensi yang harus dimiliki pelaksana.",
          ["Memahami ketentuan administrasi kependudukan"]),
    Field("keterkaitan", ListOf(item=OneOf(record=KETERKAITAN_LINK)), False,
          "SOP lain yang terkait: teks bebas, atau tautan {nomor, hubungan} ke SOP di portal.",
          [{"nomor": "474.1/SOP-DUKCAPIL/002/2025", "hubungan": "lanjutan"}]),
    Field("peralatan_perlengkapan", text_list(1), True, "Peralatan dan perlengkapan yang diperlukan.",
          ["Komputer dan printer"]),
    Field("peringatan", text_list(1), True, "Akibat jika SOP tidak dilaksanakan.",
          ["Apabila berkas tidak diperiksa, dokumen dapat diterbitkan dengan data yang salah"]),
    Field("pencatatan_pendataan", text_list(1), True, "Catatan dan register yang disimpan.",
          ["Buku register permohonan"]),
    Field("pelaksana", ListOf(item=Text(max_length=80), min_items=1, max_items=12, unique=True), True,
          "Para pelaksana (kolom diagram alir), berurutan dari kiri ke kanan.",
          ["Pemohon", "Petugas Loket", "Kepala Seksi", "Kepala Dinas"]),
    Field("langkah", ListOf(item=LANGKAH, min_items=2, max_items=MAX_STEPS), True,
          "Langkah-langkah prosedur, berurutan; nomor langkah dihitung otomatis.",
          [{"kegiatan": "Mengajukan permohonan", "pelaksana": "Pemohon", "waktu": "5 menit"}]),
    Field("riwayat", ListOf(item=RIWAYAT), False, "Riwayat perubahan SOP.",
          [{"tanggal": "2025-06-02", "uraian": "Penyesuaian dasar hukum"}]),
    Field("evaluasi", ListOf(item=EVALUASI), False, "Catatan monitoring dan evaluasi.",
          [{"tanggal": "2025-07-01", "jenis": "monitoring", "hasil": "berjalan_baik"}]),
    Field("tags", ListOf(item=TAG, unique=True), False, "Kata kunci.", ["kependudukan"]),
])

MUTU = Record(fields=[
    Field("barang_jasa", text_list(), False, "Barang dan/atau jasa yang harus tersedia.",
          ["Buku KIA"]),
    Field("sdm", text_list(), False, "Sumber daya manusia yang diperlukan.", ["Bidan"]),
])

CAPAIAN = Record(fields=[
    Field("tahun", Integer(minimum=2000, maximum=2100), True, "Tahun capaian.", 2024),
    Field("sasaran", Integer(minimum=0), True, "Jumlah penerima yang menjadi sasaran.", 1450),
    Field("terlayani", Integer(minimum=0), True,
          "Jumlah penerima yang terlayani sesuai standar; tidak lebih dari sasaran.", 1210),
    Field("mutu_sasaran", Integer(minimum=0), False,
          "Jumlah butir mutu (barang/jasa dan SDM) yang dipersyaratkan.", 20),
    Field("mutu_terpenuhi", Integer(minimum=0), False,
          "Jumlah butir mutu yang terpenuhi; tidak lebih dari mutu_sasaran.", 17),
])

SPM = Record(fields=[
    Field("layanan", Text(pattern=SLUG, pattern_hint="kode layanan dari katalog SPM"), True,
          "Kode jenis pelayanan dasar dari katalog SPM nasional; bidang mengikuti dari kode ini.",
          "kes-ibu-hamil"),
    Field("judul", Text(max_length=300), False, "Judul; bawaan: nama layanan dari katalog.",
          "Pelayanan Kesehatan Ibu Hamil"),
    Field("nomor", Text(max_length=120), False,
          "Nomor keputusan daerah; unik jika diisi; dalam tanda kutip.", "440/SPM-DINKES/001/2025"),
    Field("status", Enum(values=STATUS), True, "draf, berlaku, atau dicabut.", "berlaku"),
    Field("tanggal_efektif", Date(), True, "Tanggal mulai berlaku.", "2025-01-02"),
    Field("disahkan_oleh", PENGESAH, True, "Pejabat yang mengesahkan: jabatan, nama, NIP.",
          {"jabatan": "Kepala Dinas Kesehatan", "nama": "Contoh Nama, S.KM", "nip": "197805122005022003"}),
    Field("dasar_hukum", text_list(1), True,
          "Peraturan yang menjadi dasar; standar teknis dari katalog ditambahkan otomatis.",
          ["Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal"]),
    Field("penerima", Text(), False, "Penerima layanan; bawaan: dari katalog.", "Ibu hamil"),
    Field("mutu", MUTU, False, "Mutu pelayanan dasar: barang/jasa dan SDM.",
          {"barang_jasa": ["Buku KIA"], "sdm": ["Bidan"]}),
    Field("capaian", ListOf(item=CAPAIAN), False,
          "Capaian per tahun; persentase dihitung otomatis dari angka.",
          [{"tahun": 2024, "sasaran": 1450, "terlayani": 1210}]),
    Field("sop_terkait", ListOf(item=Text(max_length=120), unique=True), False,
          "Nomor SOP yang terkait; harus ada di portal.", ["474.1/SOP-DUKCAPIL/001/2025"]),
    Field("riwayat", ListOf(item=RIWAYAT), False, "Riwayat perubahan.",
          [{"tanggal": "2025-06-02", "uraian": "Pemutakhiran data capaian"}]),
    Field("tags", ListOf(item=TAG, unique=True), False, "Kata kunci.", ["kesehatan"]),
])

OPD = Record(fields=[
    Field("kode", Text(pattern=SLUG, pattern_hint=SLUG_HINT, max_length=40), True,
          "Kode OPD = nama folder di standards/.", "dinkes"),
    Field("nama", Text(), True, "Nama lengkap OPD.", "Dinas Kesehatan"),
    Field("singkatan", Text(max_length=40), True, "Singkatan.", "Dinkes"),
    Field("jenis", Enum(values=JENIS_OPD), True, "Jenis perangkat daerah.", "dinas"),
    Field("induk", Text(pattern=SLUG, pattern_hint=SLUG_HINT), False,
          "Kode OPD induk (misalnya bagian di bawah setda).", "setda"),
    Field("pengelola", ListOf(item=Text(pattern=r"@[A-Za-z0-9_.\-/]+",
                                        pattern_hint="nama pengguna atau tim, diawali @")), False,
          "Pemilik kode (CODEOWNERS) folder OPD ini.", ["@sorsel/dinkes"]),
    Field("alamat", Text(), False, "Alamat kantor.", "Jl. Trikora, Teminabuan"),
    Field("telepon", Text(), False, "Nomor telepon, dalam tanda kutip.", "(0951) 123456"),
    Field("email", Text(pattern=r"[^@\s]+@[^@\s]+\.[^@\s]+", pattern_hint="alamat surel"), False,
          "Alamat surel.", "dinkes@sorongselatankab.go.id"),
    Field("pola_nomor", Text(max_length=120), False,
          "Pola nomor SOP OPD: {urut:03} nomor urut, {tahun} tahun.",
          "440/SOP-DINKES/{urut:03}/{tahun}"),
])

REGISTRY = ListOf(item=OPD, min_items=1, max_items=2000)

PENGADUAN = Record(fields=[
    Field("nama", Text(), True, "Nama kanal pengaduan.", "SP4N-LAPOR!"),
    Field("url", Text(pattern=r"https?://\S+", pattern_hint="alamat web http(s)://"), False,
          "Alamat web kanal pengaduan.", "https://www.lapor.go.id"),
    Field("telepon", Text(), False, "Telepon pengaduan.", "(0951) 123456"),
    Field("email", Text(), False, "Surel pengaduan.", "pengaduan@sorongselatankab.go.id"),
])

# SPM achievement index: index = bobot_penerima x capaian penerima + bobot_mutu x capaian mutu,
# labelled by the first category whose threshold it reaches. Weights and thresholds differ
# between sources (verify against the annex of Permendagri 59/2021): configuration, not code.
KATEGORI_INDEKS = Record(fields=[
    Field("batas", Decimal(minimum=0, maximum=100), True,
          "Nilai indeks terendah (0-100) untuk kategori ini.", 80),
    Field("label", Text(max_length=60), True, "Nama kategori.", "Tuntas Utama"),
])

INDEKS_SPM = Record(fields=[
    Field("bobot_penerima", Decimal(minimum=0, maximum=1), False,
          "Bobot capaian penerima dalam indeks; bawaan dari katalog SPM (0.8, perlu diverifikasi).",
          0.8),
    Field("bobot_mutu", Decimal(minimum=0, maximum=1), False,
          "Bobot capaian mutu dalam indeks; bawaan dari katalog SPM (0.2, perlu diverifikasi). "
          "Jumlah kedua bobot harus 1.", 0.2),
    Field("kategori", ListOf(item=KATEGORI_INDEKS, min_items=1, max_items=12), False,
          "Kategori indeks dari batas tertinggi ke terendah; batas terendah harus 0. Bawaan: "
          "Tuntas Paripurna 100, Tuntas Utama 80, Tuntas Madya 60, Tuntas Muda 40, "
          "Tuntas Pratama 20, Belum Tuntas 0 (perlu diverifikasi: sumber berbeda-beda).",
          [{"batas": 100, "label": "Tuntas Paripurna"}, {"batas": 0, "label": "Belum Tuntas"}]),
])

PENGATURAN = Record(fields=[
    Field("tinjau_setiap_bulan", Integer(minimum=1, maximum=60), False,
          "Standar perlu ditinjau bila tidak dievaluasi atau direvisi selama sekian bulan.", 12,
          default=12),
    Field("ukuran_berkas_maks_kb", Integer(minimum=16, maximum=65536), False,
          "Ukuran maksimum satu berkas standar (KB).", 1024, default=1024),
    Field("indeks_spm", INDEKS_SPM, False,
          "Indeks capaian SPM: bobot dan kategori (perlu diverifikasi terhadap Permendagri 59/2021).",
          {"bobot_penerima": 0.8, "bobot_mutu": 0.2}),
    Field("spm_penanggung_jawab", MapOf(key=Text(pattern=SLUG, pattern_hint="kode bidang atau "
                                                 "kode layanan dari katalog SPM"),
                                        value=Text(pattern=SLUG, pattern_hint=SLUG_HINT)), False,
          "OPD penanggung jawab tiap bidang atau jenis layanan SPM, juga yang belum punya standar: "
          "kode bidang atau kode layanan dari katalog, lalu kode OPD. Kode layanan mengalahkan "
          "kode bidang; OPD yang menerbitkan standar selalu menjadi penanggung jawabnya.",
          {"kesehatan": "dinkes", "tr-informasi-rawan-bencana": "bpbd"}),
])

PEMDA = Record(fields=[
    Field("nama", Text(pattern=PLAIN, pattern_hint=f"nama {PLAIN_HINT}"), True,
          "Nama pemerintah daerah.", "Pemerintah Kabupaten Sorong Selatan"),
    Field("nama_singkat", Text(pattern=PLAIN, pattern_hint=f"nama {PLAIN_HINT}"), True,
          "Nama singkat daerah.", "Kabupaten Sorong Selatan"),
    Field("provinsi", Text(), True, "Provinsi.", "Papua Barat Daya"),
    Field("ibu_kota", Text(), False, "Ibu kota kabupaten/kota.", "Teminabuan"),
    Field("logo", Text(), False, "Berkas logo di docs/, misalnya assets/logo-pemda.svg.",
          "assets/logo-pemda.svg"),
    Field("konten_contoh", Boolean(), False,
          "true bila isi portal hanya contoh (bukan dokumen resmi).", True, default=False),
    Field("pengaduan", PENGADUAN, False, "Kanal pengaduan masyarakat.", {"nama": "SP4N-LAPOR!"}),
    Field("pengaturan", PENGATURAN, False, "Pengaturan portal.", {"tinjau_setiap_bulan": 12}),
])
