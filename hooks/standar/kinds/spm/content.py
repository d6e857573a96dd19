"""The front-matter of an SPM file and the SPM settings of ``pemda.yml``.

An SPM file is an OPD's report for one service of the national catalogue: its figures per year
as they were published (counts, or only a percentage, with their source), optional breakdowns
and Rapor Pendidikan indicators, and optionally the signed standard behind it (signer, legal
basis, mutu). Several files may report one service: one per OPD, or one per year."""

from __future__ import annotations

from ...model import catalogue as catalogue_module, fields
from ...model.schema import Date, Decimal, Field, Integer, ListOf, MapOf, Record, Text

MUTU = Record(fields=[
    Field("barang_jasa", fields.text_list(), False, "Barang dan/atau jasa yang harus tersedia.",
          ["Buku KIA"]),
    Field("sdm", fields.text_list(), False, "Sumber daya manusia yang diperlukan.", ["Bidan"]),
])

PERSEN = Decimal(minimum=0, maximum=100, places=2)
_COUNT_NOTE = "Tulis tanpa pemisah ribuan (640959, bukan 640.959)."

SUMBER = Record(fields=[
    Field("dokumen", Text(max_length=300), False, "Judul dokumen sumber angka.",
          "Profil Kesehatan Kabupaten Sorong Selatan Tahun 2024"),
    Field("halaman", Text(max_length=120), False, "Halaman, tabel atau lampiran di dokumen itu.",
          "Tabel 32, hlm. 118"),
    Field("alamat", Text(pattern=r"https?://\S+", pattern_hint="alamat web http(s)://", max_length=500),
          False, "Alamat web sumber angka.", "https://data.sorongselatankab.go.id/dataset/spm-kesehatan"),
])

RINCIAN_BARIS = Record(fields=[
    Field("nama", Text(max_length=120), True, "Nama kelompok: laki-laki, nama puskesmas, distrik, ...",
          "Puskesmas Teminabuan"),
    Field("sasaran", Integer(minimum=0), False, "Sasaran kelompok ini. " + _COUNT_NOTE, 1450),
    Field("terlayani", Integer(minimum=0), False, "Terlayani sesuai standar pada kelompok ini.", 1210),
    Field("persen", PERSEN, False,
          "Capaian kelompok ini bila sumbernya hanya memuat persentase (tanpa sasaran dan terlayani).",
          83.45),
])

RINCIAN = Record(fields=[
    Field("menurut", Text(max_length=80), True, "Dasar pengelompokan: jenis kelamin, puskesmas, distrik, ...",
          "Puskesmas"),
    Field("baris", ListOf(item=RINCIAN_BARIS, min_items=1, max_items=200), True, "Setiap kelompok.",
          [{"nama": "Puskesmas Teminabuan", "sasaran": 1450, "terlayani": 1210}]),
])

INDIKATOR = Record(fields=[
    Field("nama", Text(max_length=200), True, "Nama indikator, seperti di Rapor Pendidikan.",
          "Angka partisipasi sekolah usia 7-12 tahun"),
    Field("nilai", Decimal(maximum=1_000_000, places=2), True, "Nilai indikator tahun ini.", 97.85),
    Field("satuan", Text(max_length=30), True, "Satuan nilai: persen, skor, indeks, ...", "persen"),
    Field("target", Decimal(maximum=1_000_000, places=2), False,
          "Target indikator; capaian terhadap target dihitung otomatis.", 100),
])

CAPAIAN = Record(fields=[
    Field("tahun", Integer(minimum=2000, maximum=2100), True, "Tahun capaian (tahun pelaporan).", 2024),
    Field("sasaran", Integer(minimum=0), False,
          "Jumlah penerima yang menjadi sasaran. " + _COUNT_NOTE, 1450),
    Field("terlayani", Integer(minimum=0), False,
          "Jumlah penerima yang terlayani sesuai standar; tidak lebih dari sasaran.", 1210),
    Field("persen", PERSEN, False,
          "Capaian penerima (0-100, paling banyak 2 desimal) bila laporan hanya memuat persentase; "
          "jangan diisi bila sasaran dan terlayani ada, karena persentase dihitung dari angka.", 82.35),
    Field("mutu_sasaran", Integer(minimum=0), False,
          "Jumlah butir mutu (barang/jasa dan SDM) yang dipersyaratkan.", 20),
    Field("mutu_terpenuhi", Integer(minimum=0), False,
          "Jumlah butir mutu yang terpenuhi; tidak lebih dari mutu_sasaran.", 17),
    Field("sumber", SUMBER, False,
          "Sumber angka tahun ini: dokumen (dengan halaman atau tabel) dan/atau alamat web; "
          "wajib bila hanya persen yang diisi.",
          {"dokumen": "Profil Kesehatan Kabupaten Sorong Selatan Tahun 2024", "halaman": "Tabel 32"}),
    Field("rincian", ListOf(item=RINCIAN, max_items=10), False,
          "Rincian capaian menurut kelompok (jenis kelamin, puskesmas, distrik), ditampilkan sebagai tabel.",
          [{"menurut": "Jenis kelamin", "baris": [{"nama": "Laki-laki", "sasaran": 700, "terlayani": 580}]}]),
    Field("indikator", ListOf(item=INDIKATOR, max_items=50), False,
          "Indikator Rapor Pendidikan (bidang pendidikan, sejak 2022): nama, nilai, satuan, target.",
          [{"nama": "Angka partisipasi sekolah usia 5-6 tahun", "nilai": 78.4, "satuan": "persen",
            "target": 100}]),
])

FIELDS = Record(fields=[
    Field("layanan", Text(pattern=fields.SLUG, pattern_hint="kode layanan dari katalog SPM"), True,
          "Kode jenis pelayanan dasar dari katalog SPM nasional; bidang mengikuti dari kode ini. "
          "Satu layanan boleh dilaporkan beberapa OPD (satu berkas per OPD) atau satu berkas per tahun.",
          "kes-ibu-hamil", options=catalogue_module.layanan_options),
    Field("judul", Text(max_length=300), False, "Judul; bawaan: nama layanan dari katalog.",
          "Pelayanan Kesehatan Ibu Hamil"),
    Field("nomor", Text(max_length=120), False,
          "Nomor keputusan daerah; unik jika diisi; dalam tanda kutip.", "440/SPM-DINKES/001/2025"),
    Field("status", fields.STATUS, True, "draf, berlaku, atau dicabut.", "berlaku"),
    Field("tanggal_efektif", Date(), True, "Tanggal mulai berlaku atau tanggal laporan diterbitkan.",
          "2025-01-02"),
    Field("disahkan_oleh", fields.PENGESAH, False,
          "Pejabat yang mengesahkan, bila ada (laporan capaian sering tanpa pengesah).",
          {"jabatan": "Kepala Dinas Kesehatan", "nama": "Contoh Nama, S.KM", "nip": "197805122005022003"}),
    Field("dasar_hukum", fields.text_list(), False,
          "Peraturan yang menjadi dasar, bila disebut; standar teknis tiap tahun diambil dari katalog.",
          ["Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal"]),
    Field("penerima", Text(), False, "Penerima layanan; bawaan: dari katalog.", "Ibu hamil"),
    Field("mutu", MUTU, False, "Mutu pelayanan dasar: barang/jasa dan SDM.",
          {"barang_jasa": ["Buku KIA"], "sdm": ["Bidan"]}),
    Field("capaian", ListOf(item=CAPAIAN), False,
          "Capaian per tahun seperti diterbitkan: sasaran dan terlayani, atau persen saja, dengan sumbernya.",
          [{"tahun": 2024, "sasaran": 1450, "terlayani": 1210}]),
    Field("sop_terkait", ListOf(item=Text(max_length=120), unique=True), False,
          "Nomor SOP yang terkait; harus ada di portal.", ["474.1/SOP-DUKCAPIL/001/2025"]),
    Field("riwayat", ListOf(item=fields.RIWAYAT), False, "Riwayat perubahan.",
          [{"tanggal": "2025-06-02", "uraian": "Pemutakhiran data capaian"}]),
    Field("tags", ListOf(item=fields.TAG, unique=True), False, "Kata kunci.", ["kesehatan"]),
])

# -- settings ------------------------------------------------------------------------------------
# The index and its categories default to the catalogue (data/spm-kabkota.yml, where the sources
# are cited); a pemda may set its own here.
KATEGORI_INDEKS = Record(fields=[
    Field("batas", Decimal(minimum=0, maximum=100), True,
          "Nilai indeks terendah (0-100) untuk kategori ini.", 90),
    Field("label", Text(max_length=60), True, "Nama kategori.", "Tuntas Utama"),
])

INDEKS_SPM = Record(fields=[
    Field("bobot_penerima", Decimal(minimum=0, maximum=1), False,
          "Bobot capaian penerima dalam indeks; bawaan 0.8 (katalog SPM).", 0.8),
    Field("bobot_mutu", Decimal(minimum=0, maximum=1), False,
          "Bobot capaian mutu dalam indeks; bawaan 0.2 (katalog SPM). Jumlah kedua bobot harus 1.", 0.2),
    Field("kategori", ListOf(item=KATEGORI_INDEKS, min_items=1, max_items=12), False,
          "Kategori indeks dari batas tertinggi ke terendah; batas terendah harus 0. Bawaan (katalog "
          "SPM): Tuntas Paripurna 100, Tuntas Utama 90, Tuntas Madya 80, Tuntas Pratama 70, "
          "Tuntas Muda 60, Belum Tuntas di bawah 60.",
          [{"batas": 100, "label": "Tuntas Paripurna"}, {"batas": 0, "label": "Belum Tuntas"}]),
])

SETTINGS = (
    Field("indeks_spm", INDEKS_SPM, False,
          "Indeks capaian SPM: bobot dan kategori; tanpa kolom ini dipakai bawaan katalog SPM.",
          {"bobot_penerima": 0.8, "bobot_mutu": 0.2}),
    Field("spm_penanggung_jawab", MapOf(key=Text(pattern=fields.SLUG, pattern_hint="kode bidang atau "
                                                 "kode layanan dari katalog SPM"),
                                        value=Text(pattern=fields.SLUG, pattern_hint=fields.SLUG_HINT)),
          False,
          "OPD penanggung jawab tiap bidang atau jenis layanan SPM, juga yang belum dilaporkan: "
          "kode bidang atau kode layanan dari katalog, lalu kode OPD. Kode layanan mengalahkan "
          "kode bidang; OPD yang melaporkan layanan selalu menjadi penanggung jawabnya.",
          {"kesehatan": "dinkes", "tr-informasi-rawan-bencana": "bpbd"}),
)
