"""A small declarative schema: one model serves validation, JSON Schema and the field guide.

Values arrive from :mod:`standar.yamlstrict` as text (``Plain`` when unquoted), lists and
dicts; each type here turns them into Python values or reports why it cannot, in Indonesian,
on the line of the offending key.
"""

from __future__ import annotations

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


def is_null(value) -> bool:
    """An absent value: a missing key, an empty one, or a plain ``~``/``null``."""
    return value is None or (isinstance(value, Plain) and value.strip() in ("", "~", "null", "Null", "NULL"))


# A placeholder left by a template (``standar baru``, the guide): text in angle brackets that
# starts with "isi", e.g. ``<isi nama pejabat>``. It is valid YAML text in every position, so
# it gets this one message instead of a type error.
PLACEHOLDER = re.compile(r"<\s*isi\b[^<>\n]*>", re.IGNORECASE)
PLACEHOLDER_MESSAGE = "isian contoh belum diganti"


def is_placeholder(value) -> bool:
    return isinstance(value, str) and PLACEHOLDER.fullmatch(value.strip()) is not None


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
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; maksud Anda '{close[0]}'?" if close else ""


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
        return "isian bertingkat (kolom: nilai)"
    return f"'{value}'"


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
        text = str(value).strip()
        if isinstance(value, Plain):
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
        inside = PLACEHOLDER.search(text)
        if inside:
            placeholder_error(ctx, path, inside.group())
            return INVALID
        refused = text_rules.problems(text)
        if refused:
            for message in refused:
                ctx.error(path, message)
            return INVALID
        return text

    def json_schema(self):
        schema: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        if self.pattern:
            schema["pattern"] = f"^(?:{self.pattern})$"
        return schema

    def describe(self):
        return f"teks ({self.pattern_hint})" if self.pattern_hint else "teks"


@dataclass
class Nip(Type):
    name: str = "NIP"

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, f"harus berupa teks NIP, bukan {_shape(value)}")
            return INVALID
        text = str(value).strip()
        if isinstance(value, Plain) and text.replace(" ", "").isdigit():
            ctx.error(path, f"NIP harus ditulis sebagai teks; tulis dalam tanda kutip: \"{text}\"")
            return INVALID
        digits = text.replace(" ", "")
        if not digits.isdigit() or len(digits) != 18:
            found = sum(c.isdigit() for c in digits)
            ctx.error(path, f"NIP harus 18 digit angka (spasi boleh), ditemukan {found} digit "
                            f"dalam '{text}'")
            return INVALID
        problem = nip_problem(digits)
        if problem:
            ctx.error(path, f"NIP '{text}' tidak masuk akal: {problem}")
            return INVALID
        return text  # as written; shown with the usual spaces by the page templates

    def json_schema(self):
        return {"type": "string", "pattern": r"^[0-9 ]+$", "minLength": 18, "maxLength": 21}

    def describe(self):
        return "NIP: 18 digit (tanggal lahir TTTTBBHH, TMT pengangkatan TTTTBB, jenis kelamin 1/2, nomor urut 3 digit), dalam tanda kutip"


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


@dataclass
class Date(Type):
    """A calendar date, within the years the portal can show and compute with (a "no end"
    date such as 9999-12-31 is written by leaving the field out)."""

    minimum: dt.date = dt.date(1945, 1, 1)
    maximum: dt.date = dt.date(2100, 12, 31)
    name: str = "tanggal"

    def convert(self, value, path, ctx):
        if isinstance(value, (list, dict)):
            ctx.error(path, f"harus berupa tanggal TTTT-BB-HH, bukan {_shape(value)}")
            return INVALID
        text = str(value).strip()
        match = _ISO_DATE.match(text)
        if not match:
            ctx.error(path, f"tanggal '{text}' tidak dikenali; gunakan format TTTT-BB-HH "
                            "(YYYY-MM-DD), misalnya 2025-01-15")
            return INVALID
        try:
            date = dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            ctx.error(path, f"tanggal {text} tidak ada di kalender; periksa bulan dan harinya")
            return INVALID
        if not self.minimum <= date <= self.maximum:
            ctx.error(path, f"tanggal {text} di luar rentang {self.minimum.year} s.d. {self.maximum.year}; "
                            "bila tidak ada tanggal akhir, kosongkan kolom ini")
            return INVALID
        return date

    def json_schema(self):
        return {"type": "string", "format": "date"}

    def describe(self):
        return f"tanggal TTTT-BB-HH (misalnya 2025-01-15), tahun {self.minimum.year} s.d. {self.maximum.year}"


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


@dataclass
class Decimal(Type):
    minimum: float | None = None
    maximum: float | None = None
    name: str = "bilangan"

    def convert(self, value, path, ctx):
        text = str(value).strip() if not isinstance(value, (list, dict)) else ""
        if not isinstance(value, Plain) or not re.match(r"^[-+]?\d+(\.\d+)?$", text):
            ctx.error(path, f"harus berupa bilangan tanpa tanda kutip dengan titik desimal, "
                            f"misalnya 0.8, bukan {_shape(value)}")
            return INVALID
        number = float(text)
        if (self.minimum is not None and number < self.minimum) or (
                self.maximum is not None and number > self.maximum):
            ctx.error(path, f"{text} di luar rentang {self.minimum} s.d. {self.maximum}")
            return INVALID
        return number

    def json_schema(self):
        return {"type": "number", "minimum": self.minimum, "maximum": self.maximum}


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
        result, seen = [], {}
        for index, item in enumerate(value):
            item_path = path + (index,)
            if is_null(item):
                ctx.error(item_path, "butir kosong; hapus baris '- ' yang tidak berisi")
                result.append(INVALID)
                continue
            if is_placeholder(item):
                placeholder_error(ctx, item_path, item)
                result.append(INVALID)
                continue
            converted = self.item.convert(item, item_path, ctx)
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
    # Where the value is chosen from, for the web editor (the kind's check holds it to them):
    # ``refers``, a list field of the same document (text: one of its items; an integer: the
    # number of one of them); ``options``, a function giving (value, name) pairs from outside
    # the document (the SPM catalogue).
    refers: str | None = None
    options: Any = None


@dataclass
class Record(Type):
    fields: list = dc_field(default_factory=list)
    name: str = "isian bertingkat"

    def __post_init__(self):
        self.by_key = {f.key: f for f in self.fields}

    def convert(self, value, path, ctx):
        result, ok = self.convert_partial(value, path, ctx)
        return result if ok else INVALID

    def convert_partial(self, value, path, ctx) -> tuple[dict, bool]:
        """Convert and also return the valid fields of an invalid record (for cross-field checks)."""
        if not isinstance(value, dict):
            ctx.error(path, f"harus berupa isian bertingkat (kolom: nilai), bukan {_shape(value)}")
            return {}, False
        result: dict[str, Any] = {}
        ok = True
        for key in value:
            if key not in self.by_key:
                ctx.error(path + (key,), "kolom tidak dikenal" + suggest(key, self.by_key))
                ok = False
        for spec in self.fields:
            raw = value.get(spec.key)
            if is_null(raw):
                if spec.required:
                    where = path + (spec.key,) if spec.key in value else path
                    ctx.error(path + (spec.key,), "wajib diisi", line=ctx.line(where))
                    ok = False
                else:  # absent optional fields are present as None (or their default)
                    result[spec.key] = spec.default
                continue
            if is_placeholder(raw):
                placeholder_error(ctx, path + (spec.key,), raw, spec.required)
                ok = False
                continue
            converted = spec.type.convert(raw, path + (spec.key,), ctx)
            if converted is INVALID:
                ok = False
            else:
                result[spec.key] = converted
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
