"""Gazetteer features for the CRF: a frozen snapshot of marsad's actor list.

``build_rows`` turns the hand-written gazetteer (``marsad.extract.gazetteer_data``)
and ``titles.tsv`` into ``(form, kind)`` rows: multi-word names of each type
(PER ORG GPE LOC MEDIA WEAPON), capitals and other metonyms (``met``),
nationality adjectives (``adj``), first names (``first``: the first word of a
multi-word PER name) and title words (``title``).  ``train()``
writes them to ``models/ner_gazetteer.tsv`` beside the model, so a shipped
model always sees the list it was trained with, even after the gazetteer grows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..arabic.normalize import norm
from ..arabic.tokens import stems
from ..resources import read_tsv

KINDS = ("PER", "ORG", "GPE", "LOC", "MEDIA", "WEAPON", "met", "adj", "first", "title")
NAME_KINDS = KINDS[:6]


def _words(phrase: str) -> list[str]:
    from .tagger import tokenize_all  # late: tagger imports features, which imports this
    return [norm(t[2]) for t in tokenize_all(phrase)]


def build_rows(entries: Optional[Iterable] = None, titles: Optional[Iterable[str]] = None) -> list[tuple[str, str]]:
    """(folded form, kind) rows from the gazetteer entries and the title list."""
    if entries is None:
        from ..extract.gazetteer_data import load_entries
        entries = load_entries()
    if titles is None:
        titles = [r["form"] for r in read_tsv("titles.tsv", ["form", "kind"], ["sector", "cue"])]
    rows = set()
    for e in entries:
        for form in (e.name_ar,) + tuple(e.aliases):
            ws = _words(form)
            if not ws or not any("\u0621" <= c <= "\u064a" for c in form):
                continue  # Latin aliases: the corpora are Arabic script
            rows.add((" ".join(ws), e.type))
            if e.type == "PER" and len(ws) >= 2 and len(ws[0]) >= 3:
                rows.add((ws[0], "first"))
        for kind, forms in (("met", e.metonyms), ("adj", e.adjectives)):
            for form in forms:
                ws = _words(form)
                if ws:
                    rows.add((" ".join(ws), kind))
    for form in titles:
        ws = _words(form)
        if ws:
            rows.add((ws[0], "title"))
    return sorted(r for r in rows if r[0] and not r[0].startswith("#"))


def write_table(path: Path, rows: Optional[Sequence[tuple[str, str]]] = None) -> int:
    rows = build_rows() if rows is None else rows
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# Snapshot of marsad's gazetteer and titles for the NER model's features\n")
        fh.write("# (marsad.ner.gaz.build_rows): folded form (tokens joined by a space) and its kind.\n")
        fh.write("form\tkind\n")
        for form, kind in rows:
            fh.write(f"{form}\t{kind}\n")
    return len(rows)


@dataclass
class GazTable:
    """Phrase and word lookups for the gazetteer features; picklable."""

    phrases: dict = field(default_factory=dict)  # tuple of folded words -> kinds
    words: dict = field(default_factory=dict)  # folded word of a name -> kinds
    maxlen: int = 0

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str]]) -> "GazTable":
        phrases: dict = {}
        words: dict = {}
        for form, kind in rows:
            ws = tuple(form.split(" "))
            phrases.setdefault(ws, set()).add(kind)
            if kind in NAME_KINDS:
                for w in ws:
                    if len(w) >= 3:
                        words.setdefault(w, set()).add(kind)
        freeze = lambda d: {k: tuple(sorted(v)) for k, v in d.items()}  # noqa: E731
        return cls(freeze(phrases), freeze(words), max((len(k) for k in phrases), default=0))

    @classmethod
    def load(cls, path: Path) -> "GazTable":
        rows = read_tsv(path.name, ["form", "kind"], path=path)
        out = []
        for r in rows:
            if r["kind"] not in KINDS:
                raise r.error(f"kind must be one of {KINDS}, got {r['kind']!r}")
            out.append((r["form"], r["kind"]))
        return cls.from_rows(out)

    def features(self, forms: Sequence[str]) -> list[dict]:
        """Per token: ``gz`` = B-/I- kinds of the longest phrase match, ``gw`` = name-word kinds.

        A phrase's first word may carry proclitics (وبموسكو, للقاهرة), so
        every proclitic reading of it is tried; later words must match as folded.
        """
        n = len(forms)
        out = [dict() for _ in range(n)]
        cands = [_readings(w) for w in forms]
        i = 0
        while i < n:
            hit = None
            for L in range(min(self.maxlen, n - i), 0, -1):
                rest = tuple(forms[i + 1:i + L])
                for c in cands[i]:
                    kinds = self.phrases.get((c,) + rest)
                    if kinds:
                        hit = (L, kinds)
                        break
                if hit:
                    break
            if hit:
                L, kinds = hit
                for j in range(i, i + L):
                    out[j]["gz"] = tuple(("B-" if j == i else "I-") + k for k in kinds)
                i += 1 if L == 1 else L
            else:
                i += 1
        for i, c in enumerate(cands):
            for r in c:
                kinds = self.words.get(r)
                if kinds:
                    out[i]["gw"] = kinds
                    break
        return out


def _readings(folded: str) -> tuple:
    """The folded word and its proclitic-stripped readings (ال restored after لل)."""
    out = []
    for _, s in stems(folded):
        out.append(s)
        if s.startswith("ل") and not s.startswith("ال"):
            out.append("ا" + s)
    return tuple(out)
