"""The command line: ``standar check`` and friends, for OPD authors and CI.

Exit codes: 0 no errors (warnings allowed), 1 errors in the content, 2 usage or internal failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from .. import kinds
from . import changes, codeowners, reports
from ..publish import editor
from ..model.diagnostics import format_json, format_text
from ..read import corpus as corpus_module

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own messages are English; keep the exit code 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: galat: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="standar", description=f"Alat bantu Portal Standar ({kinds.labels_joined()}).")
    parser.add_argument("--root", default=".", help="folder proyek yang berisi standards/ (bawaan: folder ini)")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    check = commands.add_parser("check", help="periksa semua standar dan laporkan setiap masalah")
    check.add_argument("paths", nargs="*", metavar="BERKAS",
                       help="hanya laporkan masalah berkas atau folder ini (bawaan: semua)")
    check.add_argument("--format", choices=("text", "json", "github", "gitlab"), default="text",
                       help="bentuk laporan: text (bawaan), json, github (anotasi GitHub Actions) "
                            "atau gitlab (laporan Code Quality GitLab)")
    check.add_argument("--berubah", nargs="?", const="", default=None, metavar="REF",
                       help="hanya laporkan berkas yang berubah sejak REF (bawaan: titik cabang dari "
                            "main) dan standar yang menautkannya")

    new = commands.add_parser("baru", help="buat berkas standar baru dari templat; tanpa "
                                           "argumen, pertanyaannya diajukan satu per satu")
    new.add_argument("jenis", nargs="?", choices=tuple(kinds.KINDS), help=" atau ".join(kinds.KINDS))
    new.add_argument("--opd", help="kode OPD (nama folder di standards/), misalnya dinkes")
    new.add_argument("--judul", help="judul SOP (nama berkas dibuat dari judul ini)")
    new.add_argument("--layanan", help="SPM: kode layanan dari katalog SPM, misalnya kes-balita")
    new.add_argument("--tahun", type=int, help="tahun pada nomor SOP (bawaan: tahun ini)")
    new.add_argument("--nomor", help="nomor SOP, bila sudah diketahui (bawaan: nomor berikutnya "
                                     "menurut pola nomor OPD)")

    owners = commands.add_parser("codeowners", help="CODEOWNERS dari kolom pengelola di standards/opd.yml")
    owners.add_argument("--tulis", action="store_true",
                        help="tulis ke " + " dan ".join(codeowners.FILES) + " (bawaan: tampilkan saja)")
    owners.add_argument("--periksa", action="store_true",
                        help="keluar dengan kode 1 bila berkas CODEOWNERS tidak sesuai standards/opd.yml")
    owners.add_argument("--peninjau", nargs="+", metavar="@TIM",
                        help="pengelola Bagian Organisasi (bawaan: pengelola OPD bagian-organisasi)")

    admin = commands.add_parser("editor", help="konfigurasi editor web (docs/admin/konfigurasi.js) dari model isi")
    admin.add_argument("--tulis", action="store_true", help=f"tulis ke {editor.CONFIG_FILE} (bawaan: tampilkan saja)")
    admin.add_argument("--periksa", action="store_true",
                       help=f"keluar dengan kode 1 bila {editor.CONFIG_FILE} tidak sesuai model isi")

    scope = commands.add_parser("periksa-pr", help="periksa cakupan pull request: keluar dengan kode 1 "
                                                   "bila perlu perhatian Bagian Organisasi")
    scope.add_argument("--dasar", metavar="REF",
                       help="cabang tujuan pull request (bawaan: main, atau origin/main)")
    scope.add_argument("--format", choices=("text", "github"), default="text",
                       help="text (bawaan) atau github (ditambah anotasi GitHub Actions)")

    built = commands.add_parser("periksa-situs", help="periksa situs yang sudah dibangun terhadap sumbernya: "
                                                      "halaman, lembar resmi, data terbuka, indeks pencarian, draf")
    built.add_argument("folder", metavar="FOLDER", help="folder situs hasil pembangunan, misalnya site atau "
                                                        "build/offline")
    return parser


def _relative_paths(root: Path, paths: list[str]) -> set[str] | None:
    if not paths:
        return None
    selected: set[str] = set()
    for raw in paths:
        path = Path(raw).resolve()
        if not path.exists() and not path.is_symlink():
            raise SystemExit(f"standar: galat: '{raw}' tidak ditemukan")
        try:
            rel = path.relative_to(root.resolve()).as_posix()
        except ValueError:
            raise SystemExit(f"standar: galat: '{raw}' berada di luar proyek {root}") from None
        selected.add(rel)
    return selected


def _in_selection(rel: str, selection: set[str]) -> bool:
    return any(rel == s or rel.startswith(s.rstrip("/") + "/") for s in selection)


def run_check(args) -> int:
    root = Path(args.root)
    if _needs_project(root):
        return EXIT_USAGE
    try:
        selection = _relative_paths(root, args.paths)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    if selection is not None and args.berubah is not None:
        print("standar: galat: pakai BERKAS atau --berubah, tidak keduanya", file=sys.stderr)
        return EXIT_USAGE
    corpus = corpus_module.load(root, lean=True)  # no build: the outcomes, not the standards
    changed = None
    if args.berubah is not None:
        try:
            changed = changes.select(corpus, args.berubah or None)
        except changes.GitError as exc:
            print(f"standar: galat: {exc}", file=sys.stderr)
            return EXIT_USAGE
        selection = changed.paths
    diagnostics = corpus.diagnostics
    drafts = sorted(rel for rel, outcome in corpus.outcome.items() if outcome == corpus_module.DRAFT)
    if selection is not None:
        diagnostics = [d for d in diagnostics if _in_selection(d.path, selection)]
        drafts = [d for d in drafts if _in_selection(d, selection)]
    errors = [d for d in diagnostics if d.is_error]
    summary = corpus.summary()
    if args.format == "json":
        report = format_json(diagnostics, summary)
        if changed is not None:  # which files were looked at, for tools
            data = json.loads(report)
            data["diperiksa"] = {"dasar": changed.base, "berubah": changed.changed,
                                 "menautkan": changed.linked, "semua": changed.everything}
            report = json.dumps(data, ensure_ascii=False, indent=2)
        print(report)
    elif args.format == "gitlab":
        print(reports.format_gitlab(diagnostics))
    else:
        if changed is not None:
            print(_changed_summary(changed))
        if diagnostics:
            print(reports.format_github(diagnostics) if args.format == "github" else format_text(diagnostics))
        for draft in drafts:
            message = "draf: tidak diterbitkan oleh 'make site' (status: draf)"
            print(reports.github_command("notice", message, file=draft) if args.format == "github"
                  else f"{draft}: {message}")
        print(corpus.summary_text(diagnostics))
    return EXIT_ERRORS if errors else EXIT_OK


def _changed_summary(changed: changes.Selection) -> str:
    since = f"sejak {changed.base_name} ({changed.base[:10]})"
    if changed.everything:
        return f"Berkas berubah {since}: {changed.everything}."
    if not changed.changed:
        return f"Tidak ada standar yang berubah {since}."
    lines = [f"Diperiksa: {len(changed.changed)} berkas yang berubah {since}"
             + (f" dan {len(changed.linked)} standar yang menautkannya:" if changed.linked else ":")]
    lines += [f"  {path}" for path in changed.changed]
    lines += [f"  {path} (menautkan)" for path in changed.linked]
    return "\n".join(lines)


def _needs_project(root: Path) -> bool:
    if (root / corpus_module.STANDARDS_DIR).is_dir():
        return False
    print(f"standar: galat: folder {root / corpus_module.STANDARDS_DIR} tidak ditemukan; "
          "jalankan dari folder proyek atau pakai --root", file=sys.stderr)
    return True


def run_new(args) -> int:
    from . import baru  # the publishing side (templates): not loaded for a check

    root = Path(args.root)
    if _needs_project(root):
        return EXIT_USAGE
    corpus = corpus_module.load(root)
    request = baru.Request(kind=args.jenis, opd=args.opd, judul=args.judul, layanan=args.layanan,
                           tahun=args.tahun, nomor=args.nomor)
    today = dt.date.today()
    try:
        request = baru.Questions(corpus, input, print).complete(request, today)
    except EOFError:
        print("\nstandar: galat: pertanyaan tidak dijawab; tidak ada berkas yang dibuat", file=sys.stderr)
        return EXIT_USAGE
    if request.opd not in corpus.registry:
        print(f"standar: galat: {baru.unknown_opd(corpus, request.opd)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        path, notes = baru.create(corpus, request, today)
    except baru.Refused as exc:
        print(f"standar: galat: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    rel = path.relative_to(root).as_posix()
    print(f"Berkas dibuat: {rel}")
    for note in notes:
        print(note)
    print("Langkah berikutnya: ganti setiap isian <isi ...> di berkas itu, lalu periksa dengan:\n"
          f"  standar check {rel}")
    return EXIT_OK


def run_codeowners(args) -> int:
    root = Path(args.root)
    if _needs_project(root):
        return EXIT_USAGE
    corpus = corpus_module.load(root)
    try:
        text = codeowners.generate(corpus.registry, tuple(args.peninjau or ()))
    except codeowners.NoReviewer as exc:
        print(f"standar: galat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _generated(root, codeowners.FILES, text, "standards/opd.yml", "codeowners", args)


def _generated(root: Path, names, text: str, source: str, verb: str, args) -> int:
    """A committed generated file: checked (--periksa), written (--tulis) or shown."""
    if args.periksa:
        stale = [name for name in names if not (root / name).is_file()
                 or (root / name).read_text(encoding="utf-8") != text]
        for name in stale:
            print(f"{name}: tidak sesuai {source}; jalankan: standar {verb} --tulis")
        return EXIT_ERRORS if stale else EXIT_OK
    if args.tulis:
        for name in names:
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"Ditulis: {name}")
        return EXIT_OK
    sys.stdout.write(text)
    return EXIT_OK


def run_editor(args) -> int:
    """The web editor's configuration, made from the content model; like CODEOWNERS, committed."""
    return _generated(Path(args.root), (editor.CONFIG_FILE,), editor.configuration_js(), "model isi", "editor", args)


def run_scope(args) -> int:
    try:
        result = changes.scope(Path(args.root), args.dasar)
    except changes.GitError as exc:
        print(f"standar: galat: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not result.needs_review:
        where = f"standar {result.opds[0]}" if len(result.opds) == 1 else (
            "kode portal" if result.code else "berkas selain standar" if result.changed else "tidak ada")
        print(f"Cakupan pull request wajar ({len(result.changed)} berkas berubah; {where}).")
        return EXIT_OK
    print("Perlu perhatian Bagian Organisasi: pull request ini")
    for notice in result.notices:
        print(f"  - {notice}")
        if args.format == "github":
            print(reports.github_command("warning", f"Pull request ini {notice}.",
                                         title="Perlu perhatian Bagian Organisasi"))
    return EXIT_ERRORS


def run_site(args) -> int:
    from . import situs  # the publishing side (site, templates): not loaded for a check

    root = Path(args.root)
    if _needs_project(root):
        return EXIT_USAGE
    site_dir = Path(args.folder)
    if not site_dir.is_dir():
        print(f"standar: galat: folder situs {site_dir} tidak ditemukan; bangun dulu (make site)", file=sys.stderr)
        return EXIT_USAGE
    corpus = corpus_module.load(root)
    if corpus.has_errors:
        print(f"Sumber bergalat ({len(corpus.errors)} galat): situs tidak mungkin dibangun dari sumber ini. "
              "Jalankan: standar check")
        return EXIT_ERRORS
    report = situs.check(root, corpus, site_dir)
    for problem in report.problems:
        print(problem)
    if report.problems:
        print(f"Situs {site_dir} tidak sesuai sumbernya: {len(report.problems)} masalah. Bangun ulang situs "
              "(make site) dan periksa di lingkungan yang sama (SITE_URL, SOURCE_DATE_EPOCH).")
        return EXIT_ERRORS
    print(f"Situs {site_dir} sesuai sumbernya: {report.standards} standar terbit, {report.pages} halaman "
          f"dibuat, {report.files} berkas data; tidak ada draf yang terbit.")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_USAGE
    try:
        return {"check": run_check, "baru": run_new, "codeowners": run_codeowners, "editor": run_editor,
                "periksa-pr": run_scope, "periksa-situs": run_site}[args.command](args)
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception as exc:  # a bug in the tool, not in the content: say so without a traceback
        if os.environ.get("STANDAR_DEBUG"):
            raise
        print(f"standar: galat internal: {type(exc).__name__}: {exc} (jalankan ulang dengan "
              "STANDAR_DEBUG=1 untuk rinciannya dan laporkan ke tim TI)", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
