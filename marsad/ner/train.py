"""Train the CRF NER model: ``train()`` is the one reproducible command.

The shipped model learns from NewsFANE train (+ Wojood train mapped to the
coarse types); the dev sets chose the features and c1/c2, then the shipped
fit adds them to its training data; ANERcorp is research-only and never
enters the shipped model (``train_native`` fits throwaway models for it).
Training-data dictionary features are jackknifed: each fold's sentences see a
``Lexicon`` built from the other folds, so the CRF learns how far to trust the
dictionary on words it has not seen, as at test time.
"""
from __future__ import annotations

import json
import platform
import tempfile
import time
from pathlib import Path
from typing import Optional, Sequence

import pycrfsuite

from .corpora import (Sentence, anercorp_path, newsfane_path, read_newsfane, read_wojood,
                      sha256, wojood_path)
from .clusters import build_clusters
from .features import FEATURE_VERSION, Lexicon, sentence_features
from .gaz import GazTable, build_rows, write_table
from .scoring import Report, score

MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"
MODEL_NAME = "ner.crfsuite"
LEXICON_NAME = "ner_lexicon.tsv"
CLUSTERS_NAME = "ner_clusters.tsv"
GAZ_NAME = "ner_gazetteer.tsv"
REPORT_NAME = "ner_report.json"

BLOCK_FOLDS = False
DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 250, "feature.possible_transitions": True}


def jackknife_features(sents: Sequence[Sentence], folds: int = 5, clusters: Optional[dict] = None,
                       gaz=None) -> list:
    """Feature sequences for training sentences, each fold with the others' lexicon."""
    out = [None] * len(sents)
    n = len(sents)
    fold = [i * folds // n for i in range(n)] if BLOCK_FOLDS else [i % folds for i in range(n)]
    for k in range(folds):
        others = [s for i, s in enumerate(sents) if fold[i] != k]
        lex = Lexicon.build(others)
        lex.clusters, lex.gaz = clusters or {}, gaz
        for i in range(n):
            if fold[i] == k:
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


def training_sentences(wojood: bool = True, dev: bool = False) -> list[Sentence]:
    """NewsFANE train (+ Wojood train); with ``dev`` also both dev splits (for the final fit)."""
    sents = read_newsfane("train")
    if wojood:
        sents += read_wojood("train")
    if dev:
        sents += read_newsfane("dev") + (read_wojood("dev") if wojood else [])
    return sents


def _fit_and_score(sents: Sequence[Sentence], out: Path, params: dict, use_clusters: bool,
                   gaz_rows: list) -> tuple[dict, dict]:
    """Fit a model with its side files into ``out``; return (scores, facts)."""
    from .tagger import load_clusters  # late: tagger imports this module's names

    out.mkdir(parents=True, exist_ok=True)
    write_table(out / GAZ_NAME, gaz_rows)
    clusters = {}
    if use_clusters:
        build_clusters([s.tokens for s in sents], out / CLUSTERS_NAME, source="the NER training sentences")
        clusters = dict(load_clusters(str(out / CLUSTERS_NAME)))
    elif (out / CLUSTERS_NAME).exists():
        (out / CLUSTERS_NAME).unlink()  # a stale table would be read as this model's features
    t0 = time.time()
    model_file = out / MODEL_NAME
    lex = fit(sents, model_file, params, clusters, GazTable.from_rows(gaz_rows))
    secs = time.time() - t0
    write_lexicon(lex, out / LEXICON_NAME)
    scores = {}
    for name, reader in (("newsfane", read_newsfane), ("wojood", read_wojood)):
        for split in ("dev", "test"):
            scores[f"{name}/{split}"] = evaluate_model(model_file, lex, reader(split)).to_dict()
    facts = {"train_sentences": len(sents), "train_tokens": sum(len(s.tokens) for s in sents),
             "train_seconds": round(secs, 1), "model_bytes": model_file.stat().st_size,
             "clusters": len(clusters)}
    return scores, facts


def train(out_dir: Optional[Path] = None, seed: int = 0, params: Optional[dict] = None,
          wojood: bool = True, use_clusters: bool = False, with_dev: bool = True,
          holdout_check: bool = True) -> dict:
    """Train the shipped model into ``out_dir`` (default: marsad/resources/models).

    Hyper-parameters were chosen on the dev splits (docs/ner.md).  With
    ``holdout_check`` a model on train only is fitted first (in a temporary
    directory) and its dev/test scores recorded; with ``with_dev`` the shipped
    model then learns from train + dev, so its dev scores are on seen data
    and only its test scores are held out.  Writes ``ner.crfsuite``,
    ``ner_lexicon.tsv``, ``ner_gazetteer.tsv`` and ``ner_report.json`` (data
    hashes, params, scores, timings); returns the report dict.  CRFsuite's
    L-BFGS is deterministic; ``seed`` is recorded for the record.
    """
    out = Path(out_dir) if out_dir else MODEL_DIR
    params = {**DEFAULT_PARAMS, **(params or {})}
    gaz_rows = build_rows()
    report: dict = {
        "model": MODEL_NAME,
        "tag_scheme": "coarse (docs/ner.md)",
        "params": params,
        "seed": seed,
        "feature_version": FEATURE_VERSION,
        "gazetteer_rows": len(gaz_rows),
        "clusters_from": "NER training sentences" if use_clusters else None,
    }
    if holdout_check:
        with tempfile.TemporaryDirectory() as tmp:
            scores, facts = _fit_and_score(training_sentences(wojood), Path(tmp), params, use_clusters, gaz_rows)
        report["train_only"] = {**facts, "scores": scores}
    sents = training_sentences(wojood, dev=with_dev)
    scores, facts = _fit_and_score(sents, out, params, use_clusters, gaz_rows)
    report.update({
        "trained_on": ["newsfane train (sentences 1-3807)"] + (["wojood-sample train.txt"] if wojood else [])
        + (["newsfane dev (sentences 3808-4283)"] + (["wojood-sample val.txt"] if wojood else [])
           if with_dev else []),
        "dev_scores_held_out": not with_dev,
        **facts,
        "data_sha256": {
            "newsfane": sha256(newsfane_path()),
            **({"wojood_train": sha256(wojood_path("train"))} if wojood else {}),
            **({"wojood_dev": sha256(wojood_path("dev"))} if wojood and with_dev else {}),
        },
        "python": platform.python_version(),
        "pycrfsuite": getattr(pycrfsuite, "__version__", ""),
        "scores": scores,
    })
    (out / REPORT_NAME).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return report


def train_native(sents: Sequence[Sentence], model_file: Path, params: Optional[dict] = None) -> Lexicon:
    """A throwaway model on a corpus's own labels (ANERcorp, native Wojood): never shipped."""
    return fit(sents, model_file, params, None, GazTable.from_rows(build_rows()))


def data_hashes() -> dict:
    return {"anercorp": sha256(anercorp_path()), "newsfane": sha256(newsfane_path())}
