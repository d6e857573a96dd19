#!/usr/bin/env python3
"""Zip an offline build (PORTAL_OFFLINE=true mkdocs build) into the bundle for USB sticks.

    python scripts/offline_bundle.py build/offline dist/portal-standar-offline.zip

The zip is reproducible: entries in sorted order with fixed times (SOURCE_DATE_EPOCH, or 1980)
and fixed permissions, so one commit always gives the same bytes.
"""

from __future__ import annotations

import os
import sys
import time
import zipfile
from pathlib import Path

TOP = "portal-standar"
README = """PORTAL STANDAR PELAYANAN (SALINAN LURING)

Salinan ini dapat dibuka tanpa internet.

1. Ekstrak (extract) seluruh isi berkas zip ini ke komputer atau flashdisk.
2. Buka folder portal-standar, lalu klik dua kali berkas index.html.
3. Portal terbuka di peramban (Chrome, Edge, Firefox). Kotak "Cari" juga berfungsi tanpa internet.

Salinan ini dibuat pada tanggal yang tertera di halaman Data. Versi terbaru selalu ada di
situs resmi pemerintah daerah.
"""


def stamp() -> tuple:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit() and int(epoch) >= 315532800:  # zip cannot store dates before 1980
        return time.gmtime(int(epoch))[:6]
    return (1980, 1, 1, 0, 0, 0)


def bundle(site: Path, dest: Path) -> int:
    if not (site / "index.html").exists():
        raise SystemExit(f"{site}/index.html tidak ada: jalankan build luring dulu (make offline)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    when = stamp()
    files = sorted(p for p in site.rglob("*") if p.is_file())
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        entries = [(f"{TOP}/BACA-SAYA.txt", README.encode("utf-8"))]
        entries += [(f"{TOP}/{p.relative_to(site).as_posix()}", p.read_bytes()) for p in files]
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=when)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return len(entries)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    count = bundle(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[2]}: {count} berkas, {Path(sys.argv[2]).stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
