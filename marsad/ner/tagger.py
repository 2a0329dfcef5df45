"""Tag text with the shipped CRF model: ``NerTagger.load().mentions(text, sentences)``.

Inference tokenises like the training corpora: words (``arabic.tokens``)
plus every punctuation mark as its own token, each with exact offsets into
the original text, so a mention's ``text[start:end]`` is the surface itself.
The tagger keeps the model as bytes so it pickles (a Ray worker gets a copy)
and reopens the CRFsuite tagger lazily from a temporary file.
"""
from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

import pycrfsuite

from ..arabic.tokens import WORD_PATTERN
from ..records import Mention
from ..resources import read_tsv
from .features import Lexicon, sentence_features
from .gaz import GazTable
from .scoring import spans

MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "models"
LEXICON_NAME = "ner_lexicon.tsv"
CLUSTERS_NAME = "ner_clusters.tsv"
GAZ_NAME = "ner_gazetteer.tsv"
# Word characters as in marsad.arabic.tokens, plus runs of one punctuation mark.
_TOKEN = re.compile(WORD_PATTERN + r"|(\S)\1*")
_PUNCT_TRIM = "\u200e\u200f\ufeff"


def tokenize_all(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int, str]]:
    """(start, end, surface) of words and punctuation marks in ``text[start:end]``.

    Arabic punctuation (، ؛ ؟) are their own tokens, as in the corpora; bidi
    marks are skipped.  Offsets are into ``text``.
    """
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        s = m.group()
        if s.strip(_PUNCT_TRIM):
            out.append((m.start(), m.end(), s))
    return out


@lru_cache(maxsize=4)
def load_clusters(path: Optional[str] = None) -> dict:
    """Folded word -> (c64, c256, c1024) cluster ids; {} when the model has no cluster file."""
    p = Path(path) if path else MODEL_DIR / CLUSTERS_NAME
    if not p.exists():
        return {}
    return {r["word"]: (r["c64"], r["c256"], r["c1024"])
            for r in read_tsv(p.name, ["word", "c64", "c256", "c1024"], path=p)}


@lru_cache(maxsize=4)
def load_gazetteer(path: Optional[str] = None) -> Optional[GazTable]:
    """The gazetteer snapshot a model was trained with (``ner_gazetteer.tsv``); None if absent."""
    p = Path(path) if path else MODEL_DIR / GAZ_NAME
    return GazTable.load(p) if p.exists() else None


def load_lexicon(path: Path) -> dict:
    return {r["word"]: r["type"] for r in read_tsv(path.name, ["word", "type"], path=path)}


class NerTagger:
    """A CRF NER model with its lexicon; picklable."""

    def __init__(self, model_bytes: bytes, lexicon: Lexicon):
        self.model_bytes = model_bytes
        self.lexicon = lexicon
        self._tagger = None
        self._tmp = None

    @classmethod
    def load(cls, path: Optional[os.PathLike] = None) -> "NerTagger":
        """Load ``path`` (a .crfsuite file with its ``ner_*.tsv`` side files beside it); default: the shipped model."""
        p = Path(path) if path else MODEL_DIR / "ner.crfsuite"
        lex_path = p.parent / LEXICON_NAME
        types = load_lexicon(lex_path) if lex_path.exists() else {}
        # every side file is read from beside the model: a model and its features travel together
        clusters = load_clusters(str(p.parent / CLUSTERS_NAME))
        gaz = load_gazetteer(str(p.parent / GAZ_NAME))
        return cls(p.read_bytes(), Lexicon(types, clusters, gaz))

    def _open(self):
        if self._tagger is None:
            fd, name = tempfile.mkstemp(suffix=".crfsuite")
            with os.fdopen(fd, "wb") as fh:
                fh.write(self.model_bytes)
            t = pycrfsuite.Tagger()
            t.open(name)
            self._tagger, self._tmp = t, name
        return self._tagger

    def __getstate__(self):
        return {"model_bytes": self.model_bytes, "lexicon": self.lexicon}

    def __setstate__(self, state):
        self.__init__(state["model_bytes"], state["lexicon"])

    def __del__(self):
        if self._tmp:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags for a tokenised sentence."""
        if not tokens:
            return []
        return self._open().tag(sentence_features(list(tokens), self.lexicon))

    def mentions(self, text: str, sentences: Sequence[tuple[int, int]]) -> list[Mention]:
        """NER mentions in ``text``; ``sentences`` are (start, end) spans into it."""
        out = []
        for s0, s1 in sentences:
            toks = tokenize_all(text, s0, s1)
            if not toks:
                continue
            tags = self.tag([t[2] for t in toks])
            for a, b, typ in spans(tags):
                start, end = toks[a][0], toks[b - 1][1]
                out.append(Mention(start, end, text[start:end], typ, source="ner"))
        return out
