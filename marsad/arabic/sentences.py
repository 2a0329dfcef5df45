"""Sentence splitting that respects quotes, abbreviations and Latin tokens.

A sentence ends at a line break, or after . ! ? ؟ … followed by space, unless
the period belongs to an abbreviation (د. ، U.S.), sits inside a number
(3.5) or a token such as MiG-29, or a quotation opened in this paragraph is
still open ("قال: "... . ..."" stays one sentence).  Returned spans are
offsets into the original text with surrounding white space trimmed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import read_tsv

_END = set(".!?؟…")
_OPEN = {"“": "”", "«": "»", "„": "“"}
_CLOSE = {"”", "»"}
_MAX_QUOTE = 700  # a quote open longer than this is unbalanced: stop honouring it


@lru_cache(maxsize=1)
def abbreviations() -> frozenset:
    return frozenset(r["form"] for r in read_tsv("abbreviations.tsv", ["form"], ["note"]))


_PREV_WORD = re.compile(r"([\w.\u0640]+)$")


def _trim(text: str, s: int, e: int):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


def split_sentences(text: str, abbrevs: frozenset | None = None) -> list[tuple[int, int]]:
    abbrevs = abbreviations() if abbrevs is None else abbrevs
    spans = []
    start = 0
    quote_open_at = -1  # index of an open curly/guillemet quote, -1 if none
    straight_open_at = -1  # same for straight double quotes, which toggle
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            sp = _trim(text, start, i)
            if sp:
                spans.append(sp)
            start = i + 1
            quote_open_at = straight_open_at = -1
            i += 1
            continue
        if ch in _OPEN:
            quote_open_at = i
        elif ch in _CLOSE:
            quote_open_at = -1
        elif ch == '"':
            straight_open_at = -1 if straight_open_at >= 0 else i
        if quote_open_at >= 0 and i - quote_open_at > _MAX_QUOTE:
            quote_open_at = -1
        if straight_open_at >= 0 and i - straight_open_at > _MAX_QUOTE:
            straight_open_at = -1
        if ch in _END:
            j = i + 1
            while j < n and text[j] in _END:
                j += 1
            # closing quotes/brackets directly after the stop belong to this sentence
            while j < n and text[j] in "\"”»)]":
                if text[j] == '"':
                    straight_open_at = -1
                elif text[j] in _CLOSE:
                    quote_open_at = -1
                j += 1
            if j < n and not text[j].isspace():
                i = j
                continue
            if ch == ".":
                m = _PREV_WORD.search(text, start, i)
                prev = m.group(1) if m else ""
                if prev and (prev.rstrip("\u0640") in abbrevs or prev in abbrevs):
                    i = j
                    continue
            if quote_open_at >= 0 or straight_open_at >= 0:
                i = j
                continue
            sp = _trim(text, start, j)
            if sp:
                spans.append(sp)
            start = j
            i = j
            continue
        i += 1
    sp = _trim(text, start, n)
    if sp:
        spans.append(sp)
    return spans
