"""Arabic normalisation for matching, with a map back to the original text.

Arabic news spells one word several ways: hamza seats (أ إ آ ٱ ا), alef
maqsura for final ya (ى/ي), ta marbuta written as ha (ة/ه), hamza on waw or
ya in the older Egyptian spelling (المسئولين/المسؤولين), tatweel used for
justification (لـ), short-vowel diacritics, and two digit systems.  We fold
all of these *for matching only*: ``normalize`` returns the folded string and
for each of its characters the index of the character in the original it came
from, so any match in the folded text maps back to exact original offsets.

The folding only deletes characters or replaces one character by one
character, which is what keeps the map a simple list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

# Diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and
# tatweel are deleted.  Bidi marks that scraped text carries are deleted too.
_DELETE = set(range(0x064B, 0x0660)) | {0x0670, 0x0640} | set(range(0x06D6, 0x06EE)) | {
    0x200E, 0x200F, 0x200B, 0x200C, 0x200D, 0x061C, 0xFEFF,
}

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",  # Persian/Urdu ya seen in copied text
    "ة": "ه", "ۃ": "ه",
    "ؤ": "ء", "ئ": "ء",  # المسئولين / المسؤولين -> المسءولين
    "ک": "ك", "ڪ": "ك",
    "گ": "ك",  # Persian gaf used for /g/ in foreign names (غ/ج/ك/ق all occur)
    "ڤ": "ف", "ڥ": "ف",  # veh for /v/ (لافروڤ), Maghrebi feh
    "پ": "ب",  # peh for /p/
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
# Arabic-Indic and Extended (Persian) digits -> ASCII
for i in range(10):
    _FOLD[chr(0x0660 + i)] = str(i)
    _FOLD[chr(0x06F0 + i)] = str(i)


def _build_table() -> dict:
    table = {o: None for o in _DELETE}
    for k, v in _FOLD.items():
        table[ord(k)] = v
    for o in range(0x41, 0x5B):  # ASCII capitals
        table[o] = chr(o + 32)
    for o in range(0xC0, 0x250):  # Latin-1 and Latin Extended capitals, one to one only
        low = chr(o).lower()
        if len(low) == 1 and low != chr(o):
            table[o] = low
    return table


# str.translate runs in C: folding is on every hot path (matching, tagging, keys).
_TABLE = _build_table()
_DELETED = frozenset(chr(o) for o in _DELETE)
# the short-vowel, tanwin, shadda and sukun marks (U+064B–U+0652), as written on a word
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"


def fold_char(ch: str) -> str:
    """The folded form of one character: '' when deleted, else one character."""
    return ch.translate(_TABLE)


@dataclass(frozen=True)
class Normalized:
    """A folded string and, for each of its characters, the original index."""

    text: str
    index: Sequence[int]  # index[i] = position in the original of text[i]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded span [start, end)."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else self.original_length
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def normalize(text: str) -> Normalized:
    folded = text.translate(_TABLE)
    if len(folded) == len(text):  # nothing deleted: the map is the identity
        return Normalized(folded, range(len(text)), len(text))
    idx = [i for i, ch in enumerate(text) if ch not in _DELETED]
    return Normalized(folded, idx, len(text))


def norm(text: str) -> str:
    """Just the folded string (for keys, lookups, comparisons)."""
    return text.translate(_TABLE)


_NON_ALNUM = re.compile(r"[^\w]+|_+")


def norm_key(text: str) -> str:
    """Folded, with runs of spaces/punctuation collapsed: a key for names."""
    return " ".join(_NON_ALNUM.sub(" ", text.translate(_TABLE)).split())
