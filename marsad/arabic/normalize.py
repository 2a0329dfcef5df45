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

from dataclasses import dataclass

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


def fold_char(ch: str) -> str:
    """The folded form of one character: '' when deleted, else one character."""
    o = ord(ch)
    if o in _DELETE:
        return ""
    f = _FOLD.get(ch)
    if f is not None:
        return f
    if o < 0x0600:
        low = ch.lower()
        if len(low) == 1:
            return low
    return ch


@dataclass(frozen=True)
class Normalized:
    """A folded string and, for each of its characters, the original index."""

    text: str
    index: tuple  # index[i] = position in the original of text[i]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded span [start, end)."""
        if start >= end:
            pos = self.index[start] if start < len(self.index) else self.original_length
            return pos, pos
        return self.index[start], self.index[end - 1] + 1


def normalize(text: str) -> Normalized:
    out = []
    idx = []
    for i, ch in enumerate(text):
        f = fold_char(ch)
        if f:
            out.append(f)
            idx.append(i)
    return Normalized("".join(out), tuple(idx), len(text))


def norm(text: str) -> str:
    """Just the folded string (for keys, lookups, comparisons)."""
    return "".join(fold_char(ch) for ch in text)


def norm_key(text: str) -> str:
    """Folded, with runs of spaces/punctuation collapsed: a key for names."""
    s = norm(text)
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())
