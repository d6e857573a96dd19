"""What a change touches, from git: the files changed since a base, the standards that link to
them, and whether a pull request stays inside one OPD's folder.

``git`` runs as a subprocess; nothing here needs a forge.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ..read.corpus import STANDARDS_DIR, Corpus
from ..read.frontmatter import SourceError, decode, split
from ..read.registry import REGISTRY_FILE
from ..read.settings import PEMDA_FILE
from ..read.yamlstrict import YamlError, load

DEFAULT_BASES = ("main", "origin/main")
# Changes that can change the outcome of every file: then every file is checked.
SHARED = (f"{STANDARDS_DIR}/{REGISTRY_FILE}", f"{STANDARDS_DIR}/{PEMDA_FILE}", "hooks/standar/")
CODE = ("hooks/",)


class GitError(Exception):
    """git is missing, the folder is no repository, or a REF is unknown (Indonesian message)."""


def git(root: Path, *args: str) -> str:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                                timeout=60, check=False)
    except FileNotFoundError:
        raise GitError("git tidak ditemukan; pasang git terlebih dahulu") from None
    except subprocess.SubprocessError as exc:
        raise GitError(f"git gagal: {exc}") from None
    if result.returncode != 0:
        raise GitError(f"git {' '.join(args[:2])} gagal: {result.stderr.strip() or result.returncode}")
    return result.stdout


def _commit(root: Path, ref: str) -> str | None:
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip() or None
    except GitError:
        return None


def merge_base(root: Path, ref: str | None = None) -> tuple[str, str]:
    """(commit, name) of the merge base of HEAD with ``ref`` (default: main, else origin/main).

    For a commit that HEAD descends from, that is the commit itself; for a branch that moved on
    since, it is where this branch left it, so changes made there are not counted as ours.
    """
    candidates = (ref,) if ref else DEFAULT_BASES
    for name in candidates:
        if _commit(root, name):
            try:
                return git(root, "merge-base", name, "HEAD").strip(), name
            except GitError:
                raise GitError(f"'{name}' dan HEAD tidak memiliki riwayat bersama") from None
    if ref:
        raise GitError(f"'{ref}' bukan cabang, tag atau commit yang dikenal git")
    raise GitError("cabang main tidak ditemukan (juga origin/main); sebutkan pembandingnya, "
                   "misalnya --berubah origin/main")


def changed_files(root: Path, base: str, committed_only: bool = False) -> list[str]:
    """Paths (relative to ``root``) changed between ``base`` and the working tree, untracked
    files included; renames count as a deletion and an addition. ``committed_only``: between
    ``base`` and HEAD."""
    target = ("HEAD",) if committed_only else ()
    out = git(root, "diff", "--name-only", "--no-renames", "--relative", "-z", base, *target, "--")
    paths = {p for p in out.split("\0") if p}
    if not committed_only:
        out = git(root, "ls-files", "--others", "--exclude-standard", "-z")
        paths |= {p for p in out.split("\0") if p}
    return sorted(paths)


def nomor_at(root: Path, commit: str, rel: str) -> str | None:
    """The ``nomor`` a standard had at ``commit`` (None if absent or unreadable)."""
    try:
        data = git(root, "show", f"{commit}:./{rel}")
    except GitError:
        return None
    try:
        raw, _ = load(split(decode(data.encode("utf-8"))).meta_text)
    except (SourceError, YamlError):
        return None
    nomor = raw.get("nomor") if isinstance(raw, dict) else None
    return str(nomor).strip() if isinstance(nomor, str) else None


@dataclass
class Selection:
    base: str                     # commit
    base_name: str                # as the user named it
    changed: list[str]            # changed standards (and registry files)
    linked: list[str]             # standards linking to a changed one
    everything: str | None = None  # why every file is checked, if it is

    @property
    def paths(self) -> set[str] | None:
        return None if self.everything else set(self.changed) | set(self.linked)


def select(corpus: Corpus, ref: str | None = None) -> Selection:
    """The files ``standar check --berubah`` reports: the changed standards, and every standard
    that links (keterkaitan, sop_terkait, diganti_oleh) to one of them by its current or its
    former nomor."""
    root = corpus.root
    base, name = merge_base(root, ref)
    changed = [p for p in changed_files(root, base) if p.startswith(f"{STANDARDS_DIR}/")
               or p.startswith(SHARED)]
    shared = [p for p in changed if p.startswith(SHARED)]
    standards = [p for p in changed if p not in shared]
    nomors = {corpus.nomors[p] for p in standards if p in corpus.nomors}
    nomors |= {n for n in (nomor_at(root, base, p) for p in standards) if n}
    linked = sorted(rel for rel, targets in corpus.links.items()
                    if rel not in standards and nomors.intersection(targets))
    everything = None
    if shared:
        named = sorted({p if p.startswith(STANDARDS_DIR) else "hooks/standar/" for p in shared})
        everything = f"{', '.join(named)} berubah: semua standar diperiksa"
    return Selection(base, name, standards + [p for p in shared if not p.endswith("/")], linked,
                     everything)


# -- the scope of a pull request ---------------------------------------------------------------

@dataclass
class Scope:
    changed: list[str]
    opds: list[str] = field(default_factory=list)
    code: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return bool(self.notices)


def scope(root: Path, ref: str | None = None) -> Scope:
    """Whether a pull request needs Bagian Organisasi's attention beyond the usual review:
    standards of more than one OPD, or portal code (hooks/) together with standards."""
    base, _ = merge_base(root, ref)
    changed = changed_files(root, base, committed_only=True)
    opds = sorted({p.split("/")[1] for p in changed
                   if p.startswith(f"{STANDARDS_DIR}/") and p.count("/") >= 2})
    code = [p for p in changed if p.startswith(CODE)]
    touches_standards = any(p.startswith(f"{STANDARDS_DIR}/") for p in changed)
    result = Scope(changed, opds, code)
    if len(opds) > 1:
        result.notices.append(f"mengubah standar {len(opds)} OPD sekaligus ({', '.join(opds)}); "
                              "setiap OPD hanya mengubah foldernya sendiri, jadi ajukan satu "
                              "pull request per OPD atau minta persetujuan Bagian Organisasi")
    if code and touches_standards:
        result.notices.append("mengubah kode portal (hooks/) bersama standar; pisahkan perubahan "
                              "kode dari perubahan isi standar")
    return result
