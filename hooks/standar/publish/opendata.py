"""Open data published with the site, generated from the same validated content.

``data/standar.json`` (every published standard: its front-matter as written, the values
computed from it, its URL), ``data/standar.csv`` (one row per standard), ``data/opd.json``,
JSON Schemas of the front-matter of each kind (from the same model the validator uses), each
kind's own tables, a DCAT catalogue (Project Open Data 1.1, which CKAN harvests) and an Atom
feed of changes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from .. import kinds
from ..model import sitemap
from ..model.kind import Dataset
from ..model.schema import date_span
from ..model.standard import Standard
from ..model.view import SiteView
from . import timeline

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
FEED_SIZE = 50

CSV_HEAD = ("jenis", "opd_kode", "opd_nama", "nomor", "judul", "status", "tanggal_pembuatan",
            "tanggal_revisi", "tanggal_efektif", "disahkan_jabatan", "disahkan_nama", "disahkan_nip")
CSV_TAIL = ("tags", "terakhir_diubah", "batas_tinjau", "url")


def csv_columns() -> list[str]:
    """The common columns, then each kind's own (blank in the other kinds' rows)."""
    own = dict.fromkeys(c for kind in kinds.all_kinds() for c in kind.csv_columns)  # shared once
    return [*CSV_HEAD, *own, *CSV_TAIL]


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


def _iso(value) -> str:
    return value.isoformat() if value else ""


_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value):
    """A CSV cell a spreadsheet will not run: text that starts like a formula gets a leading
    apostrophe (OWASP, "CSV injection"); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


# XML 1.0 allows no other characters (the content checks refuse them; this is the last guard).
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: str) -> str:
    return xml_escape(_NOT_XML.sub("", value))


# -- one standard ------------------------------------------------------------------------------
def derived(view: SiteView, std: Standard) -> dict:
    opd = view.registry[std.opd]
    return {
        "jenis": std.kind,
        "opd": {"kode": opd.kode, "nama": opd.nama},
        "judul": std.title,
        "terakhir_diubah": _iso(std.last_changed) or None,
        "batas_tinjau": _iso(std.review_due(view.settings["tinjau_setiap_bulan"])) or None,
        **kinds.get(std.kind).data(std, view),
    }


def record(view: SiteView, std: Standard) -> dict:
    return {"id": std.url.rstrip("/"), "url": view.absolute(std.url), "sumber": std.path,
            "front_matter": _plain(std.meta), "turunan": derived(view, std)}


def csv_row(view: SiteView, std: Standard) -> dict:
    meta, opd = std.meta, view.registry[std.opd]
    signer = meta.get("disahkan_oleh") or {}
    return {
        "jenis": std.kind, "opd_kode": opd.kode, "opd_nama": opd.nama, "nomor": std.nomor or "",
        "judul": std.title, "status": std.status,
        "tanggal_pembuatan": _iso(meta.get("tanggal_pembuatan")),
        "tanggal_revisi": _iso(meta.get("tanggal_revisi")),
        "tanggal_efektif": _iso(meta.get("tanggal_efektif")),
        "disahkan_jabatan": signer.get("jabatan") or "", "disahkan_nama": signer.get("nama") or "",
        "disahkan_nip": signer.get("nip") or "",
        **kinds.get(std.kind).csv_row(std, view),
        "tags": "; ".join(std.tags),
        "terakhir_diubah": _iso(std.last_changed),
        "batas_tinjau": _iso(std.review_due(view.settings["tinjau_setiap_bulan"])),
        "url": view.absolute(std.url),
    }


# -- files -------------------------------------------------------------------------------------
def standar_json(view: SiteView) -> str:
    return dumps({
        "pemda": view.pemda.get("nama"),
        "dibuat": view.build_date.isoformat() if view.build_date else None,
        "konten_contoh": bool(view.pemda.get("konten_contoh")),
        "skema": {**{kind.code: f"schema/{kind.code}.schema.json" for kind in kinds.all_kinds()},
                  "berkas": "schema/standar.schema.json"},
        "standar": [record(view, s) for s in view.standards],
    }, compact=True)


def standar_csv(view: SiteView) -> str:
    buffer = io.StringIO()
    buffer.write("\ufeff")  # so that Excel opens the UTF-8 text as UTF-8
    writer = csv.DictWriter(buffer, fieldnames=csv_columns(), lineterminator="\r\n")
    writer.writeheader()
    for std in view.standards:
        writer.writerow({key: cell(value) for key, value in csv_row(view, std).items()})
    return buffer.getvalue()


def opd_json(view: SiteView) -> str:
    rows = []
    for opd in view.opds_sorted:
        own = view.by_opd[opd.kode]
        rows.append(_plain({
            "kode": opd.kode, "nama": opd.nama, "singkatan": opd.singkatan, "jenis": opd.jenis,
            "induk": opd.induk, "alamat": opd.alamat, "telepon": opd.telepon, "email": opd.email,
            **{f"jumlah_{kind.code}": sum(s.kind == kind.code for s in own) for kind in kinds.all_kinds()},
            "url": view.absolute(f"{opd.kode}/"),
        }))
    return dumps({"pemda": view.pemda.get("nama"), "opd": rows})


def kind_schema(view: SiteView, kind) -> str:
    return dumps({"$schema": SCHEMA_DIALECT, "$id": view.absolute(sitemap.kind_schema(kind.code)),
                  "title": f"Front-matter {kind.label}", **kind.fields.json_schema()})


def file_schema(view: SiteView) -> str:
    """The shape of data/standar.json itself."""
    item = {
        "type": "object",
        "required": ["id", "url", "sumber", "front_matter", "turunan"],
        "properties": {
            "id": {"type": "string", "description": "Alamat halaman tanpa garis miring akhir."},
            "url": {"type": "string", "description": "Alamat publik halaman standar."},
            "sumber": {"type": "string", "description": "Berkas sumber di repositori."},
            "front_matter": {"anyOf": [{"$ref": f"{kind.code}.schema.json"} for kind in kinds.all_kinds()],
                             "description": "Isian front-matter persis seperti ditulis (tanggal TTTT-BB-HH; TTTT-BB atau TTTT bila dokumen asli hanya memuat bulan atau tahunnya)."},
            "turunan": {"type": "object", "description": "Nilai yang dihitung: OPD, langkah dan "
                        "simbolnya, alur, total waktu, capaian (%), batas tinjau."},
        },
    }
    return dumps({"$schema": SCHEMA_DIALECT, "$id": view.absolute(sitemap.FILE_SCHEMA),
                  "title": "Berkas data/standar.json", "type": "object",
                  "required": ["standar"],
                  "properties": {"standar": {"type": "array", "items": item}}})


def feed(view: SiteView) -> str:
    """An Atom feed of the latest changes."""
    site_url = view.absolute("")
    updated = (view.build_date or dt.date(1970, 1, 1)).isoformat()
    changes = timeline.changes(view.standards)
    entries = []
    for change in changes[:FEED_SIZE]:
        std = change.standard
        url = view.absolute(std.url)
        entries.append(
            "<entry>"
            f"<id>{xml_text(url)}#{change.tanggal.isoformat()}</id>"
            f"<title>{xml_text(std.title)}: {xml_text(change.uraian)}</title>"
            f"<link href={quoteattr(url)}/>"
            f"<updated>{date_span(change.tanggal)[0].isoformat()}T00:00:00Z</updated>"
            f"<summary>{xml_text((std.nomor or '') + ' ' + change.uraian)}</summary>"
            "</entry>")
    if entries:
        updated = date_span(changes[0].tanggal)[0].isoformat()
    name = xml_text(view.pemda.get("nama", ""))
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">'
            f"<id>{xml_text(site_url or 'urn:portal-standar')}</id>"
            f"<title>Perubahan standar pelayanan {name}</title>"
            f"<link rel=\"self\" href={quoteattr(view.absolute('feed.xml'))}/>"
            f"<updated>{updated}T00:00:00Z</updated>"
            f"<author><name>{name}</name></author>"
            + "".join(entries) + "</feed>\n")


def dataset_schema(view: SiteView, dataset: Dataset) -> str:
    """A JSON Schema of the dataset's JSON file, from its columns' model; a value left out of a
    row is null."""
    row = dataset.schema.json_schema()
    row["properties"] = {key: value if key in row["required"] else {"anyOf": [value, {"type": "null"}]}
                         for key, value in row["properties"].items()}
    row["required"] = list(dataset.columns)
    return dumps({"$schema": SCHEMA_DIALECT, "$id": view.absolute(dataset.schema_path),
                  "title": f"Berkas {dataset.path}.json", "description": dataset.description,
                  "type": "object", "required": ["kolom", "jumlah_baris", "data"],
                  "properties": {"kolom": {"type": "array", "items": {"type": "string"}},
                                 "jumlah_baris": {"type": "integer", "minimum": 0},
                                 "data": {"type": "array", "items": row}}})


def dataset_json(dataset: Dataset) -> str:
    return dumps({**dataset.header, "kolom": list(dataset.columns), "jumlah_baris": len(dataset.rows),
                  "data": dataset.rows})


def dataset_csv(dataset: Dataset) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(dataset.columns)
    for row in dataset.rows:
        writer.writerow(["" if row[k] is None else f"{row[k]:.{dataset.decimals}f}" if isinstance(row[k], float)
                         else cell(row[k]) for k in dataset.columns])
    return out.getvalue()


def dcat(view: SiteView, datasets: list[Dataset]) -> str:
    """A Project Open Data 1.1 catalogue (DCAT-US), as CKAN's harvester reads it."""
    pemda = view.pemda
    modified = max((s.last_changed for s in view.standards if s.last_changed), default=dt.date(1970, 1, 1))
    contact = (pemda.get("pengaduan") or {}).get("email")
    publisher = {"@type": "org:Organization", "name": pemda.get("nama", "")}

    def dataset(identifier, title, description, keywords, distributions):
        entry = {
            "@type": "dcat:Dataset", "identifier": view.absolute(identifier), "title": title,
            "description": description, "keyword": keywords, "modified": modified.isoformat(),
            "publisher": publisher, "accessLevel": "public", "language": ["id"],
            "spatial": pemda.get("nama_singkat", ""), "landingPage": view.absolute("data/"),
            "distribution": [{"@type": "dcat:Distribution", "title": t,
                              "downloadURL": view.absolute(p), "mediaType": m,
                              "format": m.split("/")[-1].upper()} for p, t, m in distributions],
        }
        if contact:
            entry["contactPoint"] = {"@type": "vcard:Contact", "fn": pemda.get("nama", ""),
                                     "hasEmail": f"mailto:{contact}"}
        return entry

    labels = kinds.labels_joined()
    entries = [
        dataset("data/standar.json", f"Standar pelayanan ({labels}) {pemda.get('nama_singkat', '')}",
                f"Seluruh {labels} yang diterbitkan perangkat daerah, dengan identitas, langkah, "
                "pelaksana, mutu baku dan capaian.",
                [kind.label for kind in kinds.all_kinds()] + ["standar pelayanan", "pelayanan publik"],
                [("data/standar.json", "JSON", "application/json"),
                 ("data/standar.csv", "CSV", "text/csv")]),
        dataset("data/opd.json", f"Perangkat daerah {pemda.get('nama_singkat', '')}",
                "Daftar perangkat daerah dengan jenis, kontak dan jumlah standarnya.",
                ["OPD", "perangkat daerah"], [("data/opd.json", "JSON", "application/json")]),
    ]
    media = {"csv": ("CSV", "text/csv"), "json": ("JSON", "application/json")}
    for table in datasets:
        entries.append(dataset(f"{table.path}.{table.formats[0]}", table.title, table.description,
                               list(table.keywords),
                               [(f"{table.path}.{f}", *media[f]) for f in sorted(table.formats)]))
    return dumps({
        "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        "@type": "dcat:Catalog",
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "describedBy": "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        "dataset": entries,
    })


def datasets(view: SiteView) -> list[Dataset]:
    return [table for kind in kinds.all_kinds() for table in kind.datasets(view)]


def files(view: SiteView, tables: list[Dataset]) -> dict[str, str]:
    """Every open-data file, by its path in the site (``tables``: the kinds' :func:`datasets`)."""
    result = {
        sitemap.STANDAR_JSON: standar_json(view),
        sitemap.STANDAR_CSV: standar_csv(view),
        sitemap.OPD_JSON: opd_json(view),
        **{sitemap.kind_schema(kind.code): kind_schema(view, kind) for kind in kinds.all_kinds()},
        sitemap.FILE_SCHEMA: file_schema(view),
        sitemap.FEED: feed(view),
    }
    for table in tables:
        if "json" in table.formats:
            result[table.path + ".json"] = dataset_json(table)
        if "csv" in table.formats:
            result[table.path + ".csv"] = dataset_csv(table)
        if table.schema is not None:
            result[table.schema_path] = dataset_schema(view, table)
    result[sitemap.DCAT] = dcat(view, tables)
    return result


def descriptions(tables: list[Dataset]) -> dict[str, str]:
    """What each open-data file holds, for the data page."""
    about = {
        sitemap.STANDAR_JSON: "Semua standar yang terbit: front-matter, nilai turunan, alamat halaman (JSON)",
        sitemap.STANDAR_CSV: "Satu baris per standar (CSV, UTF-8, untuk Excel atau LibreOffice)",
        sitemap.OPD_JSON: "Daftar perangkat daerah dengan kontak dan jumlah standarnya (JSON)",
        **{sitemap.kind_schema(kind.code): f"JSON Schema front-matter {kind.label}"
           for kind in kinds.all_kinds()},
        sitemap.FILE_SCHEMA: "JSON Schema berkas data/standar.json",
        sitemap.DCAT: "Katalog DCAT (Project Open Data 1.1) untuk portal data seperti CKAN/Satu Data",
        sitemap.FEED: "Umpan Atom perubahan terbaru",
    }
    for table in tables:
        for fmt in table.formats:
            about[f"{table.path}.{fmt}"] = f"{table.summary} ({fmt.upper()})"
        if table.schema is not None:
            about[table.schema_path] = f"JSON Schema berkas {table.path}.json"
    return about
