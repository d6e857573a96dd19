"""Hypothesis strategies derived from the content model: valid standards of every kind.

Each schema type gives a strategy for its values (each optional field present or absent, each
list empty or not, each enum value); what no field's type can say (dates in order, a step's
pelaksana from the SOP's own list, links to other standards of the batch, a service's year
reported once) is made to hold afterwards by the kind's entry in ``CONSISTENT``. A kind without one there
fails ``test_every_kind_has_a_generator``: the next kind's author writes it.
"""

from __future__ import annotations

import datetime as dt
import json
import string

from hypothesis import strategies as st

from standar import kinds
from standar.kinds.sp import Rupiah
from standar.model import catalogue, flow
from standar.model.schema import (Boolean, Date, Decimal, Enum, Integer, ListOf, MapOf, MonthDate, Nip,
                                  OneOf, Record, Text, YearDate, date_span)

# Letters, digits and the punctuation of Indonesian official texts; no markup signs, which the
# check refuses in front-matter values.
ALPHABET = string.ascii_letters + string.digits + " .,-/()'&\"?:;%éÉ"
TEXT_CHARS = st.sampled_from(ALPHABET)


def text(spec: Text) -> st.SearchStrategy:
    if spec.pattern:
        raw = st.from_regex(spec.pattern, fullmatch=True, alphabet=TEXT_CHARS)
    else:
        raw = st.text(TEXT_CHARS, min_size=1, max_size=min(spec.max_length, 60))
    return raw.map(str.strip).filter(lambda t: t and len(t) <= spec.max_length
                                     and not t.lower().startswith("<isi"))


def nip() -> st.SearchStrategy:
    this_year = dt.date.today().year

    @st.composite
    def build(draw):
        birth = draw(st.dates(dt.date(1950, 1, 1), dt.date(this_year - 18, 12, 31)))
        year = draw(st.integers(birth.year + 18, this_year))
        digits = (f"{birth:%Y%m%d}{year}{draw(st.integers(1, 12)):02d}{draw(st.sampled_from('12'))}"
                  f"{draw(st.integers(1, 999)):03d}")
        spaced = f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
        return draw(st.sampled_from([digits, spaced]))
    return build()


def value(spec) -> st.SearchStrategy:
    """Valid values of a schema type, as the YAML reader would hand them over."""
    if isinstance(spec, Text):
        return text(spec)
    if isinstance(spec, Nip):
        return nip()
    if isinstance(spec, Enum):
        return st.sampled_from(spec.values)
    if isinstance(spec, Date):
        dates = st.dates(spec.minimum, spec.maximum)
        if not spec.partial:
            return dates
        return st.one_of(dates, dates.map(lambda d: MonthDate(d.year, d.month, 1)),
                         dates.map(lambda d: YearDate(d.year, 1, 1)))
    if isinstance(spec, Integer):
        low = spec.minimum if spec.minimum is not None else -spec.ceiling
        return st.one_of(st.integers(low, min(low + 2000, spec.ceiling)), st.integers(low, spec.ceiling))
    if isinstance(spec, Decimal):
        places = 3 if spec.places is None else spec.places
        return st.floats(spec.minimum, spec.maximum, allow_nan=False).map(lambda f: round(f, places))
    if isinstance(spec, Boolean):
        return st.booleans()
    if isinstance(spec, Rupiah):
        return st.one_of(st.sampled_from(["Gratis", "Rp0", "Tidak dipungut biaya"]),
                         st.integers(1, 10 ** 9).map(lambda n: "Rp" + f"{n:,}".replace(",", ".")))
    if isinstance(spec, ListOf):
        items = st.lists(value(spec.item), min_size=spec.min_items,
                         max_size=min(spec.max_items, spec.min_items + 3),
                         unique_by=(lambda v: json.dumps(v, default=str)) if spec.unique else None)
        return st.one_of(items, value(spec.item)) if spec.accept_single else items
    if isinstance(spec, OneOf):
        return st.one_of(value(spec.text), value(spec.record))
    if isinstance(spec, MapOf):
        return st.dictionaries(value(spec.key), value(spec.value), max_size=3)
    if isinstance(spec, Record):
        required = {f.key: value(f.type) for f in spec.fields if f.required}
        optional = {f.key: value(f.type) for f in spec.fields if not f.required}
        return st.fixed_dictionaries(required, optional=optional)
    raise TypeError(f"no strategy for {spec!r}")


# -- what no field's type can say ----------------------------------------------------------------
def _others(batch, index, kind, status_of_referrer):
    """Nomors of the batch's other standards of ``kind`` that a link may point to."""
    return [meta["nomor"] for i, (code, _, meta) in enumerate(batch)
            if i != index and code == kind and meta.get("nomor")
            and (meta["status"] != "draf" or status_of_referrer == "draf")]


def _steps(steps, actors, draw_index):
    """Each step by one of ``actors`` (None: no pelaksana), decisions and jumps that go on."""
    count = len(steps)
    for i, step in enumerate(steps):
        if actors is not None:
            step["pelaksana"] = actors[i % len(actors)]
        if i in (0, count - 1):
            step.pop("keputusan", None)
        if i == count - 1:
            step.pop("ke", None)
        if "keputusan" in step:
            step.pop("ke", None)
            step["keputusan"] = dict(step["keputusan"], ya=i + 2, tidak=1 + draw_index(i))
        elif "ke" in step:
            step["ke"] = i + 2


def _sop(batch, index, meta, draw_index):
    for later in ("tanggal_efektif", "tanggal_revisi"):
        if meta.get(later) and date_span(meta[later])[0] < date_span(meta["tanggal_pembuatan"])[0]:
            meta[later], meta["tanggal_pembuatan"] = meta["tanggal_pembuatan"], meta[later]
    if meta.get("tanggal_revisi") and date_span(meta["tanggal_revisi"])[0] < date_span(meta["tanggal_pembuatan"])[0]:
        meta["tanggal_revisi"] = meta["tanggal_pembuatan"]
    names, unique = set(), []  # one name, one column: a text and a record may not share it
    for item in meta["pelaksana"]:
        taken = {item["nama"], item["singkatan"]} if isinstance(item, dict) else {item}
        if not taken & names and len(taken) == (2 if isinstance(item, dict) else 1):
            unique.append(item)
            names |= taken
    meta["pelaksana"] = unique or ["Pelaksana"]
    meta.pop("total_waktu", None)  # a declared total only warns; the steps' own is tested elsewhere
    targets = _others(batch, index, "sop", meta["status"])
    if "diganti_oleh" in meta:
        if meta["status"] == "dicabut" and targets:
            meta["diganti_oleh"] = targets[draw_index(len(targets))]
        else:
            del meta["diganti_oleh"]
    for i, item in enumerate(meta.get("keterkaitan") or ()):
        if isinstance(item, dict):
            meta["keterkaitan"][i] = (dict(item, nomor=targets[draw_index(len(targets))]) if targets
                                      else "Tidak ada SOP terkait di portal")
    actors = [item["nama"] if isinstance(item, dict) else item for item in meta["pelaksana"]]
    _steps(meta["langkah"], actors, draw_index)


def _spo(batch, index, meta, draw_index):
    targets = _others(batch, index, "spo", meta["status"])
    if "diganti_oleh" in meta:
        if meta["status"] == "dicabut" and targets:
            meta["diganti_oleh"] = targets[draw_index(len(targets))]
        else:
            del meta["diganti_oleh"]
    if "tahap" in meta and "langkah" in meta:
        del meta["langkah"]
    if "tahap" not in meta and "langkah" not in meta:
        meta["langkah"] = [{"kegiatan": "Mengerjakan langkah pertama"}, {"kegiatan": "Menyelesaikan"}]
    steps = [s for phase in meta["tahap"] for s in phase["langkah"]] if "tahap" in meta else meta["langkah"]
    if len(steps) < 2:
        for step in steps:
            step.pop("keputusan", None)
            step.pop("ke", None)
    _steps(steps, None, draw_index)


def _figures(entry: dict, needed: bool) -> None:
    """Counts in pairs and no more served than targeted; a percentage only without counts; some
    figure when ``needed``."""
    if ("sasaran" in entry) != ("terlayani" in entry):
        entry.pop("sasaran", None)
        entry.pop("terlayani", None)
    if "sasaran" in entry:
        entry.pop("persen", None)
        if entry["terlayani"] > entry["sasaran"]:
            entry["terlayani"], entry["sasaran"] = entry["sasaran"], entry["terlayani"]
    elif needed and "persen" not in entry:
        entry["sasaran"], entry["terlayani"] = 10, 5


def _spm(batch, index, meta, draw_index):
    """Any service, reported by several files too, but never the same year twice for one service
    (whatever OPD the file lands in)."""
    services = list(catalogue.load().layanan)
    meta["layanan"] = services[draw_index(len(services))]
    taken = {entry["tahun"] for i, (code, _, m) in enumerate(batch) if code == "spm" and i < index
             and m["layanan"] == meta["layanan"] for entry in m.get("capaian") or ()}
    years = {}
    for entry in meta.get("capaian") or ():
        if entry["tahun"] in taken:
            continue
        _figures(entry, not entry.get("indikator"))
        for group in entry.get("rincian") or ():
            for row in group["baris"]:
                _figures(row, True)
        if "persen" in entry and "sumber" not in entry:
            entry["sumber"] = {"dokumen": "Dokumen sumber"}
        if "sumber" in entry and not (entry["sumber"].get("dokumen") or entry["sumber"].get("alamat")):
            entry["sumber"]["dokumen"] = "Dokumen sumber"
        if ("mutu_sasaran" in entry) != ("mutu_terpenuhi" in entry):
            entry.pop("mutu_sasaran", None)
            entry.pop("mutu_terpenuhi", None)
        elif "mutu_sasaran" in entry and entry["mutu_terpenuhi"] > entry["mutu_sasaran"]:
            entry["mutu_terpenuhi"], entry["mutu_sasaran"] = entry["mutu_sasaran"], entry["mutu_terpenuhi"]
        years.setdefault(entry["tahun"], entry)
    if "capaian" in meta:
        meta["capaian"] = list(years.values())
    if "sop_terkait" in meta:
        meta["sop_terkait"] = sorted(set(_others(batch, index, "sop", meta["status"])))[:2]


def _sp(batch, index, meta, draw_index):
    procedures = [m for i, (code, _, m) in enumerate(batch) if code == "sop" and i != index and m.get("nomor")
                  and (m["status"] == "berlaku" or (m["status"] == "draf" and meta["status"] == "draf"))]
    if "sop" in meta:
        meta["sop"] = [m["nomor"] for m in procedures[:2]]
    longest = max((flow.at_least(flow.total_time(flow.build_steps(m["langkah"]))) for m in procedures[:2]),
                  default=0)
    if meta.get("sop") and meta.get("jangka_waktu"):  # never quicker than the procedures it links
        meta["jangka_waktu"] = f"{int(longest // flow.WORKDAY_MINUTES) + 1} hari kerja"
    if "biaya" in meta and not str(meta["biaya"]).startswith(("Gratis", "Rp0", "Tidak")):
        meta.setdefault("dasar_biaya", "Peraturan Daerah tentang Retribusi Daerah")
    if "spm" in meta:
        meta["spm"] = list(catalogue.load().layanan)[draw_index(29)]


CONSISTENT = {"sop": _sop, "spo": _spo, "spm": _spm, "sp": _sp}


@st.composite
def batch(draw, size: tuple[int, int] = (2, 7)):
    """A list of (kind code, slug, front-matter) of valid standards of every kind, with unique
    numbers, links that resolve and each service's year reported once."""
    codes = st.sampled_from(list(kinds.KINDS))  # the test puts each kind where its OPD type allows
    items = []
    for index in range(draw(st.integers(*size))):
        code = draw(codes)
        meta = draw(value(kinds.get(code).fields))
        if meta.get("nomor"):
            meta["nomor"] = f"N{index}/{meta['nomor']}"[:120]
        items.append((code, f"{code}-{index}", meta))

    def draw_index(n):
        return draw(st.integers(0, n - 1)) if n > 1 else 0

    for index, (code, _, meta) in enumerate(items):
        CONSISTENT[code](items, index, meta, draw_index)
    spelled: dict = {}  # a tag is one anchor of the tag page: one spelling across the portal
    for _, _, meta in items:
        if meta.get("tags"):
            meta["tags"] = list(dict.fromkeys(spelled.setdefault(tag.lower(), tag) for tag in meta["tags"]))
    return items


# -- writing files -------------------------------------------------------------------------------
def yaml_text(data, indent: str = "") -> str:
    """Block YAML as an author writes it: text in double quotes, numbers and dates plain."""
    lines = []
    for key, item in data.items():
        lines.append(_entry(f"{indent}{key}:", item, indent))
    return "\n".join(lines)


def _scalar(item) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, (int, float, dt.date)):
        return item.isoformat() if isinstance(item, dt.date) else repr(item)
    return json.dumps(item, ensure_ascii=False)


def _entry(head: str, item, indent: str) -> str:
    if isinstance(item, dict):
        return head + (" {}" if not item else "\n" + yaml_text(item, indent + "  "))
    if isinstance(item, list):
        if not item:
            return head + " []"
        out = [head]
        for element in item:
            if isinstance(element, dict) and element:
                inner = yaml_text(element, indent + "    ").split("\n")
                out.append(f"{indent}  - " + inner[0][len(indent) + 4:])
                out += inner[1:]
            else:
                out.append(_entry(f"{indent}  -", element, indent + "  ").rstrip() if isinstance(element, (list, dict))
                           else f"{indent}  - {_scalar(element)}")
        return "\n".join(out)
    return f"{head} {_scalar(item)}"


def document(meta: dict, body: str = "Teks halaman.\n") -> str:
    return "---\n" + yaml_text(meta) + "\n---\n\n" + body
