"""The pages and files the portal generates, by their source path, in one place: the site plan
makes them, the check resolves links to them, and no OPD may take a name among them."""

from __future__ import annotations

HOME = "index.md"                       # appended to the hand-written docs/index.md
OPD_LIST = "opd/index.md"
LATEST = "terbaru/index.md"
REVIEW = "perlu-ditinjau/index.md"
A_TO_Z = "a-z/index.md"
TAGS = "tag/index.md"
DATA = "data/index.md"
TEMPLATES = "panduan/templat/index.md"
FIELDS = "panduan/kolom/index.md"
PAGES = (HOME, OPD_LIST, LATEST, REVIEW, A_TO_Z, TAGS, DATA, TEMPLATES, FIELDS)

STANDAR_JSON, STANDAR_CSV = "data/standar.json", "data/standar.csv"
OPD_JSON, DCAT, FEED = "data/opd.json", "data/dcat.json", "feed.xml"
FILE_SCHEMA = "data/schema/standar.schema.json"
FILES = (STANDAR_JSON, STANDAR_CSV, OPD_JSON, FILE_SCHEMA, DCAT, FEED)


def kind_page(code: str) -> str:
    """A kind's own first page: its list or its dashboard."""
    return f"{code}/index.md"


def kind_schema(code: str) -> str:
    return f"data/schema/{code}.schema.json"


def opd_page(kode: str) -> str:
    return f"{kode}/index.md"


def generated(kind_codes, kind_files=()) -> set[str]:
    """Every generated page and file but the OPDs' and the standards' own."""
    return (set(PAGES) | set(FILES) | {kind_page(c) for c in kind_codes}
            | {kind_schema(c) for c in kind_codes} | set(kind_files))
