"""Score NER models on the named corpora or on any CoNLL/BIO file.

- ``newsfane``: the shipped model against gold mapped to the coarse types.
- ``wojood``: the shipped model against Wojood's outermost layer mapped to the
  coarse types (``labels="native"``: a throwaway model trained on Wojood train
  with all 21 types instead).
- ``anercorp``: research-only data, so a throwaway model trained on ANERcorp
  train with its own PERS/LOC/ORG/MISC labels (cached outside the package,
  never shipped); ``labels="coarse"`` scores the shipped model instead, its
  types folded onto ANERcorp's (MISC left out).
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Optional, Sequence

from .corpora import (Sentence, anercorp_path, map_tags, read_anercorp, read_conll, read_set,
                      read_wojood, sha256)
from .features import FEATURE_VERSION
from .gaz import GazTable, build_rows, write_table
from .scoring import Report, score
from .tagger import GAZ_NAME, NerTagger
from .train import DEFAULT_PARAMS, LEXICON_NAME, MODEL_NAME, fit, write_lexicon

# Shipped coarse types -> ANERcorp's labels, for the cross-corpus check.
COARSE_TO_ANER = {"PER": "PERS", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "MEDIA": "ORG"}


def _tag_all(tagger: NerTagger, sents: Sequence[Sentence]) -> list[list[str]]:
    return [tagger.tag(list(s.tokens)) for s in sents]


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "marsad" / "ner"


def native_model(name: str, split: str) -> Path:
    """Train (or reuse from the cache) a model on ``name``'s own labels; returns its path.

    For ``split='test'`` it learns from all of train (ANERcorp: the 5/6; Wojood:
    train.txt), for ``split='dev'`` from train without the dev part.
    """
    if name == "anercorp":
        sents = read_anercorp("trainfull" if split == "test" else "train")
        key = sha256(anercorp_path())
    elif name == "wojood":
        sents = read_wojood("train", coarse=False)
        key = "wojood"
    else:
        raise ValueError(f"no native model for {name!r}")
    gaz_rows = build_rows()
    digest = hashlib.sha256(json.dumps([key, split, DEFAULT_PARAMS, len(sents), FEATURE_VERSION,
                                        gaz_rows]).encode()).hexdigest()[:12]
    out = cache_dir() / f"{name}-{split}-{digest}"
    model = out / MODEL_NAME
    if not model.exists():
        out.mkdir(parents=True, exist_ok=True)
        # same features as the shipped model: gazetteer snapshot, no clusters
        write_table(out / GAZ_NAME, gaz_rows)
        lex = fit(sents, out / "tmp.crfsuite", None, None, GazTable.from_rows(gaz_rows))
        write_lexicon(lex, out / LEXICON_NAME)
        (out / "tmp.crfsuite").rename(model)
    return model


def evaluate_set(name: str, split: str = "test", model_path: Optional[os.PathLike] = None,
                 labels: Optional[str] = None) -> Report:
    """Score a model on one of 'newsfane', 'anercorp', 'wojood' (split 'test' or 'dev').

    ``labels``: 'coarse' (marsad types) or 'native' (the corpus's own); the
    default is coarse for newsfane and wojood and native for anercorp.
    """
    labels = labels or ("native" if name == "anercorp" else "coarse")
    if labels == "native" and name in ("anercorp", "wojood"):
        gold = read_anercorp(split) if name == "anercorp" else read_wojood(split, coarse=False)
        path = Path(model_path) if model_path else native_model(name, split)
        tagger = NerTagger.load(path)
        note = f"model trained on {name} train with its own labels ({path})"
    elif name == "anercorp":
        gold = [Sentence(s.tokens, tuple(map_tags(s.tags, {"PERS": "PERS", "LOC": "LOC", "ORG": "ORG"})))
                for s in read_anercorp(split)]
        tagger = NerTagger.load(model_path)
        pred = [map_tags(p, COARSE_TO_ANER) for p in _tag_all(tagger, gold)]
        rep = score([s.tags for s in gold], pred, f"anercorp/{split} (shipped model, types folded, MISC left out)")
        return rep
    else:
        gold = read_set(name, split, coarse=True)
        tagger = NerTagger.load(model_path)
        note = "shipped model, coarse types" if not model_path else f"model {model_path}"
    rep = score([s.tags for s in gold], _tag_all(tagger, gold), f"{name}/{split} ({labels} labels)")
    rep.note = note
    return rep


def evaluate_file(path: os.PathLike, model_path: Optional[os.PathLike] = None) -> Report:
    """Score a model on a CoNLL/BIO file (``token tag`` a line, blank line between sentences).

    The gold tags are used as written; the shipped model predicts the coarse
    types PER ORG GPE LOC FAC MEDIA NORP (docs/ner.md).
    """
    gold = read_conll(Path(path))
    tagger = NerTagger.load(model_path)
    return score([s.tags for s in gold], _tag_all(tagger, gold), str(path))
