"""Clitic-aware tokens.

Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال)
glued to the next word: وبالكرملين = و + ب + ال + كرملين, للقاهرة = ل + (ا)ل +
قاهرة (the alef of the article drops after ل).  A preposition written apart
before a quote or a foreign word is joined by tatweel: لـ "الجماعات".

A token keeps its original offsets; ``proclitic`` is how many characters of
it (in the original) are clitics, so the stem is ``text[start+proclitic:end]``.
Stripping is only proposed, never forced: callers check that the stem is a
known word or name before trusting it (و is also the first letter of وزير).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import norm

# A word: Arabic letters (with diacritics/tatweel inside), Latin letters and
# digits, with inner hyphens or dots kept for MiG-29, Su-24, U.S.
# Arabic letters, marks and digits, but not Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ۔), which sit
# in the same Unicode block and must stay separate tokens.
WORD_CHARS = (
    "0-9A-Za-z\u0610-\u061A\u0620-\u065F\u0660-\u0669\u066E-\u06D3\u06D5-\u06FF"
    "\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
)
WORD_PATTERN = f"[{WORD_CHARS}]+(?:[-.][0-9A-Za-z]+)*"
_WORD = re.compile(WORD_PATTERN)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")

CONJ = ("و", "ف")
PREP = ("ب", "ل", "ك")
ARTICLE = "ال"


@lru_cache(maxsize=1)
def proclitic_sequences() -> frozenset:
    """Every valid proclitic prefix in folded form: و، ف، ب، وب، وال، بال، لل، وبال، فلل…"""
    out = set()
    for c in ("",) + CONJ:
        for p in ("",) + PREP:
            out.add(c + p)
            if p == "ل":
                out.add(c + "لل")  # ل + ال with the alef dropped
            else:
                out.add(c + p + ARTICLE)
    out.discard("")
    return frozenset(out)


def is_proclitic(prefix: str) -> bool:
    """True if the folded ``prefix`` is a sequence of proclitics (tatweel ignored)."""
    p = norm(prefix)
    return p == "" or p in proclitic_sequences()


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    norm: str  # folded form

    @property
    def is_arabic(self) -> bool:
        return bool(_ARABIC_LETTER.search(self.text))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Word tokens of ``text`` (punctuation dropped) with offsets + ``offset``."""
    return [
        Token(m.start() + offset, m.end() + offset, m.group(), norm(m.group()))
        for m in _WORD.finditer(text)
    ]


def stems(word: str) -> list[tuple[int, str]]:
    """Possible (prefix_length_in_folded_chars, folded_stem) readings, longest stem first.

    ``stems('وبالكرملين')`` -> [(0,'وبالكرملين'), (1,'بالكرملين'), (2,'الكرملين'), (4,'كرملين')].
    ``stems('للقاهرة')`` also offers (1, 'لقاهره') and the article reading (0..2) as
    ('ال' + rest): callers try the stem both bare and with ال restored.
    """
    w = norm(word)
    out = [(0, w)]
    seqs = proclitic_sequences()
    for i in range(1, min(len(w) - 1, 5)):
        if w[:i] in seqs and len(w) - i >= 2:
            out.append((i, w[i:]))
    return out


def strip_proclitics(word: str) -> str:
    """Folded word with the longest plausible proclitic sequence removed
    (leaving at least three letters).  For features and fuzzy keys, not for truth."""
    w = norm(word)
    best = w
    for i, s in stems(w)[1:]:
        if len(s) >= 3:
            best = s
    return best
