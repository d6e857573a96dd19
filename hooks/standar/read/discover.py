"""Finding the standards under ``standards/``: the folder gives the OPD and the kind.

Every file found is either a candidate standard or reported here with the reason it cannot
be one; symbolic links are never followed (they could publish a file from outside the repo).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field

from .. import kinds
from ..model.diagnostics import GALAT, Diagnostic
from ..model.fields import SLUG
from ..model.schema import suggest
from .registry import REGISTRY_FILE
from .settings import PEMDA_FILE

CONFIG_FILES = (REGISTRY_FILE, PEMDA_FILE)
_SLUG = re.compile(SLUG)


def _folders(prefix: str = "", conjunction: str = "atau") -> str:
    """The kinds' folders for a message: "sop/, spm/ atau ..."."""
    names = [f"{prefix}{code}/" for code in kinds.KINDS]
    return ", ".join(names[:-1]) + f" {conjunction} " + names[-1] if len(names) > 1 else names[0]


@dataclass(frozen=True)
class Candidate:
    abs_path: str
    rel: str   # e.g. standards/dinkes/sop/penerbitan-akta.md
    opd: str
    kind: str
    slug: str


@dataclass
class Discovery:
    candidates: list[Candidate] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    found: list[str] = field(default_factory=list)  # every content file (not config), by rel path


def slugify(name: str) -> str:
    """What a name would become as a URL slug: the fix we suggest for a bad file name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


class _Walker:
    def __init__(self, root: str, rel_prefix: str, registry):
        self.root, self.prefix, self.opd_codes = root, rel_prefix, set(registry)
        # an OPD's type, when the registry is given (not only its codes)
        self.jenis = {kode: opd.jenis for kode, opd in registry.items()} if isinstance(registry, dict) else {}
        self.result = Discovery()

    def rel(self, path: str) -> str:
        inside = self.root.rstrip(os.sep) + os.sep
        tail = path[len(inside):] if path.startswith(inside) else os.path.relpath(path, self.root)
        return self.prefix + "/" + tail.replace(os.sep, "/")

    def error(self, rel: str, message: str):
        self.result.diagnostics.append(Diagnostic(rel, None, GALAT, message))

    def reject_file(self, path: str, message: str):
        rel = self.rel(path)
        self.result.found.append(rel)
        self.error(rel, message)

    def entries(self, folder: str) -> list:
        """The folder's entries, symlinks reported and left out."""
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
        kept = []
        for entry in entries:
            if entry.is_symlink():
                self.reject_file(entry.path, "tautan simbolik (symlink) tidak diizinkan di standards/: "
                                             "ganti dengan berkas biasa (tautan dapat menerbitkan "
                                             "berkas dari luar repositori)")
            else:
                kept.append(entry)
        return kept

    def reject_tree(self, folder: str, reason: str):
        """Report a folder that cannot hold standards, and every file inside it."""
        self.error(self.rel(folder) + "/", reason)
        for entry in self.entries(folder):
            if entry.is_dir():
                self.reject_tree(entry.path, "berada di dalam folder yang tidak sah")
            else:
                self.reject_file(entry.path, "tidak diterbitkan: berada di folder yang tidak sah "
                                             f"('{self.rel(folder)}/')")

    def walk(self) -> Discovery:
        if not os.path.isdir(self.root):
            self.error(self.prefix + "/", "folder standards/ tidak ditemukan")
            return self.result
        for entry in self.entries(self.root):
            if entry.is_dir():
                self.opd_folder(entry)
            elif entry.name not in CONFIG_FILES:
                self.reject_file(entry.path, (
                    f"berkas standar harus berada di {_folders('standards/<kode-opd>/')}, "
                    "tidak langsung di standards/")
                    if entry.name.endswith(".md") else
                    "berkas tidak dikenal di standards/; di sini hanya opd.yml, pemda.yml dan folder OPD")
        return self.result

    def opd_folder(self, folder):
        if folder.name not in self.opd_codes:
            self.reject_tree(folder.path, f"folder '{folder.name}' bukan kode OPD yang terdaftar di "
                                          f"opd.yml{suggest(folder.name, self.opd_codes)}")
            return
        for entry in self.entries(folder.path):
            if not entry.is_dir():
                self.reject_file(entry.path, f"berkas harus berada di subfolder {_folders()} dari "
                                             f"standards/{folder.name}/")
            elif entry.name in kinds.KINDS:
                kind, jenis = kinds.get(entry.name), self.jenis.get(folder.name)
                if jenis is not None and not kinds.allowed(kind, jenis):
                    types = ", ".join(kind.opd_jenis or ())
                    self.reject_tree(entry.path, f"{kind.label} ({kind.name}) hanya untuk OPD berjenis "
                                                 f"{types} di opd.yml; '{folder.name}' berjenis '{jenis}'. "
                                                 "Pindahkan berkasnya ke folder jenis standar yang sesuai, "
                                                 "atau perbaiki jenis OPD di opd.yml")
                else:
                    self.kind_folder(entry, folder.name)
            else:
                self.reject_tree(entry.path, f"folder '{entry.name}' tidak dikenal; folder OPD hanya "
                                             f"berisi {_folders(conjunction='dan')}" + suggest(entry.name, kinds.KINDS))

    def kind_folder(self, folder, opd: str):
        by_slug: dict[str, list[str]] = {}
        candidates = []
        for entry in self.entries(folder.path):
            if entry.is_dir():
                self.reject_tree(entry.path, "subfolder tidak diizinkan di sini; letakkan berkas .md "
                                             f"langsung di standards/{opd}/{folder.name}/")
                continue
            rel = self.rel(entry.path)
            stem, dot, ext = entry.name.rpartition(".")
            if not dot or ext != "md":
                self.reject_file(entry.path, "hanya berkas standar .md yang boleh berada di sini")
                continue
            self.result.found.append(rel)
            by_slug.setdefault(slugify(stem), []).append(rel)
            if _SLUG.fullmatch(stem) and stem != "index":
                candidates.append(Candidate(entry.path, rel, opd, folder.name, stem))
                continue
            fix = slugify(stem)
            hint = f"; ganti nama menjadi '{fix}.md'" if fix and fix != "index" else ""
            self.error(rel, f"nama berkas '{entry.name}' tidak sah: gunakan huruf kecil a-z, angka dan "
                            f"tanda hubung saja (tanpa spasi, huruf kapital atau huruf khusus){hint}")
        clashing = set()
        for slug, rels in by_slug.items():
            if len(rels) > 1:
                clashing.update(rels)
                for rel in rels:
                    others = ", ".join(r for r in rels if r != rel)
                    self.error(rel, f"alamat halaman '{slug}' bertabrakan dengan {others}; beri nama "
                                    "berkas yang berbeda")
        self.result.candidates += [c for c in candidates if c.rel not in clashing]


def discover(standards_dir, rel_prefix: str, registry) -> Discovery:
    """``registry``: kode -> Opd (or just the codes, when the OPD types do not matter)."""
    return _Walker(str(standards_dir), rel_prefix, registry).walk()
