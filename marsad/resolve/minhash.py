"""Shingles and MinHash signatures for near-duplicate and same-story search.

Shingles are word bigrams of the folded text with proclitics stripped
(و/ف/ب/ل/ك/ال): a retelling rewrites sentences but keeps many two-word
phrases ("طائرات مقاتلة", "وزير الدفاع"), and stripping clitics makes
"بالبحر المتوسط" and "في البحر المتوسط" share "بحر متوسط".  Measured on the
seeds, bigram Jaccard separates the retold pair (0.12) from unrelated pairs
(<= 0.014) far better than character 5-grams (0.21 vs 0.09-0.10): common
Arabic letter sequences make every pair of news texts look alike at the
character level.

Signatures use multiply-shift hashing (Dietzfelbinger) on 32-bit shingle
hashes: deterministic across processes and machines (no Python ``hash``),
vectorised with numpy, picklable (plain arrays).
"""
from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np

from ..arabic.normalize import fold_char
from ..arabic.tokens import _WORD, strip_proclitics

NUM_PERM = 128
BAND_ROWS = 2
_EMPTY = np.uint32(0xFFFFFFFF)

_rng = np.random.RandomState(20230317)
_A = (_rng.randint(1, 2**62, size=NUM_PERM, dtype=np.int64).astype(np.uint64) * np.uint64(2)) | np.uint64(1)
_B = _rng.randint(0, 2**62, size=NUM_PERM, dtype=np.int64).astype(np.uint64)


class _FoldTable(dict):
    """``str.translate`` table computing ``fold_char`` once per character seen:
    the same folding as ``normalize.norm``, an order of magnitude faster on long texts."""

    def __missing__(self, cp: int) -> str:
        v = fold_char(chr(cp))
        self[cp] = v
        return v


_FOLD_TABLE = _FoldTable()


def fast_norm(text: str) -> str:
    """``normalize.norm(text)`` through a cached translate table."""
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=500_000)
def _word_hash(word: str) -> int:
    """32-bit hash of a word's clitic-stripped folded stem (0 for words too short to matter)."""
    if len(word) <= 2:
        return 0  # one- and two-letter words are particles (في، من، لم) or noise
    return zlib.crc32(strip_proclitics(word).encode("utf-8")) or 1


def word_hashes(text: str) -> np.ndarray:
    """Hashes of the content words of ``text`` in order (short particles dropped)."""
    hs = [_word_hash(w) for w in _WORD.findall(fast_norm(text))]
    return np.array([h for h in hs if h], dtype=np.uint64)


def shingles(text: str) -> np.ndarray:
    """Sorted unique 32-bit hashes of the word bigrams of ``text``.

    A text of one content word yields that word alone so that nothing is empty
    by accident.
    """
    w = word_hashes(text)
    if len(w) == 0:
        return np.zeros(0, dtype=np.uint32)
    if len(w) == 1:
        return w.astype(np.uint32)
    # Mix two 32-bit word hashes into one: odd multiplier, xor, keep the high half.
    mixed = ((w[:-1] * np.uint64(0x9E3779B97F4A7C15)) ^ w[1:]) * np.uint64(0xBF58476D1CE4E5B9)
    return np.unique((mixed >> np.uint64(32)).astype(np.uint32))


def signature(sh: np.ndarray) -> np.ndarray:
    """MinHash signature (NUM_PERM uint32) of a shingle-hash array; all 0xFFFFFFFF when empty."""
    if len(sh) == 0:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    x = sh.astype(np.uint64)[:, None]
    h = ((x * _A[None, :] + _B[None, :]) >> np.uint64(32)).astype(np.uint32)
    return h.min(axis=0)


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal signature slots (MinHash estimate of Jaccard)."""
    if a[0] == _EMPTY and (a == _EMPTY).all():
        return 0.0
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(sig: np.ndarray, rows: int = BAND_ROWS) -> list[int]:
    """One signed 63-bit bucket key per band of ``rows`` slots; the band index is mixed in
    so one integer column (indexed) holds every band.  Empty signatures get no keys."""
    if (sig == _EMPTY).all():
        return []
    n = len(sig) // rows
    s = sig[: n * rows].astype(np.uint64).reshape(n, rows)
    k = np.arange(n, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)
    for j in range(rows):
        k = (k ^ s[:, j]) * np.uint64(0x9E3779B97F4A7C15)
        k ^= k >> np.uint64(29)
    return [int(v) for v in (k >> np.uint64(1)).astype(np.int64)]


def overlap(a: np.ndarray, b: np.ndarray) -> tuple[float, float]:
    """Exact (Jaccard, containment of the smaller in the larger) of two shingle arrays."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter), inter / min(len(a), len(b))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)
