"""The shared content model: the fields every kind of standard draws on (signer, history,
evaluations, procedure steps), the OPD registry and the pemda identity, each with its
Indonesian description and an example.

Each document kind declares its own front-matter in its module under :mod:`standar.kinds`,
from these parts. This is the single source of truth: the validator, the JSON Schemas under
``data/schema/``, the field reference, the templates and the words shown for each code are
all derived from these definitions.
"""

from __future__ import annotations

from .flow import DURATION, SCHEDULE, UNITS, WAKTU, Waktu
from .schema import Boolean, Date, Enum, Field, Integer, ListOf, Nip, OneOf, Record, Text

SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
SLUG_HINT = "huruf kecil a-z, angka dan tanda hubung, misalnya 'dinkes'"
# Texts the theme prints without escaping them (tags; the pemda's names in the header, the
# window title and the footer): no markup signs.
PLAIN = r"[^<>\"'&`]+"
PLAIN_HINT = "tanpa tanda < > \" ' & `"
# A tag is also an anchor of the tag page: it needs a letter or a digit.
TAG = Text(max_length=60, pattern=r"[^<>\"'&`]*[^\W_][^<>\"'&`]*",
           pattern_hint=f"kata kunci dengan huruf atau angka, {PLAIN_HINT}, misalnya 'akta kelahiran'")

# Codes and the one word readers see for each (domain.md, "Words on the site").
STATUS = Enum(labels={"draf": "Draf", "berlaku": "Berlaku", "dicabut": "Dicabut"},
              values=("draf", "berlaku", "dicabut"))
JENIS_EVALUASI = Enum(values=("monitoring", "evaluasi"),
                      labels={"monitoring": "Monitoring", "evaluasi": "Evaluasi"})
HASIL_EVALUASI = Enum(values=("berjalan_baik", "tidak_berjalan_baik"),
                      labels={"berjalan_baik": "Berjalan dengan baik",
                              "tidak_berjalan_baik": "Tidak berjalan dengan baik"})
JENIS_OPD = Enum(values=("sekretariat", "bagian", "inspektorat", "dinas", "badan", "satuan", "rsud",
                         "puskesmas", "labkesda", "distrik", "lainnya"),
                 labels={"sekretariat": "Sekretariat", "bagian": "Bagian Sekretariat Daerah",
                         "inspektorat": "Inspektorat", "dinas": "Dinas", "badan": "Badan",
                         "satuan": "Satuan", "rsud": "Rumah Sakit Umum Daerah",
                         "puskesmas": "Puskesmas", "labkesda": "Laboratorium Kesehatan Daerah",
                         "distrik": "Distrik", "lainnya": "Lainnya"})
# The health facilities, which keep their procedures in the accreditation format (SPO), and
# the word each puts at the head of one: hospitals say SPO, puskesmas and laboratories SOP.
FASILITAS_KESEHATAN = {"rsud": "SPO", "puskesmas": "SOP", "labkesda": "SOP"}

MAX_STEPS = 100
DURATION_HINT = (f"angka lalu satuan {', '.join(list(UNITS)[:-1])} atau {list(UNITS)[-1]}, "
                 f"misalnya '10 menit' atau '3 hari kerja'; jadwal diawali '{SCHEDULE}'")
# A total as forms write it: "1 jam 30 menit".
TOTAL = DURATION + "(?: " + DURATION + ")*"
WAKTU_DOC = (f"Mutu Baku - waktu: lama langkah ini, angka lalu satuannya ('10 menit', '3 hari "
             f"kerja'). Langkah yang mengikuti jadwal, bukan lama waktu, ditulis dengan awalan "
             f"'{SCHEDULE}' dalam tanda kutip (\"{SCHEDULE} setiap tanggal 29\"): ditampilkan apa "
             "adanya dan tidak ikut dijumlahkan.")


def text_list(minimum: int = 0) -> ListOf:
    return ListOf(item=Text(), min_items=minimum)


PENGESAH = Record(fields=[
    Field("jabatan", Text(), True, "Jabatan pejabat yang mengesahkan.",
          "Kepala Dinas Kependudukan dan Pencatatan Sipil"),
    Field("nama", Text(), True, "Nama lengkap pejabat, dengan gelar.", "Contoh Nama, S.Sos"),
    Field("pangkat", Text(max_length=120), False,
          "Pangkat dan golongan di bawah nama, bila dokumen asli mencantumkannya.",
          "Pembina Tingkat I (IV/b)"),
    Field("nip", Nip(), False,
          "NIP pejabat: 18 digit dalam tanda kutip; spasi dan awalan 'NIP.' boleh. Kosongkan bila "
          "dokumen asli tidak mencantumkannya (misalnya pejabat yang bukan ASN, seperti bupati).",
          "197805122005022003"),
])

KEPUTUSAN = Record(fields=[
    Field("ya", Integer(minimum=1), True, "Nomor langkah tujuan jika jawabannya Ya.", 3, refers="langkah"),
    Field("tidak", Integer(minimum=1), True, "Nomor langkah tujuan jika jawabannya Tidak.", 1,
          refers="langkah"),
    Field("label_ya", Text(max_length=40), False,
          "Keterangan cabang Ya, ditampilkan sesudah 'Ya' (\"Ya: lengkap\").", "Lengkap"),
    Field("label_tidak", Text(max_length=40), False,
          "Keterangan cabang Tidak; label yang sudah diawali 'Tidak' ditampilkan apa adanya.",
          "Tidak lengkap"),
])

LANGKAH = Record(fields=[
    Field("kegiatan", Text(max_length=500), True,
          "Uraian kegiatan, diawali kata kerja aktif tanpa subjek.",
          "Memeriksa kelengkapan berkas"),
    Field("pelaksana", Text(), True, "Pelaksana langkah ini; salah satu dari daftar `pelaksana`.",
          "Petugas Loket", refers="pelaksana"),
    Field("kelengkapan", ListOf(item=Text(), accept_single=True), False,
          "Mutu Baku - kelengkapan: dokumen atau bahan yang diperlukan.",
          ["Formulir F-2.01", "Surat keterangan lahir"]),
    Field("waktu", Waktu(pattern=WAKTU, pattern_hint=DURATION_HINT, max_length=80), False,
          WAKTU_DOC, "10 menit"),
    Field("output", Text(), False, "Mutu Baku - output: hasil langkah ini.", "Berkas lengkap"),
    Field("keterangan", Text(), False, "Keterangan tambahan.", "Dilakukan di loket 2"),
    Field("keputusan", KEPUTUSAN, False,
          "Menjadikan langkah ini keputusan (belah ketupat) dengan dua cabang: nomor langkah "
          "tujuan untuk Ya dan Tidak.", {"ya": 3, "tidak": 1}),
    Field("ke", Integer(minimum=1), False,
          "Nomor langkah berikutnya jika bukan langkah sesudahnya (lompatan).", 5, refers="langkah"),
])

PELAKSANA = Record(fields=[
    Field("nama", Text(max_length=80), True, "Jabatan pelaksana, lengkap.", "Kepala Seksi"),
    Field("singkatan", Text(max_length=20), True,
          "Singkatan di kepala kolom, seperti pada dokumen asli; nama lengkapnya tampil di "
          "keterangan di bawah diagram.", "Kasi"),
])
# A pelaksana by name, or by name and the abbreviation its column header shows.
PELAKSANA_ITEM = OneOf(text=Text(max_length=80), record=PELAKSANA)

RIWAYAT = Record(fields=[
    Field("tanggal", Date(partial=True), True, "Tanggal perubahan.", "2025-06-02"),
    Field("uraian", Text(), True, "Apa yang diubah.", "Penyesuaian dasar hukum"),
])

EVALUASI = Record(fields=[
    Field("tanggal", Date(), True, "Tanggal monitoring atau evaluasi.", "2025-07-01"),
    Field("jenis", JENIS_EVALUASI, True,
          "monitoring (setiap 6 bulan) atau evaluasi (paling sedikit setahun sekali).",
          "monitoring"),
    Field("hasil", HASIL_EVALUASI, True,
          "Hasil penilaian: berjalan_baik atau tidak_berjalan_baik.", "berjalan_baik"),
    Field("catatan", Text(), False, "Catatan penilai.", "Antrean menumpuk pada hari Senin"),
    Field("tindakan", Text(), False, "Tindakan yang diambil.", "Menambah satu petugas loket"),
])

MAKLUMAT = Record(fields=[
    Field("teks", Text(max_length=2000), True, "Isi maklumat pelayanan, seperti ditandatangani.",
          "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan "
          "yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi "
          "sesuai peraturan perundang-undangan yang berlaku."),
    Field("disahkan_oleh", PENGESAH, True, "Pejabat yang menandatangani maklumat: jabatan, nama, NIP.",
          {"jabatan": "Kepala Dinas", "nama": "Contoh Nama, S.Sos", "nip": "197805122005022003"}),
    Field("tanggal", Date(), True, "Tanggal maklumat ditandatangani.", "2025-01-15"),
])

OPD = Record(fields=[
    Field("kode", Text(pattern=SLUG, pattern_hint=SLUG_HINT, max_length=40), True,
          "Kode OPD = nama folder di standards/.", "dinkes"),
    Field("nama", Text(), True, "Nama lengkap OPD.", "Dinas Kesehatan"),
    Field("singkatan", Text(max_length=40), True, "Singkatan.", "Dinkes"),
    Field("jenis", JENIS_OPD, True, "Jenis perangkat daerah.", "dinas"),
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
    Field("maklumat", MAKLUMAT, False,
          "Maklumat Pelayanan: janji OPD untuk melayani sesuai standar pelayanannya, yang dipajang "
          "di tempat pelayanan (UU 25/2009; Permenpan RB 15/2014).",
          {"teks": "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
                   "pelayanan yang telah ditetapkan ...", "tanggal": "2025-01-15"}),
])

PENGADUAN = Record(fields=[
    Field("nama", Text(), True, "Nama kanal pengaduan.", "SP4N-LAPOR!"),
    Field("url", Text(pattern=r"https?://\S+", pattern_hint="alamat web http(s)://"), False,
          "Alamat web kanal pengaduan.", "https://www.lapor.go.id"),
    Field("telepon", Text(), False, "Telepon pengaduan, dalam tanda kutip.", "(0951) 123456"),
    Field("whatsapp", Text(), False, "Nomor WhatsApp pengaduan, dalam tanda kutip.", "0812-4800-1234"),
    Field("email", Text(), False, "Surel pengaduan.", "pengaduan@sorongselatankab.go.id"),
    Field("alamat", Text(), False, "Tempat menyampaikan pengaduan secara langsung.",
          "Kotak pengaduan di ruang tunggu Kantor Bupati, Teminabuan"),
])

URL = Text(pattern=r"https?://[^\s/]+(?:/\S*)?", pattern_hint="alamat web http(s)://")
FORGE = Enum(values=("github", "gitlab"), labels={"github": "GitHub", "gitlab": "GitLab"})
# The web editor (admin/ of the site): where its pull requests go and how authors sign in.
EDITOR = Record(fields=[
    Field("forge", FORGE, True,
          "Tempat repositori portal: github atau gitlab (juga GitLab milik pemda sendiri). Gitea tidak "
          "didukung: Decap CMS tidak punya alur kerja pull request untuk Gitea.", "gitlab"),
    Field("repositori", Text(pattern=r"[\w.-]+(?:/[\w.-]+)+", pattern_hint="pemilik/nama, misalnya "
                                                                        "pemkab-sorsel/portal-standar"),
          True, "Repositori portal: pemilik/nama (GitLab: grup/subgrup/nama).", "pemkab-sorsel/portal-standar"),
    Field("cabang", Text(pattern=r"[\w./-]+", pattern_hint="nama cabang, misalnya main"), False,
          "Cabang yang diterbitkan; setiap perubahan dari editor menjadi pull request ke cabang ini.",
          "main", default="main"),
    Field("alamat_gitlab", URL, False, "GitLab: alamat server GitLab (bawaan: https://gitlab.com).",
          "https://git.sorongselatankab.go.id", default="https://gitlab.com"),
    Field("app_id", Text(pattern=r"[\w-]+", pattern_hint="Application ID dari GitLab"), False,
          "GitLab: Application ID aplikasi OAuth yang dibuat untuk editor (tanpa rahasia: masuk dengan "
          "PKCE). Wajib untuk GitLab.", "6e5f0c2b9a8d4f7e1c3b5a7d9f1e3c5b7a9d1f3e5c7b9a1d3f5e7c9b1a3d5f7e"),
    Field("gerbang_oauth", URL, False,
          "GitHub: alamat gerbang OAuth yang dipasang pemda (misalnya sveltia-cms-auth). Wajib untuk "
          "GitHub.", "https://masuk.sorongselatankab.go.id"),
    Field("api", URL, False,
          "Alamat API bila bukan bawaannya (GitHub Enterprise; bawaan GitLab: alamat_gitlab/api/v4).",
          "https://git.sorongselatankab.go.id/api/v4"),
])

# Portal settings in pemda.yml under `pengaturan`: these, and what each kind adds (its
# ``settings_fields``); :func:`pemda_record` puts them together.
PENGATURAN_DASAR = [
    Field("tinjau_setiap_bulan", Integer(minimum=1, maximum=60), False,
          "Standar perlu ditinjau bila tidak dievaluasi atau direvisi selama sekian bulan.", 12,
          default=12),
    Field("ukuran_berkas_maks_kb", Integer(minimum=16, maximum=65536), False,
          "Ukuran maksimum satu berkas standar (KB).", 1024, default=1024),
    Field("editor", EDITOR, False,
          "Editor web (admin/ situs): forge dan repositori tujuan pull request. Tanpa kolom ini, situs "
          "tidak memuat editor.", {"forge": "gitlab", "repositori": "pemkab-sorsel/portal-standar"}),
]


def pemda_record(settings_fields: list[Field]) -> Record:
    """``standards/pemda.yml``: the pemda's identity and the portal settings, base and kinds'."""
    pengaturan = Record(fields=PENGATURAN_DASAR + list(settings_fields))
    return Record(fields=[
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
        Field("pengaturan", pengaturan, False, "Pengaturan portal.", {"tinjau_setiap_bulan": 12}),
    ])
