"""SOP: Standar Operasional Prosedur (Permenpan RB 35/2012, "SOP AP"): one procedure, its
identity table and its flowchart, printed as the official sheet."""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property

from ..model import fields, flow, flowchart, formatting, sitemap
from ..model.kind import Facts, Kind, Known, Link, NewFile, TemplateSpec, titled
from ..model.page import BODY, Deferred, Fragment, Markdown, PagePlan, Sheet
from ..model.schema import (Context, Date, Enum, Field, ListOf, OneOf, Record, Text, date_span,
                            is_placeholder, suggest)
from ..model.standard import Standard
from ..model.view import SiteView

CODE = "sop"

JENIS_SOP = Enum(values=("administratif", "teknis"),
                 labels={"administratif": "Administratif", "teknis": "Teknis"})
HUBUNGAN = Enum(values=("prasyarat", "lanjutan", "terkait", "bagian_dari"),
                labels={"prasyarat": "prasyarat", "lanjutan": "lanjutan", "terkait": "terkait",
                        "bagian_dari": "bagian dari"})

KETERKAITAN_LINK = Record(fields=[
    Field("nomor", Text(), True, "Nomor SOP yang terkait; harus ada di portal.",
          "474.1/SOP-DUKCAPIL/002/2025"),
    Field("hubungan", HUBUNGAN, True,
          "Jenis keterkaitan: prasyarat, lanjutan, terkait, atau bagian_dari (bagian dari SOP makro).",
          "lanjutan"),
])

FIELDS = Record(fields=[
    Field("judul", Text(max_length=300), True, "Nama SOP (judul prosedur).",
          "Penerbitan Akta Kelahiran"),
    Field("nomor", Text(max_length=120), False,
          "Nomor SOP menurut tata naskah dinas OPD; unik di seluruh portal; dalam tanda kutip. "
          "Kosongkan bila dokumen asli tidak bernomor.",
          "474.1/SOP-DUKCAPIL/001/2025", expected=True),
    Field("status", fields.STATUS, True,
          "draf (belum terbit), berlaku, atau dicabut.", "berlaku"),
    Field("diganti_oleh", Text(max_length=120), False,
          "Untuk SOP yang dicabut: nomor SOP penggantinya.", "474.1/SOP-DUKCAPIL/010/2026"),
    Field("unit_kerja", Text(), False, "Bidang, bagian atau seksi pelaksana.",
          "Bidang Pelayanan Pencatatan Sipil"),
    Field("jenis_sop", JENIS_SOP, False,
          "administratif (beberapa pelaksana; bawaan) atau teknis (satu pelaksana, rinci).",
          "administratif", assumed="administratif"),
    Field("tanggal_pembuatan", Date(partial=True), True, "Tanggal SOP selesai disusun.", "2025-01-10"),
    Field("tanggal_revisi", Date(partial=True), False,
          "Tanggal revisi terakhir; tidak sebelum tanggal pembuatan.", "2025-06-02"),
    Field("tanggal_efektif", Date(partial=True), False,
          "Tanggal SOP berlaku (tanggal pengesahan); tidak sebelum tanggal pembuatan.", "2025-01-15",
          expected=True),
    Field("disahkan_oleh", fields.PENGESAH, True,
          "Pejabat yang mengesahkan: jabatan, nama, pangkat dan NIP bila tercantum.",
          {"jabatan": "Kepala Dinas", "nama": "Contoh Nama, S.Sos", "nip": "197805122005022003"}),
    Field("dasar_hukum", fields.text_list(1), False, "Peraturan yang menjadi dasar SOP.",
          ["Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 "
           "Tahun 2006 tentang Administrasi Kependudukan"], expected=True),
    Field("kualifikasi_pelaksana", fields.text_list(1), False, "Kompetensi yang harus dimiliki pelaksana.",
          ["Memahami ketentuan administrasi kependudukan"], expected=True),
    Field("keterkaitan", ListOf(item=OneOf(record=KETERKAITAN_LINK)), False,
          "SOP lain yang terkait: teks bebas, atau tautan {nomor, hubungan} ke SOP di portal.",
          [{"nomor": "474.1/SOP-DUKCAPIL/002/2025", "hubungan": "lanjutan"}]),
    Field("peralatan_perlengkapan", fields.text_list(1), False, "Peralatan dan perlengkapan yang diperlukan.",
          ["Komputer dan printer"], expected=True),
    Field("peringatan", fields.text_list(1), False, "Akibat jika SOP tidak dilaksanakan.",
          ["Apabila berkas tidak diperiksa, dokumen dapat diterbitkan dengan data yang salah"],
          expected=True),
    Field("pencatatan_pendataan", fields.text_list(1), False, "Catatan dan register yang disimpan.",
          ["Buku register permohonan"], expected=True),
    Field("pelaksana", ListOf(item=fields.PELAKSANA_ITEM, min_items=1, max_items=12), True,
          "Para pelaksana (kolom diagram alir), berurutan dari kiri ke kanan: nama jabatan, atau "
          "{nama, singkatan} bila kepala kolom dokumen asli memakai singkatan.",
          ["Pemohon", "Petugas Loket", {"nama": "Kepala Seksi", "singkatan": "Kasi"}, "Kepala Dinas"]),
    Field("langkah", ListOf(item=fields.LANGKAH, min_items=2, max_items=fields.MAX_STEPS), True,
          "Langkah-langkah prosedur, berurutan; nomor langkah dihitung otomatis.",
          [{"kegiatan": "Mengajukan permohonan", "pelaksana": "Pemohon", "waktu": "5 menit"}]),
    Field("total_waktu", Text(pattern=fields.TOTAL, pattern_hint=fields.DURATION_HINT, max_length=80),
          False, "Total waktu yang tertulis di dokumen asli, bila ada. Portal tetap menghitung "
          "waktu jalur utama dari langkah-langkahnya dan memperingatkan bila keduanya berbeda.",
          "1 hari kerja 15 menit"),
    Field("riwayat", ListOf(item=fields.RIWAYAT), False, "Riwayat perubahan SOP.",
          [{"tanggal": "2025-06-02", "uraian": "Penyesuaian dasar hukum"}]),
    Field("evaluasi", ListOf(item=fields.EVALUASI), False, "Catatan monitoring dan evaluasi.",
          [{"tanggal": "2025-07-01", "jenis": "monitoring", "hasil": "berjalan_baik"}]),
    Field("tags", ListOf(item=fields.TAG, unique=True), False, "Kata kunci.", ["kependudukan"]),
])


def replacement(meta: dict, ctx: Context, facts: Facts, kind: Kind) -> None:
    """``diganti_oleh``: only for a revoked standard, never itself; a link to one of its kind."""
    if not meta.get("diganti_oleh"):
        return
    if meta.get("status") != "dicabut":
        ctx.error(("diganti_oleh",), f"hanya untuk {kind.label} berstatus dicabut; hapus kolom ini atau "
                                     "ubah status menjadi dicabut")
    elif meta["diganti_oleh"] == meta.get("nomor"):
        ctx.error(("diganti_oleh",), f"{kind.label} tidak dapat digantikan oleh dirinya sendiri")
    else:
        facts.links.append(Link(meta["diganti_oleh"], ("diganti_oleh",), ctx.line(("diganti_oleh",)),
                                "diganti_oleh", (kind.code,)))


class Procedure(Standard):
    """A standard made of steps (an SOP, an SPO): its flow and times, derived from ``steps``."""

    steps: list  # flow.Step, as each kind numbers them

    @cached_property
    def edges(self) -> list[flow.Edge]:
        return flow.edges(self.steps)

    @cached_property
    def timing(self) -> flow.Timing:
        return flow.timing(self.steps)


def actor_name(item) -> str:
    """A ``pelaksana`` item's name: the text, or the record's ``nama``."""
    return item["nama"] if isinstance(item, dict) else item


class SopStandard(Procedure):
    """An SOP with its procedure derived from the steps as written."""

    @cached_property
    def steps(self) -> list[flow.Step]:
        """The steps, each step's pelaksana by its full name (a step may name its abbreviation)."""
        names = {item["singkatan"]: item["nama"] for item in self.meta.get("pelaksana") or ()
                 if isinstance(item, dict)}
        raw = [dict(step, pelaksana=names.get(step["pelaksana"], step["pelaksana"]))
               for step in self.meta.get("langkah") or []]
        return flow.build_steps(raw)

    @property
    def jenis_sop(self) -> str:
        return self.meta.get("jenis_sop") or FIELDS.by_key["jenis_sop"].assumed

    @property
    def pelaksana(self) -> list[str]:
        return [actor_name(item) for item in self.meta.get("pelaksana") or ()]

    @property
    def columns(self) -> list[str]:
        """The flowchart's column headers: each pelaksana's abbreviation where it has one."""
        return [item["singkatan"] if isinstance(item, dict) else item
                for item in self.meta.get("pelaksana") or ()]

    @property
    def legend(self) -> list[tuple[str, str]]:
        """(abbreviation, full name) of the abbreviated column headers."""
        return [(item["singkatan"], item["nama"]) for item in self.meta.get("pelaksana") or ()
                if isinstance(item, dict)]


def date_order(meta: dict, ctx: Context, later: str, earlier: str):
    """``later`` may not lie before ``earlier``; a partial date spans its month or year."""
    if meta.get(later) and meta.get(earlier) and date_span(meta[later])[1] < date_span(meta[earlier])[0]:
        ctx.error((later,), f"{meta[later].isoformat()} lebih awal dari {earlier} "
                            f"({meta[earlier].isoformat()})")


def total_warning(meta: dict, ctx: Context, timing: flow.Timing) -> None:
    """A total written on the form is kept; the author is told when the steps add up otherwise."""
    declared = meta.get("total_waktu")
    if not declared:
        return
    computed = timing.total
    if flow.parse_duration(declared) != computed:
        ctx.warning(("total_waktu",), f"'{declared}' berbeda dengan waktu jalur utama yang dihitung "
                                      f"dari langkah-langkahnya ({formatting.durasi(computed)}); halaman "
                                      "menampilkan keduanya. Periksa waktu setiap langkah")


_FIELD = re.compile(r"\{([^{}]*)\}")


def pattern_regex(pola: str) -> re.Pattern | None:
    """A regex for numbers written with an OPD's ``pola_nomor``; None if the pattern is not
    made of text, one ``{urut}`` (with an optional format such as ``:03``) and ``{tahun}``."""
    parts, seen = [], set()
    position = 0
    for match in _FIELD.finditer(pola):
        parts.append(re.escape(pola[position:match.start()]))
        name = match.group(1).split(":", 1)[0]
        if name not in ("urut", "tahun") or name in seen:
            return None
        seen.add(name)
        parts.append(r"(?P<urut>\d+)" if name == "urut" else r"(?P<tahun>\d{4})")
        position = match.end()
    parts.append(re.escape(pola[position:]))
    return re.compile("".join(parts)) if "urut" in seen else None


def next_nomor(known: Known, opd, tahun: int) -> str | None:
    """The OPD's next SOP number: the highest running number among its SOPs that follow its
    pattern, plus one. None without a usable ``pola_nomor``."""
    if not opd.pola_nomor:
        return None
    regex = pattern_regex(opd.pola_nomor)
    if regex is None:
        return None
    prefix = f"standards/{opd.kode}/{CODE}/"
    highest = 0
    for rel, nomor in known.nomors.items():
        match = regex.fullmatch(nomor) if rel.startswith(prefix) else None
        if match:
            highest = max(highest, int(match.group("urut")))
    try:
        return opd.pola_nomor.format(urut=highest + 1, tahun=tahun)
    except (ValueError, KeyError, IndexError):
        return None


class Sop(Kind):
    code = CODE
    label = "SOP"
    name = "Standar Operasional Prosedur"
    fields = FIELDS
    standard = SopStandard
    questions = ("judul", "tahun")
    reference = ""
    template = TemplateSpec(
        body=("## Tujuan\n\n<isi tujuan SOP ini dalam satu atau dua kalimat>\n\n"
              "## Ruang Lingkup\n\n<isi siapa dan kegiatan apa yang diatur SOP ini>\n"),
        hints={
            "diganti_oleh": "nomor SOP pengganti, hanya untuk SOP yang dicabut",
            "pelaksana": "jabatan pelaksana (satu kolom diagram alir, urut dari kiri)",
            "langkah[].pelaksana": "pelaksana langkah ini, salah satu dari daftar pelaksana di atas",
            "langkah[].kelengkapan": "dokumen atau bahan yang diperlukan langkah ini",
            "langkah[].waktu": "lama langkah ini, misalnya 10 menit",
            "langkah[].output": "hasil langkah ini",
            "langkah[].ke": "nomor langkah berikutnya bila melompat",
        },
        quoted=frozenset({"diganti_oleh", "keterkaitan[].nomor"}),
        # The Mutu Baku columns the SOP AP form always shows: placeholders, not comments, so
        # the author fills them in or deletes them deliberately.
        active_optional=frozenset({"langkah[].waktu", "langkah[].output", "disahkan_oleh.nip"}),
        items={"pelaksana": 2},
        plain=frozenset({"pelaksana"}),  # a name; {nama, singkatan} only for abbreviated headers
    )
    csv_columns = ("pelaksana", "jumlah_langkah", "total_waktu")

    # -- reading -----------------------------------------------------------------------------
    def check(self, meta: dict, raw: dict, ctx: Context, facts: Facts) -> None:
        date_order(meta, ctx, "tanggal_efektif", "tanggal_pembuatan")
        date_order(meta, ctx, "tanggal_revisi", "tanggal_pembuatan")
        replacement(meta, ctx, facts, self)
        for index, item in enumerate(meta.get("keterkaitan") or ()):
            if isinstance(item, dict):
                path = ("keterkaitan", index, "nomor")
                if item["nomor"] == meta.get("nomor"):
                    ctx.error(path, "SOP tidak dapat dikaitkan dengan dirinya sendiri")
                else:
                    facts.links.append(Link(item["nomor"], path, ctx.line(path), "keterkaitan", (CODE,)))
        _check_steps(meta, raw, ctx)
        if not ctx.has_errors and meta.get("langkah"):
            timing = flow.raw_timing(meta["langkah"])
            total_warning(meta, ctx, timing)
            procedure_keys(facts, timing, meta["langkah"][0].get("kelengkapan"))

    def cross_check(self, files: list[Facts], every: dict) -> list:
        return []  # unique numbers and links are checked for every kind

    def cites(self, std: SopStandard) -> list[str]:
        return [item["nomor"] for item in std.meta.get("keterkaitan") or () if isinstance(item, dict)]

    # -- publishing --------------------------------------------------------------------------
    def page(self, std: SopStandard, view: SiteView) -> list:
        return [Markdown("## Identitas SOP"),
                Deferred("identitas", "sop_cari_identitas.html", {"std": std, "opd": view.registry[std.opd]}),
                Markdown("## Prosedur"),
                Deferred("langkah", "sop_cari_langkah.html", {"std": std}),
                BODY,
                Markdown("## Riwayat dan evaluasi {: data-search-exclude }"),
                Fragment("riwayat", "riwayat.html", {"std": std})]

    def sheet(self, std: SopStandard, view: SiteView) -> Sheet:
        """The official sheet: the identity table (with the QR code to the current version)
        and the flowchart table, with what its layout could not draw cleanly."""
        links = []
        for item in std.meta.get("keterkaitan") or ():
            if isinstance(item, dict):
                links.append({"target": view.by_nomor[item["nomor"]],
                              "hubungan": HUBUNGAN.labels[item["hubungan"]]})
            else:
                links.append({"target": None, "text": item})
        layout = flowchart.layout(std.steps, std.pelaksana, std.title)
        return Sheet(parts=(Fragment("identitas", "sop_identitas.html",
                                     {"std": std, "opd": view.registry[std.opd], "links": links,
                                      "logo": view.pemda.get("logo"), "url": view.canonical(std),
                                      "dibangun": view.build_date}),
                            Fragment("langkah", "sop_bagan.html",
                                     {"std": std, "bagan": layout, "kolom": std.columns,
                                      "mutu_baku": True, "judul_cetak": f"SOP {std.nomor or ''}"})),
                     notes=tuple(f"diagram alir: {problem}" for problem in layout.problems))

    def pages(self, view: SiteView) -> list[PagePlan]:
        standards = view.by_opd_and_title(view.of_kind(CODE))
        title = f"Daftar {self.label}"
        return [PagePlan(sitemap.kind_page(CODE), title, (
            Markdown("Seluruh Standar Operasional Prosedur yang diterbitkan perangkat daerah."),
            Fragment("isi", "daftar.html", {"standards": standards, "table_id": f"daftar-{CODE}",
                                            "caption": title, "show_opd": True})),
            meta={"search": {"exclude": True}}, updated=view.build_date)]

    def nav(self, view: SiteView) -> tuple:
        return opd_nav(view, self)

    def data(self, std: SopStandard, view: SiteView) -> dict:
        return {"jenis_sop": std.jenis_sop,
                "langkah": [{"nomor": s.number, "simbol": s.symbol, "pelaksana": s.pelaksana}
                            for s in std.steps],
                **flow_data(std)}

    def csv_row(self, std: SopStandard, view: SiteView) -> dict:
        return {"pelaksana": "; ".join(std.pelaksana), "jumlah_langkah": len(std.steps),
                "total_waktu": formatting.durasi(std.timing.total)}

    # -- new files ---------------------------------------------------------------------------
    def new_file(self, answers: dict, opd, known: Known, today: dt.date) -> NewFile:
        result = titled(answers, "judul SOP")
        if answers.get("nomor"):
            return result
        nomor = next_nomor(known, opd, answers.get("tahun") or today.year)
        if nomor:
            result.prefill["nomor"] = nomor
            result.notes.append(f"Nomor {nomor} diambil dari pola nomor {opd.singkatan} "
                                f"({opd.pola_nomor}); ubah bila nomor resminya berbeda.")
        else:
            result.notes.append(f"{opd.singkatan} belum memiliki pola nomor (pola_nomor) di "
                                "standards/opd.yml: isi nomor SOP sendiri.")
        return result


def opd_nav(view: SiteView, kind: Kind) -> tuple:
    """A kind's tab: its list, then OPD type > OPD > its standards of the kind."""
    return (kind.label, [(None, sitemap.kind_page(kind.code))] + view.sections(kind.code))


def procedure_keys(facts: Facts, timing: flow.Timing, first_needs) -> None:
    """What a procedure tells the standards that link to it (a Standar Pelayanan): its time along
    the main path (every step's when the end cannot be reached without going back) and what its
    first step needs (its kelengkapan)."""
    facts.keys["waktu"] = timing.total
    facts.keys["kelengkapan_awal"] = list(flow.as_tuple(first_needs))


def flow_data(std: Procedure) -> dict:
    """A procedure's flow for the open data: its arrows, the main path's total time (every
    step's when the end cannot be reached without going back) and the longest path's when it
    differs."""
    timing = std.timing
    data = {"alur": [{"dari": e.source, "ke": e.target, **({"label": e.label} if e.label else {})}
                     for e in std.edges],
            "total_waktu": formatting.durasi(timing.total)}
    if timing.longest is not None:
        data["waktu_jalur_terpanjang"] = formatting.durasi(timing.longest)
    return data


def _check_steps(meta: dict, raw: dict, ctx: Context) -> None:
    """Every step's pelaksana is one of the SOP's (by name or abbreviation); the flow reaches
    its end; every time has its unit."""
    items = meta.get("pelaksana")
    actors = None
    if items is not None:
        actors = [actor_name(item) for item in items]
        abbreviations = [item["singkatan"] for item in items if isinstance(item, dict)]
        seen: dict[str, int] = {}
        for index, name in enumerate(actors + abbreviations):
            if name in seen:
                ctx.error(("pelaksana", index if index < len(actors) else seen[name]),
                          f"'{name}' ditulis dua kali di daftar pelaksana")
            seen.setdefault(name, index)
        actors = actors + abbreviations
    steps = meta.get("langkah")
    raw_steps = raw.get("langkah") if isinstance(raw.get("langkah"), list) else []
    if actors is not None:
        used = set()
        for index, step in enumerate(raw_steps):
            actor = step.get("pelaksana") if isinstance(step, dict) else None
            if is_placeholder(actor):
                continue  # reported as a placeholder
            if actor is None or isinstance(actor, (list, dict)):
                continue
            actor = str(actor).strip()
            used.add(actor)
            if actor and actor not in actors:
                ctx.error(("langkah", index, "pelaksana"),
                          f"'{actor}' tidak ada di daftar pelaksana; tambahkan ke 'pelaksana' atau "
                          "perbaiki namanya" + suggest(actor, actors))
        if steps is not None:
            for item in items:
                names = {actor_name(item)} | ({item["singkatan"]} if isinstance(item, dict) else set())
                if not names & used:
                    ctx.warning(("pelaksana",), f"pelaksana '{actor_name(item)}' tidak melaksanakan "
                                                "langkah apa pun")
    if steps is not None:
        for path, message in flow.problems(steps) + flow.time_problems(steps):
            ctx.error(path, message)
