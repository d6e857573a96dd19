"""SPM: Standar Pelayanan Minimal (UU 23/2014; PP 2/2018; Permendagri 59/2021): a service of
the national catalogue, its quality standard and its achievement per year, with the
dashboard of the whole catalogue."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from functools import cached_property

from ...model import catalogue as catalogue_module
from ...model import fields
from ...model.capaian import bulat, bulat_indeks
from ...model.catalogue import Catalogue
from ...model.diagnostics import GALAT, Diagnostic
from ...model.kind import Dataset, Facts, Kind, Known, Link, NewFile, Refused, TemplateSpec
from ...model.page import BODY, Fragment, Markdown, PagePlan, Sheet
from ...model.schema import Context, Date, Decimal, Field, Integer, ListOf, MapOf, Record, Text, suggest
from ...model.standard import Standard
from ...model.view import SiteView
from ..sop import CODE as SOP
from . import coverage
from .coverage import Capaian, Cakupan

CODE = "spm"
DASHBOARD = f"{CODE}/index.md"

MUTU = Record(fields=[
    Field("barang_jasa", fields.text_list(), False, "Barang dan/atau jasa yang harus tersedia.",
          ["Buku KIA"]),
    Field("sdm", fields.text_list(), False, "Sumber daya manusia yang diperlukan.", ["Bidan"]),
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

FIELDS = Record(fields=[
    Field("layanan", Text(pattern=fields.SLUG, pattern_hint="kode layanan dari katalog SPM"), True,
          "Kode jenis pelayanan dasar dari katalog SPM nasional; bidang mengikuti dari kode ini.",
          "kes-ibu-hamil", options=catalogue_module.layanan_options),
    Field("judul", Text(max_length=300), False, "Judul; bawaan: nama layanan dari katalog.",
          "Pelayanan Kesehatan Ibu Hamil"),
    Field("nomor", Text(max_length=120), False,
          "Nomor keputusan daerah; unik jika diisi; dalam tanda kutip.", "440/SPM-DINKES/001/2025"),
    Field("status", fields.STATUS, True, "draf, berlaku, atau dicabut.", "berlaku"),
    Field("tanggal_efektif", Date(), True, "Tanggal mulai berlaku.", "2025-01-02"),
    Field("disahkan_oleh", fields.PENGESAH, True, "Pejabat yang mengesahkan: jabatan, nama, NIP.",
          {"jabatan": "Kepala Dinas Kesehatan", "nama": "Contoh Nama, S.KM", "nip": "197805122005022003"}),
    Field("dasar_hukum", fields.text_list(1), True,
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
    Field("riwayat", ListOf(item=fields.RIWAYAT), False, "Riwayat perubahan.",
          [{"tanggal": "2025-06-02", "uraian": "Pemutakhiran data capaian"}]),
    Field("tags", ListOf(item=fields.TAG, unique=True), False, "Kata kunci.", ["kesehatan"]),
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


SETTINGS = (
    Field("indeks_spm", INDEKS_SPM, False,
          "Indeks capaian SPM: bobot dan kategori (perlu diverifikasi terhadap Permendagri 59/2021).",
          {"bobot_penerima": 0.8, "bobot_mutu": 0.2}),
    Field("spm_penanggung_jawab", MapOf(key=Text(pattern=fields.SLUG, pattern_hint="kode bidang atau "
                                                 "kode layanan dari katalog SPM"),
                                        value=Text(pattern=fields.SLUG, pattern_hint=fields.SLUG_HINT)),
          False,
          "OPD penanggung jawab tiap bidang atau jenis layanan SPM, juga yang belum punya standar: "
          "kode bidang atau kode layanan dari katalog, lalu kode OPD. Kode layanan mengalahkan "
          "kode bidang; OPD yang menerbitkan standar selalu menjadi penanggung jawabnya.",
          {"kesehatan": "dinkes", "tr-informasi-rawan-bencana": "bpbd"}),
)


class SpmStandard(Standard):
    """An SPM: its service in the catalogue and its yearly figures."""

    @property
    def layanan(self):
        return catalogue_module.load().layanan.get(self.meta.get("layanan"))

    @property
    def bidang(self):
        return self.layanan.bidang if self.layanan else None

    @property
    def title(self) -> str:
        return self.meta.get("judul") or (self.layanan.nama if self.layanan else self.slug)

    @cached_property
    def capaian(self) -> list[Capaian]:
        return sorted((Capaian(**entry) for entry in (self.meta.get("capaian") or ())),
                      key=lambda c: c.tahun)


# -- legal basis -------------------------------------------------------------------------------
_JENIS = (  # long names of regulation kinds as written in full, and their usual short forms
    ("peraturan menteri pendidikan, kebudayaan, riset, dan teknologi", "permendikbudristek"),
    ("peraturan menteri pekerjaan umum dan perumahan rakyat", "permenpupr"),
    ("peraturan menteri pupr", "permenpupr"), ("permen pupr", "permenpupr"),
    ("peraturan menteri dalam negeri", "permendagri"), ("peraturan menteri kesehatan", "permenkes"),
    ("peraturan menteri sosial", "permensos"), ("peraturan pemerintah", "pp"),
    ("peraturan presiden", "perpres"), ("undang-undang", "uu"),
)
_NOMOR = re.compile(r"^(.*?)\b(?:nomor|no\.)\s*([0-9][\w/.-]*)(?:\s+tahun\s+(\d{4}))?", re.IGNORECASE)


def _regulation_key(text: str) -> tuple:
    match = _NOMOR.match(text.strip())
    if not match:
        return ("teks", " ".join(text.lower().split()))
    jenis = " ".join(match.group(1).lower().split())
    for long, short in _JENIS:
        if jenis.startswith(long):
            jenis = short
            break
    return (jenis.replace(" ", ""), match.group(2).lower().rstrip("."), match.group(3))


def dasar_hukum(std: SpmStandard) -> list[str]:
    """The file's legal basis, then the bidang's technical standard from the catalogue unless
    the file already names it (in full or in short: "Permenkes Nomor 6 Tahun 2024")."""
    items = list(std.meta.get("dasar_hukum") or ())
    seen = {_regulation_key(item) for item in items}
    for item in std.bidang.standar_teknis if std.bidang else ():
        key = _regulation_key(item)
        if key not in seen:
            items.append(item)
            seen.add(key)
    return items


# -- open data -----------------------------------------------------------------------------------
KOLOM = ("pemda", "kode_bidang", "bidang", "kode_layanan", "layanan", "kode_opd", "opd", "status",
         "url", "tahun", "sasaran", "terlayani", "capaian_penerima_persen", "mutu_sasaran",
         "mutu_terpenuhi", "capaian_mutu_persen", "indeks", "kategori")
DATASET = "data/spm-capaian"
_DESIMAL_DATA = 2


def baris_data(view: SiteView) -> list[dict]:
    """One row per service per year, with the computed percentages, in the catalogue's order."""
    rows = []
    for row in view.summaries[CODE].baris:
        std = row.standar
        if std is None:
            continue
        for year in row.tahunan:
            rows.append({
                "pemda": view.pemda.get("nama", ""), "kode_bidang": row.layanan.bidang.kode,
                "bidang": row.layanan.bidang.nama, "kode_layanan": row.layanan.kode,
                "layanan": row.layanan.nama, "kode_opd": std.opd, "opd": view.opd_name(std.opd),
                "status": std.status, "url": view.absolute(view.url(std.src_uri)), "tahun": year.tahun,
                "sasaran": year.sasaran, "terlayani": year.terlayani,
                "capaian_penerima_persen": bulat(year.persen_penerima, _DESIMAL_DATA),
                "mutu_sasaran": year.mutu_sasaran, "mutu_terpenuhi": year.mutu_terpenuhi,
                "capaian_mutu_persen": bulat(year.persen_mutu, _DESIMAL_DATA),
                "indeks": bulat_indeks(year.indeks, _DESIMAL_DATA), "kategori": year.kategori,
            })
    return rows


class Spm(Kind):
    code = CODE
    label = "SPM"
    name = "Standar Pelayanan Minimal"
    fields = FIELDS
    standard = SpmStandard
    settings_fields = SETTINGS
    files = (DATASET + ".json", DATASET + ".csv")
    questions = ("layanan",)
    name_fields = ("judul", "layanan")
    reference = ""
    template = TemplateSpec(
        body=("## Pernyataan Standar\n\n<isi hak penerima layanan menurut SPM ini>\n\n"
              "## Langkah Penerapan\n\n<isi pengumpulan data, penghitungan kebutuhan, penyusunan "
              "rencana dan pelaksanaan>\n"),
        hints={"layanan": "kode layanan dari katalog SPM, misalnya kes-ibu-hamil"},
        quoted=frozenset({"sop_terkait"}),
    )
    csv_columns = ("layanan", "bidang", "capaian_tahun", "capaian_persen")

    # -- reading -----------------------------------------------------------------------------
    def check(self, meta: dict, raw: dict, ctx: Context, facts: Facts) -> None:
        kode = meta.get("layanan")
        layanan = catalogue_module.load().layanan.get(kode) if kode else None
        if kode and layanan is None:
            ctx.error(("layanan",), f"'{kode}' tidak ada di katalog SPM nasional"
                                   + suggest(kode, catalogue_module.load().layanan))
        if layanan:
            facts.keys["layanan"] = kode
        years: dict[int, int] = {}
        for index, entry in enumerate(meta.get("capaian") or ()):
            path = ("capaian", index)
            if entry["tahun"] in years:
                ctx.error(path + ("tahun",), f"tahun {entry['tahun']} ditulis dua kali (juga butir "
                                             f"ke-{years[entry['tahun']] + 1})")
            years.setdefault(entry["tahun"], index)
            if entry["terlayani"] > entry["sasaran"]:
                ctx.error(path + ("terlayani",), f"terlayani ({entry['terlayani']}) lebih besar dari "
                                                 f"sasaran ({entry['sasaran']})")
            quality = (entry["mutu_sasaran"] is not None, entry["mutu_terpenuhi"] is not None)
            if quality[0] != quality[1]:
                missing = "mutu_terpenuhi" if quality[0] else "mutu_sasaran"
                ctx.error(path + (missing,), "mutu_sasaran dan mutu_terpenuhi diisi berpasangan")
            elif quality[0] and entry["mutu_terpenuhi"] > entry["mutu_sasaran"]:
                ctx.error(path + ("mutu_terpenuhi",), f"mutu_terpenuhi ({entry['mutu_terpenuhi']}) lebih "
                                                      f"besar dari mutu_sasaran ({entry['mutu_sasaran']})")
        for index, nomor in enumerate(meta.get("sop_terkait") or ()):
            path = ("sop_terkait", index)
            facts.links.append(Link(nomor, path, ctx.line(path), "sop_terkait", (SOP,)))

    def cites(self, std: SpmStandard) -> list[str]:
        return list(std.meta.get("sop_terkait") or ())

    def cross_check(self, files: list[Facts], every: dict) -> list:
        """One SPM per service."""
        by_layanan: dict[str, list[Facts]] = {}
        for facts in files:
            if facts.keys.get("layanan"):
                by_layanan.setdefault(facts.keys["layanan"], []).append(facts)
        problems = []
        for kode, group in by_layanan.items():
            for facts in group if len(group) > 1 else ():
                others = ", ".join(f.rel for f in group if f is not facts)
                problems.append(Diagnostic(
                    facts.rel, None, GALAT,
                    f"kolom 'layanan': layanan '{kode}' sudah punya SPM di {others}; satu SPM per layanan",
                    "layanan"))
        return problems

    def check_settings(self, settings: dict, ctx: Context, catalogue: Catalogue,
                       registry: dict | None) -> None:
        base = ("pengaturan",)
        conf = settings.get("indeks_spm") or {}
        penerima, mutu = conf.get("bobot_penerima"), conf.get("bobot_mutu")
        if penerima is not None and mutu is not None and abs(penerima + mutu - 1.0) > 1e-6:
            ctx.error(base + ("indeks_spm",), f"bobot_penerima + bobot_mutu harus 1, sekarang "
                                              f"{penerima:g} + {mutu:g} = {penerima + mutu:g}")
        kategori = conf.get("kategori") or []
        for index, item in enumerate(kategori):
            path = base + ("indeks_spm", "kategori", index, "batas")
            if index and item["batas"] >= kategori[index - 1]["batas"]:
                ctx.error(path, f"{item['batas']:g} harus lebih kecil dari batas kategori sebelumnya "
                                f"({kategori[index - 1]['batas']:g}); urutkan dari yang tertinggi")
        if kategori and kategori[-1]["batas"] != 0:
            ctx.error(base + ("indeks_spm", "kategori", len(kategori) - 1, "batas"),
                      "kategori terakhir harus berbatas 0 agar setiap nilai indeks mendapat kategori")
        codes = {b.kode for b in catalogue.bidang} | set(catalogue.layanan)
        for key, opd in (settings.get("spm_penanggung_jawab") or {}).items():
            path = base + ("spm_penanggung_jawab", key)
            if key not in codes:
                ctx.error(path, f"'{key}' bukan kode bidang atau kode layanan di katalog SPM"
                                + suggest(key, codes))
            if registry is not None and opd not in registry:
                ctx.error(path, f"OPD '{opd}' tidak ada di opd.yml" + suggest(opd, registry))

    # -- publishing --------------------------------------------------------------------------
    def summarize(self, standards: list, catalogue: Catalogue, settings: dict) -> Cakupan:
        return coverage.cakupan(standards, catalogue, settings)

    def page(self, std: SpmStandard, view: SiteView) -> list:
        """The catalogue service and who answers for it, mutu, achievement by year (table and
        chart), related SOPs, the author's text, history."""
        data: Cakupan = view.summaries[CODE]
        rows = coverage.riwayat_capaian(std, data.pengaturan)
        by_year = {r.tahun: r for r in rows}
        years = [by_year.get(y) or y for y in range(rows[0].tahun, rows[-1].tahun + 1)] if rows else []
        sop_terkait = [view.by_nomor[n] for n in std.meta.get("sop_terkait") or ()]
        mutu = std.meta.get("mutu") or {}
        parts = [Markdown("## Identitas SPM"),
                 Fragment("identitas", "spm_identitas.html",
                          {"std": std, "opd": view.registry[std.opd], "dasar_hukum": dasar_hukum(std)})]
        if mutu.get("barang_jasa") or mutu.get("sdm"):
            parts += [Markdown("## Mutu pelayanan dasar"),
                      Fragment("mutu", "spm_mutu.html", {"mutu": mutu})]
        parts += [Markdown("## Capaian"),
                  Fragment("capaian", "spm_capaian.html",
                           {"std": std, "rows": rows, "years": years, "latest": rows[-1] if rows else None,
                            "tren": coverage.tren(rows), "indeks": data.pengaturan,
                            "dashboard": DASHBOARD})]
        if sop_terkait:
            parts += [Markdown("## SOP terkait"),
                      Fragment("sop_terkait", "spm_sop_terkait.html", {"sop_terkait": sop_terkait})]
        return parts + [BODY, Markdown("## Riwayat perubahan {: data-search-exclude }"),
                        Fragment("riwayat", "riwayat.html", {"std": std})]

    def sheet(self, std: SpmStandard, view: SiteView) -> Sheet:
        return Sheet()  # an SPM has no official printed sheet of its own

    def pages(self, view: SiteView) -> list[PagePlan]:
        """``spm/``: the 6 bidang and 29 services of the catalogue, which have a standard, who
        answers for each, the latest capaian against the 100 % target and the trend."""
        data: Cakupan = view.summaries[CODE]
        parts = [Fragment("ringkasan", "spm_ringkasan.html", {"data": data}),
                 Markdown("## Ringkasan per bidang {#ringkasan-bidang}"),
                 Fragment("bidang", "spm_bidang_ringkas.html", {"data": data})]
        for group in data.bidang:
            parts += [Markdown(f"## {group.bidang.nama} {{#{group.bidang.kode}}}"),
                      Fragment(f"bidang-{group.bidang.kode}", "spm_bidang.html", {"group": group})]
        spms = view.of_kind(CODE)
        parts += [Markdown("## Daftar SPM {#daftar}"),
                  Fragment("daftar", "daftar.html", {
                      "standards": sorted(spms, key=lambda s: (view.opd_name(s.opd).lower(), s.title.lower())),
                      "table_id": "daftar-spm", "caption": "Daftar SPM", "show_opd": True}),
                  Markdown("## Cara membaca dan data terbuka {#catatan}"),
                  Fragment("catatan", "spm_catatan.html",
                           {"data": data, "data_files": (DATASET + ".csv", DATASET + ".json")})]
        return [PagePlan(DASHBOARD, "Daftar SPM dan Capaian", tuple(parts),
                         meta={"description": f"{data.kalimat}: standar, penanggung jawab dan capaian SPM "
                                              f"{view.pemda.get('nama_singkat', '')}".strip()},
                         updated=max((s.last_changed for s in spms), default=None))]

    def nav(self, view: SiteView) -> tuple:
        sections = []
        spms = view.of_kind(CODE)
        for bidang in view.catalogue.bidang:
            items = [(s.title, s.src_uri) for s in spms if s.bidang is bidang]
            if items:
                sections.append((bidang.nama, sorted(items, key=lambda e: e[0].lower())))
        return (self.label, [(None, DASHBOARD)] + sections)

    def home(self, view: SiteView) -> list[Fragment]:
        catalogue = view.catalogue
        with_spm = {s.layanan.kode for s in view.of_kind(CODE)}
        bidang = [{"kode": b.kode, "nama": b.nama, "total": len(catalogue.in_bidang(b)),
                   "count": sum(item.kode in with_spm for item in catalogue.in_bidang(b))}
                  for b in catalogue.bidang]
        return [Fragment("spm", "spm_beranda.html", {"bidang": bidang})]

    def data(self, std: SpmStandard, view: SiteView) -> dict:
        return {"layanan": {"kode": std.layanan.kode, "nama": std.layanan.nama,
                            "penerima": std.meta.get("penerima") or std.layanan.penerima},
                "bidang": {"kode": std.bidang.kode, "nama": std.bidang.nama},
                "capaian": [{"tahun": c.tahun, "persen_penerima": bulat(c.persen_penerima, 2),
                             "persen_mutu": bulat(c.persen_mutu, 2)}
                            for c in coverage.riwayat_capaian(std, view.summaries[CODE].pengaturan)]}

    def csv_row(self, std: SpmStandard, view: SiteView) -> dict:
        latest = coverage.tahunan(std.capaian[-1], view.summaries[CODE].pengaturan) if std.capaian else None
        return {"layanan": std.layanan.kode, "bidang": std.bidang.nama,
                "capaian_tahun": latest.tahun if latest else "",
                "capaian_persen": "" if latest is None or latest.persen_penerima is None
                else bulat(latest.persen_penerima, 2)}

    def datasets(self, view: SiteView) -> list[Dataset]:
        """Every service's every year, for aggregation."""
        data: Cakupan = view.summaries[CODE]
        header = {
            "judul": "Capaian Standar Pelayanan Minimal", "pemda": view.pemda.get("nama", ""),
            "provinsi": view.pemda.get("provinsi", ""), "konten_contoh": bool(view.pemda.get("konten_contoh")),
            "tanggal": view.build_date.isoformat() if view.build_date else None,
            "versi_katalog": view.catalogue.version,
            "rumus": {
                "capaian_penerima_persen": "terlayani / sasaran x 100 (kosong bila sasaran 0)",
                "capaian_mutu_persen": "mutu_terpenuhi / mutu_sasaran x 100 (kosong bila tidak diisi)",
                "indeks": f"{data.pengaturan.bobot_penerima:g} x capaian_penerima_persen + "
                          f"{data.pengaturan.bobot_mutu:g} x capaian_mutu_persen (kosong tanpa data mutu)",
            },
            "kategori": [{"batas": k.batas, "label": k.label} for k in data.pengaturan.kategori],
        }
        return [Dataset(DATASET, "Capaian SPM per layanan per tahun",
                        "Capaian SPM: satu baris per layanan per tahun, dengan persentase",
                        "Sasaran, terlayani dan capaian (%) setiap jenis pelayanan dasar SPM per tahun.",
                        ("SPM", "capaian"), KOLOM, baris_data(view), header, _DESIMAL_DATA)]

    # -- new files ---------------------------------------------------------------------------
    def occupied(self, answers: dict, known: Known) -> str | None:
        return existing(known, answers.get("layanan"))

    def new_file(self, answers: dict, opd, known: Known, today: dt.date) -> NewFile:
        kode = (answers.get("layanan") or "").strip()
        layanan = known.catalogue.layanan.get(kode)
        if layanan is None:
            close = difflib.get_close_matches(kode, list(known.catalogue.layanan), n=1, cutoff=0.5)
            hint = f"; maksud Anda '{close[0]}'?" if close else ""
            raise Refused(f"layanan '{kode}' tidak ada di katalog SPM{hint} (lihat: standar baru spm "
                          "tanpa --layanan untuk daftarnya)")
        other = existing(known, kode)
        if other:
            raise Refused(f"layanan '{kode}' sudah punya SPM: {other}; ubah berkas itu, satu SPM per layanan")
        prefill = {"layanan": kode}
        if answers.get("judul"):
            prefill["judul"] = answers["judul"].strip()
        if answers.get("nomor"):
            prefill["nomor"] = answers["nomor"]
        return NewFile(prefill=prefill, name=answers.get("judul") or layanan.nama)


def existing(known: Known, layanan: str) -> str | None:
    """The file of the SPM of a service, if there is one."""
    for std in known.standards:
        if std.kind == CODE and std.layanan and std.layanan.kode == layanan:
            return std.path
    return None
