"""Standar Pelayanan (UU 25/2009 Pasal 15 and 21; Permenpan RB 15/2014): what a citizen reads
before going to the counter. Its 14 components in the regulation's two parts, the unit's
address and hours, its penetapan; linked to the SOPs that detail its procedure.

Its page is written for a person on a phone: what to bring, how long, how much, where and
when, then the steps the applicant takes (from the linked SOP), then where to complain, then
the management components; printed, it is the A4 notice for the counter.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import catalogue as catalogue_module
from ..model import fields, flow, formatting, sitemap
from ..model.diagnostics import GALAT, PERINGATAN, Diagnostic
from ..model.kind import Dataset, Facts, Kind, Known, Link, NewFile, TemplateSpec, titled
from ..model.page import BODY, Fragment, Markdown, PagePlan, Sheet
from ..model.schema import INVALID, Context, Date, Field, Integer, ListOf, Record, Text, Type, suggest
from ..model.standard import BERLAKU, Standard
from ..model.view import SiteView

CODE = "sp"
INDEX = sitemap.kind_page(CODE)
COMPLIANCE = f"{CODE}/kepatuhan/index.md"
DATASET = "data/sp-kepatuhan"
# The kinds whose standards detail a service's procedure, step by step.
PROCEDURES = ("sop", "spo")

# The 14 components of Permenpan RB 15/2014, in its two parts and its words.
DELIVERY = (("persyaratan", "Persyaratan"),
            ("prosedur", "Sistem, mekanisme, dan prosedur"),
            ("jangka_waktu", "Jangka waktu penyelesaian"),
            ("biaya", "Biaya/tarif"),
            ("produk", "Produk pelayanan"),
            ("pengaduan", "Penanganan pengaduan, saran, dan masukan"))
MANAGEMENT = (("dasar_hukum", "Dasar hukum"),
              ("sarana_prasarana", "Sarana, prasarana, dan/atau fasilitas"),
              ("kompetensi_pelaksana", "Kompetensi pelaksana"),
              ("pengawasan_internal", "Pengawasan internal"),
              ("jumlah_pelaksana", "Jumlah pelaksana"),
              ("jaminan_pelayanan", "Jaminan pelayanan"),
              ("jaminan_keamanan", "Jaminan keamanan dan keselamatan pelayanan"),
              ("evaluasi_kinerja", "Evaluasi kinerja pelaksana"))
COMPONENTS = DELIVERY + MANAGEMENT
REGULATION = "Permenpan RB Nomor 15 Tahun 2014"

HOME_SERVICES = 12
# Who the citizen is in an SOP's pelaksana columns (the first word of the column's name).
APPLICANTS = ("pemohon", "masyarakat", "warga", "pasien", "pelanggan", "pengadu", "pelapor",
              "pengguna", "wajib", "orang", "ahli", "keluarga", "calon", "pelaku", "ibu", "peserta",
              "penduduk", "pemilik", "pengusaha")


# -- money -------------------------------------------------------------------------------------
_FREE = re.compile(r"^(?:gratis|tidak dipungut biaya|tanpa biaya|bebas biaya|tidak ada biaya|"
                   r"rp\.?\s*0+(?:[.,]-|,00)?|0)$", re.IGNORECASE)
_RUPIAH = re.compile(r"^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,-|,00|\.-)?"
                     r"(?:\s*(?:/|per)\s*(\S.*))?$", re.IGNORECASE)


def parse(text: str) -> tuple[int, str] | None:
    """A tariff as written on a notice: ("Gratis", "Rp0", "Rp 50.000,-", "50000", a rate such as
    "Rp12.000 per m²"): (whole rupiah, what it is per or ""); 0 is free; None when it is not one."""
    text = " ".join(str(text).split())
    if _FREE.match(text):
        return 0, ""
    match = _RUPIAH.match(text)
    return (int(match.group(1).replace(".", "")), match.group(2) or "") if match else None


def amount(text: str) -> int | None:
    """Whole rupiah of a tariff (of one unit, for a rate); 0 is free; None when it is not one."""
    found = parse(text)
    return found[0] if found else None


@dataclass
class Rupiah(Type):
    """A tariff, kept as written (the data shows what the notice says); its amount is read by
    :func:`amount`."""

    name: str = "tarif"

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, "tulis 'Gratis' atau satu jumlah rupiah, misalnya 'Rp50.000'")
            return INVALID
        text = " ".join(str(value).split())
        found = amount(text)
        if found is None:
            ctx.error(path, f"'{text}' tidak dikenali sebagai tarif; tulis 'Gratis' atau jumlah rupiah, "
                            "misalnya 'Rp50.000' (tanpa sen), atau tarif per satuan, misalnya "
                            "'Rp12.000 per m²' (rinciannya di teks halaman)")
            return INVALID
        if found > 10 ** 12:
            ctx.error(path, f"{text} terlalu besar untuk sebuah tarif")
            return INVALID
        return text

    def json_schema(self):
        return {"anyOf": [{"type": "string", "minLength": 1}, {"type": "integer", "minimum": 0}]}

    def describe(self):
        return "tarif: 'Gratis', jumlah rupiah ('Rp50.000') atau tarif per satuan ('Rp12.000 per m²')"


# -- fields ------------------------------------------------------------------------------------
JAM = Record(fields=[
    Field("hari", Text(max_length=80), True, "Hari pelayanan.", "Senin-Kamis"),
    Field("jam", Text(max_length=80), True, "Jam pelayanan pada hari itu, dengan zona waktunya.",
          "08.00-15.00 WIT"),
])


def _component(key: str) -> str:
    return dict(COMPONENTS)[key]


FIELDS = Record(fields=[
    Field("judul", Text(max_length=300), True, "Nama layanan, seperti dikenal masyarakat.",
          "Penerbitan Akta Kelahiran"),
    Field("nomor", Text(max_length=120), False,
          "Nomor keputusan penetapan standar pelayanan; unik di seluruh portal; dalam tanda kutip.",
          "474/KEP-DUKCAPIL/015/2025"),
    Field("status", fields.STATUS, True, "draf (belum terbit), berlaku, atau dicabut.", "berlaku"),
    Field("tanggal_efektif", Date(), True, "Tanggal penetapan standar pelayanan.", "2025-01-15"),
    Field("disahkan_oleh", fields.PENGESAH, True,
          "Pejabat yang menetapkan (kepala unit pelayanan): jabatan, nama, NIP.",
          {"jabatan": "Kepala Dinas", "nama": "Contoh Nama, S.Sos", "nip": "197805122005022003"}),
    Field("tautan_dokumen", Text(pattern=r"https?://\S+", pattern_hint="alamat web http(s)://"), False,
          "Alamat salinan keputusan yang ditandatangani (misalnya di JDIH), bila ada.",
          "https://jdih.sorongselatankab.go.id/dokumen/sp-akta-kelahiran.pdf"),
    Field("unit_layanan", Text(), False, "Unit atau loket yang melayani.", "Loket 1 Dinas Dukcapil"),
    Field("alamat", Text(), False, "Alamat tempat pelayanan; bawaan: alamat OPD.",
          "Jl. Trikora, Teminabuan"),
    Field("jam_pelayanan", ListOf(item=JAM), False, "Hari dan jam pelayanan.",
          [{"hari": "Senin-Kamis", "jam": "08.00-15.00 WIT"}, {"hari": "Jumat", "jam": "08.00-11.30 WIT"}]),
    Field("sop", ListOf(item=Text(max_length=120), unique=True), False,
          "Nomor SOP (atau SPO) yang merinci prosedur layanan ini; harus ada di portal dan berlaku.",
          ["474/SOP-DUKCAPIL/002/2022"]),
    Field("spm", Text(pattern=fields.SLUG, pattern_hint="kode layanan dari katalog SPM"), False,
          "Kode jenis pelayanan dasar SPM yang dilayani, bila ada.", "kes-ibu-hamil",
          options=catalogue_module.layanan_options),
    # Penyampaian pelayanan
    Field("persyaratan", fields.text_list(), False,
          f"{_component('persyaratan')}: dokumen atau hal yang harus dibawa atau dipenuhi pemohon.",
          ["Surat keterangan kelahiran dari dokter atau bidan", "Kartu Keluarga asli"]),
    Field("prosedur", fields.text_list(), False,
          f"{_component('prosedur')}: langkah pelayanan bagi pemohon. Bila kosong, langkah pemohon "
          "diambil dari SOP yang ditautkan.", ["Mengisi formulir di loket", "Menerima akta"]),
    Field("jangka_waktu", Text(pattern=flow.DURATION, pattern_hint=fields.DURATION_HINT, max_length=40), False,
          f"{_component('jangka_waktu')}: sejak berkas lengkap diterima.", "3 hari kerja"),
    Field("biaya", Rupiah(), False,
          f"{_component('biaya')}: 'Gratis', jumlah rupiah, atau tarif per satuan ('Rp12.000 per m²').",
          "Gratis"),
    Field("dasar_biaya", Text(), False,
          "Dasar hukum tarif (misalnya peraturan daerah tentang retribusi); wajib bila tarif bukan nol.",
          "Peraturan Daerah Kabupaten Sorong Selatan Nomor 3 Tahun 2024 tentang Pajak Daerah dan "
          "Retribusi Daerah"),
    Field("produk", fields.text_list(), False, f"{_component('produk')}: hasil yang diterima pemohon.",
          ["Kutipan Akta Kelahiran"]),
    Field("pengaduan", fields.PENGADUAN, False,
          f"{_component('pengaduan')}: kanal pengaduan; bawaan: kanal pemerintah daerah di pemda.yml.",
          {"nama": "Loket pengaduan Dinas Dukcapil", "whatsapp": "0812-4800-1234"}),
    # Pengelolaan pelayanan
    Field("dasar_hukum", fields.text_list(), False, f"{_component('dasar_hukum')}: peraturan yang mendasari.",
          ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"]),
    Field("sarana_prasarana", fields.text_list(), False, f"{_component('sarana_prasarana')}.",
          ["Ruang tunggu ber-AC", "Komputer dan printer"]),
    Field("kompetensi_pelaksana", fields.text_list(), False, f"{_component('kompetensi_pelaksana')}.",
          ["Memahami administrasi kependudukan"]),
    Field("pengawasan_internal", fields.text_list(), False, f"{_component('pengawasan_internal')}.",
          ["Pengawasan langsung oleh Kepala Bidang"]),
    Field("jumlah_pelaksana", Integer(minimum=1, maximum=10_000), False,
          f"{_component('jumlah_pelaksana')}: jumlah orang, angka tanpa tanda kutip.", 4),
    Field("jaminan_pelayanan", Text(), False, f"{_component('jaminan_pelayanan')}.",
          "Pelayanan diberikan sesuai standar; bila tidak, pemohon dapat mengadu."),
    Field("jaminan_keamanan", Text(), False, f"{_component('jaminan_keamanan')}.",
          "Data pemohon dijaga kerahasiaannya."),
    Field("evaluasi_kinerja", Text(), False, f"{_component('evaluasi_kinerja')}.",
          "Survei kepuasan masyarakat setiap enam bulan."),
    Field("riwayat", ListOf(item=fields.RIWAYAT), False, "Riwayat perubahan standar pelayanan.",
          [{"tanggal": "2025-06-02", "uraian": "Penyesuaian tarif"}]),
    Field("tags", ListOf(item=fields.TAG, unique=True), False, "Kata kunci.", ["kependudukan"]),
])


class SpStandard(Standard):
    @property
    def biaya(self) -> int | None:
        """The tariff in whole rupiah (0: free; of one unit for a rate); None when none is stated."""
        return None if self.meta.get("biaya") is None else amount(self.meta["biaya"])

    @property
    def biaya_teks(self) -> str:
        """The tariff as the notice shows it: "Gratis", "Rp50.000", "Rp12.000 per m²", "-"."""
        if self.meta.get("biaya") is None:
            return "-"
        rupiah_, per = parse(self.meta["biaya"])
        return rupiah(rupiah_) + (f" per {per}" if per else "")


def components(std: SpStandard, view: SiteView) -> dict[str, bool]:
    """Which of the 14 components a standard fills. The procedure counts as filled by a linked
    SOP; complaints by the pemda's channels, which the page shows when it names none."""
    state = {key: std.meta.get(key) not in (None, "", [], {}) for key, _ in COMPONENTS}
    state["prosedur"] = state["prosedur"] or bool(std.meta.get("sop"))
    state["pengaduan"] = state["pengaduan"] or bool(view.pemda.get("pengaduan"))
    return state


def missing(std: SpStandard, view: SiteView) -> list[str]:
    state = components(std, view)
    return [label for key, label in COMPONENTS if not state[key]]


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def uncovered(persyaratan: list[str], kelengkapan: list[str]) -> list[str]:
    """The items of an SOP's first step that no requirement names (either reads inside the other)."""
    wanted = [_words(p) for p in persyaratan]
    return [item for item in kelengkapan
            if not any(_words(item) in p or (p and p in _words(item)) for p in wanted)]


def is_applicant(pelaksana: str) -> bool:
    first = pelaksana.strip().split(" ")[0].lower()
    return first in APPLICANTS


def applicant_steps(std: Standard) -> list[dict]:
    """The steps of a procedure the applicant takes, with how many steps the office takes in
    between (shown as "the office processes ...")."""
    result, between = [], 0
    for step in std.steps:
        if is_applicant(step.pelaksana):
            result.append({"kegiatan": step.kegiatan, "waktu": step.waktu, "sebelumnya": between})
            between = 0
        else:
            between += 1
    if result and between:
        result.append({"kegiatan": None, "waktu": None, "sebelumnya": between})
    return result


def rupiah(amount: int | None) -> str:
    if amount is None:
        return "-"
    return "Gratis" if amount == 0 else f"Rp{formatting.angka(amount)}"


class Sp(Kind):
    code = CODE
    label = "Standar Pelayanan"
    name = "Standar Pelayanan"
    fields = FIELDS
    standard = SpStandard
    questions = ("judul",)
    search_boost = 3.0   # "how do I get a birth certificate" finds the service before the SOP
    files = (DATASET + ".json", DATASET + ".csv")
    reference = (f"Standar Pelayanan memuat 14 komponen ({REGULATION}): enam tentang penyampaian "
                 "pelayanan (yang dibaca masyarakat) dan delapan tentang pengelolaan pelayanan. Komponen "
                 "yang tidak diisi dilaporkan sebagai peringatan dan ditampilkan di halaman Kepatuhan "
                 "standar pelayanan.")
    template = TemplateSpec(
        body=("## Keterangan\n\n<isi hal lain yang perlu diketahui pemohon, bila ada>\n"),
        hints={"judul": "nama layanan, misalnya Penerbitan Akta Kelahiran",
               "sop": "nomor SOP yang merinci prosedur layanan ini",
               "jam_pelayanan[].hari": "hari pelayanan, misalnya Senin-Kamis",
               "jam_pelayanan[].jam": "jam pelayanan, misalnya 08.00-15.00 WIT",
               "biaya": "Gratis, atau jumlah rupiah misalnya Rp50.000",
               "jangka_waktu": "jangka waktu penyelesaian, misalnya 3 hari kerja"},
        quoted=frozenset({"sop", "pengaduan.telepon", "pengaduan.whatsapp"}),
        active_optional=frozenset(key for key, _ in COMPONENTS if key not in ("pengaduan", "prosedur")),
    )
    csv_columns = ("layanan_unit", "layanan_jangka_waktu", "layanan_biaya", "layanan_biaya_rupiah", "layanan_persyaratan",
                   "layanan_produk", "layanan_sop", "komponen_terisi", "komponen_belum")

    # -- reading -----------------------------------------------------------------------------
    def check(self, meta: dict, raw: dict, ctx: Context, facts: Facts) -> None:
        for key, label in COMPONENTS:
            if key in ("prosedur", "pengaduan"):
                continue  # filled by a linked SOP, and by the pemda's channels
            if meta.get(key) in (None, [], "") and not _reported(ctx, key):
                ctx.warning((key,), f"komponen '{label}' ({REGULATION}) belum diisi")
        if not meta.get("prosedur") and not meta.get("sop") and not _reported(ctx, "sop"):
            ctx.warning(("sop",), f"komponen '{_component('prosedur')}' ({REGULATION}) belum diisi: "
                                  "tautkan SOP-nya di 'sop' atau tulis langkahnya di 'prosedur'")
        if meta.get("biaya") and amount(meta["biaya"]) and not meta.get("dasar_biaya"):
            ctx.error(("biaya",), f"tarif {meta['biaya']} tanpa dasar hukumnya: tulis peraturan "
                                  "yang menetapkannya (misalnya perda retribusi) di 'dasar_biaya'")
        kode = meta.get("spm")
        if kode and kode not in catalogue_module.load().layanan:
            ctx.error(("spm",), f"'{kode}' tidak ada di katalog SPM nasional"
                               + suggest(kode, catalogue_module.load().layanan))
        for index, nomor in enumerate(meta.get("sop") or ()):
            path = ("sop", index)
            facts.links.append(Link(nomor, path, ctx.line(path), "sop", PROCEDURES, in_force=True))
        if meta.get("jangka_waktu"):
            facts.keys["jangka_waktu"] = (meta["jangka_waktu"], ctx.line(("jangka_waktu",)))
        facts.keys["persyaratan"] = (list(meta.get("persyaratan") or ()), ctx.line(("persyaratan",)))

    def cross_check(self, files: list[Facts], every: dict) -> list:
        """Each service against the procedures it links: not quicker than their time, and its
        requirements naming what their first step needs."""
        problems = []
        for facts in files:
            linked = [(link.nomor, every.get(link.nomor)) for link in facts.links if link.role == "sop"]
            linked = [(nomor, target) for nomor, target in linked if target is not None and "waktu" in target.keys]
            promised = facts.keys.get("jangka_waktu")
            for nomor, target in linked:
                if promised and flow.surely_shorter(flow.parse_duration(promised[0]), target.keys["waktu"]):
                    problems.append(Diagnostic(
                        facts.rel, promised[1], GALAT,
                        f"kolom 'jangka_waktu': {promised[0]} lebih singkat dari waktu prosedur \"{nomor}\" "
                        f"({formatting.durasi(target.keys['waktu'])}); samakan jangka waktunya atau "
                        "perbaiki waktu langkah-langkah SOP itu", "jangka_waktu"))
                persyaratan, line = facts.keys.get("persyaratan", ([], None))
                missing = uncovered(persyaratan, target.keys.get("kelengkapan_awal") or [])
                if missing:
                    problems.append(Diagnostic(
                        facts.rel, line, PERINGATAN,
                        f"kolom 'persyaratan': belum memuat kelengkapan langkah pertama \"{nomor}\": "
                        + "; ".join(missing), "persyaratan"))
        return problems

    def cites(self, std: SpStandard) -> list[str]:
        return list(std.meta.get("sop") or ())

    # -- publishing --------------------------------------------------------------------------
    def _context(self, std: SpStandard, view: SiteView) -> dict:
        opd = view.registry[std.opd]
        procedures = [view.by_nomor[n] for n in std.meta.get("sop") or () if n in view.by_nomor]
        steps = []
        for procedure in procedures:
            steps += applicant_steps(procedure)
        return {"std": std, "opd": opd, "procedures": procedures, "steps": steps,
                "biaya": std.biaya_teks, "pengaduan": std.meta.get("pengaduan") or view.pemda.get("pengaduan"),
                "alamat": std.meta.get("alamat") or opd.alamat, "url": view.canonical(std),
                "layanan_spm": catalogue_module.load().layanan.get(std.meta.get("spm") or ""),
                "komponen": [(label, key, filled) for (key, label), filled
                             in zip(COMPONENTS, components(std, view).values())],
                "pengelolaan": MANAGEMENT, "dibangun": view.build_date}

    def page(self, std: SpStandard, view: SiteView) -> list:
        context = self._context(std, view)
        parts = [Fragment("ringkas", "sp_ringkas.html", context),
                 Markdown("## Langkah-langkah"), Fragment("langkah", "sp_langkah.html", context),
                 BODY,
                 Markdown("## Pengaduan, saran, dan masukan"), Fragment("pengaduan", "sp_pengaduan.html", context)]
        if view.registry[std.opd].maklumat:
            parts += [Markdown("## Maklumat pelayanan"), Fragment("maklumat", "maklumat.html", context)]
        return parts + [Markdown("## Pengelolaan pelayanan"), Fragment("pengelolaan", "sp_pengelolaan.html", context),
                        Markdown("## Penetapan dan riwayat {: data-search-exclude }"),
                        Fragment("riwayat", "sp_penetapan.html", context)]

    def sheet(self, std: SpStandard, view: SiteView) -> Sheet:
        return Sheet()  # the page itself prints as the notice (A4 portrait, with its QR code)

    def pages(self, view: SiteView) -> list[PagePlan]:
        services = view.of_kind(CODE)
        by_opd = [(opd, [s for s in view.by_opd[opd.kode] if s.kind == CODE]) for opd in view.opds_sorted]
        by_opd = [(opd, items) for opd, items in by_opd if items]
        listing = PagePlan(INDEX, "Daftar Layanan", (
            Markdown("Standar pelayanan setiap layanan: persyaratan, jangka waktu, biaya, tempat dan waktu "
                     "pelayanan, serta cara mengadu."),
            Fragment("isi", "sp_daftar.html", {"by_name": sorted(services, key=lambda s: s.title.lower()),
                                               "by_opd": by_opd, "rupiah": rupiah})),
            meta={"search": {"exclude": True}}, updated=view.build_date)
        rows = [(opd, [(s, missing(s, view)) for s in items]) for opd, items in by_opd]
        without = [opd for opd in view.opds_sorted if not view.by_opd[opd.kode]
                   or not any(s.kind == CODE for s in view.by_opd[opd.kode])]
        compliance = PagePlan(COMPLIANCE, "Kepatuhan standar pelayanan", (
            Markdown(f"Untuk setiap perangkat daerah: layanan yang standar pelayanannya sudah terbit dan "
                     f"berapa dari 14 komponen ({REGULATION}) yang sudah diisi, dengan komponen yang belum. "
                     "Angka ini dihitung dari berkas standar; bukan nilai atau zona penilaian."),
            Fragment("isi", "sp_kepatuhan.html", {"rows": rows, "without": without, "total": len(COMPONENTS),
                                                  "data_files": (DATASET + ".csv", DATASET + ".json")})),
            meta={"search": {"exclude": True}}, updated=view.build_date)
        return [listing, compliance]

    def nav(self, view: SiteView) -> tuple:
        return ("Layanan", [(None, INDEX), ("Kepatuhan standar pelayanan", COMPLIANCE)] + view.sections(CODE))

    def home(self, view: SiteView) -> list[Fragment]:
        services = sorted((s for s in view.of_kind(CODE) if s.status == BERLAKU), key=lambda s: s.title.lower())
        # a dozen on the home page (it must stay light on a phone); the Layanan tab lists them all
        return [Fragment("layanan", "sp_beranda.html", {"services": services[:HOME_SERVICES],
                                                        "count": len(services), "index": INDEX})]

    def data(self, std: SpStandard, view: SiteView) -> dict:
        state = components(std, view)
        return {"biaya": std.biaya_teks if std.biaya is not None else None, "biaya_rupiah": std.biaya,
                "jangka_waktu": std.meta.get("jangka_waktu"),
                "komponen": state, "komponen_terisi": sum(state.values()),
                "komponen_belum": missing(std, view)}

    def csv_row(self, std: SpStandard, view: SiteView) -> dict:
        return {"layanan_unit": std.meta.get("unit_layanan") or "",
                "layanan_jangka_waktu": std.meta.get("jangka_waktu") or "",
                "layanan_biaya": std.biaya_teks if std.biaya is not None else "",
                "layanan_biaya_rupiah": "" if std.biaya is None else std.biaya,
                "layanan_persyaratan": "; ".join(std.meta.get("persyaratan") or ()),
                "layanan_produk": "; ".join(std.meta.get("produk") or ()),
                "layanan_sop": "; ".join(std.meta.get("sop") or ()),
                "komponen_terisi": sum(components(std, view).values()),
                "komponen_belum": "; ".join(missing(std, view))}

    def datasets(self, view: SiteView) -> list[Dataset]:
        rows = []
        for std in view.by_opd_and_title(view.of_kind(CODE)):
            row = {"pemda": view.pemda.get("nama", ""), "kode_opd": std.opd, "opd": view.opd_name(std.opd),
                   "layanan": std.title, "status": std.status, "url": view.absolute(view.url(std.src_uri))}
            state = components(std, view)
            row.update({key: int(state[key]) for key, _ in COMPONENTS})
            row["komponen_terisi"] = sum(state.values())
            rows.append(row)
        columns = ("pemda", "kode_opd", "opd", "layanan", "status", "url", *(k for k, _ in COMPONENTS),
                   "komponen_terisi")
        header = {"judul": "Kepatuhan standar pelayanan: komponen yang diisi", "pemda": view.pemda.get("nama", ""),
                  "dasar": REGULATION, "konten_contoh": bool(view.pemda.get("konten_contoh")),
                  "tanggal": view.build_date.isoformat() if view.build_date else None,
                  "komponen": {key: label for key, label in COMPONENTS}}
        return [Dataset(DATASET, "Kepatuhan standar pelayanan per layanan",
                        "Standar pelayanan: satu baris per layanan, 1 bila komponennya diisi",
                        f"Untuk setiap standar pelayanan yang terbit: 14 komponen {REGULATION}, 1 bila diisi, "
                        "0 bila belum, dan jumlahnya.", ("standar pelayanan", "kepatuhan", "pelayanan publik"),
                        columns, rows, header, 0)]

    # -- new files ---------------------------------------------------------------------------
    def new_file(self, answers: dict, opd, known: Known, today: dt.date) -> NewFile:
        return titled(answers, "nama layanan")


def _reported(ctx: Context, key: str) -> bool:
    """The field already has a message (a placeholder, a wrong value): one is enough."""
    return any(d.field and d.field.split(".")[0] == key for d in ctx.diagnostics)
