"""Gazetteer matching: known actors found in text, clitics and spelling variants included.

Two passes over the folded text (``arabic.normalize``):

1. **Exact** (Aho–Corasick over every name, alias, metonym and nisba form):
   a hit counts only on word boundaries — the letters before it in its word
   must be a proclitic sequence (و ف ب ل ك ال and their combinations, so
   لحفتر، وموسكو، بالكرملين match) and nothing may follow it in the word.
   Names that begin with ال also match after ل with the alef dropped
   (للقاهرة، للكرملين), as Arabic spelling requires.
2. **Fuzzy** (transliteration-aware): foreign names reach Arabic in several
   spellings (بوتين/بوتن، فاغنر/فاجنر، الكرملين/الكريملين، فلاديمير/فلادمير).
   Every name gets a consonant *skeleton* — long vowels dropped, letters that
   transliterate the same foreign sound merged (غ ج ق ك for /g/, ت ط, س ص …) —
   and a word run whose skeleton equals a name's skeleton is accepted when the
   folded strings are also similar (``FUZZY_MIN_RATIO``, measured in
   tests/test_gazetteer.py on variant and non-variant pairs).

Compound names written joined or apart (عبد الفتاح/عبدالفتاح، أبو بكر/أبوبكر)
are generated as variants.  Surface forms in ``gazetteer/stoplist.tsv`` are
never tagged alone: they are ordinary words in another reading.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
from rapidfuzz.distance import Indel

from ..arabic.normalize import normalize, norm, norm_key
from ..arabic.tokens import is_proclitic
from ..records import Mention
from ..resources import read_tsv

FUZZY_MIN_RATIO = 0.8  # normalised Indel similarity; see tests/test_gazetteer.py for the measurement
FUZZY_MIN_SKELETON = 2  # shorter skeletons are too ambiguous to match fuzzily
FUZZY_TYPES = {"PER", "ORG", "MEDIA", "WEAPON"}

_WORDCH = re.compile(r"[0-9a-z\u0621-\u064A\u0671-\u06D3]")
_COMPOUND = re.compile(r"(^|\s)(عبد|ابو|ابي|ابن|بن)\s+(?=\S)")

# Skeleton classes: letters that transliterate one foreign sound.
_SKEL = str.maketrans({
    "ا": None, "و": None, "ي": None, "ء": None, "ه": "ه", " ": None, "-": None,
    "غ": "ك", "ج": "ك", "ق": "ك", "ك": "ك",
    "ط": "ت", "ت": "ت", "ث": "س", "ص": "س", "س": "س",
    "ذ": "ز", "ظ": "ز", "ز": "ز", "ض": "د", "د": "د",
    "ح": "ه", "ع": None,
})


@lru_cache(maxsize=200_000)
def _word_skeleton(w: str) -> str:
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return (w[:1] if w[:1] in "اوي" else "") + w.translate(_SKEL)


def skeleton(folded: str) -> str:
    """Consonant skeleton of a folded word or name (first letter kept even if a vowel)."""
    return " ".join(o for o in map(_word_skeleton, folded.split()) if o)


_VOWELS = set("اويىءع")


def _gaps(folded: str) -> list[str]:
    """The vowel letters between consonants: 'بوتين' → ['', 'و', 'ي', '']."""
    gaps, cur = [], ""
    for ch in folded.replace(" ", ""):
        if ch in _VOWELS:
            cur += ch
        else:
            gaps.append(cur)
            cur = ""
    gaps.append(cur)
    return gaps


def _subseq(a: str, b: str) -> bool:
    it = iter(b)
    return all(ch in it for ch in a)


def variant_of(cand: str, form: str) -> bool:
    """Is ``cand`` a transliteration variant of ``form`` (both folded, same skeleton)?

    Variants drop or add long vowels (بوتين/بوتن، الكرملين/الكريملين) and swap letters
    of one sound class (فاغنر/فاجنر); they do not swap one vowel for another
    (بوتين/بوتان are different words)."""
    if skeleton(cand) != skeleton(form):
        return False
    a, b = cand.split(), form.split()
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        gx, gy = _gaps(x), _gaps(y)
        if len(gx) != len(gy) or gx[-1] != gy[-1]:
            return False  # a changed ending is morphology (عباس/عباسي، روسيا/روسي), not spelling
        shorter_x = all(_subseq(p, q) for p, q in zip(gx, gy))
        shorter_y = all(_subseq(q, p) for p, q in zip(gx, gy))
        if not (shorter_x or shorter_y):
            return False  # vowels moved, not dropped (بايدن/بادين)
    return Indel.normalized_similarity(cand, form) >= FUZZY_MIN_RATIO


@dataclass(frozen=True)
class Surface:
    entry_id: str
    type: str
    kind: str  # name | metonym | adjective
    needs_lam: bool = False  # matched without its ال: only valid after ل (للقاهرة)


def _variants(form: str) -> set[str]:
    f = " ".join(norm(form).split())
    out = {f}
    joined = _COMPOUND.sub(lambda m: m.group(1) + m.group(2), f)
    out.add(joined)
    apart = re.sub(r"(^|\s)(عبد)(?=ال)", r"\1\2 ", f)
    out.add(apart)
    return {v for v in out if v}


@dataclass
class Gazetteer:
    """Compiled matcher; picklable (pyahocorasick automatons pickle)."""

    automaton: ahocorasick.Automaton
    entries: dict  # id -> GazEntry
    fuzzy: dict  # skeleton -> list[(folded form, entry_id, type, kind)]
    stop: frozenset
    not_names: object = None  # automaton of phrases where a name is an ordinary word
    fuzzy_first: frozenset = frozenset()  # skeletons of the first words of multi-word names
    max_fuzzy_words: int = 3
    context: dict = None  # norm_key(form) -> readings with cue ids, fallback (ambiguous.tsv)

    @classmethod
    def from_entries(cls, entries, stoplist=()) -> "Gazetteer":
        stop = frozenset(norm_key(s) for s in stoplist)
        table: dict[str, list] = {}
        fuzzy: dict[str, list] = {}
        by_id = {}
        for e in entries:
            by_id[e.id] = e
            forms = [("name", e.name_ar), ("name", e.name_en)] + [("name", a) for a in e.aliases]
            forms += [("metonym", m) for m in e.metonyms] + [("adjective", a) for a in e.adjectives]
            for kind, form in forms:
                if not form:
                    continue
                for v in _variants(form):
                    if norm_key(v) in stop or len(v) < 2:
                        continue
                    table.setdefault(v, []).append(Surface(e.id, e.type, kind))
                    if v.startswith("ال") and len(v) > 3:
                        table.setdefault(v[2:], []).append(Surface(e.id, e.type, kind, needs_lam=True))
                    if kind == "name" and e.type in FUZZY_TYPES:
                        sk = skeleton(v)
                        if len(sk.replace(" ", "")) >= FUZZY_MIN_SKELETON:
                            fuzzy.setdefault(sk, []).append((v, e.id, e.type, kind))
        A = ahocorasick.Automaton()
        for k, v in table.items():
            A.add_word(k, (k, tuple(v)))
        A.make_automaton()
        g = cls(A, by_id, fuzzy, stop)
        g.fuzzy_first = frozenset(k.split(" ")[0] for k in fuzzy if " " in k)
        return g

    @classmethod
    def load(cls) -> "Gazetteer":
        from .gazetteer_data import load_ambiguous_context, load_entries

        stop = [r["form"] for r in read_tsv("gazetteer/stoplist.tsv", ["form"], ["reason"])]
        g = cls.from_entries(load_entries(), stop)
        g.context = load_ambiguous_context()
        g.set_not_names(r["phrase"] for r in read_tsv("gazetteer/not_names.tsv", ["phrase"], ["reason"]))
        return g

    def set_not_names(self, phrases) -> None:
        A = ahocorasick.Automaton()
        n = 0
        for p in phrases:
            f = " ".join(norm(p).split())
            if f:
                A.add_word(f, len(f))
                n += 1
        if n:
            A.make_automaton()
            self.not_names = A

    # -- matching -------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        n = normalize(text)
        f = n.text
        hits = []
        for end_idx, (key, surfaces) in self.automaton.iter(f):
            s, e = end_idx - len(key) + 1, end_idx + 1
            if e < len(f) and _WORDCH.match(f[e]):
                continue
            ws = s
            while ws > 0 and _WORDCH.match(f[ws - 1]):
                ws -= 1
            prefix = f[ws:s]
            valid = []
            for sf in surfaces:
                if sf.needs_lam:
                    # للقاهرة = ل + القاهرة with the article's alef dropped
                    if not prefix.endswith("لل") or not is_proclitic(prefix):
                        continue
                elif prefix and (not is_proclitic(prefix) or prefix.endswith(("ال", "لل"))):
                    # an article before a name written without one (الروسيا) is no reading of it
                    continue
                valid.append(sf)
            if valid:
                hits.append((s, e, valid[0], key, valid))
        hits = self._in_context(_leftmost_longest(hits))
        if self.not_names is not None and hits:
            blocked = self._blocked(f)
            hits = [h for h in hits if not any(b0 <= h[0] and h[1] <= b1 for b0, b1 in blocked)]
        mentions = []
        for s, e, sf, *_ in hits:
            os_, oe = n.span(s, e)
            mentions.append(
                Mention(os_, oe, text[os_:oe], sf.type, key=sf.entry_id,
                        source={"name": "gazetteer", "metonym": "metonym", "adjective": "adjective"}[sf.kind])
            )
        mentions += self._fuzzy(text, n, [(m.start, m.end) for m in mentions])
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions

    def _blocked(self, f: str) -> list:
        """Spans of the folded text ``f`` where a not_names phrase stands (clitics allowed before it)."""
        blocked = []
        for end_idx, ln in self.not_names.iter(f):
            s0 = end_idx - ln + 1
            if s0 > 0 and _WORDCH.match(f[s0 - 1]) and not is_proclitic(_word_prefix(f, s0)):
                continue
            blocked.append((s0, end_idx + 1))
        return blocked

    def not_name_spans(self, text: str) -> list[tuple[int, int]]:
        """Spans of ``text`` (original offsets) inside which a name is an ordinary word (not_names.tsv):
        a learned mention there is no actor either (القاعدة الجوية is a base, not al-Qaeda)."""
        if self.not_names is None:
            return []
        n = normalize(text)
        return [n.span(a, b) for a, b in self._blocked(n.text)]

    def _in_context(self, hits: list) -> list:
        """Readings of ambiguous forms chosen by the other actors of the document (ambiguous.tsv context)."""
        ctx = self.context or {}
        if not ctx:
            return hits
        hits = [(s, e, sf, norm_key(k), v) for s, e, sf, k, v in hits]
        if not any(h[3] in ctx for h in hits):
            return hits
        seen: set = set()
        for h in hits:
            if h[3] not in ctx and len({sf.entry_id for sf in h[4]}) == 1:
                seen.add(h[2].entry_id)
                e = self.entries.get(h[2].entry_id)
                if e is not None and e.country:
                    seen.add(e.country)
        out = []
        for h in hits:
            if h[3] not in ctx:
                out.append(h)
                continue
            readings, fallback = ctx[h[3]]
            pick = next((rid for rid, cues in readings if cues & seen), None)
            if pick is None and fallback == "none":
                continue
            sf = next((x for x in h[4] if x.entry_id == pick), h[4][0])
            out.append((h[0], h[1], sf, h[3], h[4]))
        return out

    def _fuzzy(self, text: str, n, taken: list) -> list[Mention]:
        f = n.text
        words = [(m.start(), m.end()) for m in _FUZZY_WORD.finditer(f)]
        if len(words) < 2:
            return []
        covered = bytearray(len(f) + 1)
        for s, e in taken:
            fs, fe = _folded_pos(n, s), _folded_pos(n, e)
            covered[fs:fe] = b"\x01" * (fe - fs)
        first = self.fuzzy_first
        out = []
        i = 0
        while i < len(words) - 1:
            best = None
            w0s, w0e = words[i]
            # the first word's skeleton (clitics stripped) must begin some multi-word name:
            # a set lookup that rules out nearly every position before any string work
            starts = [p for p in (0, 1, 2, 3) if (p == 0 or is_proclitic(f[w0s:w0s + p]))
                      and w0e - w0s - p >= 2 and skeleton(f[w0s + p:w0e]) in first]
            if starts:
                # Single words are matched fuzzily only with other evidence (``link`` on a
                # learned mention): alone, a variant can be an ordinary word (السيسي/السياسي).
                for k in range(min(self.max_fuzzy_words, len(words) - i), 1, -1):
                    ws, we = w0s, words[i + k - 1][1]
                    if any(covered[ws:we]):
                        continue
                    for pref_len in starts:
                        cand = f[ws + pref_len:we]
                        for form, eid, etype, kind in self.fuzzy.get(skeleton(cand), ()):
                            if variant_of(cand, form):
                                best = (ws + pref_len, we, eid, etype, k)
                                break
                        if best:
                            break
                    if best:
                        break
            if best:
                s2, e2, eid, etype, k = best
                os_, oe = n.span(s2, e2)
                out.append(Mention(os_, oe, text[os_:oe], etype, key=eid, source="fuzzy"))
                i += k
            else:
                i += 1
        return out

    def link(self, surface: str, types: tuple = tuple(FUZZY_TYPES)) -> str:
        """The gazetteer id a learned mention's surface names (exact or a variant), or ''."""
        f = " ".join(norm(surface).split())
        for pref_len in (0, 1, 2, 3):
            if pref_len and not is_proclitic(f[:pref_len]):
                continue
            cand = f[pref_len:]
            if len(cand) < 3:
                continue
            hit = self.automaton.get(cand, None)
            if hit is not None:
                for sf in hit[1]:
                    if not sf.needs_lam and sf.type in types:
                        return sf.entry_id
            for form, eid, etype, kind in self.fuzzy.get(skeleton(cand), ()):
                if etype in types and variant_of(cand, form):
                    return eid
        return ""


_FUZZY_WORD = re.compile(r"[0-9a-z\u0621-\u064A\u0671-\u06D3]+(?:-[0-9a-z]+)*")


def _folded_pos(n, orig: int) -> int:
    """First folded index at or after original offset ``orig``."""
    return bisect.bisect_left(n.index, orig)


def _word_prefix(f: str, s: int) -> str:
    ws = s
    while ws > 0 and _WORDCH.match(f[ws - 1]):
        ws -= 1
    return f[ws:s]


def _leftmost_longest(hits: list) -> list:
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out = []
    last_end = -1
    for h in hits:
        if h[0] >= last_end:
            out.append(h)
            last_end = h[1]
        elif h[1] > last_end and out and h[0] >= out[-1][0] and (h[1] - h[0]) > (out[-1][1] - out[-1][0]):
            out[-1] = h
            last_end = h[1]
    return out
