"""CRF features for Arabic NER.

Each token gets: its folded form (``norm``), the form with proclitics
stripped (و/ف + ب/ل/ك + ال glue to names: وبموسكو, للقاهرة), character
prefixes and suffixes (nisba -ي/-ية, plural -ين/-ون mark nationalities;
ال marks definite nouns, which names of people usually are not), shape
(digits, Latin), cue words from ``resources/models/ner_cues.tsv``
(titles before names, organisation/place head nouns), a dictionary of how
often a word was part of an entity of each type in the training data, and
the same for the ±2 neighbours.  ``Lexicon`` is built from training data only.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from ..arabic.normalize import norm
from ..arabic.tokens import strip_proclitics
from ..resources import read_tsv

_ARABIC = re.compile(r"[\u0621-\u064A]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")
# Bump when features change: evaluation caches of throwaway models key on it.
FEATURE_VERSION = 2
CUE_KINDS = ("title", "org", "loc", "said")


@lru_cache(maxsize=1)
def cue_words() -> dict:
    """Folded cue word -> kind, from ``models/ner_cues.tsv``."""
    out = {}
    for row in read_tsv("models/ner_cues.tsv", ["form", "cue"]):
        if row["cue"] not in CUE_KINDS:
            raise row.error(f"cue must be one of {CUE_KINDS}, got {row['cue']!r}")
        out[norm(row["form"])] = row["cue"]
    return out


@dataclass
class Lexicon:
    """Word -> entity-type evidence learnt from training sentences only.

    ``types[w]`` is the dominant type of folded stem ``w`` inside entities
    with its share bucketed, so the CRF can learn how far to trust it.
    """

    types: dict = field(default_factory=dict)
    clusters: dict = field(default_factory=dict)
    gaz: Optional[object] = None  # a ``gaz.GazTable``: gazetteer phrase/word features

    @classmethod
    def build(cls, sentences: Sequence, min_count: int = 2) -> "Lexicon":
        ent = defaultdict(Counter)
        total = Counter()
        for s in sentences:
            for tok, tag in zip(s.tokens, s.tags):
                k = strip_proclitics(tok)
                total[k] += 1
                if tag != "O":
                    ent[k][tag[2:]] += 1
        types = {}
        for k, c in ent.items():
            typ, n = c.most_common(1)[0]
            if n < min_count:
                continue
            share = n / total[k]
            types[k] = f"{typ}:{'hi' if share >= 0.8 else 'mid' if share >= 0.4 else 'lo'}"
        return cls(types)


def _shape(w: str) -> str:
    if _ARABIC.search(w):
        return "ar" if not _DIGIT.search(w) else "ar9"
    if _LATIN.search(w):
        return ("Aa" if w[:1].isupper() else "a") + ("9" if _DIGIT.search(w) else "")
    if _DIGIT.search(w):
        return "9"
    return "p"


@lru_cache(maxsize=100_000)
def _word_features(w: str) -> tuple:
    """The lexicon-independent features of a word (cached: words repeat)."""
    n = norm(w)
    st = strip_proclitics(w)
    f = {"w": n, "st": st, "sh": _shape(w), "len": min(len(st), 8)}
    if len(n) > 1:
        for k in (1, 2, 3):
            if len(n) > k:
                f[f"p{k}"] = n[:k]
                f[f"s{k}"] = n[-k:]
        for k in (2, 3):
            if len(st) > k:
                f[f"sp{k}"] = st[:k]
                f[f"ss{k}"] = st[-k:]
    if n.startswith("ال"):
        f["al"] = 1
    elif st != n:
        f["clitic"] = n[: len(n) - len(st)]
    cue = cue_words().get(n) or cue_words().get(st)
    if cue:
        f["cue"] = cue
    return tuple(f.items())


def token_features(w: str, lex: Optional[Lexicon] = None) -> dict:
    """The features of one token on its own (no context, no gazetteer phrases)."""
    f = dict(_word_features(w))
    if lex is not None:
        t = lex.types.get(f["st"])
        if t:
            f["lex"] = t
        c = lex.clusters.get(f["w"]) or lex.clusters.get(f["st"])
        if c:
            f["ca"], f["cb"], f["cc"] = c
    return f


_CTX_KEYS = ("w", "st", "sh", "cue", "lex", "al", "cb", "cc", "gz", "gw")


def sentence_features(tokens: Sequence[str], lex: Optional[Lexicon] = None) -> list[dict]:
    """CRF feature dicts for a sentence: each token's own features plus ±2 context."""
    base = [token_features(t, lex) for t in tokens]
    gaz = getattr(lex, "gaz", None) if lex is not None else None
    if gaz is not None:
        for f, g in zip(base, gaz.features([f["w"] for f in base])):
            f.update(g)
    out = []
    n = len(tokens)
    for i, f in enumerate(base):
        d = {"b": 1.0}
        for k, v in f.items():
            if isinstance(v, tuple):
                for x in v:
                    d[f"{k}={x}"] = 1.0
            else:
                d[f"{k}={v}"] = 1.0
        for off in (-2, -1, 1, 2):
            j = i + off
            if 0 <= j < n:
                g = base[j]
                for k in _CTX_KEYS:
                    if k in g:
                        v = g[k]
                        if isinstance(v, tuple):
                            for x in v:
                                d[f"{off}{k}={x}"] = 1.0
                        else:
                            d[f"{off}{k}={v}"] = 1.0
            else:
                d[f"{off}edge"] = 1.0
        if i > 0:
            d[f"-1w|w={base[i-1]['w']}|{f['w']}"] = 1.0
        if i + 1 < n:
            d[f"w|+1w={f['w']}|{base[i+1]['w']}"] = 1.0
        out.append(d)
    return out
