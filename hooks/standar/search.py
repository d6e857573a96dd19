"""Indonesian search: word stems added to the static search index at build time.

The browser's search (lunr in Material) has no Indonesian stemmer, so "terbit" would not find
"penerbitan". Each index entry gets a ``stem`` field holding the Sastrawi stems of its words
(only those not already present as words), which the search then matches like any other field.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

STEM_FIELD = "stem"

_TAG = re.compile(r"<[^>]+>")
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _stemmer():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # slow to build: once per process
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stem(word) if len(word) > 4 else word


def words(text: str) -> list[str]:
    plain = html.unescape(_TAG.sub(" ", text)).lower()
    return _WORD.findall(plain)


def stems(text: str) -> str:
    """Stems of the words of ``text`` that differ from every word already in it, sorted."""
    present = set(words(text))
    found = {stem(w) for w in present}
    return " ".join(sorted(s for s in found - present if len(s) > 2))


def add_stems(index: dict) -> dict:
    """Add the stem field to every entry of a Material/lunr search index (in place)."""
    for entry in index.get("docs", ()):
        extra = stems(entry.get("title", "") + " " + entry.get("text", ""))
        if extra:
            entry[STEM_FIELD] = extra
    return index
