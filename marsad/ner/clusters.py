"""Distributional word clusters from unlabelled news, as CRF features.

Names unseen in the small labelled corpora still share contexts with seen
ones (بوتين and ميدفيديف both follow الرئيس الروسي), so a cluster id
generalises.  ``build_clusters`` reads the SaudiNewsNet zips (read in place,
never copied), counts each frequent word's left/right neighbours, weights
them by PPMI, reduces with truncated SVD and clusters with k-means at three
granularities.  Only the word -> cluster table is kept
(``resources/models/ner_clusters.tsv``).
"""
from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

from ..arabic.normalize import norm

_TOKEN = re.compile(r"[0-9A-Za-z\u0600-\u06FF]+|[^\s0-9A-Za-z\u0600-\u06FF]")
KS = (64, 256, 1024)


def bulk_dir() -> Path:
    from .corpora import data_dir
    return data_dir().parent / "bulk" / "saudinewsnet"


def iter_texts(folder: Optional[Path] = None) -> Iterator[str]:
    for z in sorted(Path(folder or bulk_dir()).glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for art in json.loads(zf.read(name).decode("utf-8")):
                    yield art.get("title") or ""
                    yield art.get("content") or ""


def build_clusters(out_path: Path, folder: Optional[Path] = None, vocab_size: int = 60000,
                   context_size: int = 5000, dims: int = 100, seed: int = 0) -> dict:
    """Write ``word<TAB>c64<TAB>c256<TAB>c1024`` for frequent folded words; returns stats."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    docs = [[norm(t) for t in _TOKEN.findall(text)] for text in iter_texts(folder)]
    freq = Counter(t for d in docs for t in d)
    vocab = [w for w, c in freq.most_common(vocab_size) if c >= 5]
    vid = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:context_size])}
    rows, cols = [], []
    for d in docs:
        ids = [vid.get(t, -1) for t in d]
        cids = [ctx.get(t, -1) for t in d]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for off, base in ((-1, 0), (1, context_size), (-2, 2 * context_size), (2, 3 * context_size)):
                j = i + off
                if 0 <= j < len(d) and cids[j] >= 0:
                    rows.append(wi)
                    cols.append(base + cids[j])
    m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                          shape=(len(vocab), 4 * context_size))
    m.sum_duplicates()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum()
    m = m.tocoo()
    pmi = np.log(m.data * 1.0 / (rs[m.row] / total * total) / cs[m.col] + 1e-12)
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    vec = TruncatedSVD(dims, random_state=seed).fit_transform(ppmi)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    labels = [MiniBatchKMeans(k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vec) for k in KS]
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write("# Word clusters learnt from SaudiNewsNet (CC BY-NC-SA 4.0) by marsad.ner.clusters:\n")
        fh.write("# left/right neighbour counts, PPMI, truncated SVD, k-means at 64/256/1024.\n")
        fh.write("word\tc64\tc256\tc1024\n")
        for i, w in enumerate(vocab):
            if not w or w.strip() != w or w.startswith("#"):
                continue
            fh.write(f"{w}\t{labels[0][i]}\t{labels[1][i]}\t{labels[2][i]}\n")
    return {"documents": len(docs), "tokens": int(sum(freq.values())), "vocab": len(vocab)}
