"""Reading a standard's file: bytes to text, then front-matter and body apart.

Word, Notepad and phone editors add byte-order marks, CRLF line ends and Windows-1252
characters: the first two are accepted, the last is reported with the byte and its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^(---|\.\.\.)[ \t]*$")


class SourceError(Exception):
    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


@dataclass(frozen=True)
class Source:
    meta_text: str   # the YAML between the fences
    meta_line: int   # file line of the first YAML line
    body: str        # the Markdown after the closing fence
    body_line: int   # file line of the first body line


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) to text with ``\\n`` line ends."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        line = data.count(b"\n", 0, exc.start) + 1
        guess = bytes([bad]).decode("cp1252", errors="ignore")
        hint = f" (kemungkinan karakter '{guess}' dari Windows-1252/Word)" if guess.strip() else ""
        raise SourceError(f"berkas bukan UTF-8: byte 0x{bad:02X} tidak valid{hint}; simpan ulang "
                          "berkas dengan pengodean UTF-8 (di Notepad: Simpan Sebagai, Encoding UTF-8)",
                          line) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def split(text: str) -> Source:
    """Separate the front-matter block that opens the file from the Markdown body."""
    if not text.strip():
        raise SourceError("berkas kosong; sebuah standar diawali blok front-matter di antara "
                          "dua baris '---'", 1)
    lines = text.split("\n")
    if not _FENCE.match(lines[0]) or lines[0].startswith("..."):
        raise SourceError("berkas tidak diawali front-matter: baris pertama harus '---', "
                          "diikuti isian (judul, nomor, ...) lalu '---' lagi", 1)
    for index in range(1, len(lines)):
        if _FENCE.match(lines[index]):
            return Source(meta_text="\n".join(lines[1:index]) + "\n", meta_line=2,
                          body="\n".join(lines[index + 1:]), body_line=index + 2)
    raise SourceError("blok front-matter tidak ditutup: tambahkan baris '---' setelah isian "
                      "terakhir, sebelum teks halaman", 1)
