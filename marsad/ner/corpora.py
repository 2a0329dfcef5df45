"""Readers for the NER corpora in ``shared/data/ner`` and for plain CoNLL/BIO files.

A corpus is a list of ``Sentence(tokens, tags)`` with IOB2 tags.  Splits are
the ones fixed in ``shared/data/ner/README.md`` so scores stay comparable.
The fine-to-coarse tag maps live here too (documented in docs/ner.md).
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import InputError

SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class Sentence:
    tokens: tuple
    tags: tuple


def data_dir() -> Path:
    """``shared/data/ner``: $MARSAD_NER_DATA, else found beside the repository."""
    env = os.environ.get("MARSAD_NER_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "shared" / "data" / "ner"
        if cand.is_dir():
            return cand
        cand = parent.parent / "shared" / "data" / "ner"
        if cand.is_dir():
            return cand
    return Path("/work/shared/data/ner")


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# --------------------------------------------------------------------- tags

def repair_bio(tags: Iterable[str]) -> list[str]:
    """IOB2 with every orphan I-X (no X before it) turned into B-X, as conlleval reads it."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def map_tags(tags: Iterable[str], mapping: dict) -> list[str]:
    """Map entity types (``B-Nation`` -> ``B-GPE``); types mapped to '' become O."""
    out = []
    for t in tags:
        if t == "O":
            out.append("O")
            continue
        new = mapping.get(t[2:], "")
        out.append(f"{t[:2]}{new}" if new else "O")
    return repair_bio(out)


# NewsFANE's 45 fine classes -> marsad coarse types ('' = not an entity for marsad).
NEWSFANE_COARSE = {
    # persons
    "Politician": "PER", "Athlete": "PER", "Artist": "PER", "Other_PER": "PER",
    "Religious_PER": "PER", "Scientist": "PER", "Police": "PER",
    "Businessperson": "PER", "Lawyer": "PER", "Engineer": "PER",
    # ACE PER.Group: العرب، المسلمين، الإسرائيليين — nationalities/religions as groups
    "Group": "NORP",
    # geo-political entities (have a government or are governed places)
    "Nation": "GPE", "Population-Center": "GPE", "State-or-Province": "GPE",
    "County-or-District": "GPE", "GPE-Cluster": "GPE",
    # physical geography
    "Continent": "LOC", "Water-Body": "LOC", "Land-Region-Natural": "LOC", "Celestial": "LOC",
    # facilities
    "Building-Grounds": "FAC", "Airport": "FAC", "Path": "FAC", "Subarea-Facility": "FAC",
    # organisations
    "Government": "ORG", "Non-Governmental": "ORG", "Commercial": "ORG",
    "Educational": "ORG", "Sports": "ORG", "Medical-Science": "ORG",
    "Entertainment": "ORG", "Religious_ORG": "ORG",
    "Media": "MEDIA",
    # too rare to learn (Projectile 3, Shooting 3) or not actors: dropped
    "Projectile": "", "Shooting": "", "Air": "", "Land": "", "Water": "",
    "Book": "", "Movie": "", "Software": "", "Hardware": "", "Food": "", "Drug": "", "Plant": "",
}

# Wojood's 21 types -> marsad coarse types (others are dates, numbers, jobs...).
WOJOOD_COARSE = {"PERS": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "FAC", "NORP": "NORP"}

COARSE_TYPES = ("PER", "ORG", "GPE", "LOC", "FAC", "MEDIA", "NORP")


# ------------------------------------------------------------------ readers

def read_conll(path: Path, col: int = -1, skip: Callable[[str], bool] = lambda w: False,
               strip_chars: str = "\ufeff\u200e") -> list[Sentence]:
    """Generic CoNLL/BIO reader: ``token<ws>tag`` a line, blank line = sentence break.

    ``col`` picks the tag column (-1: last, 1: first after the token).  Lines
    whose token ``skip`` accepts are treated as sentence breaks.
    """
    sents: list[Sentence] = []
    toks: list[str] = []
    tags: list[str] = []

    def flush():
        if toks:
            sents.append(Sentence(tuple(toks), tuple(repair_bio(tags))))
        toks.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.strip("\r\n")
            for ch in strip_chars:
                line = line.replace(ch, "")
            parts = line.split()
            if not parts:
                flush()
                continue
            if skip(parts[0]):
                flush()
                continue
            if len(parts) < 2:
                raise InputError(str(path), f"expected 'token tag', got {line!r}", lineno)
            tag = parts[col]
            if tag != "O" and not re.match(r"^[BI]-\S+$", tag):
                raise InputError(str(path), f"bad tag {tag!r}", lineno)
            toks.append(parts[0])
            tags.append(tag)
    flush()
    return sents


def newsfane_path() -> Path:
    return data_dir() / "newsfane-gold" / "NewsFANE_Gold_2014_170K.txt"


def read_newsfane(split: str = "all", coarse: bool = True) -> list[Sentence]:
    """NewsFANE gold: train = sentences 1–3807, dev = 3808–4283, test = 4284–4759."""
    sents = read_conll(newsfane_path())
    if coarse:
        sents = [Sentence(s.tokens, tuple(map_tags(s.tags, NEWSFANE_COARSE))) for s in sents]
    ranges = {"train": (0, 3807), "dev": (3807, 4283), "test": (4283, 4759), "all": (0, len(sents))}
    a, b = ranges[_check_split(split, extra=("all",))]
    return sents[a:b]


def wojood_path(split: str) -> Path:
    name = {"train": "train", "dev": "val", "test": "test"}[_check_split(split)]
    return data_dir() / "wojood-sample" / f"{name}.txt"


def read_wojood(split: str = "train", coarse: bool = True) -> list[Sentence]:
    """Wojood sample, outermost layer (first tag column); ``$#$`` lines are separators."""
    sents = read_conll(wojood_path(split), col=1, skip=lambda w: w == "$#$")
    if coarse:
        sents = [Sentence(s.tokens, tuple(map_tags(s.tags, WOJOOD_COARSE))) for s in sents]
    return sents


def anercorp_path() -> Path:
    return data_dir() / "anercorp" / "ANERCorp"


_ANER_TAG_FIX = {"B-PER": "B-PERS", "I-PER": "I-PERS", "B-ORg": "B-ORG", "I-ORg": "I-ORG",
                 "B-MISC0": "B-MISC", "I-MISC0": "I-MISC", "I--ORG": "I-ORG", "B--ORG": "B-ORG"}


def read_anercorp_words(path: Optional[Path] = None) -> list[tuple[str, str]]:
    """ANERcorp (token, tag) pairs cleaned as CAMeL Lab did: ·/• -> '.', U+200F dropped, tag typos fixed."""
    pairs = []
    with open(path or anercorp_path(), encoding="utf-8") as fh:
        for raw in fh:
            line = raw.replace("\u200f", "").replace("\ufeff", "").strip()
            if not line:
                continue
            parts = line.split()
            tok, tag = (parts[0], parts[-1]) if len(parts) >= 2 else (parts[0], "O")
            tok = tok.replace("·", ".").replace("•", ".")
            tag = _ANER_TAG_FIX.get(tag, tag)
            if not re.match(r"^(O|[BI]-(PERS|LOC|ORG|MISC))$", tag):
                tag = _fix_aner_tag(tag)
            pairs.append((tok, tag))
    return pairs


def _fix_aner_tag(tag: str) -> str:
    m = re.match(r"^([BI])[-_]*(PERS?|LOC|ORG|MISC)", tag, re.I)
    if not m:
        return "O"
    typ = m.group(2).upper()
    return f"{m.group(1).upper()}-{'PERS' if typ.startswith('PER') else typ}"


def anercorp_sentences() -> list[Sentence]:
    """All ANERcorp sentences: a break after every run of period tokens."""
    sents, toks, tags = [], [], []
    pairs = read_anercorp_words()
    for i, (tok, tag) in enumerate(pairs):
        toks.append(tok)
        tags.append(tag)
        nxt = pairs[i + 1][0] if i + 1 < len(pairs) else ""
        if set(tok) == {"."} and set(nxt) != {"."}:
            sents.append(Sentence(tuple(toks), tuple(repair_bio(tags))))
            toks, tags = [], []
    if toks:
        sents.append(Sentence(tuple(toks), tuple(repair_bio(tags))))
    return sents


def read_anercorp(split: str = "train", dev_fraction: float = 0.1) -> list[Sentence]:
    """ANERcorp, CAMeL-style split: sentences holding the first 5/6 of the words are train.

    There is no official dev set: ``dev`` is the last ``dev_fraction`` of the
    train sentences and ``train`` then means the rest (``trainfull`` = all of train).
    """
    sents = anercorp_sentences()
    total = sum(len(s.tokens) for s in sents)
    cut, seen = len(sents), 0
    for i, s in enumerate(sents):
        if seen >= total * 5 / 6:
            cut = i
            break
        seen += len(s.tokens)
    train, test = sents[:cut], sents[cut:]
    if split == "test":
        return test
    if split == "trainfull":
        return train
    d = int(len(train) * (1 - dev_fraction))
    return {"train": train[:d], "dev": train[d:]}[_check_split(split)]


def _check_split(split: str, extra: tuple = ()) -> str:
    if split not in SPLITS + extra:
        raise InputError("split", f"unknown split {split!r}; use one of {SPLITS + extra}")
    return split


def read_set(name: str, split: str = "test", coarse: bool = True) -> list[Sentence]:
    """One of the named sets: 'newsfane', 'anercorp' (always native labels), 'wojood'."""
    if name == "newsfane":
        return read_newsfane(split, coarse)
    if name == "anercorp":
        return read_anercorp(split)
    if name == "wojood":
        return read_wojood(split, coarse)
    raise InputError("set", f"unknown NER set {name!r}; use newsfane, anercorp or wojood")
