"""The web editor (Decap CMS under ``admin/``), configured from the content model.

Three parts, each made here and nowhere else:

* :func:`configuration`: one collection per document kind, its form from the kind's fields
  (widget by type, required, pattern, limits, the Indonesian description as hint; a step's
  pelaksana chosen from the document's own list, decisions as step numbers, an SPM service
  from the catalogue), and each kind's model for the editor's file format and its checks in the
  browser. It depends on the code only, so it is committed (``docs/admin/konfigurasi.js``,
  written by ``standar editor --tulis``) and a test fails when it is stale.
* :func:`site_settings`: what depends on the content, made at each build (``admin/situs.js``):
  the OPDs of the registry, the forge of ``pemda.yml``'s ``pengaturan.editor``, the standards'
  numbers for the link checks.
* :func:`vendored` and :func:`index_html`: Decap's own files, copied from ``node_modules`` (never
  a CDN), and the page that loads them with its Content-Security-Policy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .. import kinds
from ..model.kind import Kind
from markupsafe import escape

from ..model.schema import Date, Enum, Field, Integer, ListOf, MapOf, Nip, OneOf, Record, Text, Type
from ..model.standard import DRAF
from .document import is_quoted

FOLDER = "standards"
ADMIN = "admin"
CONFIG_FILE = "docs/admin/konfigurasi.js"
SITE_FILE = f"{ADMIN}/situs.js"
INDEX_FILE = f"{ADMIN}/index.html"
# The local backend: Decap's decap-server on the author's own computer (only ever tried by a
# page served from localhost or 127.0.0.1).
LOCAL_PROXY = "http://127.0.0.1:8081/api/v1"
LOCAL_ORIGINS = ("http://127.0.0.1:*", "http://localhost:*")   # another port: admin/?lokal=PORT
# Values a new document starts with, as ``standar baru`` writes them.
NEW_VALUES = {"status": DRAF}
OPD_FIELD = "opd"
KIND_FIELD = "_jenis"
SLUG_FIELD = "_slug"

# Words written in capitals in a label: abbreviations of the model and the kinds' codes.
_ACRONYMS = {"nip", "sdm", "opd", "url", "id", "api"} | set(kinds.KINDS)


def label(key: str) -> str:
    """A field's label from its key: ``tanggal_efektif`` -> "Tanggal efektif"."""
    words = [w.upper() if w in _ACRONYMS else w for w in key.split("_")]
    first = words[0] if words[0].isupper() else words[0].capitalize()
    return " ".join([first] + words[1:])


# -- patterns ----------------------------------------------------------------------------------
# Python's classes in the model's patterns, as JavaScript's Unicode-aware ('u' flag) regexes
# write them. A pattern with any other escape stops the generation: extend this table.
_JS_CLASSES = {r"[^\W_]": r"[\p{L}\p{N}]", r"\W": r"[^\p{L}\p{N}_]", r"\w": r"[\p{L}\p{N}_]",
               r"\d": r"\p{Nd}", r"\S": r"\S", r"\s": r"\s", r"\"": '"', r"\'": "'", r"\.": r"\.",
               r"\-": r"\-", r"\/": "/"}
_ESCAPE = re.compile(r"\[\^\\W_\]|\\.")


def js_pattern(pattern: str) -> str:
    """A model pattern (Python, matched whole) as a JavaScript regex source for the 'u' flag."""
    def translate(match):
        token = match.group()
        if token not in _JS_CLASSES:
            raise ValueError(f"pattern {pattern!r}: {token!r} has no JavaScript translation")
        return _JS_CLASSES[token]
    return "^(?:" + _ESCAPE.sub(translate, pattern) + ")$"


NIP_PATTERN = r"^(?: *\p{Nd}){18} *$"


# -- the model, for the editor's format and checks ----------------------------------------------
def model(record: Record, quoted: frozenset, prefix: str = "") -> list[dict]:
    """Each field as the editor's serializer and checks need it: key, kind of value, quoting,
    required, limits, choices. Mirrors :mod:`standar.publish.document`."""
    return [_node(spec, spec.type, prefix + spec.key, quoted) for spec in record.fields]


def _node(spec: Field, kind_type: Type, key: str, quoted: frozenset) -> dict:
    node = {"kunci": spec.key, "label": label(spec.key), "wajib": spec.required}
    node.update(_shape(kind_type, key, quoted))
    if spec.refers:
        node["rujuk"] = spec.refers
    if spec.options:
        node["pilihan"] = [value for value, _ in spec.options()]
    return node


def _shape(kind_type: Type, key: str, quoted: frozenset) -> dict:
    if isinstance(kind_type, Record):
        return {"jenis": "isian", "kolom": model(kind_type, quoted, key + ".")}
    if isinstance(kind_type, ListOf):
        item = kind_type.item
        shape = {"jenis": "daftar", "min": kind_type.min_items, "maks": kind_type.max_items,
                 "unik": kind_type.unique}
        if isinstance(item, OneOf):
            shape["butir"] = {"jenis": "isian", "kolom": model(item.record, quoted, key + "[]."),
                              "atau_teks": _shape(item.text, key, quoted)}
        else:
            shape["butir"] = _shape(item, key + "[]." if isinstance(item, Record) else key, quoted)
        return shape
    if isinstance(kind_type, MapOf):
        raise ValueError(f"{key}: a map has no form in the web editor")
    if isinstance(kind_type, Date):
        return {"jenis": "tanggal", "min": kind_type.minimum.isoformat(), "maks": kind_type.maximum.isoformat()}
    if isinstance(kind_type, Integer):
        shape = {"jenis": "bilangan", "maks": kind_type.ceiling}
        if kind_type.minimum is not None:
            shape["min"] = kind_type.minimum
        return shape
    shape = {"jenis": "teks", "kutip": is_quoted(key, kind_type, quoted)}
    if isinstance(kind_type, Enum):
        shape["nilai"] = list(kind_type.values)
    elif isinstance(kind_type, Nip):
        shape["pola"], shape["pola_petunjuk"] = NIP_PATTERN, "18 digit angka (spasi boleh)"
        shape["nip"] = True
    elif isinstance(kind_type, Text):
        shape["panjang_maks"] = kind_type.max_length
        if kind_type.pattern:
            shape["pola"], shape["pola_petunjuk"] = js_pattern(kind_type.pattern), kind_type.pattern_hint
    return shape


# -- the form (Decap's collections) --------------------------------------------------------------
def _widget(spec: Field, key: str, optional_parent: bool) -> dict:
    """A field's widget. Inside an optional record the fields are not required by the form
    (an absent record is valid); the editor's checks hold a present one to them."""
    kind_type = spec.type
    widget = {"name": spec.key, "label": label(spec.key), "required": spec.required and not optional_parent}
    if spec.doc:
        widget["hint"] = spec.doc
    if spec.expected:  # on the official form, but never to be invented (schema.absent_warning)
        widget["hint"] = (spec.doc + " " if spec.doc else "") + \
            "Dianjurkan; biarkan kosong bila dokumen asli tidak memuatnya."
    if spec.key in NEW_VALUES and not key.count("."):
        widget["default"] = NEW_VALUES[spec.key]
    if spec.refers:
        widget["widget"] = "portal-nomor-butir" if isinstance(kind_type, Integer) else "portal-pilih-butir"
        widget["rujuk"] = spec.refers
        return widget
    if spec.options:
        widget.update(widget="select", options=[{"label": f"{name} ({value})", "value": value}
                                                for value, name in spec.options()])
        return widget
    widget.update(_form(kind_type, key, optional_parent or not spec.required))
    return widget


def _form(kind_type: Type, key: str, optional: bool) -> dict:
    if isinstance(kind_type, Record):
        return {"widget": "object", "collapsed": optional,
                "fields": [_widget(sub, f"{key}.{sub.key}", optional) for sub in kind_type.fields]}
    if isinstance(kind_type, ListOf):
        form = {"widget": "list", "collapsed": False}
        if kind_type.min_items:
            form["min"] = kind_type.min_items
        if kind_type.max_items < 500:
            form["max"] = kind_type.max_items
        item = kind_type.item
        if isinstance(item, OneOf):
            # Text or a record: both halves optional in the form, told apart when written.
            first = {"name": "teks", "label": "Teks bebas", "widget": "string", "required": False,
                     "hint": "Isi teks bebas, atau isian di bawahnya (bukan keduanya)."}
            form["fields"] = [first] + [_widget(sub, f"{key}[].{sub.key}", True) for sub in item.record.fields]
            form["summary"] = "{{fields.teks}}{{fields." + item.record.fields[0].key + "}}"
        elif isinstance(item, Record):
            form["fields"] = [_widget(sub, f"{key}[].{sub.key}", False) for sub in item.fields]
            form["summary"] = "{{fields." + item.fields[0].key + "}}"
        else:
            form["field"] = {"name": "butir", "label": label(key.rsplit(".", 1)[-1].replace("[]", "")),
                             **_form(item, key, False)}
        return form
    if isinstance(kind_type, Enum):
        labels = kind_type.labels or {}
        return {"widget": "select",
                "options": [{"label": labels.get(v, v), "value": v} for v in kind_type.values]}
    if isinstance(kind_type, Date):
        return {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD",
                "time_format": False}
    if isinstance(kind_type, Integer):
        form = {"widget": "number", "value_type": "int", "max": kind_type.ceiling}
        if kind_type.minimum is not None:
            form["min"] = kind_type.minimum
        return form
    if isinstance(kind_type, Nip):
        return {"widget": "string", "pattern": [NIP_PATTERN, "NIP: 18 digit angka (spasi boleh)"]}
    if isinstance(kind_type, Text) and kind_type.pattern:
        return {"widget": "string", "pattern": [js_pattern(kind_type.pattern),
                                                 kind_type.pattern_hint or "format tidak sesuai"]}
    return {"widget": "string"}


def collection(kind: Kind) -> dict:
    """Decap's folder collection of one kind: ``standards/<opd>/<kind>/<slug>.md``."""
    names = [k for k in kind.name_fields if k in kind.fields.by_key]
    if names != list(kind.name_fields):
        raise ValueError(f"{kind.code}: name_fields {kind.name_fields} are not all its fields")
    opd = {"name": OPD_FIELD, "label": "OPD", "widget": "portal-opd", "required": False, "options": [],
           "hint": "Perangkat daerah pemilik standar ini; menentukan folder berkasnya dan tidak dapat "
                   "diubah sesudah disimpan."}
    body = {"name": "body", "label": "Isi halaman", "widget": "markdown", "required": False,
            # Markdown as written: the rich-text mode rewrites a body's Markdown at each save.
            "modes": ["raw"], "editor_components": [],
            "buttons": ["bold", "italic", "heading-two", "heading-three", "bulleted-list",
                        "numbered-list", "link", "quote"],
            "hint": "Teks halaman dalam Markdown: judul bagian diawali ##."}
    return {
        "name": kind.code, "label": kind.name, "label_singular": kind.label,
        "description": f"{kind.name}: satu berkas per dokumen di {FOLDER}/<opd>/{kind.code}/.",
        "folder": FOLDER, "path": "{{" + OPD_FIELD + "}}/" + kind.code + "/{{" + SLUG_FIELD + "}}",
        "extension": "md", "format": f"portal-{kind.code}", "create": True, "delete": False,
        "identifier_field": names[0], "summary": "{{" + names[0] + "}}",
        "filter": {"field": KIND_FIELD, "value": kind.code},
        "fields": [opd] + [_widget(spec, spec.key, False) for spec in kind.fields.fields] + [body],
    }


def configuration() -> dict:
    """Everything of the editor that comes from the code: the content model and the catalogue."""
    return {
        "decap": {
            "load_config_file": False, "locale": "id", "publish_mode": "editorial_workflow",
            "media_folder": "docs/assets/lampiran", "public_folder": "/assets/lampiran",
            "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
            "collections": [collection(kind) for kind in kinds.all_kinds()],
        },
        "jenis": {kind.code: {"label": kind.label, "nama": kind.name, "nama_berkas": list(kind.name_fields),
                              "model": model(kind.fields, kind.template.quoted)}
                  for kind in kinds.all_kinds()},
    }


HEADER = ("// Dibuat oleh `standar editor --tulis` dari model isi (hooks/standar): jangan diubah dengan\n"
          "// tangan. Generated from the content model by `standar editor --tulis`; do not edit.\n")


def configuration_js() -> str:
    text = json.dumps(configuration(), ensure_ascii=False, indent=1, sort_keys=False)
    return HEADER + "window.PORTAL_KONFIGURASI = " + text + ";\n"


# -- the build: what depends on the content --------------------------------------------------------
def backend(settings: dict | None) -> dict | None:
    """Decap's backend from ``pengaturan.editor`` (validated by :mod:`standar.read.settings`)."""
    if not settings:
        return None
    result = {"name": settings["forge"], "repo": settings["repositori"], "branch": settings["cabang"],
              "cms_label_prefix": "editor/", "squash_merges": True,
              "commit_messages": {
                  "create": 'Buat {{collection}} "{{slug}}"', "update": 'Ubah {{collection}} "{{slug}}"',
                  "delete": 'Hapus {{collection}} "{{slug}}"', "uploadMedia": 'Unggah "{{path}}"',
                  "deleteMedia": 'Hapus "{{path}}"', "openAuthoring": "{{message}}"}}
    if settings["forge"] == "gitlab":
        base = settings["alamat_gitlab"].rstrip("/")
        result.update(auth_type="pkce", app_id=settings["app_id"], base_url=base,
                      auth_endpoint="oauth/authorize", api_root=settings.get("api") or f"{base}/api/v4")
    else:
        result.update(base_url=settings["gerbang_oauth"].rstrip("/"), auth_endpoint="auth")
        if settings.get("api"):
            result["api_root"] = settings["api"].rstrip("/")
    return result


def origins(settings: dict | None) -> list[str]:
    """The hosts the editor talks to: the forge's API and sign-in, for its page's policy."""
    found = []
    config = backend(settings) or {}
    default_api = "https://api.github.com" if config.get("name") == "github" else None
    for address in (config.get("api_root") or default_api, config.get("base_url")):
        match = re.match(r"https?://[^/]+", address or "")
        if match and match.group() not in found:
            found.append(match.group())
    return found


def site_settings(registry: dict, settings: dict | None, pemda: dict, standards) -> dict:
    return {
        "pemda": pemda.get("nama_singkat", ""),
        "logo": pemda.get("logo"),
        "backend": backend(settings),
        "lokal": LOCAL_PROXY,
        "opd": [{"label": f"{opd.nama} ({opd.kode})", "value": opd.kode}
                for opd in sorted(registry.values(), key=lambda o: o.nama.lower())],
        "standar": {std.nomor: {"berkas": std.path, "jenis": std.kind, "status": std.status}
                    for std in standards if std.nomor},
    }


def site_settings_js(data: dict) -> str:
    return "window.PORTAL_SITUS = " + json.dumps(data, ensure_ascii=False, sort_keys=True) + ";\n"


# The page: Decap needs 'unsafe-eval' and inline styles; it talks to the forge and, on the
# author's own computer, to decap-server. The server's header for admin/ (deploy/) allows any
# https host; this policy narrows it to the forge named in pemda.yml.
INDEX = """<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <meta http-equiv="Content-Security-Policy" content="{csp}">
  <title>Editor Standar {pemda}</title>
  <link rel="icon" href="data:,">
  <script src="mulai.js"></script>
</head>
<body>
  <noscript>Editor standar memerlukan JavaScript.</noscript>
  <script src="vendor/decap-cms/decap-cms.js"></script>
  <script src="vendor/js-yaml/js-yaml.min.js"></script>
  <script src="locale-id.js"></script>
  <script src="portal-format.js"></script>
  <script src="portal-periksa.js"></script>
  <script src="konfigurasi.js"></script>
  <script src="situs.js"></script>
  <script src="portal-cms.js"></script>
</body>
</html>
"""


def csp(settings: dict | None) -> str:
    forge = " ".join(origins(settings))
    local = " ".join(LOCAL_ORIGINS)
    return ("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            f"img-src 'self' data: blob: {forge}; font-src 'self' data:; "
            f"connect-src 'self' {forge} {local}; frame-src 'self' blob:; worker-src 'self' blob:; "
            "object-src 'none'; base-uri 'self'; form-action 'self'").replace("  ", " ")


def index_html(settings: dict | None, pemda: dict) -> str:
    return INDEX.format(csp=escape(csp(settings)), pemda=escape(pemda.get("nama_singkat", "")))


# -- Decap's own files -----------------------------------------------------------------------------
NODE_MODULES = "node_modules"
# (package, its folder of files to publish, what to take): the release bundle without its
# source maps and the duplicate "cms.*" chunks, with its licence notices.
VENDORED = (("decap-cms", "dist", re.compile(r"(?:\d+\.)?decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt")),
            ("js-yaml", "dist", re.compile(r"js-yaml\.min\.js")),
            ("js-yaml", "", re.compile(r"LICENSE")))
LICENCE = ("decap-cms-locales", "", re.compile(r"LICENSE"))  # Decap's MIT licence (one repository)


def node_modules(root: Path) -> Path | None:
    """The npm packages: beside the project, or beside the core's repository."""
    for base in (Path(root), Path(__file__).resolve().parents[3]):
        if (base / NODE_MODULES / "decap-cms" / "package.json").is_file():
            return base / NODE_MODULES
    return None


def vendored(root: Path) -> dict[str, Path] | None:
    """Site path -> installed file of everything of Decap the editor serves; None when Decap is
    not installed (``npm ci``)."""
    modules = node_modules(root)
    if modules is None:
        return None
    files = {}
    for package, folder, wanted in VENDORED + (LICENCE,):
        source = modules / package / folder
        target = "decap-cms" if package.startswith("decap") else package
        for path in sorted(source.iterdir()) if source.is_dir() else ():
            if path.is_file() and wanted.fullmatch(path.name):
                name = "LICENSE" if path.name == "LICENSE" else path.name
                files[f"{ADMIN}/vendor/{target}/{name}"] = path
    return files


def version(root: Path, package: str) -> str | None:
    modules = node_modules(root)
    if modules is None:
        return None
    return json.loads((modules / package / "package.json").read_text(encoding="utf-8")).get("version")


# -- the files of a build ---------------------------------------------------------------------------
class NotInstalled(Exception):
    """The editor is configured but Decap CMS is not installed; the message says what to do."""


@dataclass(frozen=True)
class Files:
    generated: dict        # site path -> text
    copied: dict           # site path -> installed file


def files(root: Path, pemda: dict, registry: dict, standards) -> Files | None:
    """The editor's files of a build: None when ``pengaturan.editor`` is not set (the site has
    no editor); :class:`NotInstalled` when it is but Decap is missing."""
    settings = pemda["pengaturan"].get("editor")
    if not settings:
        return None
    copied = vendored(root)
    if copied is None:
        raise NotInstalled("editor web diaktifkan (pengaturan.editor di standards/pemda.yml) tetapi Decap CMS "
                           "belum terpasang: jalankan 'npm ci' di folder proyek, atau hapus pengaturan.editor")
    return Files(generated={SITE_FILE: site_settings_js(site_settings(registry, settings, pemda, standards)),
                            INDEX_FILE: index_html(settings, pemda)},
                 copied=copied)
