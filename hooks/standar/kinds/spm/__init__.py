"""SPM: Standar Pelayanan Minimal (UU 23/2014; PP 2/2018; Permendagri 59/2021): an OPD's
report for a service of the national catalogue (its figures per year as published, with their
source), and the dashboard of the whole catalogue per reporting year."""

from __future__ import annotations

import datetime as dt
import difflib
from functools import cached_property

from ...model import catalogue as catalogue_module, sitemap
from ...model.catalogue import Catalogue
from ...model.diagnostics import GALAT, Diagnostic
from ...model.kind import Dataset, Facts, Kind, Link, NewFile, Refused, TemplateSpec
from ...model.page import BODY, Fragment, Markdown, PagePlan, Sheet
from ...model.schema import Context, dotted, label, suggest
from ...model.standard import Standard
from ...model.view import SiteView
from ..sop import CODE as SOP
from . import coverage, data
from .content import CAPAIAN, FIELDS, SETTINGS  # noqa: F401 (CAPAIAN: the record of a year, for its readers)
from .coverage import Cakupan, Capaian

CODE = "spm"
DASHBOARD = sitemap.kind_page(CODE)


def year_page(tahun: int) -> str:
    """The dashboard of one reporting year: ``spm/2024/`` (not an index.md, which the theme
    would take for the index of the section listing the years)."""
    return f"{CODE}/{tahun}.md"


def service_page(kode: str) -> str:
    """One service of the catalogue, every year and every report: ``spm/kes-balita/``."""
    return f"{CODE}/{kode}/index.md"


class SpmStandard(Standard):
    """An SPM file: its service in the catalogue and its yearly figures."""

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
        return sorted((coverage.capaian_of(entry) for entry in (self.meta.get("capaian") or ())),
                      key=lambda c: c.tahun)


# -- checks of one year ------------------------------------------------------------------------
def _pair(entry: dict, path: tuple, ctx: Context, total: str, part: str) -> bool:
    """``total`` and ``part`` written together and ``part`` not above ``total``; whether any is."""
    given = (entry.get(total) is not None, entry.get(part) is not None)
    if given[0] != given[1]:
        ctx.error(path + (part if given[0] else total,), f"{total} dan {part} diisi berpasangan")
    elif given[0] and entry[part] > entry[total]:
        ctx.error(path + (part,), f"{part} ({entry[part]}) lebih besar dari {total} ({entry[total]})")
    return any(given)


def _check_figures(entry: dict, path: tuple, ctx: Context, what: str) -> None:
    """Counts in pairs, no more served than targeted, a percentage only without counts; some
    figure unless ``what`` is empty (a year with indicators needs none)."""
    counts = _pair(entry, path, ctx, "sasaran", "terlayani")
    if entry.get("persen") is not None and counts:
        ctx.error(path + ("persen",), "persen tidak diisi bila sasaran dan terlayani ada: persentasenya "
                                      "dihitung dari angka; hapus baris persen")
    if not counts and entry.get("persen") is None and what:
        ctx.error(path, f"isi sasaran dan terlayani, atau persen bila {what} hanya memuat persentase")


def check_year(entry: dict, path: tuple, ctx: Context) -> None:
    _check_figures(entry, path, ctx, "" if entry.get("indikator") else "laporannya")
    if entry.get("persen") is not None and entry.get("sasaran") is None and not entry.get("sumber"):
        ctx.error(path + ("persen",), "persentase tanpa angka harus disertai sumber: tambahkan 'sumber' "
                                      "dengan dokumen (dan halaman atau tabelnya) atau alamat web")
    sumber = entry.get("sumber")
    if sumber is not None and not (sumber.get("dokumen") or sumber.get("alamat")):
        ctx.error(path + ("sumber",), "sebutkan dokumen atau alamat web sumber angka")
    _pair(entry, path, ctx, "mutu_sasaran", "mutu_terpenuhi")
    for g, group in enumerate(entry.get("rincian") or ()):
        rows = group["baris"]
        for r, row in enumerate(rows):
            _check_figures(row, path + ("rincian", g, "baris", r), ctx, "sumbernya")
        total = sum(row.get("sasaran") or 0 for row in rows)
        if entry.get("sasaran") is not None and all(row.get("sasaran") is not None for row in rows) \
                and total != entry["sasaran"]:
            ctx.warning(path + ("rincian", g), f"jumlah sasaran rincian menurut {group['menurut'].lower()} "
                                               f"({total}) tidak sama dengan sasaran tahun ini "
                                               f"({entry['sasaran']}); periksa angkanya")


class Spm(Kind):
    code = CODE
    label = "SPM"
    name = "Standar Pelayanan Minimal"
    fields = FIELDS
    standard = SpmStandard
    settings_fields = SETTINGS
    files = data.FILES
    questions = ("layanan",)
    name_fields = ("judul", "layanan")
    reference = ("Satu berkas SPM adalah laporan satu OPD untuk satu jenis pelayanan dasar. Satu "
                 "layanan boleh dilaporkan beberapa OPD (satu berkas per OPD), dan satu OPD boleh "
                 "menulis satu berkas per tahun. Capaian setiap tahun ditulis seperti diterbitkan: "
                 "`sasaran` dan `terlayani`, atau `persen` saja dengan `sumber`-nya.")
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
        years: dict[int, int] = {}
        for index, entry in enumerate(meta.get("capaian") or ()):
            path = ("capaian", index)
            if entry["tahun"] in years:
                ctx.error(path + ("tahun",), f"tahun {entry['tahun']} ditulis dua kali (juga butir "
                                             f"ke-{years[entry['tahun']] + 1})")
            years.setdefault(entry["tahun"], index)
            check_year(entry, path, ctx)
        if layanan:
            facts.keys["layanan"] = kode
            facts.keys["tahun"] = [(tahun, index, ctx.line(("capaian", index, "tahun")))
                                   for tahun, index in years.items()]
        for index, nomor in enumerate(meta.get("sop_terkait") or ()):
            path = ("sop_terkait", index)
            facts.links.append(Link(nomor, path, ctx.line(path), "sop_terkait", (SOP,)))

    def cites(self, std: SpmStandard) -> list[str]:
        return list(std.meta.get("sop_terkait") or ())

    def cross_check(self, files: list[Facts], every: dict) -> list:
        """One figure per OPD per service per year: an OPD may split a service's years over
        several files, or several OPDs report one service, but no year twice from one OPD."""
        reported: dict[tuple, list] = {}
        for facts in files:
            opd = facts.rel.split("/")[-3]
            for tahun, index, line in facts.keys.get("tahun", ()):
                reported.setdefault((facts.keys["layanan"], opd, tahun), []).append((facts, index, line))
        problems = []
        for (kode, opd, tahun), group in reported.items():
            for facts, index, line in group if len(group) > 1 else ():
                others = ", ".join(f"{f.rel} baris {n}" for f, _, n in group if f is not facts)
                path = ("capaian", index, "tahun")
                problems.append(Diagnostic(
                    facts.rel, line, GALAT,
                    f"kolom '{label(path)}': OPD '{opd}' juga melaporkan layanan '{kode}' tahun {tahun} "
                    f"di {others}; satu angka per OPD per tahun: hapus salah satunya", dotted(path)))
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
        """The report: its service and who answers for it, mutu, its own figures per year (table
        and chart, with sources, breakdowns, indicators and the regulation in force), a link to
        the service's every year, related SOPs, the author's text, history."""
        cakupan: Cakupan = view.summaries[CODE]
        rows = coverage.riwayat_berkas(std, cakupan.pengaturan)
        sop_terkait = [view.by_nomor[n] for n in std.meta.get("sop_terkait") or ()]
        mutu = std.meta.get("mutu") or {}
        parts = [Markdown("## Identitas SPM"),
                 Fragment("identitas", "spm_identitas.html",
                          {"std": std, "opd": view.registry[std.opd], "regulasi": _regulations(rows),
                           "layanan_url": service_page(std.layanan.kode)})]
        if mutu.get("barang_jasa") or mutu.get("sdm"):
            parts += [Markdown("## Mutu pelayanan dasar"),
                      Fragment("mutu", "spm_mutu.html", {"mutu": mutu})]
        others = [s for s in cakupan.layanan(std.layanan.kode).standar if s is not std]
        parts += [Markdown("## Capaian"),
                  Fragment("capaian", "spm_capaian.html",
                           {"rows": rows, "judul": std.title, "pengaturan": cakupan.pengaturan,
                            "layanan_url": service_page(std.layanan.kode), "lain": others,
                            "dashboard": DASHBOARD})]
        if sop_terkait:
            parts += [Markdown("## SOP terkait"),
                      Fragment("sop_terkait", "spm_sop_terkait.html", {"sop_terkait": sop_terkait})]
        return parts + [BODY, Markdown("## Riwayat perubahan {: data-search-exclude }"),
                        Fragment("riwayat", "riwayat.html", {"std": std})]

    def sheet(self, std: SpmStandard, view: SiteView) -> Sheet:
        return Sheet()  # an SPM has no official printed sheet of its own

    def pages(self, view: SiteView) -> list[PagePlan]:
        """``spm/`` (the latest reporting year), ``spm/<tahun>/`` for every reporting year, and
        ``spm/<kode layanan>/`` for every service with a report."""
        cakupan: Cakupan = view.summaries[CODE]
        spms = view.of_kind(CODE)
        plans = [self._dashboard(view, cakupan, cakupan.terbaru, DASHBOARD, spms)]
        plans += [self._dashboard(view, cakupan, tahun, year_page(tahun), spms) for tahun in cakupan.tahun]
        for row in cakupan.baris:
            if row.standar:
                plans.append(PagePlan(
                    service_page(row.layanan.kode), row.layanan.nama,
                    (Fragment("layanan", "spm_layanan.html", {"row": row, "regulasi": _regulations(row.riwayat)}),
                     Markdown("## Capaian per tahun {#capaian}"),
                     Fragment("capaian", "spm_capaian.html",
                              {"rows": row.riwayat, "judul": row.layanan.nama, "pengaturan": cakupan.pengaturan,
                               "layanan_url": None, "lain": (), "dashboard": DASHBOARD})),
                    meta={"description": f"Capaian SPM {row.layanan.nama} setiap tahun: "
                                         f"{view.pemda.get('nama_singkat', '')}".strip()},
                    updated=max(s.last_changed for s in row.standar)))
        return plans

    def _dashboard(self, view: SiteView, cakupan: Cakupan, tahun, src_uri: str, spms: list) -> PagePlan:
        data_year = cakupan.pada(tahun)
        main = src_uri == DASHBOARD
        context = {"data": data_year, "cakupan": cakupan,
                   "tahun_url": {y: year_page(y) for y in cakupan.tahun}}
        short = {kode: opd.singkatan for kode, opd in view.registry.items()}
        parts = [Fragment("ringkasan", "spm_ringkasan.html", context),
                 Markdown("## Ringkasan per bidang {#ringkasan-bidang}"),
                 Fragment("bidang", "spm_bidang_ringkas.html", context)]
        for group in data_year.bidang:
            parts += [Markdown(f"## {group.bidang.nama} {{#{group.bidang.kode}}}"),
                      Fragment(f"bidang-{group.bidang.kode}", "spm_bidang.html",
                               {"group": group, "layanan_url": service_page, "opd_short": short})]
        if main:
            parts += [Markdown("## Daftar SPM {#daftar}"),
                      Fragment("daftar", "daftar.html", {
                          "standards": view.by_opd_and_title(spms),
                          "table_id": "daftar-spm", "caption": "Daftar SPM", "show_opd": True})]
        parts += [Markdown("## Cara membaca dan data terbuka {#catatan}"),
                  Fragment("catatan", "spm_catatan.html",
                           {"data": data_year, "pengaturan": cakupan.pengaturan, "files": data.DOWNLOADS})]
        title = "Daftar SPM dan Capaian" if main else f"Capaian SPM Tahun {tahun}"
        meta = {"description": f"{data_year.kalimat}: capaian, indeks dan penanggung jawab SPM "
                               f"{view.pemda.get('nama_singkat', '')}".strip()}
        if not main:
            meta["search"] = {"exclude": True}  # the same rows as the dashboard, another year
        counted = [s for s in spms if tahun is None or any(c.tahun == tahun for c in s.capaian)]
        return PagePlan(src_uri, title, tuple(parts), meta=meta,
                        updated=max((s.last_changed for s in counted or spms), default=None))

    def nav(self, view: SiteView) -> tuple:
        cakupan: Cakupan = view.summaries[CODE]
        entries = [(None, DASHBOARD)]
        if cakupan.tahun:
            entries.append(("Capaian per tahun", [(f"Tahun {y}", year_page(y)) for y in reversed(cakupan.tahun)]))
        for bidang in view.catalogue.bidang:
            services = []
            for row in cakupan.baris:
                if row.layanan.bidang is bidang and row.standar:
                    files = view.by_opd_and_title(row.standar)
                    services.append((row.layanan.nama, [(None, service_page(row.layanan.kode))]
                                     + [(s.title, s.src_uri) for s in files]))
            if services:
                entries.append((bidang.nama, services))
        return (self.label, entries)

    def home(self, view: SiteView) -> list[Fragment]:
        cakupan: Cakupan = view.summaries[CODE]
        return [Fragment("spm", "spm_beranda.html", {"data": cakupan.pada(cakupan.terbaru)})]

    def data(self, std: SpmStandard, view: SiteView) -> dict:
        rows = coverage.riwayat_berkas(std, view.summaries[CODE].pengaturan)
        return {"layanan": {"kode": std.layanan.kode, "nama": std.layanan.nama,
                            "penerima": std.meta.get("penerima") or std.layanan.penerima},
                "bidang": {"kode": std.bidang.kode, "nama": std.bidang.nama},
                "capaian": [data.year_values(row) for row in rows]}

    def csv_row(self, std: SpmStandard, view: SiteView) -> dict:
        rows = coverage.riwayat_berkas(std, view.summaries[CODE].pengaturan)
        latest = rows[-1] if rows else None
        return {"layanan": std.layanan.kode, "bidang": std.bidang.nama,
                "capaian_tahun": latest.tahun if latest else "",
                "capaian_persen": "" if latest is None or latest.persen_penerima is None
                else data.two_places(latest.persen_penerima)}

    def datasets(self, view: SiteView) -> list[Dataset]:
        return data.datasets(view, view.summaries[CODE], service_page)

    # -- new files ---------------------------------------------------------------------------
    def new_file(self, answers: dict, opd, known, today: dt.date) -> NewFile:
        kode = (answers.get("layanan") or "").strip()
        layanan = known.catalogue.layanan.get(kode)
        if layanan is None:
            close = difflib.get_close_matches(kode, list(known.catalogue.layanan), n=1, cutoff=0.5)
            hint = f"; maksud Anda '{close[0]}'?" if close else ""
            raise Refused(f"layanan '{kode}' tidak ada di katalog SPM{hint} (lihat: standar baru spm "
                          "tanpa --layanan untuk daftarnya)")
        prefill = {"layanan": kode}
        if answers.get("judul"):
            prefill["judul"] = answers["judul"].strip()
        if answers.get("nomor"):
            prefill["nomor"] = answers["nomor"]
        notes = [f"layanan '{kode}' juga dilaporkan di {s.path}; tahun yang sama tidak boleh dilaporkan "
                 "dua kali oleh satu OPD" for s in known.standards
                 if s.kind == CODE and s.layanan and s.layanan.kode == kode]
        return NewFile(prefill=prefill, name=answers.get("judul") or layanan.nama, notes=notes)


def _regulations(rows) -> list:
    """(regulation, its years among ``rows``) in the order the years come."""
    years: dict = {}
    for row in rows:
        if row.standar_teknis is not None:
            years.setdefault(row.standar_teknis, []).append(row.tahun)
    return list(years.items())

