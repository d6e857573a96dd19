"""A document kind: everything the core knows about one kind of standard, in one place.

A kind (SOP, SPM, ...) lives in one module under :mod:`standar.kinds` and subclasses
:class:`Kind`: its fields, the checks of one file and across files, its page and official
sheet, its row in the open data, its template for ``standar baru`` and its part of the field
reference. The rest of the core asks the kinds registry and never names a kind.

Kinds import only this model: pages are planned as templates with their contexts
(:mod:`standar.model.page`) and rendered by the publishing layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import ClassVar

from .catalogue import Catalogue
from .diagnostics import Diagnostic
from .page import Fragment, PagePlan, Sheet
from .schema import Context, Field, Record
from .standard import Standard
from .view import SiteView


# -- what reading a file tells the cross-file checks -------------------------------------------
@dataclass(frozen=True)
class Link:
    """A reference by ``nomor`` to another standard, resolved once all files are read."""

    nomor: str
    field: tuple                  # path of the referring field
    line: int
    role: str                     # the referring field's role, e.g. keterkaitan, sop_terkait
    targets: tuple                # codes of the kinds it may point to
    in_force: bool = False        # the target must be in force: not revoked


@dataclass
class Facts:
    """What the checks across files need of one file; known even when the file has errors."""

    rel: str
    kind: str
    nomor: str | None = None
    nomor_line: int | None = None
    status: str | None = None
    links: list[Link] = field(default_factory=list)
    keys: dict = field(default_factory=dict)   # a kind's own values for its cross checks
    body_links: list = field(default_factory=list)  # (tag, relative address, file line) in the body
    has_errors: bool = False


# -- open data ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Dataset:
    """A table a kind publishes beside the pages, as ``<path>.json`` and ``<path>.csv``."""

    path: str                   # without extension, e.g. data/spm-capaian
    title: str                  # for the data catalogue (DCAT)
    summary: str                # one line for the data page
    description: str
    keywords: tuple
    columns: tuple
    rows: list
    header: dict                # the JSON document's keys before kolom, jumlah_baris and data
    decimals: int = 2           # CSV: decimals of fractional numbers
    schema: Record | None = None  # the columns' types and meaning: a JSON Schema of a row, the data page
    formats: tuple = ("json", "csv")

    @property
    def schema_path(self) -> str:
        return f"data/schema/{self.path.rsplit('/', 1)[-1]}.schema.json"


# -- ``standar baru`` ----------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateSpec:
    """How a kind's template for a new file is written (see :mod:`standar.publish.template`)."""

    body: str                                       # the Markdown body
    hints: dict = field(default_factory=dict)       # field key -> placeholder words
    quoted: frozenset = frozenset()                 # field keys always written in quotes
    active_optional: frozenset = frozenset()        # optional fields shown as placeholders
    items: dict = field(default_factory=dict)       # list key -> how many items to show
    plain: frozenset = frozenset()                  # text-or-record fields shown as text


@dataclass
class Known:
    """What ``standar baru`` knows of the portal when it starts a new file."""

    registry: dict                 # kode -> Opd
    catalogue: Catalogue
    nomors: dict                   # rel path -> nomor, of every file (with errors too)
    standards: list                # the valid standards


@dataclass
class NewFile:
    prefill: dict                  # top-level values written into the template
    name: str                      # the text the file name is made from (its title)
    notes: list = field(default_factory=list)   # told to the author (Indonesian)


class Refused(Exception):
    """A new file cannot be made as asked; the message says why, in Indonesian."""


def titled(answers: dict, what: str) -> NewFile:
    """A new file named from its title (``judul``), with the nomor when one is given: what the
    kinds start from. ``what`` names the title in the refusal ("judul SOP")."""
    judul = (answers.get("judul") or "").strip()
    if not judul:
        raise Refused(f"{what} wajib diisi (--judul \"...\")")
    prefill = {"judul": judul}
    if answers.get("nomor"):
        prefill["nomor"] = answers["nomor"]
    return NewFile(prefill=prefill, name=judul)


# -- the kind --------------------------------------------------------------------------------
class Kind:
    code: ClassVar[str]             # folder name and URL section: standards/<opd>/<code>/
    label: ClassVar[str]            # short name readers see: "SOP"
    name: ClassVar[str]             # full name: "Standar Operasional Prosedur"
    fields: ClassVar[Record]        # the front-matter
    standard: ClassVar[type[Standard]]
    template: ClassVar[TemplateSpec]
    # The field reference's introduction to this kind's fields (Markdown).
    reference: ClassVar[str]
    settings_fields: ClassVar[tuple[Field, ...]] = ()   # its part of pemda.yml's pengaturan
    files: ClassVar[tuple[str, ...]] = ()               # the files of its ``datasets``
    questions: ClassVar[tuple[str, ...]] = ()           # what `standar baru` asks: judul, layanan
    # The fields whose first filled value names a new file (a field with ``options`` by the
    # option's name): `standar baru` and the web editor make the same file name.
    name_fields: ClassVar[tuple[str, ...]] = ("judul",)
    search_boost: ClassVar[float | None] = None         # ranks its pages higher in the site search
    # The OPD types (``jenis`` in opd.yml) whose folders may hold this kind; None: every OPD.
    opd_jenis: ClassVar[tuple[str, ...] | None] = None
    # Kinds this one stands in for as the target of a link (an SPO is a procedure: where a
    # link asks for an SOP, an SPO's number answers too).
    counts_as: ClassVar[tuple[str, ...]] = ()

    # -- reading -----------------------------------------------------------------------------
    def check(self, meta: dict, raw: dict, ctx: Context, facts: Facts) -> None:
        """Rules of one file beyond its fields' types; ``facts`` collects links and keys."""
        raise NotImplementedError

    def cross_check(self, files: list[Facts], every: dict[str, Facts]) -> list[Diagnostic]:
        """Rules across this kind's ``files`` (e.g. one SPM per service), with ``every`` file of
        the portal by its nomor (what another kind's check put in its ``keys``)."""
        raise NotImplementedError

    def cites(self, std: Standard) -> list[str]:
        """The nomors of the standards this one refers its readers to (the pages it links)."""
        raise NotImplementedError

    def check_settings(self, settings: dict, ctx: Context, catalogue: Catalogue,
                       registry: dict | None) -> None:
        """Problems of this kind's settings in pemda.yml, reported on ``ctx``."""

    def make(self, rel: str, opd: str, slug: str, meta: dict, body: str, body_line: int) -> Standard:
        return self.standard(kind=self.code, opd=opd, slug=slug, path=rel, meta=meta, body=body,
                             body_line=body_line)

    # -- publishing --------------------------------------------------------------------------
    def summarize(self, standards: list[Standard], catalogue: Catalogue, settings: dict):
        """This kind's summary of the site's standards of its kind, kept in the site view."""
        return None

    def page(self, std: Standard, view: SiteView) -> list:
        """The parts of a standard's page after its title and notices (model.page)."""
        raise NotImplementedError

    def sheet(self, std: Standard, view: SiteView) -> Sheet:
        """The official sheet: the real fragments of the page's ``Deferred`` parts (none for a
        kind without a sheet) and notes on its drawing."""
        raise NotImplementedError

    def pages(self, view: SiteView) -> list[PagePlan]:
        """The kind's own pages: its list, its dashboard."""
        raise NotImplementedError

    def nav(self, view: SiteView) -> tuple:
        """The kind's tab: (title, [(None, index page), entries...])."""
        raise NotImplementedError

    def home(self, view: SiteView) -> list[Fragment]:
        """What the kind shows on the home page below the latest changes."""
        return []

    def data(self, std: Standard, view: SiteView) -> dict:
        """The values computed from a standard, for data/standar.json's ``turunan``."""
        raise NotImplementedError

    csv_columns: ClassVar[tuple[str, ...]] = ()

    def csv_row(self, std: Standard, view: SiteView) -> dict:
        """This kind's columns (``csv_columns``) of a standard's row in data/standar.csv."""
        raise NotImplementedError

    def datasets(self, view: SiteView) -> list[Dataset]:
        """Tables of its own beside data/standar.json (the SPM figures per year)."""
        return []

    # -- new files ---------------------------------------------------------------------------
    def occupied(self, answers: dict, known: Known) -> str | None:
        """The file that already holds what these answers ask for (one SPM per service)."""
        return None

    def new_file(self, answers: dict, opd, known: Known, today: dt.date) -> NewFile:
        """Prefilled values and file name of a new standard from ``standar baru``'s answers."""
        raise NotImplementedError
