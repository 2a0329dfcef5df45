"""Quotations and their speakers.

News Arabic quotes with “…”, «…» or straight "…", introduced by a speech verb
(قال X: "…"), an adverbial participle (…، قائلا: "…" — the speaker is the
clause's subject) or a noun of saying (وجاء في رسالة حفتر قوله "…").  Short
quoted phrases without a speech cue are names or scare quotes, not quotes.
"""
from __future__ import annotations

import re

_PAIRS = [("“", "”"), ("«", "»"), ('"', '"'), ("„", "“")]
MIN_WORDS_WITH_CUE = 3
MIN_WORDS_NO_CUE = 8


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the inside of each quotation in text[start:end]."""
    out = []
    i = start
    while i < end:
        ch = text[i]
        close = next((c for o, c in _PAIRS if o == ch), None)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1, end)
        if j < 0:
            # an unclosed quotation runs to the end of the sentence
            if end - i > 40:
                out.append((i + 1, end))
            break
        out.append((i + 1, j))
        i = j + 1
    return [(a, b) for a, b in out if b > a]


def word_count(s: str) -> int:
    return len(re.findall(r"\w+", s))
