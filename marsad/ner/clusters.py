"""Distributional word clusters from unlabelled token lists, as CRF features.

Names that share contexts (بوتين and ميدفيديف both follow الرئيس الروسي) get
one cluster id, which generalises across words.  ``build_clusters`` counts
each frequent word's left/right neighbours, weights them by PPMI, reduces
with truncated SVD and clusters with k-means at three granularities; only the
word -> cluster table is kept (``ner_clusters.tsv`` beside a model).

The shipped model uses no clusters: a table from SaudiNewsNet (CC BY-NC-SA)
may not ship with MIT marsad, and one learnt from the NER training text
itself lowered NewsFANE dev F1 (docs/ner.md).  ``train(use_clusters=True)``
still builds one from the training sentences.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from ..arabic.normalize import norm

KS = (64, 256, 1024)


def build_clusters(docs: Iterable[Sequence[str]], out_path: Path, vocab_size: int = 60000,
                   context_size: int = 2000, dims: int = 50, seed: int = 0, min_count: int = 3,
                   ks: Sequence[int] = KS, source: str = "") -> dict:
    """Write ``word<TAB>c64<TAB>c256<TAB>c1024`` for frequent folded words of ``docs``; returns stats."""
    import numpy as np
    from scipy import sparse
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.decomposition import TruncatedSVD

    docs = [[norm(t) for t in d] for d in docs]
    freq = Counter(t for d in docs for t in d)
    vocab = [w for w, c in freq.most_common(vocab_size) if c >= min_count]
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
    labels = [MiniBatchKMeans(k, random_state=seed, n_init=3, batch_size=4096).fit_predict(vec) for k in ks]
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write(f"# Word clusters learnt from {source or 'token lists'} by marsad.ner.clusters:\n")
        fh.write(f"# left/right neighbour counts, PPMI, truncated SVD, k-means at {'/'.join(map(str, ks))}.\n")
        fh.write("word\tc64\tc256\tc1024\n")
        for i, w in enumerate(vocab):
            if not w or w.strip() != w or w.startswith("#"):
                continue
            fh.write(f"{w}\t{labels[0][i]}\t{labels[1][i]}\t{labels[2][i]}\n")
    return {"documents": len(docs), "tokens": int(sum(freq.values())), "vocab": len(vocab)}
