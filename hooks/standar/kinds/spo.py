"""SPO: the health facilities' Standar Prosedur Operasional in the accreditation format
(Kemenkes): a header block (No. Dokumen, No. Revisi, Tanggal Terbit, the head of the facility
signing), the sections Pengertian to Dokumen Terkait, steps numbered and often grouped in
phases, a diagram alir when the steps branch, and the Rekaman Historis Perubahan. Puskesmas
call it SOP, hospitals SPO; which OPDs may write one is the registry's (their ``jenis``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cached_property

from ..model import fields, flow, flowchart, formatting, sitemap
from ..model.kind import Facts, Kind, Known, NewFile, TemplateSpec, titled
from ..model.page import BODY, Deferred, Fragment, Markdown, PagePlan, Sheet
from ..model.schema import Context, Date, Enum, Field, Integer, ListOf, Record, Text, written
from ..model.view import SiteView
from .sop import CODE as SOP
from .sop import Procedure, flow_data, opd_nav, procedure_keys, replacement

CODE = "spo"
NO_LANE = "-"   # the diagram's column for steps that name no pelaksana (the original names none)
FACILITIES = tuple(fields.FASILITAS_KESEHATAN)  # the OPD types that keep SPOs (opd.yml jenis)

SEBUTAN = Enum(values=("SPO", "SOP"), labels={"SPO": "SPO", "SOP": "SOP"})

LANGKAH = Record(fields=[
    Field("kegiatan", Text(max_length=1000), True, "Uraian langkah, seperti tertulis di dokumen.",
          "Petugas mencuci tangan sesuai enam langkah"),
    Field("pelaksana", Text(max_length=80), False,
          "Pelaksana langkah ini, bila dokumen menyebutnya; kolom diagram alir.", "Perawat"),
    Field("waktu", flow.Waktu(pattern=flow.WAKTU, pattern_hint=fields.DURATION_HINT, max_length=80),
          False, fields.WAKTU_DOC.replace("Mutu Baku - waktu: ", ""), "5 menit"),
    Field("keterangan", Text(), False, "Keterangan tambahan.", "Dicatat di register"),
    Field("keputusan", fields.KEPUTUSAN, False,
          "Langkah ini keputusan (belah ketupat di diagram alir): nomor langkah tujuan untuk Ya dan "
          "Tidak. Nomor langkah dihitung berurutan dari langkah pertama, melewati batas tahap.",
          {"ya": 4, "tidak": 6}),
    Field("ke", Integer(minimum=1), False,
          "Nomor langkah berikutnya bila bukan langkah sesudahnya (dihitung dari langkah pertama).", 7),
])

TAHAP = Record(fields=[
    Field("nama", Text(max_length=120), True, "Nama tahap, seperti di dokumen.", "Persiapan"),
    Field("langkah", ListOf(item=LANGKAH, min_items=1, max_items=fields.MAX_STEPS), True,
          "Langkah-langkah tahap ini (a, b, c, ...).", [{"kegiatan": "Menyiapkan alat"}]),
])

RIWAYAT = Record(fields=[
    Field("tanggal", Date(partial=True), True, "Tanggal mulai diberlakukan.", "2025-06-02"),
    Field("yang_diubah", Text(), False, "Bagian yang diubah.", "Langkah-langkah"),
    Field("uraian", Text(), True, "Isi perubahan.", "Penambahan skrining riwayat alergi"),
])


# The signature box of the form often gives only the name and the NIP (the facility's name
# stands beside it): the jabatan is expected, not required.
PENETAP = Record(fields=[dataclasses.replace(f, required=False, expected=True) if f.key == "jabatan" else f
                         for f in fields.PENGESAH.fields])


def section(key: str, doc: str, example, expected: bool = True) -> Field:
    """A section of the form: a paragraph, or a list of points (numbered on the sheet)."""
    return Field(key, ListOf(item=Text(max_length=3000), accept_single=True), False, doc, example,
                 expected=expected)


FIELDS = Record(fields=[
    Field("judul", Text(max_length=300), True, "Judul SPO.", "Pelayanan Imunisasi Bayi"),
    Field("nomor", Text(max_length=120), False,
          "No. Dokumen; unik di seluruh portal; dalam tanda kutip. Kosongkan bila dokumen asli "
          "tidak bernomor.", "445/SOP/UKM/PKM-TMB/012/2025", expected=True),
    Field("revisi", Integer(minimum=0, maximum=99), False,
          "No. Revisi, angka tanpa tanda kutip (0 untuk dokumen pertama; ditampilkan 00, 01, ...).",
          0, expected=True),
    Field("status", fields.STATUS, True, "draf (belum terbit), berlaku, atau dicabut.", "berlaku"),
    Field("diganti_oleh", Text(max_length=120), False,
          "Untuk SPO yang dicabut: No. Dokumen penggantinya.", "445/SOP/UKM/PKM-TMB/030/2026"),
    Field("sebutan", SEBUTAN, False,
          "Sebutan di kepala dokumen: SPO atau SOP. Bawaan menurut jenis fasilitas di opd.yml: "
          "rumah sakit SPO, puskesmas dan laboratorium SOP.", "SOP"),
    Field("unit_kerja", Text(), False, "Unit atau ruang pelaksana di fasilitas.", "Ruang KIA"),
    Field("tanggal_efektif", Date(partial=True), False, "Tanggal Terbit.", "2025-06-16",
          expected=True),
    Field("disahkan_oleh", PENETAP, True,
          "Yang menetapkan: jabatan (Kepala Puskesmas, Direktur), nama, pangkat dan NIP bila tercantum.",
          {"jabatan": "Kepala Puskesmas Teminabuan", "nama": "Contoh Nama, S.KM",
           "nip": "198306152009032003"}),
    section("pengertian", "Pengertian: apa yang diatur, istilah-istilahnya.",
            "Imunisasi adalah upaya menimbulkan kekebalan secara aktif terhadap suatu penyakit."),
    section("tujuan", "Tujuan SPO.", "Sebagai acuan pemberian imunisasi yang aman."),
    section("kebijakan", "Kebijakan: keputusan kepala fasilitas yang dilaksanakan SPO ini.",
            "Keputusan Kepala Puskesmas Nomor 445/012/2025 tentang Pelayanan Klinis"),
    section("referensi", "Referensi: peraturan, pedoman dan buku acuan.",
            ["Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan Imunisasi"]),
    section("alat_bahan", "Alat dan bahan, bila dokumen memuatnya.", ["Vaccine carrier", "Safety box"],
            expected=False),
    Field("langkah", ListOf(item=LANGKAH, min_items=1, max_items=fields.MAX_STEPS), False,
          "Langkah-langkah, berurutan; nomornya dihitung otomatis. Tulis 'langkah' atau 'tahap', "
          "bukan keduanya.", [{"kegiatan": "Petugas memanggil pasien sesuai nomor antrean"}]),
    Field("tahap", ListOf(item=TAHAP, min_items=1, max_items=20), False,
          "Langkah-langkah yang dikelompokkan dalam tahap (1. Persiapan a-b, 2. Pelaksanaan a-d); "
          "pengganti 'langkah'.",
          [{"nama": "Persiapan", "langkah": [{"kegiatan": "Menyiapkan alat dan bahan"}]}]),
    section("perhatian", "Hal-hal yang perlu diperhatikan, bila dokumen memuatnya.",
            ["Kontraindikasi imunisasi"], expected=False),
    section("unit_terkait", "Unit terkait.", ["Ruang KIA", "Ruang Farmasi"]),
    section("dokumen_terkait", "Dokumen terkait: formulir, register, catatan.",
            ["Register kohort bayi", "Buku KIA"]),
    Field("riwayat", ListOf(item=RIWAYAT), False,
          "Rekaman historis perubahan: tanggal mulai diberlakukan, yang diubah, isi perubahan. "
          "Nomor baris dihitung otomatis.",
          [{"tanggal": "2026-01-05", "yang_diubah": "Langkah-langkah", "uraian": "Penambahan skrining"}]),
    Field("evaluasi", ListOf(item=fields.EVALUASI), False, "Catatan monitoring dan evaluasi.",
          [{"tanggal": "2025-07-01", "jenis": "monitoring", "hasil": "berjalan_baik"}]),
    Field("tags", ListOf(item=fields.TAG, unique=True), False, "Kata kunci.", ["imunisasi"]),
])


@dataclasses.dataclass(frozen=True)
class Phase:
    number: int          # 1, 2, ...
    nama: str
    steps: tuple         # flow.Step, numbered across the phases


def as_list(value) -> list:
    """A section's points: one paragraph or a list, without "tidak ada di dokumen asli"."""
    return written([value] if isinstance(value, str) else value)


class SpoStandard(Procedure):
    """An SPO: its steps numbered across its phases, their labels as printed (1.a), its lanes."""

    @cached_property
    def _raw_steps(self) -> list[tuple[int | None, dict]]:
        if self.meta.get("tahap"):
            return [(number, step) for number, phase in enumerate(self.meta["tahap"], 1)
                    for step in phase["langkah"]]
        return [(None, step) for step in self.meta.get("langkah") or ()]

    @cached_property
    def steps(self) -> list[flow.Step]:
        return flow.build_steps([step for _, step in self._raw_steps])

    @cached_property
    def phases(self) -> list[Phase]:
        by_phase: dict[int, list] = {}
        for (number, _), step in zip(self._raw_steps, self.steps):
            by_phase.setdefault(number, []).append(step)
        return [Phase(n, phase["nama"], tuple(by_phase[n]))
                for n, phase in enumerate(self.meta.get("tahap") or (), 1)]

    @cached_property
    def labels(self) -> dict[int, str]:
        """Each step's number as the sheet prints it: "1.a" within phases, "3" without."""
        if not self.phases:
            return {s.number: str(s.number) for s in self.steps}
        return {step.number: f"{phase.number}.{chr(ord('a') + i)}" if i < 26 else f"{phase.number}.{i + 1}"
                for phase in self.phases for i, step in enumerate(phase.steps)}

    @property
    def has_diagram(self) -> bool:
        """Drawn when the steps branch or jump: a straight list needs no diagram."""
        return any(s.keputusan or s.ke for s in self.steps)

    @cached_property
    def lanes(self) -> list[str]:
        """The diagram's columns: the pelaksana in order of appearance, "-" for steps naming none."""
        return list(dict.fromkeys(s.pelaksana or NO_LANE for s in self.steps))

    @cached_property
    def lane_steps(self) -> list[flow.Step]:
        return [dataclasses.replace(s, pelaksana=s.pelaksana or NO_LANE) for s in self.steps]

    @property
    def pelaksana(self) -> list[str]:
        return [lane for lane in self.lanes if lane != NO_LANE]

    legend = ()   # an SPO's diagram names every pelaksana in full

    def sebutan(self, jenis: str) -> str:
        return self.meta.get("sebutan") or fields.FASILITAS_KESEHATAN.get(jenis, "SPO")


class Spo(Kind):
    code = CODE
    label = "SPO"
    name = "Standar Prosedur Operasional fasilitas kesehatan"
    fields = FIELDS
    standard = SpoStandard
    opd_jenis = FACILITIES
    counts_as = (SOP,)
    questions = ("judul",)
    reference = ("Format akreditasi fasilitas kesehatan (puskesmas, rumah sakit, laboratorium "
                 "kesehatan daerah): hanya untuk OPD yang jenisnya `rsud`, `puskesmas` atau "
                 "`labkesda` di `standards/opd.yml`. Kolom yang *dianjurkan* boleh dikosongkan bila "
                 "dokumen asli memang tidak memuatnya: portal memperingatkan dan menampilkan \"-\".")
    template = TemplateSpec(
        body="## Catatan\n\n<isi catatan tambahan untuk pembaca, bila ada; hapus bagian ini bila tidak perlu>\n",
        hints={
            "nomor": "No. Dokumen",
            "revisi": "No. Revisi, 0 untuk dokumen pertama",
            "tanggal_efektif": "Tanggal Terbit",
            "diganti_oleh": "No. Dokumen pengganti, hanya untuk SPO yang dicabut",
            "langkah[].kegiatan": "langkah seperti tertulis di dokumen",
            "langkah[].pelaksana": "pelaksana langkah ini, bila disebut",
            "langkah[].waktu": "lama langkah ini, misalnya 5 menit",
        },
        quoted=frozenset({"diganti_oleh"}),
        active_optional=frozenset({"langkah", "disahkan_oleh.nip"}),
        items={"langkah": 3},
    )
    csv_columns = ("revisi", "pelaksana", "jumlah_langkah", "total_waktu")

    # -- reading -----------------------------------------------------------------------------
    def check(self, meta: dict, raw: dict, ctx: Context, facts: Facts) -> None:
        replacement(meta, ctx, facts, self)
        flat, phased = raw.get("langkah") is not None, raw.get("tahap") is not None
        if flat and phased:
            ctx.error(("tahap",), "tulis langkah-langkah di 'langkah' atau dikelompokkan di 'tahap', "
                                  "bukan keduanya")
            return
        if not flat and not phased:
            ctx.error(("langkah",), "wajib diisi: langkah-langkah SPO di 'langkah' (atau 'tahap' bila "
                                    "dikelompokkan dalam tahap)")
            return
        steps = ([step for phase in meta["tahap"] for step in phase["langkah"]]
                 if meta.get("tahap") else meta.get("langkah"))
        if steps is None:
            return  # their own errors are reported
        if len(steps) < 2:
            if any(s.get("keputusan") or s.get("ke") for s in steps):
                ctx.error(("langkah",), "keputusan dan lompatan memerlukan paling sedikit dua langkah")
            problems = []
        else:
            problems = flow.problems(steps)
        for path, message in problems + flow.time_problems(steps):
            ctx.error(self._where(meta, path), message)
        if not ctx.has_errors:
            procedure_keys(facts, flow.raw_timing(steps), steps[0].get("kelengkapan") if steps else None)

    @staticmethod
    def _where(meta: dict, path: tuple) -> tuple:
        """A flow problem's path (``langkah``, global index, ...) inside the phases."""
        if not meta.get("tahap") or len(path) < 2:
            return path
        index = path[1]
        for number, phase in enumerate(meta["tahap"]):
            if index < len(phase["langkah"]):
                return ("tahap", number, "langkah", index) + path[2:]
            index -= len(phase["langkah"])
        return path

    def cross_check(self, files: list[Facts], every: dict) -> list:
        return []  # unique numbers and links are checked for every kind

    def cites(self, std: SpoStandard) -> list[str]:
        return []  # Dokumen Terkait names documents as written, not portal standards

    # -- publishing --------------------------------------------------------------------------
    def _context(self, std: SpoStandard, view: SiteView) -> dict:
        opd = view.registry[std.opd]
        return {"std": std, "opd": opd, "sebutan": std.sebutan(opd.jenis), "isi": as_list}

    def page(self, std: SpoStandard, view: SiteView) -> list:
        context = self._context(std, view)
        parts = [Markdown(f"## Lembar {context['sebutan']}"),
                 Deferred("lembar", "spo_cari.html", context)]
        if std.has_diagram:
            parts += [Markdown("## Diagram Alir"),
                      Deferred("diagram", "spo_cari_diagram.html", {"std": std})]
        parts += [Fragment("akhir", "spo_akhir.html", context), BODY]
        if std.meta.get("evaluasi"):
            parts += [Markdown("## Monitoring dan evaluasi {: data-search-exclude }"),
                      Fragment("evaluasi", "evaluasi.html", {"std": std})]
        return parts

    def sheet(self, std: SpoStandard, view: SiteView) -> Sheet:
        """The header block with the sections and steps (and the QR code to the current
        version), then the diagram alir when the steps branch."""
        context = dict(self._context(std, view), logo=view.pemda.get("logo"), url=view.canonical(std),
                       dibangun=view.build_date)
        parts = [Fragment("lembar", "spo_lembar.html", context)]
        notes: tuple = ()
        if std.has_diagram:
            layout = flowchart.layout(std.lane_steps, std.lanes, std.title)
            parts.append(Fragment("diagram", "sop_bagan.html",
                                  {"std": std, "bagan": layout, "kolom": std.lanes, "mutu_baku": False,
                                   "nomor": std.labels,
                                   "judul_cetak": f"{context['sebutan']} {std.nomor or ''}".strip()}))
            notes = tuple(f"diagram alir: {problem}" for problem in layout.problems)
        return Sheet(parts=tuple(parts), notes=notes)

    def pages(self, view: SiteView) -> list[PagePlan]:
        standards = view.by_opd_and_title(view.of_kind(CODE))
        title = f"Daftar {self.label}"
        return [PagePlan(sitemap.kind_page(CODE), title, (
            Markdown("Standar prosedur operasional puskesmas, rumah sakit dan laboratorium kesehatan "
                     "daerah, dalam format akreditasi fasilitas kesehatan. Prosedur administrasi "
                     "perangkat daerah (format SOP AP) ada di Daftar SOP."),
            Fragment("isi", "daftar.html", {"standards": standards, "table_id": f"daftar-{CODE}",
                                            "caption": title, "show_opd": True,
                                            "nomor_label": "No. Dokumen",
                                            "tanggal_label": "Tanggal terbit"})),
            meta={"search": {"exclude": True}}, updated=view.build_date)]

    def nav(self, view: SiteView) -> tuple:
        """Facility type > facility > its SPOs, as the SOP tab (every page then carries its own
        facility's SPOs and one folded entry per other facility)."""
        return opd_nav(view, self)

    def data(self, std: SpoStandard, view: SiteView) -> dict:
        opd = view.registry[std.opd]
        return {"sebutan": std.sebutan(opd.jenis),
                "langkah": [{"nomor": s.number, "label": std.labels[s.number], "simbol": s.symbol,
                             **({"pelaksana": s.pelaksana} if s.pelaksana else {})} for s in std.steps],
                **flow_data(std)}

    def csv_row(self, std: SpoStandard, view: SiteView) -> dict:
        revisi = std.meta.get("revisi")
        return {"revisi": "" if revisi is None else f"{revisi:02d}", "pelaksana": "; ".join(std.pelaksana),
                "jumlah_langkah": len(std.steps), "total_waktu": formatting.durasi(std.timing.total)
                if std.timing.has_times else ""}

    # -- new files ---------------------------------------------------------------------------
    def new_file(self, answers: dict, opd, known: Known, today: dt.date) -> NewFile:
        return titled(answers, "judul SPO")
