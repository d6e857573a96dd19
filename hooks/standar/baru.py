"""``standar baru``: start a new SOP or SPM file in the right folder, from the template.

The questions and messages are in Indonesian: the people who run this are OPD administrators.
Everything that is not a question (where the file goes, its name, the next number) is decided
here so that the CLI adapter stays thin.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from . import template
from .corpus import STANDARDS_DIR, Corpus
from .discover import slugify
from .registry import Opd
from .standard import SOP, SPM

MAX_SLUG = 80
_FIELD = re.compile(r"\{([^{}]*)\}")


class Refused(Exception):
    """The request cannot be done as asked; the message says why, in Indonesian."""


@dataclass
class Request:
    kind: str
    opd: str
    judul: str | None = None
    layanan: str | None = None
    tahun: int | None = None
    nomor: str | None = None


# -- numbering ---------------------------------------------------------------------------------

def pattern_regex(pola: str) -> re.Pattern | None:
    """A regex for numbers written with an OPD's ``pola_nomor``; None if the pattern is not
    made of text, one ``{urut}`` (with an optional format such as ``:03``) and ``{tahun}``."""
    parts, seen = [], set()
    position = 0
    for match in _FIELD.finditer(pola):
        parts.append(re.escape(pola[position:match.start()]))
        name = match.group(1).split(":", 1)[0]
        if name not in ("urut", "tahun") or name in seen:
            return None
        seen.add(name)
        parts.append(r"(?P<urut>\d+)" if name == "urut" else r"(?P<tahun>\d{4})")
        position = match.end()
    parts.append(re.escape(pola[position:]))
    return re.compile("".join(parts)) if "urut" in seen else None


def next_nomor(corpus: Corpus, opd: Opd, tahun: int) -> str | None:
    """The OPD's next SOP number: the highest running number among its SOPs that follow its
    pattern, plus one. None without a usable ``pola_nomor``."""
    if not opd.pola_nomor:
        return None
    regex = pattern_regex(opd.pola_nomor)
    if regex is None:
        return None
    prefix = f"{STANDARDS_DIR}/{opd.kode}/{SOP}/"
    highest = 0
    for rel, nomor in corpus.nomors.items():
        match = regex.fullmatch(nomor) if rel.startswith(prefix) else None
        if match:
            highest = max(highest, int(match.group("urut")))
    try:
        return opd.pola_nomor.format(urut=highest + 1, tahun=tahun)
    except (ValueError, KeyError, IndexError):
        return None


# -- the file ----------------------------------------------------------------------------------

def slug_for(text: str) -> str:
    slug = slugify(text)
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0]
    return slug


def find_opd(corpus: Corpus, answer: str) -> Opd | None:
    """An OPD by its kode or its singkatan, case-insensitive."""
    wanted = answer.strip().lower()
    for opd in corpus.registry.values():
        if wanted in (opd.kode, opd.singkatan.lower()):
            return opd
    return None


def opd_matches(corpus: Corpus, answer: str) -> list[Opd]:
    wanted = answer.strip().lower()
    return [o for o in corpus.registry.values()
            if wanted and (wanted in o.kode or wanted in o.nama.lower() or wanted in o.singkatan.lower())]


def unknown_opd(corpus: Corpus, answer: str) -> str:
    close = difflib.get_close_matches(answer, list(corpus.registry), n=3, cutoff=0.5)
    hint = f"; maksud Anda {' atau '.join(repr(c) for c in close)}?" if close else ""
    return f"OPD '{answer}' tidak ada di standards/opd.yml{hint}"


def existing_spm(corpus: Corpus, layanan: str) -> str | None:
    for std in corpus.standards:
        if std.kind == SPM and std.layanan and std.layanan.kode == layanan:
            return std.path
    return None


def create(corpus: Corpus, request: Request, today: dt.date | None = None) -> tuple[Path, list[str]]:
    """Write the new file; returns its path and notes for the author. Never overwrites."""
    opd = corpus.registry.get(request.opd)
    if opd is None:
        raise Refused(unknown_opd(corpus, request.opd))
    notes: list[str] = []
    prefill: dict = {}
    if request.kind == SOP:
        judul = (request.judul or "").strip()
        if not judul:
            raise Refused("judul SOP wajib diisi (--judul \"...\")")
        prefill["judul"] = judul
        tahun = request.tahun or (today or dt.date.today()).year
        nomor = request.nomor or next_nomor(corpus, opd, tahun)
        if nomor:
            prefill["nomor"] = nomor
            if not request.nomor:
                notes.append(f"Nomor {nomor} diambil dari pola nomor {opd.singkatan} "
                             f"({opd.pola_nomor}); ubah bila nomor resminya berbeda.")
        else:
            notes.append(f"{opd.singkatan} belum punya pola nomor (pola_nomor) di standards/opd.yml: "
                         "isi nomor SOP sendiri.")
        slug = slug_for(judul)
    else:
        kode = (request.layanan or "").strip()
        layanan = corpus.catalogue.layanan.get(kode)
        if layanan is None:
            close = difflib.get_close_matches(kode, list(corpus.catalogue.layanan), n=1, cutoff=0.5)
            hint = f"; maksud Anda '{close[0]}'?" if close else ""
            raise Refused(f"layanan '{kode}' tidak ada di katalog SPM{hint} (lihat: standar baru spm "
                          "tanpa --layanan untuk daftarnya)")
        other = existing_spm(corpus, kode)
        if other:
            raise Refused(f"layanan '{kode}' sudah punya SPM: {other}; ubah berkas itu, satu SPM per layanan")
        prefill["layanan"] = kode
        if request.judul:
            prefill["judul"] = request.judul.strip()
        if request.nomor:
            prefill["nomor"] = request.nomor
        slug = slug_for(request.judul or layanan.nama)
    if not slug:
        raise Refused("judul tidak menghasilkan nama berkas; gunakan huruf atau angka")
    path = corpus.root / STANDARDS_DIR / opd.kode / request.kind / f"{slug}.md"
    if path.exists():
        raise Refused(f"berkas {path.relative_to(corpus.root).as_posix()} sudah ada dan tidak ditimpa; "
                      "ubah berkas itu, atau pilih judul lain")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8", newline="\n") as handle:  # "x": never overwrite
        handle.write(template.render(request.kind, prefill))
    return path, notes


# -- questions ---------------------------------------------------------------------------------

class Questions:
    """Asks, one by one, whatever the command line did not say. ``ask`` is ``input``-like."""

    def __init__(self, corpus: Corpus, ask, say):
        self.corpus, self.ask, self.say = corpus, ask, say

    def kind(self) -> str:
        while True:
            answer = self.ask("Jenis standar yang dibuat, sop atau spm? ").strip().lower()
            if answer in (SOP, SPM):
                return answer
            self.say("Jawab dengan sop (Standar Operasional Prosedur) atau spm (Standar Pelayanan Minimal).")

    def opd(self) -> str:
        while True:
            answer = self.ask("Kode OPD (ketik sebagian nama untuk mencari, ? untuk daftar lengkap): ").strip()
            if answer == "?":
                for opd in sorted(self.corpus.registry.values(), key=lambda o: o.kode):
                    self.say(f"  {opd.kode:<28} {opd.nama}")
                continue
            found = find_opd(self.corpus, answer)
            if found is None:
                matches = opd_matches(self.corpus, answer)
                if len(matches) == 1:
                    found = matches[0]
                elif matches:
                    self.say("Beberapa OPD cocok; ketik kodenya:")
                    for opd in matches[:20]:
                        self.say(f"  {opd.kode:<28} {opd.nama}")
                    continue
                else:
                    self.say(unknown_opd(self.corpus, answer) + ".")
                    continue
            self.say(f"OPD: {found.nama} ({found.kode})")
            return found.kode

    def judul(self) -> str:
        while True:
            answer = self.ask("Judul SOP (nama prosedur, misalnya Penerbitan Akta Kelahiran): ").strip()
            if slug_for(answer):
                return answer
            self.say("Judul wajib diisi.")

    def layanan(self) -> str:
        catalogue = self.corpus.catalogue
        codes = list(catalogue.layanan)
        self.say("Jenis pelayanan dasar dalam katalog SPM:")
        for number, kode in enumerate(codes, 1):
            item = catalogue.layanan[kode]
            other = existing_spm(self.corpus, kode)
            mark = f"  (sudah ada: {other})" if other else ""
            self.say(f"  {number:>2}. {kode:<32} {item.nama}{mark}")
        while True:
            answer = self.ask("Nomor atau kode layanan: ").strip()
            if answer.isdigit() and 1 <= int(answer) <= len(codes):
                answer = codes[int(answer) - 1]
            if answer not in catalogue.layanan:
                self.say(f"'{answer}' tidak ada di katalog; ketik nomor (1-{len(codes)}) atau kodenya.")
                continue
            other = existing_spm(self.corpus, answer)
            if other:
                self.say(f"Layanan ini sudah punya SPM: {other}. Pilih layanan lain.")
                continue
            return answer

    def tahun(self, opd: Opd, default: int) -> int:
        while True:
            answer = self.ask(f"Tahun untuk nomor SOP [{default}]: ").strip()
            if not answer:
                return default
            if re.fullmatch(r"\d{4}", answer):
                return int(answer)
            self.say("Tulis tahun dengan 4 angka, misalnya 2026, atau tekan Enter.")

    def complete(self, request: Request, today: dt.date) -> Request:
        """Ask what is missing; the year only in a conversation already started."""
        missing = not request.kind or not request.opd or (
            request.judul if request.kind == SOP else request.layanan) is None
        if not missing:
            return request
        if not request.kind:
            request.kind = self.kind()
        if not request.opd:
            request.opd = self.opd()
        if request.kind == SOP and not request.judul:
            request.judul = self.judul()
        if request.kind == SPM and not request.layanan:
            request.layanan = self.layanan()
        opd = self.corpus.registry.get(request.opd)
        if request.kind == SOP and request.tahun is None and opd and opd.pola_nomor and not request.nomor:
            request.tahun = self.tahun(opd, today.year)
        return request
