"""What a text value of the content may hold. Every front-matter text, the registry's and the
pemda's included, is plain text shown escaped; these rules keep out what would still do harm
or mislead: code, characters that cannot be shown (or break XML), text that reads in another
direction than it is stored, and text that shows as nothing."""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 control characters, except tab and line ends (a folded YAML block has them).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Bidirectional embeddings, overrides and isolates: the stored order differs from the shown one.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")
# What shows as nothing: white space, zero-width characters, joiners, soft hyphen, BOM.
_INVISIBLE = re.compile(r"[\s\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]")
# Markup: a tag, a closing tag, a comment or declaration, an autolink with a scheme.
_MARKUP = re.compile(r"<\s*(?:[a-zA-Z][a-zA-Z0-9-]*|/\s*[a-zA-Z]|!|\?)|<[a-zA-Z][a-zA-Z0-9+.-]*:")


def _code(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


# Any character one of the rules below is about: most texts have none, and are done in one search.
SUSPECT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\u202a-\u202e\u2066-\u2069<"
                      r"\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u3164\ufeff\uffa0]")


def problems(text: str) -> list[str]:
    """Why a text value cannot be published as it is (Indonesian), or []. (A text of white space
    only is refused by the schema before it gets here.)"""
    if not SUSPECT.search(text):
        return []
    found = []
    control = _CONTROL.search(text)
    if control:
        found.append(f"berisi karakter kendali ({_code(control.group())}) yang tidak dapat ditampilkan; "
                     "hapus karakter itu")
    bidi = _BIDI.search(text)
    if bidi:
        found.append(f"berisi karakter pembalik arah teks ({_code(bidi.group())}) yang menyamarkan isinya; "
                     "hapus karakter itu")
    if text and not _INVISIBLE.sub("", text):
        found.append("hanya berisi karakter yang tidak terlihat; tulis teksnya")
    markup = _MARKUP.search(text)
    if markup:
        found.append(f"berisi kode ('{markup.group().strip()}...'); isian ini berupa teks biasa, bukan HTML: "
                     "hapus kodenya")
    return found
