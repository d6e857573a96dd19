"""CODEOWNERS generated from the registry: each OPD's folder is owned by its ``pengelola`` and by
Bagian Organisasi, which reviews everything; everything else is Bagian Organisasi's.

GitHub reads ``.github/CODEOWNERS``, GitLab ``.gitlab/CODEOWNERS``; the last matching line wins
in both, so the catch-all line comes first.
"""

from __future__ import annotations

from ..model.opd import Opd

REVIEWER_OPD = "bagian-organisasi"
FILES = (".github/CODEOWNERS", ".gitlab/CODEOWNERS")

HEADER = """\
# Dibuat otomatis dari standards/opd.yml (kolom `pengelola`) oleh: standar codeowners --tulis
# Jangan diubah dengan tangan: ubah standards/opd.yml lalu jalankan perintah itu lagi.
# Setiap OPD mengelola foldernya sendiri; Bagian Organisasi memeriksa semua perubahan.
"""


class NoReviewer(Exception):
    pass


def reviewer(registry: dict[str, Opd], override: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """Bagian Organisasi's handles: given, or the ``pengelola`` of the OPD 'bagian-organisasi'."""
    if override:
        return tuple(override)
    opd = registry.get(REVIEWER_OPD)
    if opd is None or not opd.pengelola:
        raise NoReviewer(f"pengelola Bagian Organisasi tidak diketahui: isi `pengelola` OPD "
                         f"'{REVIEWER_OPD}' di standards/opd.yml, atau sebutkan dengan --peninjau @tim")
    return opd.pengelola


def generate(registry: dict[str, Opd], override: tuple[str, ...] | None = None) -> str:
    reviewers = reviewer(registry, override)
    rows = [("*", reviewers)]
    for kode in sorted(registry):
        owners = tuple(dict.fromkeys(registry[kode].pengelola + reviewers))
        rows.append((f"/standards/{kode}/", owners))
    width = max(len(path) for path, _ in rows) + 2
    lines = [HEADER]
    lines += [f"{path:<{width}}{' '.join(owners)}" for path, owners in rows]
    return "\n".join(lines) + "\n"
