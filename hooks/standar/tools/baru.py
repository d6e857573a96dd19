"""``standar baru``: start a new standard's file in the right folder, from its kind's template.

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

from .. import kinds
from ..model.kind import Known, Refused
from ..model.opd import Opd
from ..publish import template
from ..read.corpus import STANDARDS_DIR, Corpus
from ..read.discover import slugify

MAX_SLUG = 80


@dataclass
class Request:
    kind: str
    opd: str
    judul: str | None = None
    layanan: str | None = None
    tahun: int | None = None
    nomor: str | None = None


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


def refused_opd(kind, opd: Opd) -> str:
    jenis = ", ".join(kind.opd_jenis or ())
    return (f"{kind.label} hanya untuk OPD berjenis {jenis} di standards/opd.yml; {opd.singkatan} "
            f"berjenis {opd.jenis}")


def known(corpus: Corpus) -> Known:
    return Known(registry=corpus.registry, catalogue=corpus.catalogue, nomors=corpus.nomors,
                 standards=corpus.standards)


def create(corpus: Corpus, request: Request, today: dt.date | None = None) -> tuple[Path, list[str]]:
    """Write the new file; returns its path and notes for the author. Never overwrites."""
    opd = corpus.registry.get(request.opd)
    if opd is None:
        raise Refused(unknown_opd(corpus, request.opd))
    kind = kinds.get(request.kind)
    if not kinds.allowed(kind, opd.jenis):
        raise Refused(refused_opd(kind, opd))
    answers = {"judul": request.judul, "layanan": request.layanan, "tahun": request.tahun,
               "nomor": request.nomor}
    new = kind.new_file(answers, opd, known(corpus), today or dt.date.today())
    slug = slug_for(new.name)
    if not slug:
        raise Refused("judul tidak menghasilkan nama berkas; gunakan huruf atau angka")
    path = corpus.root / STANDARDS_DIR / opd.kode / kind.code / f"{slug}.md"
    if path.exists():
        raise Refused(f"berkas {path.relative_to(corpus.root).as_posix()} sudah ada dan tidak ditimpa; "
                      "ubah berkas itu, atau pilih judul lain")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8", newline="\n") as handle:  # "x": never overwrite
        handle.write(template.render(kind, new.prefill))
    return path, new.notes


# -- questions ---------------------------------------------------------------------------------

class Questions:
    """Asks, one by one, whatever the command line did not say. ``ask`` is ``input``-like."""

    def __init__(self, corpus: Corpus, ask, say):
        self.corpus, self.ask, self.say = corpus, ask, say
        self.current = None  # the kind being made, once known

    def kind(self) -> str:
        codes = list(kinds.KINDS)
        choices = ", ".join(codes[:-1]) + " atau " + codes[-1]
        named = [f"{k.code} ({k.name})" for k in kinds.all_kinds()]
        while True:
            answer = self.ask(f"Jenis standar yang dibuat, {choices}? ").strip().lower()
            if answer in kinds.KINDS:
                return answer
            self.say(f"Jawab dengan {', '.join(named[:-1])} atau {named[-1]}.")

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
            answer = self.ask(f"Judul {self.current.label} (nama prosedur, misalnya Penerbitan Akta Kelahiran): ").strip()
            if slug_for(answer):
                return answer
            self.say("Judul wajib diisi.")

    def layanan(self) -> str:
        catalogue = self.corpus.catalogue
        codes = list(catalogue.layanan)
        self.say("Jenis pelayanan dasar dalam katalog SPM:")
        for number, kode in enumerate(codes, 1):
            item = catalogue.layanan[kode]
            other = self.occupied(kode)
            mark = f"  (sudah ada: {other})" if other else ""
            self.say(f"  {number:>2}. {kode:<32} {item.nama}{mark}")
        while True:
            answer = self.ask("Nomor atau kode layanan: ").strip()
            if answer.isdigit() and 1 <= int(answer) <= len(codes):
                answer = codes[int(answer) - 1]
            if answer not in catalogue.layanan:
                self.say(f"'{answer}' tidak ada di katalog; ketik nomor (1-{len(codes)}) atau kodenya.")
                continue
            other = self.occupied(answer)
            if other:
                self.say(f"Layanan ini sudah memiliki {self.current.label}: {other}. Pilih layanan lain.")
                continue
            return answer

    def occupied(self, layanan: str) -> str | None:
        return self.current.occupied({"layanan": layanan}, known(self.corpus))

    def tahun(self, opd: Opd, default: int) -> int:
        while True:
            answer = self.ask(f"Tahun untuk nomor {self.current.label} [{default}]: ").strip()
            if not answer:
                return default
            if re.fullmatch(r"\d{4}", answer):
                return int(answer)
            self.say("Tulis tahun dengan 4 angka, misalnya 2026, atau tekan Enter.")

    def complete(self, request: Request, today: dt.date) -> Request:
        """Ask what is missing; the year only in a conversation already started."""
        first = kinds.get(request.kind).questions[0] if request.kind in kinds.KINDS else None
        missing = not request.kind or not request.opd or getattr(request, first) is None
        if not missing:
            return request
        if not request.kind:
            request.kind = self.kind()
        self.current = kinds.get(request.kind)
        if not request.opd:
            request.opd = self.opd()
        questions = self.current.questions
        if "judul" in questions and not request.judul:
            request.judul = self.judul()
        if "layanan" in questions and not request.layanan:
            request.layanan = self.layanan()
        opd = self.corpus.registry.get(request.opd)
        if "tahun" in questions and request.tahun is None and opd and opd.pola_nomor and not request.nomor:
            request.tahun = self.tahun(opd, today.year)
        return request
