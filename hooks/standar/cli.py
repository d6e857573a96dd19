"""The command line: ``standar check`` and friends, for OPD authors and CI.

Exit codes: 0 no errors (warnings allowed), 1 errors in the content, 2 usage or internal failure.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import corpus as corpus_module
from .diagnostics import format_json, format_text

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own messages are English; keep the exit code 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: galat: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="standar", description="Alat bantu Portal Standar (SOP dan SPM).")
    parser.add_argument("--root", default=".", help="folder proyek yang berisi standards/ (bawaan: folder ini)")
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH", parser_class=_Parser)
    check = commands.add_parser("check", help="periksa semua standar dan laporkan setiap masalah")
    check.add_argument("paths", nargs="*", metavar="BERKAS",
                       help="hanya laporkan masalah berkas atau folder ini (bawaan: semua)")
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="bentuk laporan (bawaan: text)")
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
    if not (root / corpus_module.STANDARDS_DIR).is_dir():
        print(f"standar: galat: folder {root / corpus_module.STANDARDS_DIR} tidak ditemukan; "
              "jalankan dari folder proyek atau pakai --root", file=sys.stderr)
        return EXIT_USAGE
    try:
        selection = _relative_paths(root, args.paths)
    except SystemExit as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    corpus = corpus_module.load(root)
    diagnostics = corpus.diagnostics
    if selection is not None:
        diagnostics = [d for d in diagnostics if _in_selection(d.path, selection)]
    errors = [d for d in diagnostics if d.is_error]
    summary = corpus.summary()
    if args.format == "json":
        print(format_json(diagnostics, summary))
    else:
        if diagnostics:
            print(format_text(diagnostics))
        for draft in corpus.drafts:
            print(f"{draft.path}: draf: tidak diterbitkan oleh 'make site' (status: draf)")
        print(f"Ringkasan: {summary['ditemukan']} berkas standar ditemukan: {summary['terbit']} terbit, "
              f"{summary['draf']} draf, {summary['galat']} bergalat; {len(errors)} galat, "
              f"{len(diagnostics) - len(errors)} peringatan.")
    return EXIT_ERRORS if errors else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        _parser().print_help()
        return EXIT_USAGE
    try:
        return {"check": run_check}[args.command](args)
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
