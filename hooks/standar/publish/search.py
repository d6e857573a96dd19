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


class Entries:
    """The index entries of every page across the rebuilds of ``mkdocs serve --dirty``, which
    re-indexes only the pages it rebuilds: their entries replace those of the last build."""

    def __init__(self):
        self.by_page: dict[str, list[dict]] = {}

    def merge(self, docs: list[dict], built: set[str], pages: set[str]) -> list[dict]:
        """``built``: the pages (URLs) indexed this time, ``pages``: every page of the site."""
        self.by_page = {page: entries for page, entries in self.by_page.items() if page in pages}
        for page in built:
            self.by_page[page] = []
        for entry in docs:
            page = entry["location"].split("#", 1)[0]
            if page in built:
                self.by_page[page].append(entry)
        return [entry for entries in self.by_page.values() for entry in entries]
