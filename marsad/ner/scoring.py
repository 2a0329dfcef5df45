"""conlleval-style scoring: exact-span entities, per-type and micro P/R/F1.

Spans are read as conlleval reads IOB: a chunk starts at B-X, or at I-X after
anything that is not X; it ends before O, B-, or a tag of another type.  A
predicted entity counts only if its start, end and type all match gold.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) chunks of an IOB tag sequence, end exclusive."""
    out = []
    start, typ = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        pre, _, ty = t.partition("-")
        begins = pre == "B" or (pre == "I" and ty != typ)
        if typ is not None and (pre == "O" or begins or ty != typ):
            out.append((start, i, typ))
            start, typ = None, None
        if pre in ("B", "I") and (begins or typ is None):
            start, typ = i, ty
    return out


@dataclass
class Report:
    """Counts per type; ``format()`` prints a conlleval-like table ending in ``micro-F1 0.xxxx``."""

    name: str = ""
    tp: Counter = field(default_factory=Counter)
    n_gold: Counter = field(default_factory=Counter)
    n_pred: Counter = field(default_factory=Counter)
    tokens: int = 0
    sentences: int = 0
    note: str = ""

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        if len(gold) != len(pred):
            raise ValueError(f"gold has {len(gold)} tags, prediction {len(pred)}")
        g, p = set(spans(gold)), set(spans(pred))
        for s in g:
            self.n_gold[s[2]] += 1
        for s in p:
            self.n_pred[s[2]] += 1
        for s in g & p:
            self.tp[s[2]] += 1
        self.tokens += len(gold)
        self.sentences += 1

    @staticmethod
    def _prf(tp: int, ng: int, np_: int) -> tuple[float, float, float]:
        p = tp / np_ if np_ else 0.0
        r = tp / ng if ng else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def per_type(self) -> dict:
        types = sorted(set(self.n_gold) | set(self.n_pred))
        return {t: self._prf(self.tp[t], self.n_gold[t], self.n_pred[t]) + (self.n_gold[t],) for t in types}

    @property
    def micro(self) -> tuple[float, float, float]:
        return self._prf(sum(self.tp.values()), sum(self.n_gold.values()), sum(self.n_pred.values()))

    @property
    def macro_f1(self) -> float:
        pt = [v[2] for t, v in self.per_type().items() if self.n_gold[t]]
        return sum(pt) / len(pt) if pt else 0.0

    def to_dict(self) -> dict:
        p, r, f = self.micro
        return {
            "micro": {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)},
            "macro_f1": round(self.macro_f1, 4),
            "per_type": {t: {"p": round(a, 4), "r": round(b, 4), "f1": round(c, 4), "gold": n}
                         for t, (a, b, c, n) in self.per_type().items()},
            "tokens": self.tokens, "sentences": self.sentences,
        }

    def format(self) -> str:
        lines = []
        if self.name:
            lines.append(self.name)
        if self.note:
            lines.append(self.note)
        lines.append(f"{self.sentences} sentences, {self.tokens} tokens, "
                     f"{sum(self.n_gold.values())} gold entities, {sum(self.n_pred.values())} predicted")
        lines.append(f"{'type':<8}{'prec':>8}{'rec':>8}{'F1':>8}{'gold':>7}{'pred':>7}")
        for t, (p, r, f, n) in self.per_type().items():
            lines.append(f"{t:<8}{p:8.4f}{r:8.4f}{f:8.4f}{n:7d}{self.n_pred[t]:7d}")
        p, r, f = self.micro
        lines.append(f"{'micro':<8}{p:8.4f}{r:8.4f}{f:8.4f}")
        lines.append(f"macro-F1 {self.macro_f1:.4f}")
        lines.append(f"micro-F1 {f:.4f}")
        return "\n".join(lines)


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]], name: str = "") -> Report:
    """Score parallel lists of gold and predicted tag sequences."""
    rep = Report(name)
    for g, p in zip(gold, pred):
        rep.add(g, p)
    return rep
