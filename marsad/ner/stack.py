"""Two-pass label consistency ("stacking") for the CRF NER model — an experiment.

Not used by the shipped model: on the dev splits it did not help (docs/ner.md,
"Two-pass stacking").  Kept so the experiment can be repeated.

Pass 1 is the ordinary CRF.  Pass 2 sees the same features plus what pass 1
said: the token's own first-pass label and marginals, its neighbours' labels,
and document evidence — how often the same word (folded, proclitics
stripped) was tagged, and as what, in the *other* sentences of the document,
and whether the same word sequence was tagged as an entity there.  Arabic
news repeats a name in full once and then in part (ماكرون after إيمانويل
ماكرون), which one sentence alone cannot see.

NewsFANE and Wojood have no document boundaries, so a document is a block
of ``BLOCK`` consecutive sentences; the training jackknife assigns whole
blocks to folds, so no sentence's document evidence comes from a model that
saw that document.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Sequence

from .features import _word_features
from .scoring import spans

BLOCK = 20
FOLDS = 4


def blocks(n: int, size: int = BLOCK, starts: Sequence[int] = ()) -> list[tuple[int, int]]:
    """(a, b) sentence ranges of pseudo-documents; ``starts`` force a new block (corpus changes)."""
    cuts = sorted(set([0, n] + [s for s in starts if 0 < s < n]))
    out = []
    for a0, b0 in zip(cuts, cuts[1:]):
        for a in range(a0, b0, size):
            out.append((a, min(a + size, b0)))
    return out


def first_pass(tagger, xseq: list) -> tuple[list[str], list[dict]]:
    """Viterbi labels and per-token marginals by type (B- and I- summed, plus 'O')."""
    labels = tagger.tag(xseq)
    names = tagger.labels()
    margs = []
    for t in range(len(labels)):
        m: dict = defaultdict(float)
        for y in names:
            p = tagger.marginal(y, t)
            m["O" if y == "O" else y[2:]] += p
        m["_"] = tagger.marginal(labels[t], t)
        margs.append(m)
    return labels, margs


def _key(tok: str) -> str:
    f = dict(_word_features(tok))
    return f["st"] if f["sh"] in ("ar", "Aa", "a") and len(f["st"]) >= 2 else ""


def _bucket(p: float) -> str:
    return "hi" if p >= 0.9 else "mid" if p >= 0.6 else "lo"


def doc_features(docs_tokens: Sequence[Sequence[str]], labels: Sequence[Sequence[str]],
                 margs: Sequence[Sequence[dict]], use_doc: bool = True,
                 own: str = "all") -> list[list[dict]]:
    """Second-pass extra features for the sentences of one document.

    ``own``: the token's own first-pass evidence — 'all' (label, confidence,
    marginals, neighbours' labels), 'label' (its label only) or 'none'.
    """
    keys = [[_key(t) for t in toks] for toks in docs_tokens]
    # word -> Counter(type or 'O') per sentence, to take "elsewhere" = doc minus own sentence
    per_sent = []
    total: dict = defaultdict(Counter)
    span_sent = []
    span_total: Counter = Counter()
    for ks, ls in zip(keys, labels):
        c: dict = defaultdict(Counter)
        for k, lab in zip(ks, ls):
            if k:
                c[k][lab[2:] if lab != "O" else "O"] += 1
        per_sent.append(c)
        for k, cc in c.items():
            total[k].update(cc)
        sp = Counter()
        for a, b, typ in spans(ls):
            seq = tuple(ks[a:b])
            if all(seq):
                sp[(seq, typ)] += 1
        span_sent.append(sp)
        span_total.update(sp)
    out = []
    for si, (toks, ks, ls, ms) in enumerate(zip(docs_tokens, keys, labels, margs)):
        n = len(toks)
        feats = []
        for i in range(n):
            d = {f"p1={ls[i]}": 1.0} if own != "none" else {}
            if own == "all":
                m = ms[i]
                d[f"p1c={_bucket(m['_'])}"] = 1.0
                for typ, p in m.items():
                    if typ != "_" and p >= 0.05:
                        d[f"m:{typ}"] = round(p, 3)
                for off in (-1, 1):
                    j = i + off
                    if 0 <= j < n:
                        d[f"{off}p1={ls[j]}"] = 1.0
            feats.append(d)
        if use_doc:
            # same word tagged elsewhere in the document
            for i, k in enumerate(ks):
                if not k:
                    continue
                other = total[k] - per_sent[si][k]
                if not other:
                    continue
                n_all = sum(other.values())
                ents = Counter({t: c for t, c in other.items() if t != "O"})
                d = feats[i]
                if ents:
                    typ, c = ents.most_common(1)[0]
                    d[f"dt={typ}"] = 1.0
                    d[f"dn={typ}:{min(c, 3)}"] = 1.0
                    d[f"dsh={_bucket(sum(ents.values()) / n_all)}"] = 1.0
                else:
                    d[f"dO={min(n_all, 3)}"] = 1.0
            # same word sequence tagged as an entity elsewhere in the document
            other_spans = {}
            for (seq, typ), c in (span_total - span_sent[si]).items():
                other_spans.setdefault(seq, typ)
            if other_spans:
                maxlen = max(len(s) for s in other_spans)
                i = 0
                while i < n:
                    hit = None
                    for L in range(min(maxlen, n - i), 0, -1):
                        typ = other_spans.get(tuple(ks[i:i + L]))
                        if typ and all(ks[i:i + L]):
                            hit = (L, typ)
                            break
                    if hit:
                        L, typ = hit
                        for j in range(i, i + L):
                            feats[j][f"ds={'B' if j == i else 'I'}-{typ}"] = 1.0
                        i += L
                    else:
                        i += 1
        out.append(feats)
    return out
