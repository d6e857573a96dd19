"""The SPM open data: every service in every reporting year (``data/spm-capaian``, with its JSON
Schema), and the "laporan penerapan" table laid out as a BAPPEDA officer pastes it into the
annual report: one row per service, one column per year."""

from __future__ import annotations

from ...model.capaian import bulat, bulat_indeks
from ...model.catalogue import PENERIMA_MUTU, RAPOR_PENDIDIKAN
from ...model.formatting import teks_angka
from ...model.kind import Dataset
from ...model.schema import Decimal, Enum, Field, Integer, Record, Text
from ...model.view import SiteView
from .coverage import Cakupan, Tahunan

CAPAIAN = "data/spm-capaian"
LAPORAN = "data/spm-laporan-penerapan"
FILES = (CAPAIAN + ".json", CAPAIAN + ".csv", LAPORAN + ".csv", "data/schema/spm-capaian.schema.json")
DOWNLOADS = {"csv": CAPAIAN + ".csv", "json": CAPAIAN + ".json", "laporan": LAPORAN + ".csv"}
DECIMALS = 2
DILAPORKAN, BELUM = "dilaporkan", "belum_dilaporkan"

_PERSEN = Decimal(minimum=0, maximum=100, places=DECIMALS)
KOLOM = Record(fields=[
    Field("pemda", Text(), True, "Nama pemerintah daerah."),
    Field("tahun", Integer(minimum=2000, maximum=2100), True, "Tahun pelaporan."),
    Field("kode_bidang", Text(), True, "Kode bidang SPM di katalog portal."),
    Field("bidang", Text(), True, "Nama bidang SPM."),
    Field("kode_layanan", Text(), True, "Kode jenis pelayanan dasar di katalog portal."),
    Field("layanan", Text(), True, "Nama jenis pelayanan dasar (PP 2/2018)."),
    Field("status_laporan", Enum(values=(DILAPORKAN, BELUM)), True,
          "dilaporkan, atau belum_dilaporkan (tidak ada angka untuk tahun ini)."),
    Field("kode_opd", Text(), False,
          "Kode OPD yang melaporkan tahun ini (dipisah titik koma); bila belum dilaporkan: penanggung jawabnya."),
    Field("opd", Text(), False, "Nama OPD yang sama, dipisah titik koma."),
    Field("jumlah_laporan", Integer(minimum=0), True, "Banyaknya laporan (berkas) untuk tahun ini."),
    Field("sasaran", Integer(minimum=0), False,
          "Sasaran; jumlah dari semua laporan bila semuanya memuat angka."),
    Field("terlayani", Integer(minimum=0), False, "Terlayani sesuai standar, dijumlahkan seperti sasaran."),
    Field("capaian_penerima_persen", _PERSEN, False,
          "terlayani / sasaran x 100, atau persentase seperti diterbitkan bila laporannya hanya memuat persen."),
    Field("mutu_sasaran", Integer(minimum=0), False, "Butir mutu yang dipersyaratkan."),
    Field("mutu_terpenuhi", Integer(minimum=0), False, "Butir mutu yang terpenuhi."),
    Field("capaian_mutu_persen", _PERSEN, False, "mutu_terpenuhi / mutu_sasaran x 100."),
    Field("cara_indeks", Enum(values=(PENERIMA_MUTU, RAPOR_PENDIDIKAN)), True,
          "Cara indeks dihitung tahun ini: penerima-mutu (bobot capaian penerima dan capaian mutu) "
          "atau rapor-pendidikan (rata-rata capaian indikator Rapor Pendidikan terhadap targetnya)."),
    Field("indeks", _PERSEN, False, "Indeks capaian layanan (dipotong, tidak dibulatkan ke atas)."),
    Field("kategori", Text(), False, "Kategori indeks."),
    Field("standar_teknis", Text(), False, "Standar teknis yang berlaku untuk tahun ini (singkat)."),
    Field("standar_teknis_judul", Text(), False, "Judul lengkap standar teknis itu."),
    Field("sumber", Text(), False, "Sumber angka: dokumen, halaman atau tabel, alamat web."),
    Field("keterangan", Text(), False, "Mengapa tidak ada angka gabungan, bila ada laporan."),
    Field("url", Text(), False, "Halaman layanan di portal; kosong bila belum ada laporan."),
])


def two_places(value: float | None) -> float | None:
    return bulat(value, DECIMALS)


def year_values(row: Tahunan) -> dict:
    """A report's year as data/standar.json's ``turunan`` gives it."""
    return {"tahun": row.tahun, "persen_penerima": two_places(row.persen_penerima),
            "persen_mutu": two_places(row.persen_mutu), "indeks": bulat_indeks(row.indeks, DECIMALS),
            "kategori": row.kategori,
            "standar_teknis": row.standar_teknis.singkat if row.standar_teknis else None}


def sumber_text(row: Tahunan, opd_name) -> str:
    """Each report's source as one text; the OPD first when several OPDs report."""
    parts = []
    for laporan, sumber in row.sumber:
        text = ", ".join(v for v in (sumber.get("dokumen"), sumber.get("halaman"), sumber.get("alamat")) if v)
        parts.append(f"{opd_name(laporan.opd)}: {text}" if row.gabungan else text)
    return "; ".join(parts)


def keterangan(row: Tahunan, opd_name) -> str:
    """Why a reported year has no percentage, in words."""
    if row.tanpa_angka:
        names = ", ".join(opd_name(r.opd) for r in row.tanpa_angka)
        return f"tidak dapat dijumlahkan: {names} melaporkan persentase saja"
    if row.dilaporkan and row.persen_penerima is None and row.sasaran == 0:
        return "sasaran 0"
    return ""


def capaian_rows(view: SiteView, cakupan: Cakupan, service_page) -> list[dict]:
    """Every service of the catalogue in every reporting year, in the catalogue's order."""
    rows = []
    for tahun in cakupan.tahun:
        for item in cakupan.pada(tahun).baris:
            row, layanan = item.data, item.layanan
            regulasi = row.standar_teknis
            rows.append({
                "pemda": view.pemda.get("nama", ""), "tahun": tahun, "kode_bidang": layanan.bidang.kode,
                "bidang": layanan.bidang.nama, "kode_layanan": layanan.kode, "layanan": layanan.nama,
                "status_laporan": DILAPORKAN if row.dilaporkan else BELUM,
                "kode_opd": "; ".join(item.opd) or None,
                "opd": "; ".join(view.opd_name(k) for k in item.opd) or None,
                "jumlah_laporan": len(row.laporan), "sasaran": row.sasaran, "terlayani": row.terlayani,
                "capaian_penerima_persen": two_places(row.persen_penerima),
                "mutu_sasaran": row.mutu_sasaran, "mutu_terpenuhi": row.mutu_terpenuhi,
                "capaian_mutu_persen": two_places(row.persen_mutu), "cara_indeks": row.cara,
                "indeks": bulat_indeks(row.indeks, DECIMALS), "kategori": row.kategori,
                "standar_teknis": regulasi.singkat if regulasi else None,
                "standar_teknis_judul": regulasi.judul if regulasi else None,
                "sumber": sumber_text(row, view.opd_name) or None, "keterangan": keterangan(row, view.opd_name) or None,
                "url": view.absolute(view.url(service_page(layanan.kode))) if item.baris.standar else None,
            })
    return rows


def _angka(value: float | None) -> str:
    """A figure as the annual report writes it: "82,35"; blank when there is none."""
    return "" if value is None else teks_angka(value, DECIMALS)


def laporan_rows(view: SiteView, cakupan: Cakupan) -> tuple[tuple, list[dict]]:
    """The laporan penerapan table: its columns and one row per service."""
    years = cakupan.tahun
    last = years[-1] if years else None
    columns = ["No", "Bidang", "Jenis pelayanan dasar", "Perangkat daerah"]
    columns += [f"Capaian {y} (%)" for y in years]
    if last:
        columns += [f"Indeks {last}", f"Kategori {last}", f"Standar teknis {last}"]
    columns.append("Keterangan")
    rows = []
    for number, item in enumerate(cakupan.pada(last).baris, 1):
        notes = [f"{y}: {note}" for y in years if (note := keterangan(item.baris.pada(y), view.opd_name))]
        row = {"No": number, "Bidang": item.layanan.bidang.nama, "Jenis pelayanan dasar": item.layanan.nama,
               "Perangkat daerah": "; ".join(view.opd_name(k) for k in item.opd)}
        row.update({f"Capaian {y} (%)": _angka(item.baris.pada(y).persen_penerima) for y in years})
        if last:
            regulasi = item.data.standar_teknis
            row.update({f"Indeks {last}": "" if item.data.indeks is None
                        else teks_angka(bulat_indeks(item.data.indeks, DECIMALS), DECIMALS),
                        f"Kategori {last}": item.data.kategori or "",
                        f"Standar teknis {last}": regulasi.singkat if regulasi else ""})
        row["Keterangan"] = "; ".join(notes)
        rows.append(row)
    return tuple(columns), rows


def datasets(view: SiteView, cakupan: Cakupan, service_page) -> list[Dataset]:
    pengaturan = cakupan.pengaturan
    header = {
        "judul": "Capaian Standar Pelayanan Minimal", "pemda": view.pemda.get("nama", ""),
        "provinsi": view.pemda.get("provinsi", ""), "konten_contoh": bool(view.pemda.get("konten_contoh")),
        "tanggal": view.build_date.isoformat() if view.build_date else None,
        "versi_katalog": view.catalogue.version,
        "tahun": list(cakupan.tahun),
        "rumus": {
            "capaian_penerima_persen": "terlayani / sasaran x 100 (kosong bila sasaran 0); persentase seperti "
                                       "diterbitkan bila laporannya hanya memuat persen; laporan beberapa OPD "
                                       "dijumlahkan bila semuanya memuat angka",
            "capaian_mutu_persen": "mutu_terpenuhi / mutu_sasaran x 100 (kosong bila tidak diisi)",
            "indeks": {
                PENERIMA_MUTU: f"{pengaturan.bobot_penerima:g} x capaian_penerima_persen + "
                               f"{pengaturan.bobot_mutu:g} x capaian_mutu_persen (kosong tanpa data mutu)",
                RAPOR_PENDIDIKAN: "rata-rata capaian indikator Rapor Pendidikan terhadap targetnya "
                                  "(nilai / target x 100, paling tinggi 100)",
            },
            "indeks_bidang": "rata-rata indeks semua layanan bidang itu, bila setiap layanan memiliki indeks",
        },
        "kategori": [{"batas": k.batas, "label": k.label} for k in pengaturan.kategori],
    }
    columns, rows = laporan_rows(view, cakupan)
    return [
        Dataset(CAPAIAN, "Capaian SPM per layanan per tahun",
                "Capaian SPM: satu baris per layanan per tahun, dengan kategori, sumber dan standar teknisnya",
                "Sasaran, terlayani, capaian (%), indeks dan kategori setiap jenis pelayanan dasar SPM "
                "setiap tahun pelaporan, dengan sumber angka dan standar teknis yang berlaku.",
                ("SPM", "capaian"), tuple(f.key for f in KOLOM.fields), capaian_rows(view, cakupan, service_page),
                header, DECIMALS, schema=KOLOM),
        Dataset(LAPORAN, "Laporan penerapan SPM",
                "Laporan penerapan SPM: satu baris per layanan, satu kolom per tahun, siap ditempel ke laporan tahunan",
                "Capaian setiap jenis pelayanan dasar SPM per tahun, dengan indeks, kategori dan standar teknis "
                "tahun terakhir, disusun seperti tabel laporan penerapan SPM.",
                ("SPM", "laporan penerapan"), columns, rows, {}, DECIMALS, formats=("csv",)),
    ]
