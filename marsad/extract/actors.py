"""Unnamed actors (مسلحون مجهولون، قوات الأمن، الجيش المصري) and actor slots.

``find_generic_actors`` finds the heads listed in ``generic_actors.tsv`` and
gives each a key ``generic:{SECTOR}:{COUNTRY}``; the country comes from a
nisba adjective mention that follows the head (الجيش المصري، مسؤولين روس,
القيادة العسكرية المصرية), which the gazetteer matcher has already tied to
its state.  The mention covers the head only: the nisba keeps its own
adjective mention (the merge of finders prefers it on overlap), and
``place_actors`` folds it into the head's slot.  Rows of sector ``STATE``
(الجانب الروسي، الدولة المصرية) name the state itself: their key is the
country's id.  A head directly followed by a named actor is that actor's
(مليشيات حفتر is Haftar's militia), so it is left to the name.

``place_actors`` lays a document's resolved entities over one sentence's
tokens as ``Slot``s that know the preposition in front of them (من، إلى،
لـ …) and whether they are joined to the previous actor by و.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..arabic.normalize import norm, normalize
from ..arabic.tokens import Token, tokenize
from ..errors import ResourceError
from ..records import Entity, Mention
from .triggers import _strip_article, analyses, load_rows, split_cell
from .wordlists import word_list

ACTOR_TYPES = ("PER", "ORG", "GPE", "GENERIC")
# Prepositions written as separate words (folded); و/ف glued in front are dropped.
QUANTIFIERS = word_list("quantifier")
# prepositions of an argument whose noun a nisba describes (إلى الشعب اليمني)
NOUN_PREPS = {"من", "الي", "علي", "مع", "ضد", "عن", "لدي", "تجاه"}
PREP_WORDS = {
    "من", "الي", "علي", "مع", "ضد", "عن", "في", "بين", "لدي", "نحو", "حول", "تجاه", "امام",
    "عبر", "مثل", "خلال", "منذ", "لصالح", "بشان", "قبالة",
}
# Two-word prepositions that mark the agent (من قبل = by; على يد = at the hands of).
# words that mark the doer of a passive or a noun: من قبل، على يد، بواسطة (word_lists.tsv)
AGENT_PAIRS = {tuple(w.split()) for w in word_list("agent_marker") if len(w.split()) == 2}
AGENT_WORDS = {w for w in word_list("agent_marker") if " " not in w}


# how a generic head takes its state: yes = from a following nisba; nisba = only with one (else no
# actor); home = from a nisba, else (STATE) the kingdom the article is about; no = never; title = as nisba,
# and a person named right after is the title's holder (وزير الخارجية الأمريكي جون كيري), no generic actor
COUNTRY_MODES = ("yes", "no", "nisba", "home", "title")
# nouns that stand for a party, or for places a party holds, when a nisba names it (الشعب اليمني، المواقع
# الحوثية): the nisba's state takes the noun's preposition
PARTY_NOUNS = word_list("party_noun") | word_list("actor_place")
LOYAL_WORDS = word_list("loyal_word")  # القوات الموالية لـ X، التابعة لـ X: X's forces


@dataclass
class GenericLexicon:
    """Generic actor heads by folded first word; sector names for ``generic_name``."""

    heads: dict = field(default_factory=dict)  # first word -> [(rest words, row)]
    names: dict = field(default_factory=dict)  # sector -> (name_ar, name_en)
    countries: dict = field(default_factory=dict)  # ISO3 -> (nisba_ar, name_en, plural nisba_ar)
    agree: dict = field(default_factory=dict)  # sector -> m / f / p: the form the nisba takes
    units: frozenset = frozenset()  # _unit heads (قوات، مقاتلو): a force standing for the actor after it

    @classmethod
    def load(cls) -> "GenericLexicon":
        lex = cls()
        rows = load_rows(
            "generic_actors.tsv",
            ["head", "forms", "sector", "country"],
            ["canonical", "name_en", "follow", "not_after", "agree", "note"],
        )
        for r in rows:
            if r["country"] not in COUNTRY_MODES:
                raise ResourceError(f"{r['_where']}: country must be one of {', '.join(COUNTRY_MODES)}, not {r['country']!r}")
            if r["sector"] == "_unit":
                lex.units |= {norm(f) for f in split_cell(r["forms"]) + [r["head"]]}
            if r["sector"].startswith("_"):
                continue  # relational words (extract/relations.py), no actor of their own
            r["_follow"] = [tuple(norm(f).split()) for f in split_cell(r.get("follow", ""))]
            r["_not_after"] = tuple(norm(x) for x in split_cell(r.get("not_after", "")))
            for form in split_cell(r["forms"]) + [r["head"]]:
                words = [_strip_article(w) for w in norm(form).split()]
                lex.heads.setdefault(words[0], []).append((tuple(words[1:]), r))
            if r.get("canonical") == "yes" or r["sector"] not in lex.names:
                lex.names[r["sector"]] = (r["head"], r.get("name_en", ""))
                lex.agree[r["sector"]] = r.get("agree") or ("f" if norm(r["head"]).endswith("ه") else "m")
        for words in lex.heads.values():
            words.sort(key=lambda x: -len(x[0]))  # longest phrase first
        lex.countries = country_names()
        if not _LEX:
            _LEX.append(lex)
        return lex


def country_names() -> dict:
    """ISO3 -> (masculine singular nisba with the article, English name), from the gazetteer's states."""
    from .gazetteer_data import GAZ_DIR, load_entries

    out = {}
    for e in load_entries([GAZ_DIR / "states.tsv"]):
        if e.type != "GPE" or e.id != e.country:
            continue
        # the first adjective with the article and without a feminine/plural ending: المصري
        nisba = next((a for a in e.adjectives if a.startswith("ال") and not norm(a).endswith(("ه", "ون", "ين", "ات"))), "")
        plural = next((a for a in e.adjectives if a.startswith("ال") and norm(a).endswith("ون")), nisba)
        out[e.id] = (nisba, e.name_en, plural)
    return out


def generic_name(key: str, lexicon: GenericLexicon | None = None, country_names: dict | None = None) -> tuple[str, str]:
    """(name_ar, name_en) for a key ``generic:SECTOR:COUNTRY``: ('الجيش المصري', 'military of Egypt').

    The nisba comes from the gazetteer's states (``GenericLexicon.countries``);
    a country without one is shown as its code in brackets.
    """
    lexicon = lexicon or _default_lexicon()
    _, sector, country = (key.split(":") + ["", ""])[:3]
    ar, en = lexicon.names.get(sector, (sector, sector.lower()))
    if country:
        table = country_names if country_names is not None else lexicon.countries
        c_ar, c_en, c_pl = (tuple(table.get(country, ())) + ("", "", ""))[:3]
        # the nisba agrees with its head: الحكومة المصرية، المصادر المصرية، الدبلوماسيون المصريون
        agree = lexicon.agree.get(sector, "m")
        if c_ar and agree == "f":
            c_ar += "ة"
        elif c_ar and agree == "p" and c_pl:
            c_ar = c_pl
        if c_ar and not ar.startswith("ال") and " " not in ar:
            ar = "ال" + ar  # a definite nisba makes the head definite: المصادر المصرية (قوات الأمن is already)
        return (f"{ar} {c_ar}" if c_ar else f"{ar} ({country})",
                f"{en} of {c_en}" if c_en else f"{en} ({country})")
    return ar, en


_LEX: list = []


def _default_lexicon() -> GenericLexicon:
    if not _LEX:
        GenericLexicon.load()
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


def _attributive(toks: list[Token], i: int, j: int) -> bool:
    """Is the one-word head at i a nisba adjective of the definite noun before it (التفجير الانتحاري)?"""
    w = toks[i].norm.lstrip("وف")
    if i == 0 or j != i or not w.startswith("ال") or not w.endswith(("ي", "يه")):
        return False
    prev = toks[i - 1].norm.lstrip("وف")
    return prev.startswith(("ال", "بال", "لل")) and not prev.endswith(("ي", "يه", "ون", "ين"))


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
            pre = _clitic_pre(toks[i], clen)
            if row["_not_after"] and pre.lstrip("وف") in row["_not_after"]:
                i = j + 1  # بقيادة = "led by", not "the leadership"
                continue
            if _attributive(toks, i, j):
                i = j + 1  # الاعتداء الانتحاري: a nisba-shaped head after a definite noun describes it
                continue
            start = _clitic_start(toks[i], clen)
            while j + 1 < len(toks):  # مسلحون مجهولون: two heads of one sector are one actor
                more = _match_head(toks, j + 1, lexicon)
                if not more or more[2] != 0:
                    break
                if more[1]["sector"] != row["sector"] and (
                        toks[j].norm.startswith("ال") != toks[j + 1].norm.startswith("ال") or more[0] != j + 1):
                    break  # مستوطنون متطرفون: a one-word head of another sector, as definite, describes the first
                if row["sector"] == "CVL" and more[1]["sector"] == "UAF":
                    row = more[1]  # امرأة انتحارية، شاب مسلح: an armed person is no civilian (مستوطنون متطرفون are)
                j = more[0]
            end = toks[j].end
            if text[end:end + 2].strip().startswith(":"):  # "المصدر: ميدل إيست آي" is a source line
                i = j + 1
                continue
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if nxt is not None and j + 2 < len(toks) and (nxt.norm in lexicon.units or _match_head(toks, j + 1, lexicon)):
                nxt = toks[j + 2]  # قيادة قوات التحالف: a unit or head between stands for the named actor too
            if nxt is not None and any(m.start >= nxt.start and m.start < nxt.end and not _nisba_named(m) for m in named):
                i = j + 1  # مليشيات حفتر: the named actor owns the phrase
                continue
            k = j + 1
            while (k < len(toks) and k <= j + 2 and toks[k].norm.startswith("ال") and toks[k].norm not in LOYAL_WORDS
                   and not any(toks[k].start <= m.start < toks[k].end for m in adj + named)):
                k += 1  # قوات المخلوع صالح، قوات الرئيس السابق صالح: his title, then the man who owns them
            if k > j + 1 and k < len(toks) and any(m.type == "PER" and toks[k].start <= m.start < toks[k].end for m in named):
                i = j + 1
                continue
            owner = _match_head(toks, j + 1, lexicon) if j + 1 < len(toks) else None
            if (owner and owner[1]["sector"] == "GOV" and row["sector"] in ("MIL", "COP", "SPY")
                    and not toks[j].norm.lstrip("وفبل").startswith("ال") and toks[j + 1].norm.startswith("ال")):
                i = j + 1  # قوات الحكومة الليبية: the government's own forces; the government is the actor
                continue
            if any(m.start <= start < m.end for m in named):
                i = j + 1  # inside a gazetteer name (الجيش الوطني الليبي)
                continue
            if row["sector"] in ("GOV", "MIL", "COP", "SPY", "SRC") and nxt is not None and nxt.norm.lstrip("و") in ("في", "ب") \
                    and j + 2 < len(toks):
                org = next((m for m in named if m.type == "ORG" and m.key and toks[j + 2].start <= m.start < toks[j + 2].end), None)
                if org is not None:  # مسؤولون في مجلس الأمن القومي، مصادر في المقاومة: of that body
                    out.append(Mention(start, end, text[start:end], "ORG", key=org.key, source="generic"))
                    i = j + 1
                    continue
            if row["sector"] in ("MIL", "REB", "UAF", "COP") and nxt is not None and j + 2 < len(toks) \
                    and nxt.norm.lstrip("و") in LOYAL_WORDS and toks[j + 2].norm[:1] == "ل":
                lord = next((m for m in named if m.type in ("PER", "ORG") and m.key
                             and toks[j + 2].start <= m.start < toks[j + 2].end + 40
                             and text[toks[j + 2].start:m.start].count(" ") <= 2), None)
                if lord is not None:  # القوات الموالية للرئيس السابق صالح: Saleh's forces, not a state's army
                    out.append(Mention(start, end, text[start:end], lord.type, key=lord.key, source="generic"))
                    i = j + 1
                    continue
            country, last = "", j
            if row["country"] in ("yes", "home", "nisba", "title"):
                # a nisba within the next three words, with only adjectives between
                for k in range(j + 1, min(j + 4, len(toks))):
                    a = next((m for m in adj if toks[k].start <= m.start < toks[k].end), None)
                    a = a or next((m for m in named if toks[k].start <= m.start < toks[k].end and _nisba_named(m)), None)
                    if a is not None:
                        country, last = a.key, k
                        break
                    if row["sector"] == "STATE":
                        break  # الجانب الروسي: the nisba must follow at once
                    if not (toks[k].norm.startswith("ال") or toks[k].norm.endswith(("ي", "يه", "ين", "ون"))):
                        break
            if row["country"] in ("nisba", "title") and not country:
                i = j + 1  # الطيران alone names no one
                continue
            hold = last + 1
            if row["country"] == "title" and hold + 1 < len(toks) and toks[hold].norm in ("في", "لدي"):
                post = next((m for m in named if m.type in ("GPE", "LOC") and m.start == toks[hold + 1].start), None)
                while post is not None and hold + 1 < len(toks) and toks[hold + 1].start < post.end:
                    hold += 1  # السفير الإسرائيلي في الولايات المتحدة رون ديرمر: the post, then the holder
                hold += post is not None
            if row["country"] == "title" and any(m.type == "PER" and toks[k].start <= m.start < toks[k].end
                                                 for m in named for k in range(hold, min(hold + 2, len(toks)))):
                i = j + 1  # وزير الخارجية الأمريكي جون كيري: the title of the person named after it
                continue
            if row["sector"] == "STATE":
                if country:  # الجانب الروسي is Russia itself; a bare الجانب is nobody
                    out.append(Mention(start, end, text[start:end], "GPE", key=country, source="generic"))
                elif row["country"] == "home":  # a bare المملكة: which kingdom is settled with the article's state
                    out.append(Mention(start, end, text[start:end], "GENERIC", key="generic:STATE:", source="generic"))
                i = j + 1
                continue
            key = f"generic:{row['sector']}:{country}"
            out.append(Mention(start, end, text[start:end], "GENERIC", key=key, source="generic"))
            i = j + 1
    return out


def _nisba_named(m: Mention) -> bool:
    """A state named in the shape of its feminine nisba (سورية): after a generic head it is the nisba
    (قوات معارضة سورية = Syrian opposition forces), not the owner."""
    return m.type == "GPE" and bool(m.key) and norm(m.text).endswith("يه")


def _clitic_pre(tok: Token, clen: int) -> str:
    return tok.norm[:clen]


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
    country: str = ""

    @property
    def is_adj(self) -> bool:
        return self.msource == "adjective"


def place_actors(text: str, toks: list[Token], mentions: list[tuple[Mention, Entity]], units=None) -> list[Slot]:
    """Slots for the (mention, entity) pairs that fall inside the tokens' span.

    A person's title belongs to its slot (من نظيره الروسي فلاديمير بوتين, إلى
    وزير الدفاع الروسي سيرجي شويغو): the slot starts at the title, takes the
    preposition in front of it, and the nisba or organisation inside the title
    is no actor of its own.
    """
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
        prep, conj = _prep_from(raw, toks, ti)
        sl = Slot(ti, tj, m.start, m.end, ent.id, ent.type, m.source or "", prep, conj, ent.country or "")
        if ent.type == "PER" and m.role and not raw:
            _title_start(sl, toks, norm(m.role).split())
        slots.append(sl)
    slots.sort(key=lambda x: (x.start, -(x.end - x.start)))
    # a nisba right before a person is part of the title: نظيره الروسي بوتين، للفريق الليبي حفتر
    for a, b in zip(slots, slots[1:]):
        if a.is_adj and b.etype == "PER" and b.ti == a.tj + 1 and a.ti >= 1 and b.ti == _orig_ti(b, toks):
            k = a.ti - 1
            if not any(x.ti <= k <= x.tj for x in slots) and toks[k].norm.lstrip("وف") not in PREP_WORDS:
                pre = _article_clitics(toks[k].norm)
                if pre is not None:
                    b.ti = k
                    b.prep, b.conj = _prep_from(pre, toks, k)
    # السفير الإسرائيلي في الولايات المتحدة رون ديرمر، سفير السعودية لدى واشنطن: the title, its nisba and
    # its post come before the name
    for b in slots:
        if b.etype != "PER" or b.ti != _orig_ti(b, toks) or b.prep or b.conj:
            continue
        post = next((p for p in slots if p.tj == b.ti - 1 and p.prep in ("في", "لدي") and p.etype in ("GPE", "LOC")
                     and p.ti >= 2 and toks[p.ti - 1].norm in ("في", "لدي")), None)
        a = post and next((x for x in slots if x.tj == post.ti - 2 and x.is_adj and x.ti >= 1), None)
        if a is not None and not any(x.ti <= a.ti - 1 <= x.tj for x in slots):
            pre = _article_clitics(toks[a.ti - 1].norm)
            if pre is not None and units is not None and units.is_("titlehead", toks[a.ti - 1]):
                b.ti = a.ti - 1
                b.prep, b.conj = _prep_from(pre, toks, b.ti)
    # a nisba on a noun marked by لـ is marked too: دعما للتحركات المصرية (for Egypt's moves); so is one on a party
    # noun after a preposition word (إلى الشعب اليمني)
    for a in slots:
        if a.is_adj and not a.prep and a.ti >= 1 and not a.conj:
            prev = toks[a.ti - 1].norm
            if any(x.ti <= a.ti - 1 <= x.tj for x in slots):
                continue  # the word before is an actor's own
            if prev.startswith("لل"):
                a.prep = "ل"
            elif (prev.startswith("ال") and prev[2:] in PARTY_NOUNS and a.ti >= 2
                  and toks[a.ti - 2].norm.lstrip("وف") in NOUN_PREPS):  # ضد المواقع الحوثية
                a.prep = toks[a.ti - 2].norm.lstrip("وف")
    if units is not None:
        _coordinated_titles(text, toks, slots, units)
        # وجماعة حزب الله، ولميليشيا الحوثي: a bare organisation head right before an organisation's
        # name belongs to its slot, with the و or preposition on it
        heads = units.words.get("orghead", frozenset())
        for sl in slots:
            k = sl.ti - 1
            if (sl.etype == "ORG" and k >= 0 and not sl.prep and not sl.conj and sl.ti == _orig_ti(sl, toks)
                    and not any(x.ti <= k <= x.tj for x in slots)):
                w = toks[k].norm
                pre = next((p for p in ("", "و", "ف", "ل", "ب", "ول", "وب") if w.startswith(p) and w[len(p):] in heads), None)
                if pre is not None:
                    sl.ti = k
                    sl.prep, sl.conj = _prep_from(pre, toks, k)
        # هادي إليامي رئيس لجنة حقوق الإنسان العربية: a body in a title written right after a person's
        # name is part of his title (apposition), no actor of its own
        per_end = {sl.tj: sl for sl in slots if sl.etype == "PER"}
        for sl in [sl for sl in slots if sl.etype in ("ORG", "GENERIC")]:
            who = _apposed_body(sl, toks, per_end, units)
            if who is not None and not any(p.etype == "PER" and p.ti <= sl.ti and sl.tj < p.tj for p in slots):
                # the title with its body is the person's: the phrase ends where the body does (not when the
                # title is the next name's: الأمين العام للجامعة العربية ستيفان دي ميستورا)
                who.tj, who.end = sl.tj, sl.end
                slots.remove(sl)
    titles = [(x.ti, _orig_ti(x, toks)) for x in slots if x.etype == "PER"]
    titles = [(a, b) for a, b in titles if a < b]
    kept: list[Slot] = []
    for sl in slots:
        if any(a <= sl.ti and sl.tj < b for a, b in titles):
            continue  # inside a person's title (الروسي in وزير الدفاع الروسي شويغو)
        # drop a slot nested in a longer one
        if kept and sl.start < kept[-1].end:
            if sl.end <= kept[-1].end:
                continue
        # the nisba of a generic head belongs to it: الجيش المصري، القيادة العسكرية المصرية
        if (kept and sl.is_adj and kept[-1].etype == "GENERIC" and kept[-1].country
                and sl.country == kept[-1].country and 0 < sl.ti - kept[-1].tj <= 3):
            kept[-1].tj, kept[-1].end = sl.tj, sl.end
            continue
        kept.append(sl)
    return kept


def _apposed_body(sl: Slot, toks: list[Token], per_end: dict, units) -> Slot | None:
    """Is the body in slot sl part of the title written right after a person's name? هادي إليامي رئيس لجنة
    …، عبد اللطيف الزياني الأمين العام لمجلس التعاون: a title head (and the adjective of a two-word
    title) between the name's end and the body, in construct or with لـ.  Returns the person's slot."""
    if sl.prep not in ("", "ل") or sl.ti < 2:
        return None
    k = sl.ti - 1
    if not units.is_("titlehead", toks[k]):
        if sl.prep != "ل":
            return None
        h = k
        while h > k - 2 and h >= 1 and toks[h].norm.startswith("ال") and not units.is_("titlehead", toks[h]):
            h -= 1  # الأمين العام لـ، الأمين العام المساعد لـ: the title's adjectives
        if h == k or not units.is_("titlehead", toks[h]):
            return None
        k = h
    elif sl.prep:
        return None
    return per_end.get(k - 1)


def _coordinated_titles(text: str, toks: list[Token], slots: list[Slot], units) -> None:
    """A person whose title the NER did not attach: ورئيس حكومة إقليم كردستان Y، الأمين العام للأمم المتحدة Y.

    The slot starts at a title head (`_titlehead` rows, with its clitics: و joins it to what precedes)
    up to five words back; no comma or other person may stand between, and the organisation or place
    inside the title is then no actor of its own."""
    for b in slots:
        if b.etype != "PER" or b.conj or b.prep or b.ti != _orig_ti(b, toks):
            continue
        for k in range(b.ti - 1, max(-1, b.ti - 6), -1):
            if any(x is not b and x.etype == "PER" and x.ti <= k <= x.tj for x in slots):
                break
            if any(ch in text[toks[k].end:toks[k + 1].start] for ch in "،,.:؛"):
                break
            pre = _title_head(toks[k].norm, units)
            if pre is not None:
                b.ti = k
                b.prep, b.conj = _prep_from(pre, toks, k)
                break


def _title_head(word: str, units) -> str | None:
    """The clitics before a title head (و، لل …), or None when the word is no title head."""
    heads = units.words.get("titlehead", ())
    for pre in ("", "و", "ف", "ل", "ب", "ول", "وب"):
        if word.startswith(pre) and word[len(pre):] in heads:
            return pre
    return None


def _orig_ti(sl: Slot, toks: list[Token]) -> int:
    """The token where the slot's mention itself starts (after any title)."""
    return next((k for k, t in enumerate(toks) if t.start <= sl.start < t.end or t.start >= sl.start), sl.ti)


def _prep_from(raw: str, toks: list[Token], ti: int) -> tuple[str, bool]:
    """(preposition, joined-by-و) for an actor starting at token ti with clitics ``raw`` glued in front."""
    conj = raw[:1] in ("و", "ف")
    p = raw[1:] if conj else raw
    prep = ""
    if p.startswith("ب"):
        prep = "ب"
    elif p.startswith("ل"):
        prep = "ل"
    elif p.startswith("ك"):
        prep = "ك"
    if not raw and ti > 1:
        # إلى جميع الأطراف، لكافة الفصائل: a quantifier stands between the preposition and the actor
        q = toks[ti - 1].norm
        bare = q[1:] if q[:1] in ("و", "ف") and q[1:] not in QUANTIFIERS else q
        if bare[:1] in ("ب", "ل") and bare[1:] in QUANTIFIERS:
            return bare[:1], bare != q
        if bare in QUANTIFIERS and toks[ti - 2].norm.lstrip("وف") in PREP_WORDS:
            ti -= 1
    if not raw and ti > 0:
        prev = toks[ti - 1].norm
        if prev in ("و", "ف"):
            conj = True
        else:
            pv = prev[1:] if prev[:1] in ("و", "ف") and prev[1:] in PREP_WORDS else prev
            # كل من السعودية والإمارات (= both) after a feminine verb is its subject, not a من-phrase
            both = (pv == "من" and ti > 2 and toks[ti - 2].norm.lstrip("و") == "كل" and toks[ti - 3].norm.endswith("ت"))
            if pv in PREP_WORDS and not both:
                prep = pv
                conj = conj or pv != prev
            if (ti > 1 and (toks[ti - 2].norm.lstrip("وف"), prev) in AGENT_PAIRS) or prev.lstrip("و") in AGENT_WORDS:
                prep = "agent"
    return prep, conj


def _article_clitics(word: str) -> str | None:
    """Clitics before the article of a definite word (للفريق -> ل, والرئيس -> و), '' for a bare word."""
    for pre in ("ولل", "فلل", "وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ال"):
        if word.startswith(pre) and len(word) > len(pre) + 2:
            return {"لل": "ل", "ولل": "ول", "فلل": "فل"}.get(pre, pre[:-2])
    # بنظيره، لنظيره: a clitic on a noun with a possessive pronoun (no article)
    for pre in ("وب", "فب", "ول", "فل", "ب", "ل", "و", "ف"):
        if word.startswith(pre) and word.endswith(("ه", "ها")) and len(word) - len(pre) >= 4:
            return pre
    return "" if not word.startswith(("و", "ف", "ب", "ل", "ك")) else None


def _title_start(sl: Slot, toks: list[Token], role_words: list[str]) -> None:
    """Move a person's slot to the start of the title written just before the name."""
    n = len(role_words)
    k = sl.ti - n
    if n == 0 or k < 0:
        return
    last = role_words[-1]
    if not (toks[sl.ti - 1].norm == last or toks[sl.ti - 1].norm.endswith(last)):
        return
    first, word = role_words[0], toks[k].norm
    if word.endswith(first):
        pre = word[: len(word) - len(first)]
    elif first.startswith("ال") and word.endswith(first[2:]):
        pre = word[: len(word) - len(first) + 2]
        pre = pre[:-1] if pre.endswith("لل") else pre  # لل = ل + ال
    else:
        return
    sl.ti = k
    sl.prep, sl.conj = _prep_from(pre, toks, k)
