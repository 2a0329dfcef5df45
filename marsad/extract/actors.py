"""Unnamed actors (مسلحون مجهولون، قوات الأمن، الجيش المصري) and actor slots.

``find_generic_actors`` finds the heads listed in ``generic_actors.tsv`` and
gives each a key ``generic:{SECTOR}:{COUNTRY}``; the country comes from a
nisba adjective mention that follows the head (الجيش المصري، مسؤولين روس,
القيادة العسكرية المصرية), which the gazetteer matcher has already tied to
its state.  A head directly followed by a named actor is that actor's
(مليشيات حفتر is Haftar's militia), so it is left to the name.

``place_actors`` lays a document's resolved entities over one sentence's
tokens as ``Slot``s that know the preposition in front of them (من، إلى،
لـ …) and whether they are joined to the previous actor by و.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..arabic.normalize import norm, normalize
from ..arabic.tokens import Token, tokenize
from ..records import Entity, Mention
from .triggers import _strip_article, analyses, load_rows, split_cell

ACTOR_TYPES = ("PER", "ORG", "GPE", "GENERIC")
# Prepositions written as separate words (folded); و/ف glued in front are dropped.
PREP_WORDS = {
    "من", "الي", "علي", "مع", "ضد", "عن", "في", "بين", "لدي", "نحو", "حول", "تجاه", "امام",
    "عبر", "مثل", "خلال", "منذ", "لصالح", "بشان", "قبالة",
}
# Two-word prepositions that mark the agent (من قبل = by; على يد = at the hands of).
AGENT_PAIRS = {("من", "قبل"), ("علي", "يد"), ("من", "جانب")}


@dataclass
class GenericLexicon:
    """Generic actor heads by folded first word; sector names for ``generic_name``."""

    heads: dict = field(default_factory=dict)  # first word -> [(rest words, row)]
    names: dict = field(default_factory=dict)  # sector -> (name_ar, name_en)

    @classmethod
    def load(cls) -> "GenericLexicon":
        lex = cls()
        rows = load_rows(
            "generic_actors.tsv",
            ["head", "forms", "sector", "country"],
            ["canonical", "name_en", "follow", "note"],
        )
        for r in rows:
            r["_follow"] = [tuple(norm(f).split()) for f in split_cell(r.get("follow", ""))]
            for form in split_cell(r["forms"]) + [r["head"]]:
                words = [_strip_article(w) for w in norm(form).split()]
                lex.heads.setdefault(words[0], []).append((tuple(words[1:]), r))
            if r.get("canonical") == "yes" or r["sector"] not in lex.names:
                lex.names[r["sector"]] = (r["head"], r.get("name_en", ""))
        for words in lex.heads.values():
            words.sort(key=lambda x: -len(x[0]))  # longest phrase first
        return lex


def generic_name(key: str, lexicon: GenericLexicon | None = None, country_names: dict | None = None) -> tuple[str, str]:
    """(name_ar, name_en) for a key ``generic:SECTOR:COUNTRY``: e.g. ('الجيش (EGY)', 'military (EGY)').

    ``country_names`` may map an ISO3 code to (nisba_ar, adjective_en) to get
    'الجيش المصري'-like names; without it the code is shown in brackets.
    """
    lexicon = lexicon or _default_lexicon()
    _, sector, country = (key.split(":") + ["", ""])[:3]
    ar, en = lexicon.names.get(sector, (sector, sector.lower()))
    if country:
        if country_names and country in country_names:
            c_ar, c_en = country_names[country]
            return f"{ar} {c_ar}", f"{c_en} {en}"
        return f"{ar} ({country})", f"{en} ({country})"
    return ar, en


_LEX: list = []


def _default_lexicon() -> GenericLexicon:
    if not _LEX:
        _LEX.append(GenericLexicon.load())
    return _LEX[0]


def _word_stem(tok: Token) -> list[str]:
    """Stems of a token with و ف ب ل ال stripped (no pronoun suffixes: heads are nouns)."""
    return [s for s, _ in _word_readings(tok)]


def _word_readings(tok: Token) -> list[tuple[str, int]]:
    """(stem without article, folded length of the clitics before the article)."""
    out = []
    for rd in analyses(tok.norm):
        if rd.suf or "س" in rd.pre:
            continue
        stem, pre = rd.stem, rd.pre
        if stem.startswith("ال") and len(stem) > 3:
            out.append((stem[2:], len(pre)))
        elif pre.endswith("ال"):
            out.append((stem, len(pre) - 2))
        else:
            out.append((stem, len(pre)))
    return out


def find_generic_actors(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention], lexicon: GenericLexicon
) -> list[Mention]:
    """Generic actor mentions (type GENERIC, source 'generic') in ``text``.

    ``lexicon`` is a ``GenericLexicon`` or an ``EventLexicon`` (its ``.generic``).
    """
    lexicon = getattr(lexicon, "generic", lexicon)
    adj = sorted((m for m in mentions if m.source == "adjective"), key=lambda m: m.start)
    named = sorted((m for m in mentions if m.source != "adjective" and m.type in ACTOR_TYPES), key=lambda m: m.start)
    out = []
    for s, e in sentences:
        toks = tokenize(text[s:e], offset=s)
        i = 0
        while i < len(toks):
            hit = _match_head(toks, i, lexicon)
            if not hit:
                i += 1
                continue
            j, row, clen = hit
            start = _clitic_start(toks[i], clen)
            while j + 1 < len(toks):  # مسلحون مجهولون: two heads of one sector are one actor
                more = _match_head(toks, j + 1, lexicon)
                if not more or more[1]["sector"] != row["sector"] or more[2] != 0:
                    break
                j = more[0]
            end = toks[j].end
            if text[end:end + 2].strip().startswith(":"):  # "المصدر: ميدل إيست آي" is a source line
                i = j + 1
                continue
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and any(m.start >= nxt.start and m.start < nxt.end for m in named):
                i = j + 1  # مليشيات حفتر: the named actor owns the phrase
                continue
            if any(m.start <= start < m.end for m in named):
                i = j + 1  # inside a gazetteer name (الجيش الوطني الليبي)
                continue
            country = ""
            if row["country"] == "yes":
                # a nisba within the next three words, with only adjectives between
                for k in range(j + 1, min(j + 4, len(toks))):
                    a = next((m for m in adj if toks[k].start <= m.start < toks[k].end), None)
                    if a is not None:
                        country = a.key
                        end = max(end, a.end)
                        break
                    if not (toks[k].norm.startswith("ال") or toks[k].norm.endswith(("ي", "يه", "ين", "ون"))):
                        break
            key = f"generic:{row['sector']}:{country}"
            out.append(Mention(start, end, text[start:end], "GENERIC", key=key, source="generic"))
            i = j + 1
    return out


def _clitic_start(tok: Token, clen: int) -> int:
    """Original offset after ``clen`` folded clitic characters of ``tok``."""
    if clen <= 0:
        return tok.start
    nz = normalize(tok.text)
    return tok.start + (nz.index[clen] if clen < len(nz.index) else 0)


def _match_head(toks: list[Token], i: int, lexicon: GenericLexicon):
    for stem, clen in _word_readings(toks[i]):
        for rest, row in lexicon.heads.get(stem, ()):
            j = i
            ok = True
            for w in rest:
                j += 1
                if j >= len(toks) or w not in _word_stem(toks[j]):
                    ok = False
                    break
            if not ok:
                continue
            if row["_follow"]:
                if not any(_follows(toks, j + 1, f) for f in row["_follow"]):
                    continue
            return j, row, clen
    return None


def _follows(toks: list[Token], k: int, words: tuple) -> bool:
    for n, w in enumerate(words):
        if k + n >= len(toks) or w not in (toks[k + n].norm, *_word_stem(toks[k + n])):
            return False
    return True


@dataclass
class Slot:
    """An actor mention placed in a sentence."""

    ti: int  # first token index
    tj: int  # last token index
    start: int
    end: int
    ent: str  # entity id
    etype: str
    msource: str  # mention source: gazetteer ner coref adjective metonym generic
    prep: str = ""  # preposition in front: من الي ل ب مع علي ... or 'agent'
    conj: bool = False  # joined by و to what precedes

    @property
    def is_adj(self) -> bool:
        return self.msource == "adjective"


def place_actors(text: str, toks: list[Token], mentions: list[tuple[Mention, Entity]]) -> list[Slot]:
    """Slots for the (mention, entity) pairs that fall inside the tokens' span."""
    if not toks:
        return []
    s, e = toks[0].start, toks[-1].end
    slots = []
    for m, ent in mentions:
        if m.start < s or m.end > e:
            continue
        ti = next((k for k, t in enumerate(toks) if t.start <= m.start < t.end or t.start >= m.start), None)
        tj = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].start < m.end), None)
        if ti is None or tj is None or tj < ti:
            continue
        raw = norm(text[toks[ti].start:m.start]) if toks[ti].start < m.start else ""
        conj = raw[:1] in ("و", "ف")
        p = raw[1:] if conj else raw
        prep = ""
        if p.startswith("ب"):
            prep = "ب"
        elif p.startswith("ل"):
            prep = "ل"
        elif p.startswith("ك"):
            prep = "ك"
        if not raw and ti > 0:
            prev = toks[ti - 1].norm
            if prev in ("و", "ف"):
                conj = True
            else:
                pv = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PREP_WORDS else prev
                if pv in PREP_WORDS:
                    prep = pv
                    conj = conj or pv != prev
                if ti > 1 and (toks[ti - 2].norm.lstrip("وف"), prev) in AGENT_PAIRS:
                    prep = "agent"
        slots.append(Slot(ti, tj, m.start, m.end, ent.id, ent.type, m.source or "", prep, conj))
    slots.sort(key=lambda x: (x.start, -(x.end - x.start)))
    # drop a slot nested in a longer one (the nisba inside "وزير الدفاع الروسي سيرجي شويغو")
    kept = []
    for sl in slots:
        if kept and sl.start < kept[-1].end:
            if sl.end <= kept[-1].end:
                continue
        kept.append(sl)
    return kept
