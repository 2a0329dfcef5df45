"""Train the CRF NER model: ``train()`` is the one reproducible command.

The shipped model learns from NewsFANE train (+ Wojood train mapped to the
coarse types); dev sets tune c1/c2; ANERcorp is research-only and never
enters the shipped model (``train_native`` fits throwaway models for it).
Training-data dictionary features are jackknifed: each fold's sentences see a
``Lexicon`` built from the other folds, so the CRF learns how far to trust the
dictionary on words it has not seen, as at test time.
"""
from __future__ import annotations

import json
import platform
import time
from pathlib import Path
from typing import Optional, Sequence

import pycrfsuite

from .corpora import (Sentence, anercorp_path, newsfane_path, read_newsfane, read_wojood,
                      sha256, wojood_path)
from .features import Lexicon, sentence_features
from .scoring import Report, score

MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"
MODEL_NAME = "ner.crfsuite"
LEXICON_NAME = "ner_lexicon.tsv"
CLUSTERS_NAME = "ner_clusters.tsv"
REPORT_NAME = "ner_report.json"

DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def jackknife_features(sents: Sequence[Sentence], folds: int = 5, clusters: Optional[dict] = None,
                       gaz=None) -> list:
    """Feature sequences for training sentences, each fold with the others' lexicon."""
    out = [None] * len(sents)
    for k in range(folds):
        others = [s for i, s in enumerate(sents) if i % folds != k]
        lex = Lexicon.build(others)
        lex.clusters, lex.gaz = clusters or {}, gaz
        for i in range(k, len(sents), folds):
            out[i] = sentence_features(sents[i].tokens, lex)
    return out


def fit(sents: Sequence[Sentence], model_file: Path, params: Optional[dict] = None,
        clusters: Optional[dict] = None, gaz=None) -> Lexicon:
    """Train a CRF on ``sents`` into ``model_file``; returns the full-data lexicon."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for s, x in zip(sents, jackknife_features(sents, clusters=clusters, gaz=gaz)):
        trainer.append(x, list(s.tags))
    trainer.set_params({**DEFAULT_PARAMS, **(params or {})})
    trainer.train(str(model_file))
    lex = Lexicon.build(sents)
    lex.clusters, lex.gaz = clusters or {}, gaz
    return lex


def predict(model_file: Path, lex: Lexicon, sents: Sequence[Sentence]) -> list[list[str]]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_file))
    try:
        return [tagger.tag(sentence_features(s.tokens, lex)) for s in sents]
    finally:
        tagger.close()


def evaluate_model(model_file: Path, lex: Lexicon, sents: Sequence[Sentence], name: str = "") -> Report:
    return score([s.tags for s in sents], predict(model_file, lex, sents), name)


def write_lexicon(lex: Lexicon, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("# Learnt from the NER training data (marsad.ner.train): folded stem -> dominant\n")
        fh.write("# entity type and how often the word is that type (hi >= 80%, mid >= 40%, lo).\n")
        fh.write("word\ttype\n")
        for w in sorted(lex.types):
            if not w or w.strip() != w or w.startswith("#") or "\t" in w:
                continue  # a TSV cell cannot hold these; the loss is a few odd tokens
            fh.write(f"{w}\t{lex.types[w]}\n")


def training_sentences(wojood: bool = True) -> list[Sentence]:
    sents = read_newsfane("train")
    if wojood:
        sents += read_wojood("train")
    return sents


def train(out_dir: Optional[Path] = None, seed: int = 0, params: Optional[dict] = None,
          wojood: bool = True, use_clusters: bool = True) -> dict:
    """Train the shipped model into ``out_dir`` (default: marsad/resources/models).

    Writes ``ner.crfsuite``, ``ner_lexicon.tsv`` and ``ner_report.json`` (data
    hashes, params, dev/test scores, timings); returns the report dict.
    CRFsuite's L-BFGS is deterministic, ``seed`` is recorded for the record.
    """
    from .tagger import load_clusters  # late: tagger imports this module's names

    out = Path(out_dir) if out_dir else MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    params = {**DEFAULT_PARAMS, **(params or {})}
    clusters = load_clusters() if use_clusters else {}
    sents = training_sentences(wojood)
    t0 = time.time()
    model_file = out / MODEL_NAME
    lex = fit(sents, model_file, params, clusters or None)
    train_s = time.time() - t0
    write_lexicon(lex, out / LEXICON_NAME)
    scores = {}
    for name, reader in (("newsfane", read_newsfane), ("wojood", read_wojood)):
        for split in ("dev", "test"):
            scores[f"{name}/{split}"] = evaluate_model(model_file, lex, reader(split)).to_dict()
    report = {
        "model": MODEL_NAME,
        "trained_on": ["newsfane train (sentences 1-3807)"] + (["wojood-sample train.txt"] if wojood else []),
        "tag_scheme": "coarse (docs/ner.md)",
        "params": params,
        "seed": seed,
        "clusters": bool(clusters),
        "train_sentences": len(sents),
        "train_tokens": sum(len(s.tokens) for s in sents),
        "train_seconds": round(train_s, 1),
        "model_bytes": model_file.stat().st_size,
        "data_sha256": {
            "newsfane": sha256(newsfane_path()),
            **({"wojood_train": sha256(wojood_path("train"))} if wojood else {}),
        },
        "python": platform.python_version(),
        "pycrfsuite": getattr(pycrfsuite, "__version__", ""),
        "scores": scores,
    }
    (out / REPORT_NAME).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return report


def train_native(sents: Sequence[Sentence], model_file: Path, params: Optional[dict] = None) -> Lexicon:
    """A throwaway model on a corpus's own labels (ANERcorp, native Wojood): never shipped."""
    return fit(sents, model_file, params)


def data_hashes() -> dict:
    return {"anercorp": sha256(anercorp_path()), "newsfane": sha256(newsfane_path())}
