"""An OPD of the registry (``standards/opd.yml``), typed. Its fields are those of
:data:`standar.model.fields.OPD`, no more, no fewer (a test holds them equal)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Opd:
    kode: str
    nama: str
    singkatan: str
    jenis: str
    induk: str | None = None
    pengelola: tuple = ()
    alamat: str | None = None
    telepon: str | None = None
    email: str | None = None
    pola_nomor: str | None = None
    maklumat: dict | None = None    # the Maklumat Pelayanan: teks, disahkan_oleh, tanggal
