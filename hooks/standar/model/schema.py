"""A small declarative schema: one model serves validation, JSON Schema and the field guide.

Values arrive from :mod:`standar.yamlstrict` as text (``Plain`` when unquoted), lists and
dicts; each type here turns them into Python values or reports why it cannot, in Indonesian,
on the line of the offending key.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import dataclass, field as dc_field
from typing import Any

from . import text as text_rules
from .diagnostics import GALAT, PERINGATAN, Diagnostic

INVALID = object()  # a value that failed to convert (its error is already reported)


class Plain(str):
    """A YAML scalar written without quotes: its type is decided by the schema (the strict
    reader, :mod:`standar.read.yamlstrict`, marks them)."""

    __slots__ = ()

_BOOL_WORDS = {"y", "yes", "n", "no", "on", "off", "true", "false"}
_NUMBER = re.compile(r"^[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?$")
_SEXAGESIMAL = re.compile(r"^[-+]?\d+(:[0-5]?\d)+(\.\d*)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_INTEGER = re.compile(r"^[-+]?\d+$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")  # 640.959, 1,450,000


_NULL_WORDS = frozenset(("", "~", "null", "Null", "NULL"))


def is_null(value) -> bool:
    """An absent value: a missing key, an empty one, or a plain ``~``/``null``."""
    return value is None or (isinstance(value, Plain) and value.strip() in _NULL_WORDS)


# A placeholder left by a template (``standar baru``, the guide): text in angle brackets that
# starts with "isi", e.g. ``<isi nama pejabat>``. It is valid YAML text in every position, so
# it gets this one message instead of a type error.
PLACEHOLDER = re.compile(r"<\s*isi\b[^<>\n]*>", re.IGNORECASE)
PLACEHOLDER_MESSAGE = "isian contoh belum diganti"


def is_placeholder(value) -> bool:
    return isinstance(value, str) and "<" in value and PLACEHOLDER.fullmatch(value.strip()) is not None


def placeholder_error(ctx: "Context", path: tuple, value: str, required: bool = True,
                      line: int | None = None) -> None:
    hint = "" if required else "; kolom ini tidak wajib: hapus barisnya bila tidak diperlukan"
    ctx.error(path, f"{PLACEHOLDER_MESSAGE}: ganti '{value.strip()}' dengan isian yang sebenarnya{hint}",
              line=line)


def label(path: tuple) -> str:
    """A field path as an OPD author reads it: ``langkah ke-3 › pelaksana``."""
    parts: list[str] = []
    for part in path:
        if isinstance(part, int):
            if parts:
                parts[-1] += f" ke-{part + 1}"
            else:
                parts.append(f"butir ke-{part + 1}")
        else:
            parts.append(part)
    return " › ".join(parts)


def dotted(path: tuple) -> str:
    return ".".join(str(p + 1) if isinstance(p, int) else p for p in path)


def suggest(word: str, choices) -> str:
    """"; maksud Anda 'x'?" for the choice the author most likely meant, or "". A word that
    begins exactly one choice is an abbreviation of it (``ket``: keterangan, not ``ke``)."""
    choices = list(choices)
    starting = [c for c in choices if len(word) >= 2 and c.startswith(word) and c != word]
    if len(starting) == 1:
        return f"; maksud Anda '{starting[0]}'?"
    # a short choice that merely begins the word ("ke" in "ket") is no likely typo of it
    close = [c for c in difflib.get_close_matches(word, choices, n=3, cutoff=0.6)
             if not (len(c) <= 3 < len(word) + 1 and len(c) < len(word) and word.startswith(c))]
    return f"; maksud Anda '{close[0]}'?" if close else ""


# Keys authors write for a field under another name (habit, archives, the accreditation
# format): the field they mean, suggested before any likeness of spelling.
SYNONYMS = {
    "ket": "keterangan", "keterangan_tambahan": "keterangan", "catatan": "keterangan",
    "durasi": "waktu", "lama": "waktu", "lama_waktu": "waktu", "jangka_waktu": "waktu",
    "no": "nomor", "no_dokumen": "nomor", "nomor_dokumen": "nomor", "no_sop": "nomor",
    "nomor_sop": "nomor", "no_spo": "nomor", "nomor_spo": "nomor",
    "tanggal_terbit": "tanggal_efektif", "tgl_terbit": "tanggal_efektif",
    "tanggal_berlaku": "tanggal_efektif", "tgl_efektif": "tanggal_efektif",
    "tanggal_pengesahan": "tanggal_efektif", "tanggal_dibuat": "tanggal_pembuatan",
    "tgl_pembuatan": "tanggal_pembuatan", "tgl_revisi": "tanggal_revisi",
    "no_revisi": "revisi", "nomor_revisi": "revisi", "revisi_ke": "revisi",
    "nama_sop": "judul", "judul_sop": "judul", "nama_spo": "judul", "judul_spo": "judul",
    "pejabat": "disahkan_oleh", "pengesah": "disahkan_oleh", "ditetapkan_oleh": "disahkan_oleh",
    "peralatan": "peralatan_perlengkapan", "perlengkapan": "peralatan_perlengkapan",
    "pencatatan": "pencatatan_pendataan", "pendataan": "pencatatan_pendataan",
    "kualifikasi": "kualifikasi_pelaksana", "alat": "alat_bahan", "bahan": "alat_bahan",
    "alat_dan_bahan": "alat_bahan", "langkah_langkah": "langkah", "prosedur": "langkah",
    "tahapan": "tahap", "fase": "tahap", "golongan": "pangkat", "pangkat_golongan": "pangkat",
    "rekaman_historis": "riwayat", "rekaman_historis_perubahan": "riwayat",
    "riwayat_perubahan": "riwayat", "yang_dirubah": "yang_diubah", "isi_perubahan": "uraian",
    "tanggal_berlaku_perubahan": "tanggal", "tag": "tags", "kata_kunci": "tags",
}


def unknown_key(key: str, known, elsewhere: dict | None = None) -> str:
    """The message for a key the record does not have: the field meant under that name, the
    kind whose field it is, or the nearest spelling."""
    meant = SYNONYMS.get(key.lower().replace("-", "_").replace(" ", "_"))
    if meant in known:
        return f"kolom tidak dikenal; maksud Anda '{meant}'?"
    for name in (key, meant):
        if elsewhere and name in elsewhere:
            return f"kolom tidak dikenal; {elsewhere[name]}"
    return "kolom tidak dikenal" + suggest(key, known)


class Context:
    """Collects the problems of one file; knows the line of every key."""

    def __init__(self, path: str, lines: dict):
        self.path = path
        self.lines = lines
        self.diagnostics: list[Diagnostic] = []

    def line(self, path: tuple) -> int:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1  # a missing top-level key: the opening '---'

    def report(self, severity: str, path: tuple, message: str, line: int | None = None):
        where = f"kolom '{label(path)}': " if path else ""
        self.diagnostics.append(Diagnostic(self.path, line or self.line(path), severity,
                                           where + message, dotted(path) or None))

    def error(self, path: tuple, message: str, line: int | None = None):
        self.report(GALAT, path, message, line)

    def warning(self, path: tuple, message: str, line: int | None = None):
        self.report(PERINGATAN, path, message, line)

    @property
    def has_errors(self) -> bool:
        return any(d.is_error for d in self.diagnostics)


def _shape(value) -> str:
    if isinstance(value, list):
        return "daftar"
    if isinstance(value, dict):
        return "isian bertingkat (kolom: nilai)" + _colon_hint(value)
    return f"'{value}'"


def _colon_hint(value: dict) -> str:
    """YAML reads ``Catatan: berkas lengkap`` as a field and its value: when one plain pair
    looks like text with a colon in it, say to quote it."""
    if len(value) != 1:
        return ""
    (key, item), = value.items()
    if isinstance(item, (list, dict)) or is_null(item):
        return ""
    text = f"{key}: {item}"
    return (f"; bila tanda titik dua ':' adalah bagian dari teks, tulis seluruh teks dalam tanda "
            f"kutip: \"{text}\"")


# Text a form or a mail merge left unfilled (`${nomor}`, `{{nama}}`, `[isi]`), and "and so
# on" closing a list: both published as they are unless the author is told.
_LEAKED = re.compile(r"\$\{[^}]*\}|\{\{[^}]*\}\}|\[\s*(?:isi|diisi|isikan)\b[^\]]*\]", re.IGNORECASE)
_ETC = re.compile(r"(?:^|[\s,;])(dst|dll|dsb|dan seterusnya|dan lain-lain|dan sebagainya)\.?\s*$",
                  re.IGNORECASE)


# Every character a placeholder, a leaked template field or a text rule starts with.
_UNUSUAL = re.compile(r"[$\[{]|" + text_rules.SUSPECT.pattern)


def leaked(text: str) -> str | None:
    """The first piece of template text left in ``text``, or None."""
    match = _LEAKED.search(text)
    return match.group() if match else None


def leak_warning(ctx: "Context", path: tuple, text: str, line: int | None = None) -> None:
    found = leaked(text)
    if found:
        ctx.warning(path, f"'{found}' tampaknya teks templat yang belum diganti; tulis isian "
                          "yang sebenarnya", line=line)


class Type:
    name = "nilai"  # for the field guide

    def convert(self, value, path: tuple, ctx: Context):  # pragma: no cover - abstract
        raise NotImplementedError

    def json_schema(self) -> dict:  # pragma: no cover - abstract
        raise NotImplementedError

    def describe(self) -> str:
        return self.name

    def choices(self) -> list[str]:
        return []


@dataclass
class Text(Type):
    pattern: str | None = None
    pattern_hint: str = ""
    max_length: int = 2000
    name: str = "teks"

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, f"harus berupa teks, bukan {_shape(value)}")
            return INVALID
        text = value.strip() if isinstance(value, str) else str(value).strip()  # strip() gives a str
        # Unquoted text a YAML tool reads as a boolean or a number; most text starts with a
        # letter other than e/E and is longer than any of those words: none can apply.
        if isinstance(value, Plain) and not (len(text) > 5 and text[0].isalpha() and text[0] not in "eE"):
            lowered = text.lower()
            if lowered in _BOOL_WORDS:
                reading = "nilai ya/tidak (boolean)"
            elif _SEXAGESIMAL.match(text) or (_NUMBER.match(text) and any(c.isdigit() for c in text)):
                reading = "angka"
            else:
                reading = None
            if reading:
                ctx.error(path, f"{text} tanpa tanda kutip dibaca sebagai {reading} oleh banyak alat "
                                f"YAML; tulis dalam tanda kutip: \"{text}\"")
                return INVALID
        if not text:
            ctx.error(path, "tidak boleh kosong")
            return INVALID
        if len(text) > self.max_length:
            ctx.error(path, f"terlalu panjang ({len(text)} karakter, paling banyak {self.max_length})")
            return INVALID
        if self.pattern and not re.fullmatch(self.pattern, text):
            ctx.error(path, f"'{text}' tidak sesuai format: {self.pattern_hint}")
            return INVALID
        if not _UNUSUAL.search(text):  # most texts: none of the rules below can apply
            return text
        inside = PLACEHOLDER.search(text)
        if inside:
            placeholder_error(ctx, path, inside.group())
            return INVALID
        refused = text_rules.problems(text)
        if refused:
            for message in refused:
                ctx.error(path, message)
            return INVALID
        leak_warning(ctx, path, text)
        return text

    def json_schema(self):
        schema: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        if self.pattern:
            schema["pattern"] = f"^(?:{self.pattern})$"
        return schema

    def describe(self):
        return f"teks ({self.pattern_hint})" if self.pattern_hint else "teks"


_NIP_PREFIX = re.compile(r"^\s*NIP\s*[.:]?\s*", re.IGNORECASE)


@dataclass
class Nip(Type):
    """A civil servant's NIP as forms write it: 18 digits, with spaces or the prefix "NIP."
    (both dropped: the value kept is the 18 digits, shown with the usual spaces)."""

    name: str = "NIP"

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, f"harus berupa teks NIP, bukan {_shape(value)}")
            return INVALID
        text = str(value).strip()
        if isinstance(value, Plain) and text.replace(" ", "").isdigit():
            ctx.error(path, f"NIP harus ditulis sebagai teks; tulis dalam tanda kutip: \"{text}\"")
            return INVALID
        digits = _NIP_PREFIX.sub("", text).replace(" ", "").replace("\u00a0", "")
        others = sorted({c for c in digits if not c.isdigit()})
        if others:
            shown = " ".join(f"'{c}'" for c in others[:5])
            ctx.error(path, f"NIP hanya berisi angka (spasi dan awalan 'NIP.' boleh); '{text}' memuat "
                            f"{shown}; bila dokumen asli tidak mencantumkan NIP, hapus kolom nip")
            return INVALID
        if len(digits) != 18:
            ctx.error(path, f"NIP harus 18 digit, '{text}' berisi {len(digits)} digit")
            return INVALID
        problem = nip_problem(digits)
        if problem:
            ctx.error(path, f"NIP '{text}' tidak masuk akal: {problem}")
            return INVALID
        return digits

    def json_schema(self):
        return {"type": "string", "pattern": r"^\s*(?:[Nn][Ii][Pp]\s*[.:]?\s*)?[0-9][0-9 ]*$",
                "minLength": 18, "maxLength": 32}

    def describe(self):
        return ("NIP: 18 digit (tanggal lahir TTTTBBHH, TMT pengangkatan TTTTBB, jenis kelamin 1/2, "
                "nomor urut 3 digit), dalam tanda kutip; spasi dan awalan 'NIP.' boleh")


def nip_problem(digits: str) -> str | None:
    """Why an 18-digit NIP cannot be real, or None."""
    try:
        birth = dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return f"8 digit pertama ({digits[0:8]}) bukan tanggal lahir yang ada (TTTTBBHH)"
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12:
        return f"digit ke-9 s.d. 14 ({digits[8:14]}) bukan bulan pengangkatan yang ada (TTTTBB)"
    if birth.year < 1930 or birth.year > dt.date.today().year - 17:
        return f"tahun lahir {birth.year} tidak masuk akal"
    if year < birth.year + 17 or year > dt.date.today().year + 1:
        return f"tahun pengangkatan {year} tidak masuk akal untuk tahun lahir {birth.year}"
    if digits[14] not in "12":
        return f"digit ke-15 (jenis kelamin) harus 1 atau 2, bukan {digits[14]}"
    return None


@dataclass
class Enum(Type):
    """One of a few codes; ``labels`` gives the word readers see for each (one word for one
    thing, everywhere), so a new code without its word fails when the model is imported."""

    values: tuple = ()
    labels: dict | None = None
    name: str = "pilihan"

    def __post_init__(self):
        if self.labels is not None and set(self.labels) != set(self.values):
            raise ValueError(f"labels {sorted(self.labels)} do not match values {sorted(self.values)}")

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, f"harus salah satu dari {self._list()}, bukan {_shape(value)}")
            return INVALID
        text = str(value).strip()
        if text not in self.values:
            ctx.error(path, f"'{text}' tidak dikenal; pilih salah satu dari {self._list()}"
                            + suggest(text, self.values))
            return INVALID
        return text

    def _list(self):
        return ", ".join(self.values)

    def json_schema(self):
        return {"type": "string", "enum": list(self.values)}

    def describe(self):
        return "pilihan: " + ", ".join(self.values)

    def choices(self):
        return list(self.values)


class MonthDate(dt.date):
    """A date of which the document gives only the month ("Januari 2016"): held as the month's
    first day for sorting and reckoning, written back as ``TTTT-BB``."""

    __slots__ = ()

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    __str__ = isoformat


class YearDate(dt.date):
    """A date of which the document gives only the year ("2016"): held as 1 January."""

    __slots__ = ()

    def isoformat(self) -> str:
        return f"{self.year:04d}"

    __str__ = isoformat


def date_span(value: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day a (possibly partial) date may stand for."""
    if isinstance(value, YearDate):
        return dt.date(value.year, 1, 1), dt.date(value.year, 12, 31)
    if isinstance(value, MonthDate):
        last = calendar.monthrange(value.year, value.month)[1]
        return dt.date(value.year, value.month, 1), dt.date(value.year, value.month, last)
    return value, value


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?$")


@dataclass
class Date(Type):
    """A calendar date, within the years the portal can show and compute with (a "no end"
    date such as 9999-12-31 is written by leaving the field out). With ``partial``, a month
    (TTTT-BB) or a year (TTTT) alone is accepted with a warning, as archives write them."""

    minimum: dt.date = dt.date(1945, 1, 1)
    maximum: dt.date = dt.date(2100, 12, 31)
    partial: bool = False
    name: str = "tanggal"

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, f"harus berupa tanggal TTTT-BB-HH, bukan {_shape(value)}")
            return INVALID
        text = str(value).strip()
        match = _ISO_DATE.match(text)
        part = _PARTIAL_DATE.match(text) if self.partial and not match else None
        if part:
            return self._partial(text, part, path, ctx)
        if not match:
            also = "; bila dokumen asli hanya memuat bulan atau tahun, tulis TTTT-BB atau TTTT" \
                if self.partial else ""
            ctx.error(path, f"tanggal '{text}' tidak dikenali; gunakan format TTTT-BB-HH "
                            f"(YYYY-MM-DD), misalnya 2025-01-15{also}")
            return INVALID
        try:
            date = dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            ctx.error(path, f"tanggal {text} tidak ada di kalender; periksa bulan dan harinya")
            return INVALID
        return self._in_range(date, text, path, ctx)

    def _partial(self, text, match, path, ctx):
        year, month = int(match.group(1)), match.group(2)
        if month is not None and not 1 <= int(month) <= 12:
            ctx.error(path, f"bulan {month} dalam '{text}' tidak ada; tulis TTTT-BB, misalnya 2016-01")
            return INVALID
        date = MonthDate(year, int(month), 1) if month else YearDate(year, 1, 1)
        if self._in_range(date, text, path, ctx) is INVALID:
            return INVALID
        shown = f"{MONTHS[date.month - 1]} {year}" if month else str(year)
        ctx.warning(path, f"tanggal '{text}' tidak lengkap; ditampilkan '{shown}'. Lengkapi bila "
                          "dokumen asli memuat tanggalnya")
        return date

    def _in_range(self, date, text, path, ctx):
        first, last = date_span(date)
        if last < self.minimum or first > self.maximum:
            ctx.error(path, f"tanggal {text} di luar rentang {self.minimum.year} s.d. {self.maximum.year}; "
                            "bila tidak ada tanggal akhir, kosongkan kolom ini")
            return INVALID
        return date

    def json_schema(self):
        if self.partial:
            return {"type": "string", "pattern": r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$"}
        return {"type": "string", "format": "date"}

    def describe(self):
        also = "; bila dokumen asli hanya memuat bulan atau tahun: TTTT-BB atau TTTT" if self.partial else ""
        return (f"tanggal TTTT-BB-HH (misalnya 2025-01-15), tahun {self.minimum.year} s.d. "
                f"{self.maximum.year}{also}")


MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")


# No count the portal shows or sums is larger (a trillion): beyond it a figure is a typo, and
# thousands of digits would stop Python's own conversion.
MAX_INTEGER = 10 ** 12


@dataclass
class Integer(Type):
    minimum: int | None = None
    maximum: int | None = None
    name: str = "bilangan bulat"

    @property
    def ceiling(self) -> int:
        return MAX_INTEGER if self.maximum is None else min(self.maximum, MAX_INTEGER)

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, f"harus berupa bilangan bulat, bukan {_shape(value)}")
            return INVALID
        text = str(value).strip().replace("_", "")
        if not _INTEGER.match(text):
            if _THOUSANDS.match(text):
                hint = f"; tulis tanpa pemisah ribuan: {re.sub(r'[.,]', '', text)}"
            else:
                hint = " (tanpa titik atau koma pemisah ribuan)" if re.match(r"^\d[\d.,]*$", text) else ""
            ctx.error(path, f"'{text}' bukan bilangan bulat{hint}")
            return INVALID
        if not isinstance(value, Plain):
            ctx.error(path, f"angka ditulis tanpa tanda kutip: {text}")
            return INVALID
        if len(text.lstrip("+-").lstrip("0")) > len(str(self.ceiling)):
            ctx.error(path, f"{text[:20]}... terlalu besar; paling besar {self.ceiling}")
            return INVALID
        number = int(text)
        if self.minimum is not None and number < self.minimum:
            ctx.error(path, f"{number} terlalu kecil; paling kecil {self.minimum}")
            return INVALID
        if number > self.ceiling:
            ctx.error(path, f"{number} terlalu besar; paling besar {self.ceiling}")
            return INVALID
        return number

    def json_schema(self):
        schema: dict[str, Any] = {"type": "integer"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        schema["maximum"] = self.ceiling
        return schema

    def describe(self):
        if self.minimum is not None and self.maximum is not None:
            return f"bilangan bulat {self.minimum} s.d. {self.maximum}"
        if self.minimum is not None:
            return f"bilangan bulat, paling kecil {self.minimum}"
        return "bilangan bulat"


def _plain_number(value: float) -> str:
    """0.0 -> "0", 0.8 -> "0.8", 1e6 -> "1000000": as an author writes it, never in exponent form."""
    return f"{value:f}".rstrip("0").rstrip(".")


@dataclass
class Decimal(Type):
    minimum: float = 0.0
    maximum: float = float(MAX_INTEGER)
    places: int | None = None    # at most this many digits after the decimal point
    name: str = "bilangan"

    def convert(self, value, path, ctx):
        text = str(value).strip() if not isinstance(value, (list, dict)) else ""
        if isinstance(value, Plain) and re.fullmatch(r"[-+]?\d+,\d+", text):
            ctx.error(path, f"'{text}' memakai koma desimal; tulis dengan titik: {text.replace(',', '.')}")
            return INVALID
        if not isinstance(value, Plain) or not re.match(r"^[-+]?\d+(\.\d+)?$", text):
            ctx.error(path, f"harus berupa bilangan tanpa tanda kutip dengan titik desimal, "
                            f"misalnya 0.8, bukan {_shape(value)}")
            return INVALID
        if self.places is not None and len(text.partition(".")[2]) > self.places:
            ctx.error(path, f"{text}: paling banyak {self.places} angka di belakang titik desimal")
            return INVALID
        number = float(text)
        if not self.minimum <= number <= self.maximum:
            ctx.error(path, f"{text} di luar rentang {_plain_number(self.minimum)} s.d. "
                            f"{_plain_number(self.maximum)}")
            return INVALID
        return number

    def json_schema(self):
        # no multipleOf for the places: binary fractions make validators refuse 82.35 as 0.01 x n
        return {"type": "number", "minimum": self.minimum, "maximum": self.maximum}

    def describe(self):
        parts = ["bilangan dengan titik desimal",
                 f"{_plain_number(self.minimum)} s.d. {_plain_number(self.maximum)}"]
        if self.places is not None:
            parts.append(f"paling banyak {self.places} angka di belakang titik")
        return ", ".join(parts)


@dataclass
class Boolean(Type):
    name: str = "ya/tidak"

    def convert(self, value, path, ctx):
        text = str(value).strip().lower() if not isinstance(value, (list, dict)) else ""
        if isinstance(value, Plain) and text in ("true", "false"):
            return text == "true"
        ctx.error(path, f"harus true atau false (tanpa tanda kutip), bukan {_shape(value)}")
        return INVALID

    def json_schema(self):
        return {"type": "boolean"}

    def describe(self):
        return "true atau false"


@dataclass
class ListOf(Type):
    item: Type = dc_field(default_factory=Text)
    min_items: int = 0
    max_items: int = 500
    unique: bool = False
    accept_single: bool = False  # a lone value counts as a one-item list
    name: str = "daftar"

    def convert(self, value, path, ctx):
        if not isinstance(value, list):
            if self.accept_single and not isinstance(value, dict):
                if is_placeholder(value):
                    placeholder_error(ctx, path, value)
                    return INVALID
                return self.item.convert(value, path, ctx)  # one item, kept as written
            ctx.error(path, f"harus berupa daftar, bukan {_shape(value)}; tulis setiap butir "
                            "pada baris baru yang diawali '- '")
            return INVALID
        if len(value) < self.min_items:
            ctx.error(path, f"paling sedikit {self.min_items} butir")
            return INVALID
        if len(value) > self.max_items:
            ctx.error(path, f"terlalu banyak butir ({len(value)}, paling banyak {self.max_items})")
            return INVALID
        result, seen, count, convert = [], {}, len(value), self.item.convert
        for index, item in enumerate(value):
            item_path = path + (index,)
            # is_null() and is_placeholder(), inline: this loop runs for every item of every list
            if item is None or (type(item) is Plain and item.strip() in _NULL_WORDS):
                ctx.error(item_path, "butir kosong; hapus baris '- ' yang tidak berisi")
                result.append(INVALID)
                continue
            if isinstance(item, str) and "<" in item and is_placeholder(item):
                placeholder_error(ctx, item_path, item)
                result.append(INVALID)
                continue
            converted = convert(item, item_path, ctx)
            if isinstance(converted, str):
                _item_notes(ctx, item_path, converted, count)
            if self.unique and converted is not INVALID:
                key = str(converted)
                if key in seen:
                    ctx.error(item_path, f"'{key}' ditulis dua kali (juga butir ke-{seen[key] + 1})")
                seen.setdefault(key, index)
            result.append(converted)
        return INVALID if any(r is INVALID for r in result) else result

    def json_schema(self):
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema(),
                                  "maxItems": self.max_items}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.unique:
            schema["uniqueItems"] = True
        if self.accept_single:
            return {"anyOf": [self.item.json_schema(), schema]}
        return schema

    def describe(self):
        least = f", paling sedikit {self.min_items}" if self.min_items else ""
        single = " (satu butir boleh ditulis langsung)" if self.accept_single else ""
        inner = "isian bertingkat" if isinstance(self.item, Record) else self.item.describe()
        return f"daftar {inner}{least}{single}"

    def choices(self):
        return self.item.choices()


# What an author writes for an identity list the original document leaves empty: an explicit
# "nothing here" (shown as "-"), instead of an invented item.
NOT_IN_ORIGINAL = "tidak ada di dokumen asli"


def is_not_in_original(text) -> bool:
    return isinstance(text, str) and len(text) >= len(NOT_IN_ORIGINAL) \
        and text.strip().rstrip(".").lower() == NOT_IN_ORIGINAL


def written(items) -> list:
    """A list's items as the original has them: without the "tidak ada di dokumen asli" mark."""
    return [item for item in (items or ()) if not is_not_in_original(item)]


_ETC_WORDS = ("dst", "dll", "dsb", "seterusnya", "lain-lain", "sebagainya")


def _item_notes(ctx: "Context", path: tuple, text: str, count: int) -> None:
    # the pattern searched only where the text ends with one of its words (most never do)
    etc = _ETC.search(text) if text.rstrip().rstrip(".").lower().endswith(_ETC_WORDS) else None
    if etc:
        ctx.warning(path, f"'{etc.group(1)}' dalam daftar: pembaca tidak dapat menebak butir "
                          "selebihnya; tulis semua butirnya, atau hapus kata itu")
    if count > 1 and is_not_in_original(text):
        ctx.error(path, f"'{NOT_IN_ORIGINAL}' hanya boleh menjadi satu-satunya butir; hapus butir "
                        "ini atau butir lainnya")


@dataclass
class MapOf(Type):
    """Keys chosen by the author (e.g. catalogue codes), each with a value of one type."""

    key: Type = dc_field(default_factory=Text)
    value: Type = dc_field(default_factory=Text)
    name: str = "pasangan kunci: nilai"

    def convert(self, value, path, ctx):
        if not isinstance(value, dict):
            ctx.error(path, f"harus berupa pasangan 'kunci: nilai', satu per baris, bukan {_shape(value)}")
            return INVALID
        result, ok = {}, True
        for raw_key, raw_value in value.items():
            key = self.key.convert(raw_key, path + (raw_key,), ctx)
            if is_null(raw_value):
                ctx.error(path + (raw_key,), "wajib diisi")
                ok = False
                continue
            converted = self.value.convert(raw_value, path + (raw_key,), ctx)
            if key is INVALID or converted is INVALID:
                ok = False
            else:
                result[key] = converted
        return result if ok else INVALID

    def json_schema(self):
        return {"type": "object", "propertyNames": self.key.json_schema(),
                "additionalProperties": self.value.json_schema()}

    def describe(self):
        return f"pasangan {self.key.describe()}: {self.value.describe()}"


@dataclass
class Field:
    key: str
    type: Type
    required: bool = False
    doc: str = ""
    example: Any = None
    default: Any = None   # filled in when the field is absent (settings)
    assumed: Any = None   # what an absent field means; shown, never filled in (the data stays as written)
    # On the official form, but some documents as signed leave it blank: absence is a
    # warning, never a reason to invent a value; the sheet shows "-".
    expected: bool = False
    # Where the value is chosen from, for the web editor (the kind's check holds it to them):
    # ``refers``, a list field of the same document (text: one of its items; an integer: the
    # number of one of them); ``options``, a function giving (value, name) pairs from outside
    # the document (the SPM catalogue).
    refers: str | None = None
    options: Any = None

    @property
    def presence(self) -> str:
        """"wajib", "dianjurkan" or "tidak", for the field reference."""
        return "wajib" if self.required else "dianjurkan" if self.expected else "tidak"


def absent_warning(spec: Field) -> str:
    what = "bila dokumen asli memang tidak memuatnya, biarkan kosong (halaman menampilkan '-')"
    if isinstance(spec.type, ListOf):
        what += f", atau tulis satu butir '{NOT_IN_ORIGINAL}'"
    return f"tidak diisi; {what}"


@dataclass
class Record(Type):
    fields: list = dc_field(default_factory=list)
    name: str = "isian bertingkat"

    def __post_init__(self):
        self.by_key = {f.key: f for f in self.fields}
        # what the conversion loop asks of each field, looked up once (it runs for every record)
        self._plan = [(f.key, f, f.type.convert) for f in self.fields]

    def convert(self, value, path, ctx):
        result, ok = self.convert_partial(value, path, ctx)
        return result if ok else INVALID

    def convert_partial(self, value, path, ctx, elsewhere: dict | None = None) -> tuple[dict, bool]:
        """Convert and also return the valid fields of an invalid record (for cross-field checks).
        ``elsewhere``: keys of other records (another kind's fields) and what to say of them."""
        if not isinstance(value, dict):
            ctx.error(path, f"harus berupa isian bertingkat (kolom: nilai), bukan {_shape(value)}")
            return {}, False
        result: dict[str, Any] = {}
        ok = True
        if not self.by_key.keys() >= value.keys():
            for key in value:
                if key not in self.by_key:
                    ctx.error(path + (key,), unknown_key(key, self.by_key, elsewhere))
                    ok = False
        get = value.get
        for key, spec, convert in self._plan:
            raw = get(key)
            if raw is None or (type(raw) is Plain and raw.strip() in _NULL_WORDS):  # is_null(), inline
                where = path + (key,) if key in value else path
                if spec.required:
                    ctx.error(path + (key,), "wajib diisi", line=ctx.line(where))
                    ok = False
                else:  # absent optional fields are present as None (or their default)
                    if spec.expected:
                        ctx.warning(path + (key,), absent_warning(spec), line=ctx.line(where))
                    result[key] = spec.default
                continue
            if isinstance(raw, str) and "<" in raw and is_placeholder(raw):
                placeholder_error(ctx, path + (key,), raw, spec.required)
                ok = False
                continue
            converted = convert(raw, path + (key,), ctx)
            if converted is INVALID:
                ok = False
            else:
                result[key] = converted
        return result, ok

    def json_schema(self):
        return {
            "type": "object",
            "properties": {f.key: field_json_schema(f) for f in self.fields},
            "required": [f.key for f in self.fields if f.required],
            "additionalProperties": False,
        }


def field_json_schema(spec: Field) -> dict:
    schema = dict(spec.type.json_schema())
    if spec.doc:
        schema["description"] = spec.doc
    if spec.example is not None:
        schema["examples"] = [spec.example]
    if spec.default is not None:
        schema["default"] = spec.default
    return schema


@dataclass
class OneOf(Type):
    """Text or a record, told apart by shape (e.g. a free-text or a linked ``keterkaitan``)."""

    text: Type = dc_field(default_factory=Text)
    record: Record = dc_field(default_factory=Record)
    name: str = "teks atau isian bertingkat"

    def convert(self, value, path, ctx):
        if isinstance(value, dict):
            return self.record.convert(value, path, ctx)
        return self.text.convert(value, path, ctx)

    def json_schema(self):
        return {"anyOf": [self.text.json_schema(), self.record.json_schema()]}

    def describe(self):
        keys = ", ".join(f.key for f in self.record.fields)
        return f"teks, atau isian bertingkat ({keys})"
