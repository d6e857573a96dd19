"""Open data published with the site, generated from the same validated content.

``data/standar.json`` (every published standard: its front-matter as written, the values
computed from it, its URL), ``data/standar.csv`` (one row per standard), ``data/opd.json``,
JSON Schemas of the front-matter (from the same model the validator uses), a DCAT catalogue
(Project Open Data 1.1, which CKAN harvests) and an Atom feed of changes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from . import fields, formatting, timeline
from .schema import Record
from .standard import SOP, SPM, Standard

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
FEED_SIZE = 50

CSV_COLUMNS = [
    "jenis", "opd_kode", "opd_nama", "nomor", "judul", "status", "tanggal_pembuatan",
    "tanggal_revisi", "tanggal_efektif", "disahkan_jabatan", "disahkan_nama", "disahkan_nip",
    "pelaksana", "jumlah_langkah", "total_waktu", "layanan", "bidang", "capaian_tahun",
    "capaian_persen", "tags", "terakhir_diubah", "batas_tinjau", "url",
]


def _plain(value):
    """JSON-ready: dates as ISO text, nested values recursively, absent fields dropped."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def dumps(data, compact: bool = False) -> str:
    """Indented for reading; ``compact`` for the large files (Python's fast C encoder is used
    only without indentation, and the download is smaller)."""
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class OpenData:
    def __init__(self, site):
        self.site = site
        self.months = timeline.review_months(site.corpus.settings)

    def absolute(self, path: str) -> str:
        """A public URL for a site path; relative when no site_url is configured."""
        base = self.site.options.site_url
        return (base.rstrip("/") + "/" + path) if base else path

    # -- one standard ------------------------------------------------------------------------
    def derived(self, std: Standard) -> dict:
        opd = self.site.corpus.registry[std.opd]
        values = {
            "jenis": std.kind,
            "opd": {"kode": opd.kode, "nama": opd.nama},
            "judul": std.title,
            "terakhir_diubah": std.last_changed.isoformat(),
            "batas_tinjau": std.review_due(self.months).isoformat(),
        }
        if std.kind == SOP:
            values["jenis_sop"] = std.jenis_sop
            values["langkah"] = [{"nomor": s.number, "simbol": s.symbol, "pelaksana": s.pelaksana}
                                 for s in std.steps]
            values["alur"] = [{"dari": e.source, "ke": e.target, **({"label": e.label} if e.label else {})}
                              for e in std.edges]
            values["total_waktu"] = formatting.durasi(std.total_time)
        else:
            values["layanan"] = {"kode": std.layanan.kode, "nama": std.layanan.nama,
                                 "penerima": std.meta.get("penerima") or std.layanan.penerima}
            values["bidang"] = {"kode": std.bidang.kode, "nama": std.bidang.nama}
            values["capaian"] = [{"tahun": c.tahun, "persen_penerima": _round(c.persen_penerima),
                                  "persen_mutu": _round(c.persen_mutu)} for c in std.capaian]
        return values

    def record(self, std: Standard) -> dict:
        return {
            "id": std.url.rstrip("/"),
            "url": self.absolute(std.url),
            "sumber": std.path,
            "front_matter": _plain(std.meta),
            "turunan": self.derived(std),
        }

    def csv_row(self, std: Standard) -> dict:
        meta, opd = std.meta, self.site.corpus.registry[std.opd]
        latest = std.capaian[-1] if std.kind == SPM and std.capaian else None
        return {
            "jenis": std.kind, "opd_kode": opd.kode, "opd_nama": opd.nama, "nomor": std.nomor or "",
            "judul": std.title, "status": std.status,
            "tanggal_pembuatan": _iso(meta.get("tanggal_pembuatan")),
            "tanggal_revisi": _iso(meta.get("tanggal_revisi")),
            "tanggal_efektif": _iso(meta.get("tanggal_efektif")),
            "disahkan_jabatan": meta["disahkan_oleh"]["jabatan"],
            "disahkan_nama": meta["disahkan_oleh"]["nama"],
            "disahkan_nip": meta["disahkan_oleh"]["nip"],
            "pelaksana": "; ".join(std.pelaksana),
            "jumlah_langkah": len(std.steps) if std.kind == SOP else "",
            "total_waktu": formatting.durasi(std.total_time) if std.kind == SOP else "",
            "layanan": std.layanan.kode if std.layanan else "",
            "bidang": std.bidang.nama if std.bidang else "",
            "capaian_tahun": latest.tahun if latest else "",
            "capaian_persen": _round(latest.persen_penerima) if latest and latest.persen_penerima is not None else "",
            "tags": "; ".join(std.tags),
            "terakhir_diubah": std.last_changed.isoformat(),
            "batas_tinjau": std.review_due(self.months).isoformat(),
            "url": self.absolute(std.url),
        }

    # -- files -------------------------------------------------------------------------------
    def standar_json(self) -> str:
        pemda = self.site.pemda
        return dumps({
            "pemda": pemda.get("nama"),
            "dibuat": self.site.options.build_date.isoformat() if self.site.options.build_date else None,
            "konten_contoh": bool(pemda.get("konten_contoh")),
            "skema": {"sop": "schema/sop.schema.json", "spm": "schema/spm.schema.json",
                      "berkas": "schema/standar.schema.json"},
            "standar": [self.record(s) for s in self.site.standards],
        }, compact=True)

    def standar_csv(self) -> str:
        buffer = io.StringIO()
        buffer.write("\ufeff")  # so that Excel opens the UTF-8 text as UTF-8
        writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for std in self.site.standards:
            writer.writerow(self.csv_row(std))
        return buffer.getvalue()

    def opd_json(self) -> str:
        rows = []
        for opd in self.site.opds_sorted():
            own = self.site.by_opd[opd.kode]
            rows.append(_plain({
                "kode": opd.kode, "nama": opd.nama, "singkatan": opd.singkatan, "jenis": opd.jenis,
                "induk": opd.induk, "alamat": opd.alamat, "telepon": opd.telepon, "email": opd.email,
                "jumlah_sop": sum(s.kind == SOP for s in own), "jumlah_spm": sum(s.kind == SPM for s in own),
                "url": self.absolute(f"{opd.kode}/"),
            }))
        return dumps({"pemda": self.site.pemda.get("nama"), "opd": rows})

    def schema(self, name: str, record: Record, title: str) -> str:
        schema = {"$schema": SCHEMA_DIALECT, "$id": self.absolute(f"data/schema/{name}.schema.json"),
                  "title": title, **record.json_schema()}
        return dumps(schema)

    def file_schema(self) -> str:
        """The shape of data/standar.json itself."""
        record = {
            "type": "object",
            "required": ["id", "url", "sumber", "front_matter", "turunan"],
            "properties": {
                "id": {"type": "string", "description": "Alamat halaman tanpa garis miring akhir."},
                "url": {"type": "string", "description": "Alamat publik halaman standar."},
                "sumber": {"type": "string", "description": "Berkas sumber di repositori."},
                "front_matter": {"anyOf": [{"$ref": "sop.schema.json"}, {"$ref": "spm.schema.json"}],
                                 "description": "Isian front-matter persis seperti ditulis (tanggal TTTT-BB-HH)."},
                "turunan": {"type": "object", "description": "Nilai yang dihitung: OPD, langkah dan "
                            "simbolnya, alur, total waktu, capaian (%), batas tinjau."},
            },
        }
        return dumps({"$schema": SCHEMA_DIALECT, "$id": self.absolute("data/schema/standar.schema.json"),
                      "title": "Berkas data/standar.json", "type": "object",
                      "required": ["standar"],
                      "properties": {"standar": {"type": "array", "items": record}}})

    def feed(self) -> str:
        """An Atom feed of the latest changes."""
        site_url = self.absolute("")
        updated = (self.site.options.build_date or dt.date(1970, 1, 1)).isoformat()
        entries = []
        for change in timeline.changes(self.site.standards)[:FEED_SIZE]:
            std = change.standard
            url = self.absolute(std.url)
            entries.append(
                "<entry>"
                f"<id>{xml_escape(url)}#{change.tanggal.isoformat()}</id>"
                f"<title>{xml_escape(std.title)}: {xml_escape(change.uraian)}</title>"
                f"<link href={quoteattr(url)}/>"
                f"<updated>{change.tanggal.isoformat()}T00:00:00Z</updated>"
                f"<summary>{xml_escape((std.nomor or '') + ' ' + change.uraian)}</summary>"
                "</entry>")
        if entries:
            updated = timeline.changes(self.site.standards)[0].tanggal.isoformat()
        name = xml_escape(self.site.pemda.get("nama", ""))
        return ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">'
                f"<id>{xml_escape(site_url or 'urn:portal-standar')}</id>"
                f"<title>Perubahan standar pelayanan {name}</title>"
                f"<link rel=\"self\" href={quoteattr(self.absolute('feed.xml'))}/>"
                f"<updated>{updated}T00:00:00Z</updated>"
                f"<author><name>{name}</name></author>"
                + "".join(entries) + "</feed>\n")

    def dcat(self, files: dict[str, str]) -> str:
        """A Project Open Data 1.1 catalogue (DCAT-US), as CKAN's harvester reads it."""
        pemda = self.site.pemda
        modified = max((s.last_changed for s in self.site.standards), default=dt.date(1970, 1, 1))
        contact = (pemda.get("pengaduan") or {}).get("email")
        publisher = {"@type": "org:Organization", "name": pemda.get("nama", "")}

        def dataset(identifier, title, description, keywords, distributions):
            entry = {
                "@type": "dcat:Dataset", "identifier": self.absolute(identifier), "title": title,
                "description": description, "keyword": keywords, "modified": modified.isoformat(),
                "publisher": publisher, "accessLevel": "public", "language": ["id"],
                "spatial": pemda.get("nama_singkat", ""), "landingPage": self.absolute("data/"),
                "distribution": [{"@type": "dcat:Distribution", "title": t,
                                  "downloadURL": self.absolute(p), "mediaType": m,
                                  "format": m.split("/")[-1].upper()} for p, t, m in distributions],
            }
            if contact:
                entry["contactPoint"] = {"@type": "vcard:Contact", "fn": pemda.get("nama", ""),
                                         "hasEmail": f"mailto:{contact}"}
            return entry

        datasets = [
            dataset("data/standar.json", f"Standar pelayanan (SOP dan SPM) {pemda.get('nama_singkat', '')}",
                    "Seluruh SOP dan SPM yang diterbitkan perangkat daerah, dengan identitas, langkah, "
                    "pelaksana, mutu baku dan capaian.",
                    ["SOP", "SPM", "standar pelayanan", "pelayanan publik"],
                    [("data/standar.json", "JSON", "application/json"),
                     ("data/standar.csv", "CSV", "text/csv")]),
            dataset("data/opd.json", f"Perangkat daerah {pemda.get('nama_singkat', '')}",
                    "Daftar perangkat daerah dengan jenis, kontak dan jumlah standarnya.",
                    ["OPD", "perangkat daerah"], [("data/opd.json", "JSON", "application/json")]),
        ]
        extra = [p for p in files if p.startswith("data/spm-capaian")]
        if extra:
            datasets.append(dataset(
                "data/spm-capaian.json", "Capaian SPM per layanan per tahun",
                "Sasaran, terlayani dan capaian (%) setiap jenis pelayanan dasar SPM per tahun.",
                ["SPM", "capaian"],
                [(p, p.rsplit(".", 1)[-1].upper(), "application/json" if p.endswith(".json") else "text/csv")
                 for p in sorted(extra)]))
        return dumps({
            "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
            "@type": "dcat:Catalog",
            "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
            "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
            "dataset": datasets,
        })

    def files(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """Every open-data file, by its path in the site; ``extra`` files join the catalogue."""
        result = {
            "data/standar.json": self.standar_json(),
            "data/standar.csv": self.standar_csv(),
            "data/opd.json": self.opd_json(),
            "data/schema/sop.schema.json": self.schema("sop", fields.SOP, "Front-matter SOP"),
            "data/schema/spm.schema.json": self.schema("spm", fields.SPM, "Front-matter SPM"),
            "data/schema/standar.schema.json": self.file_schema(),
            "feed.xml": self.feed(),
            **(extra or {}),
        }
        result["data/dcat.json"] = self.dcat(result)
        return result


def _iso(value) -> str:
    return value.isoformat() if value else ""


def _round(value):
    return None if value is None else round(value, 2)
