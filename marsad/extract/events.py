"""PLOVER events between actors, with modality, time, attribution; and quotes.

``extract_events(text, doc_id, sentences, entities, times, published, lexicon, outlet_id)``
reads each sentence's tokens, finds triggers from ``triggers.tsv`` (verbs in
their conjugations, verbal nouns, phrases), and fills the arguments from
Arabic word order and prepositions:

- a verb's subject follows it (VSO: طلب حفتر) or precedes it (SVO: روسيا
  أرسلت); its target is the actor after the preposition the trigger row names
  (طلب من، أرسل إلى، اجتمع مع) or its bare object (اتهم حفتر قطر);
- a verbal noun's genitive is its agent (زيارة بيرنز، تحذير واشنطن للقاهرة)
  unless the row says the genitive is the patient (تزويد حفتر، اعتقال الصحفي);
  a nisba after it is the agent too (الدعم الروسي);
- a request/agreement/refusal governs the verbal noun after it: طلب حفتر من
  روسيا إرسال طائرات is a REQUEST and a *requested* AID from Russia to Haftar;
- coordinated actors (روسيا والإمارات ومصر) give one event each; a subject
  left out (وطلب ...) is the previous event's.

Needs: entities with mentions (gazetteer, ner, coref, adjective, metonym,
generic), the document's time expressions.  Sets nothing on its inputs.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..arabic.normalize import HARAKAT, norm
from ..arabic.tokens import Token, tokenize
from ..records import DateValue, Entity, Event, Quote, stable_id
from ..resources import read_tsv
from . import attribution as attr
from .actors import ACTOR_TYPES, PREP_WORDS, GenericLexicon, Slot, place_actors
from .arguments import (AUXILIARIES, BENEFICIARY_TYPES, DO_VERBS, LIGHT_BI, SUBJECT_PRONOUNS, WITH_NOUNS, Sentence, actor_gender,
                        agrees, all_adj, arguments, asides, between, bounds, genitive_of_noun, groups_of, of_inner_noun,
                        prep_pronoun, pronoun_agent, verb_gender)
from .modality import find_cues, modality_for
from .references import in_title, org_anaphors
from .relations import ACTOR_PLACES, Units, is_count, own_slots, possessor_target
from .quotes import MIN_WORDS_NO_CUE, MIN_WORDS_WITH_CUE, quote_spans, word_count
from .triggers import FormIndex, Reading, build_index, load_rows, split_cell
from .wordlists import word_list

NOUN_GOVERNORS = {"علي", "من", "في", "الي", "عن", "بعد", "قبل", "حول", "بشان", "خلال", "بسبب", "اجل", "نحو"}
VERB_OPENERS = word_list("verb_opener")
QUANTITY_HEADS = word_list("quantity_head")
TIME_NOUNS = word_list("time_noun")
KIN_WORDS = word_list("kin_word")


@dataclass
class EventLexicon:
    """Every resource the event extractor needs, loaded once (picklable)."""

    triggers: list
    trig_index: FormIndex
    plover: dict
    modality: list
    mod_index: FormIndex
    attribution: list
    attr_index: FormIndex
    generic: GenericLexicon
    masculine: frozenset = frozenset()
    units: Units = dataclasses.field(default_factory=Units)
    function_words: frozenset = frozenset()  # particles and adverbs as written: never a trigger as they stand (هنا، قبل)
    verbs: frozenset = frozenset()  # every inflected verb form (``verb_forms``), built once at load
    delivery_row: dict | None = None  # the AID military row a receipt of weapons is told as
    accuse_row: dict | None = None  # the ACCUSE row a speaker naming an attack's author is told as

    def verb_forms(self) -> frozenset:
        """Every inflected verb form of the trigger and speech-verb lexicons (a name is none of them)."""
        out = set()
        for index in (self.trig_index, self.attr_index):
            for form, rows in index.first.items():
                if any(kind in ("v", "i") for _, kind, _ in rows):
                    out.add(form)
        return frozenset(out)

    @classmethod
    def load(cls) -> "EventLexicon":
        trig = load_rows("triggers.tsv", ["form", "pos", "type", "cameo"],
                         ["impf", "mode", "sprep", "tprep", "comp", "obj", "flags", "note"])
        plo = {r["type"]: r for r in load_rows("plover.tsv", ["type", "cameo", "needs_target"], ["modes", "description"])}
        for r in trig:
            if (r.get("flags") or "") not in TRIGGER_FLAGS:
                raise ValueError(f"triggers.tsv: unknown flag {r['flags']!r} for {r['form']!r} (known: {sorted(TRIGGER_FLAGS)})")
            r["_tprep"] = [norm(p) for p in split_cell(r.get("tprep", ""))]
            r["_sprep"] = [norm(p) for p in split_cell(r.get("sprep", ""))]
            r["_obj"] = [tuple(norm(w).split()) for w in split_cell(r.get("obj", ""))]
        mod = load_rows("modality.tsv", ["cue", "pos", "modality", "scope"], ["impf", "window", "requires", "note"])
        att = load_rows("attribution.tsv", ["cue", "pos", "kind"], ["impf", "note"])
        masc = set()
        for r in read_tsv("gender.tsv", ["form", "gender"], ["note"]):
            if r["gender"] == "m":
                f = norm(r["form"])
                masc |= {f, f[2:] if f.startswith("ال") else f}
        particles = frozenset(r["form"] for r in read_tsv("function_words.tsv", ["form", "kind"]) if r["kind"] != "verb")
        lex = cls(trig, build_index(trig), plo, mod, build_index(mod, "cue"), att, build_index(att, "cue"),
                  GenericLexicon.load(), frozenset(masc), Units.load(), particles)
        lex.verbs = lex.verb_forms()
        # the row a received delivery of weapons is told as (military aid)
        lex.delivery_row = next((r for r in trig if r["type"] == "AID" and r.get("mode") == "military" and r["pos"] == "n"), None)
        lex.accuse_row = next((r for r in trig if r["type"] == "ACCUSE" and r["pos"] == "n"), None)
        return lex


# verbs that make the indefinite noun after them a predicate (تمثل ضربة، يعد تهديدا)
COPULA_VERBS = word_list("copula_verb")

# triggers.tsv flags (one per row); see the file's header
TRIGGER_FLAGS = frozenset({"", "cons", "perfect", "adv", "pp", "verbal", "nctx"})


@dataclass
class Trig:
    ti: int
    tj: int
    row: dict
    kind: str  # v i n a
    reading: Reading
    governor: "Trig | None" = None
    sources: tuple = ()
    targets: tuple = ()
    inherited: bool = False
    cons: tuple = ()  # every party of a symmetric "between" event
    claimed: bool = False  # the content of an accusation (اتهمه بإرسال …): hedged
    ascribed: bool = False  # its author is named by someone else (أن داعش يقف وراء الهجوم، هجوم نسب إلى داعش)
    alleged: bool = False  # its author is only ascribed (يقف وراء، من تنفيذ، نسب إلى): hedged
    asserted: bool = False  # asserted whatever cues surround it: a speaker's accusation derived from an
    # ascription, a state a participle describes (الميليشيات المدعومة من إيران)
    talks: "Trig | None" = None  # the talks in a time phrase after it (وافقت إيران خلال عامين من المحادثات مع …)


def _stems(tok: Token) -> list[str]:
    from .triggers import analyses
    out = []
    for rd in analyses(tok.norm):
        s = rd.stem[2:] if rd.stem.startswith("ال") and len(rd.stem) > 3 else rd.stem
        out.append(s)
    return out


def _obj_end(toks: list[Token], j: int, aslots: tuple = (), units: Units | None = None) -> int:
    """End of the object window after a trigger ending at j: nine words, where each actor name
    counts as one word (names seen in order, so a second coordinated name also stretches it) and a
    time adverbial between commas (، الثلاثاء، / يوم الأحد / أمس) counts as none."""
    end = j + 9
    for sl in sorted(aslots, key=lambda s: s.ti):
        if j < sl.ti < end:
            end += sl.tj - sl.ti
    if units is not None:
        k = j + 1
        while k < min(end, len(toks)):
            if units.is_("adverb", toks[k]):
                end += 1
            k += 1
    return min(len(toks), end, j + 21)


def _obj_ok(row: dict, toks: list[Token], j: int, wslots: list[Slot], aslots: tuple = (), units=None) -> bool:
    if not row["_obj"]:
        return True
    # the window counts an actor's name as one word: وقع رئيس الوزراء العراقي X ورئيس حكومة Y … اتفاقا
    end = _obj_end(toks, j, aslots, units)
    for words in row["_obj"]:
        if words == ("weapon",):
            if any(j < s.ti < end for s in wslots):
                return True
            continue
        for k in range(j + 1, end):
            if all(k + n < len(toks) and any(st.startswith(w) for st in _stems(toks[k + n]) + [toks[k + n].norm])
                   for n, w in enumerate(words)):
                return True
    return False


# ً ٌ ٍ: an indefinite noun or adjective, never a verb (but شنواً: a stray mark after the plural وا)
TANWEEN = set("\u064b\u064c\u064d")


def _pick_triggers(toks: list[Token], lex: EventLexicon, wslots: list[Slot], starts: frozenset = frozenset(),
                   aslots: tuple = (), marbuta: bool | None = None) -> list[Trig]:
    """Triggers of a sentence; ``starts``: token indices that open a clause after a colon (وكالات: قصف الجيش);
    ``marbuta``: whether the document writes ة (default: whether this sentence does)."""
    out: list[Trig] = []
    if marbuta is None:
        marbuta = any("ة" in tok.text for tok in toks)  # does this text write the ta marbuta?
    k = 0
    while k < len(toks):
        matches = lex.trig_index.match(toks, k)
        if matches:
            # a perfect-only row (سيطر على) takes no object pronoun: سيطرتها is "its control", a state
            # (فرض سيطرته على المدينة still names the seizure)
            matches = [m for m in matches if not (m[3].suf and "perfect" in (lex.triggers[m[0]].get("flags") or "")
                                                  and (not (m[2] + 1 < len(toks) and toks[m[2] + 1].norm == "علي")
                                                       or (k and toks[k - 1].norm.lstrip("و") in NOUN_GOVERNORS)))]
        if matches and TANWEEN & set(toks[k].text) and not toks[k].norm.endswith("وا"):
            matches = [m for m in matches if m[1] not in ("v", "i")]  # تحدياً، سافراً: nunation marks a noun
        if matches:  # الداعية is "the preacher": an adverbial participle (داعية، داعيا) never takes the article
            matches = [m for m in matches if not ("adv" in (lex.triggers[m[0]].get("flags") or "") and "ال" in m[3].pre)]
        if matches and _bare_text(toks[k]) in lex.function_words:
            matches = [m for m in matches if m[3].pre or m[3].suf]  # هنا is "here", not هنأ; قبل is "before"
        if matches and k and toks[k - 1].norm in AFTER_PREP and ":" not in toks[k - 1].text:
            matches = [m for m in matches if m[1] not in ("v", "i")]  # في قاطع مخمور: a noun, never a verb
        if matches and k and toks[k - 1].norm in MANNER_HEADS:
            matches = []  # بشكل قاطع، بصورة مباشرة: a word after a manner noun is an adjective
        if matches and k and toks[k - 1].norm.lstrip("وفبل") == "اي" and all(m[1] in ("n", "a") for m in matches):
            matches = []  # لن تقبل بأي تهديد: "any threat" is no threat that happened
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if matches and nxt is not None and nxt.norm.lstrip("و") in QUANTITY_HEADS:
            matches = [m for m in matches if m[1] not in ("v", "i")]  # يبلغ عدد السكان، وصل عدد القتلى: an amount
        if (matches and nxt is not None and _bare_text(toks[k]) in TIME_NOUNS
                and (lex.units.is_("adverb", nxt) or nxt.norm in ("امس", "اليوم", "يوم", "الغد"))):
            matches = []  # فجر الاثنين، فجر اليوم: dawn, not "exploded"
        if matches and marbuta and toks[k].text.rstrip(HARAKAT).endswith("ه"):
            # ومساعده: a text that writes ة writes it everywhere; a final ه is the pronoun (his assistant),
            # not مساعدة (help) spelt without its dots
            matches = [m for m in matches if not (m[1] in ("n", "a") and not m[3].suf
                                                  and lex.triggers[m[0]]["form"].split()[0].endswith("ة"))]
        if matches and k and toks[k - 1].norm.lstrip("و") in COPULA_VERBS and not toks[k].norm.lstrip("وفبل").startswith("ال"):
            matches = [m for m in matches if m[1] not in ("n", "a")]  # تمثل ضربة للحوثيين، يعد تهديدا: a predicate
        if matches and out and out[-1].row.get("mode") == "ease" and 0 < k - out[-1].tj <= 6 and (
                k == out[-1].tj + 1 or toks[k].norm[:1] == "و"):
            # رفع العقوبات الأمريكية وعقوبات الأمم المتحدة: what is lifted is no new sanction
            matches = [m for m in matches if lex.triggers[m[0]]["type"] not in ("SANCTION", "COERCE")]
        if matches and any(sl.ti <= k <= sl.tj and sl.msource == "generic" for sl in aslots):
            matches = [m for m in matches if m[1] in ("v", "i")]  # أعلنت المعارضة، قوات الاحتلال: the actor, not the act
        if matches and any(sl.start <= toks[k].start and toks[k].end <= sl.end and sl.msource in ("gazetteer", "ner", "title")
                           and sl.etype in ("ORG", "GPE", "LOC", "MEDIA") for sl in aslots):
            matches = []  # مجلس التعاون الخليجي، منظمة التحرير، ميدان التحرير: a word of a name is no act
        if not matches:
            k += 1
            continue
        kinds = {m[1] for m in matches}
        prev = toks[k - 1].norm if k else ""
        noun_ctx = any(m[1] in ("n", "a") and (m[3].pre.endswith(("ال", "لل", "ب", "ل")) or prev in NOUN_GOVERNORS)
                       for m in matches)
        verbal = kinds & {"v", "i"}
        # بإسناد ودعم من طيران التحالف: a form joined by و to a verbal noun right before it is a noun too
        coordinated = toks[k].norm[:1] == "و" and k > 0 and (
            (bool(out) and out[-1].tj == k - 1 and out[-1].kind in ("n", "a"))
            or (prev[:1] == "ب" and len(prev) > 4 and prev not in NOUN_GOVERNORS and prev not in PREP_WORDS))
        noun_ctx = noun_ctx or (coordinated and bool(kinds & {"n", "a"}))
        # أدانت، أعلنت: a written hamza above the alef is a form-IV verb, never its verbal noun (إدانة، إعلان)
        raw = toks[k].text.lstrip("وف")
        hamza_verb = raw[:1] == "أ" and all(lex.triggers[m[0]]["form"][:1] == "إ" for m in matches if m[1] in ("n", "a"))
        if verbal and (not (kinds & {"n", "a"}) or hamza_verb or (not noun_ctx and (k == 0 or k in starts or prev in VERB_OPENERS or toks[k].norm[:1] in ("و", "ف")))):
            fam = ("v", "i")
        elif verbal and not noun_ctx and all(lex.triggers[m[0]].get("flags") == "nctx" for m in matches if m[1] in ("n", "a")):
            fam = ("v", "i")  # أن الجيش قتل …: a noun read only where a noun must stand (بقتل، من قتل، القتل)
        else:
            fam = ("n", "a") if kinds & {"n", "a"} else ("v", "i")
        # a pronoun suffix is never written with ta marbuta: وزارة is a ministry, not و+زار+ه
        tm = toks[k].text.rstrip(HARAKAT).endswith("ة")
        cands = sorted((m for m in matches if m[1] in fam and not (tm and m[3].suf in ("ه",) and m[1] in ("v", "i"))),
                       key=lambda m: (-(m[2] - k), len(m[3].pre), m[0]))
        best = None
        for row_i, kind, j, rd in cands:
            if _obj_ok(lex.triggers[row_i], toks, j, wslots, aslots, lex.units):
                best = Trig(k, j, lex.triggers[row_i], kind, rd)
                break
        if best:
            out.append(best)
            k = best.tj + 1
        else:
            k += 1
    return out


def _after_light_verb(t: Trig, toks: list[Token]) -> bool:
    """قامت الميليشيات بقصف …: a verbal noun carried by قام/أقدم is told like a verb."""
    return t.kind == "n" and any(toks[k].norm.lstrip("وف") in LIGHT_BI for k in range(max(0, t.ti - 6), t.ti))


def _bare_text(tok: Token) -> str:
    """The word as written, without diacritics and without a leading و/ف (هنا، وهنا; هنأ keeps its hamza)."""
    w = "".join(ch for ch in tok.text if ch not in HARAKAT)
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def _place_only(ent: Entity, m) -> bool:
    """A city or region (not a state, not a capital standing for its state) is a place, not an actor."""
    if ent.type != "GPE" or m.source in ("metonym", "adjective"):
        return False
    if not m.key:
        return m.source == "ner"  # every state is in the gazetteer: an unknown GPE is a town or region
    return not (m.key.isupper() and len(m.key) == 3)


def _ids(g) -> tuple:
    return tuple(s.ent for s in g) if g else ()


def _attach_complements(trigs: list[Trig], S: Sentence) -> None:
    """طلب … إرسال، وافقت على إبلاغ: the verbal noun after a governing trigger is its complement."""
    toks = S.toks
    soft_hard = {h for h in S.hard_for(0) if toks[h].norm not in ("ان",)}
    for n, t in enumerate(trigs):
        if not t.row.get("comp"):
            continue
        for u in trigs[n + 1:]:
            if u.ti - t.tj > 8 or between(t.tj, u.ti, soft_hard):
                break
            if any(toks[k].norm.lstrip("و") in DURING_WORDS and not any(k < v.ti < u.ti for v in trigs)
                   for k in range(max(t.tj + 1, u.ti - 4), u.ti)):
                # وافقت عليها إيران خلال عامين من المحادثات، طلب … بعد زيارته إرسال: the noun of a time phrase is no
                # complement (the one after it may be); talks there still name who agreed with whom
                if u.row["type"] == "CONSULT" and t.talks is None:
                    t.talks = u
                continue
            if u.kind in ("n", "a") or toks[u.ti - 1].norm in ("ان", "بان"):
                u.governor = t
                break


def _before_nisbas(S: Sentence, k: int, plural_words: bool = False) -> int:
    """Token k stepped back over the nisba groups that end there (الحكومة اليمنية: back to الحكومة); with
    ``plural_words``, over a plural nisba that is in no group too (part of a generic mention: جنود عراقيون)."""
    while k >= 0:
        adj = next((g for g in S.groups if g[-1].tj == k and all_adj(g)), None)
        if adj is not None:
            k = adj[0].ti - 1
        elif (plural_words and not any(g[0].ti <= k <= g[-1].tj for g in S.groups)
              and S.toks[k].norm.endswith(("يون", "يين"))):
            k -= 1
        else:
            break
    return k


def _participle_args(t, S: Sentence) -> tuple:
    """(source, target) ids of a passive participle after a noun: the من-agent or an adverbial nisba
    after it (المدعومة من إيران، المدعومة إيرانيا), and the actor it describes right before it."""
    toks = S.toks
    k = _before_nisbas(S, t.ti - 1)  # الحكومة اليمنية المدعومة: its nisba first
    described = next((g for g in S.groups if g[-1].tj == k and not all_adj(g)), None)
    agent = next((g for g in S.groups if 0 < g[0].ti - t.tj <= 2 and (g[0].prep == "من" or (
        g[0].ti == t.tj + 1 and all_adj(g) and toks[g[0].ti].norm.endswith("يا")))), None)
    if described is None or agent is None:
        return (), ()
    src = _ids(agent)
    return src, tuple(x for x in _ids(described) if x not in src)


def _indefinite_antecedent(t, S: Sentence):
    """The indefinite actor right before verb t whose object pronoun points back to it, or None."""
    if t.kind not in ("v", "i") or t.reading.suf not in ("ه", "ها", "هم", "هما") or t.reading.pre or t.ti < 1:
        return None
    # جنود عراقيون دربهم: the nisba first (a slot of its own, or part of the generic mention)
    k = _before_nisbas(S, t.ti - 1, plural_words=True)
    g = next((g for g in S.groups if g[-1].tj == k and not g[0].prep and not all_adj(g)), None)
    last = g[-1] if g is not None else None  # وجماعات مسلحة: the last of a coordination
    if last is None or S.toks[last.ti].norm.lstrip("وفبل").startswith("ال") or last.etype != "GENERIC":
        return None  # a named actor or a definite noun before the verb is its subject (SVO)
    return [last]


def _asyndetic_head(t, trigs: list[Trig], S: Sentence):
    """The indefinite act noun right before verb t that t describes (في عمليات استهدفت، بغارة قتلت), or None."""
    toks = S.toks
    if t.kind not in ("v", "i") or t.ti < 2 or t.reading.pre:
        return None
    k = t.ti - 1
    w = toks[k].norm
    act = next((u for u in trigs if u.ti == k and u.kind in ("n", "a") and u.row["type"] in HOSTILE_TYPES), None)
    if not (act is not None or w.lstrip("وفب") in DO_NOUNS) or w.lstrip("وفبل").startswith("ال"):
        return None
    before = toks[k - 1].norm.lstrip("و")
    if not (w[:1] == "ب" or before in NOUN_GOVERNORS or before.isdigit()):
        return None  # a preposition (or a count) before the noun: في عمليات، بغارات، 30 غارة
    return act if act is not None else k


RULING_VERBS = word_list("ruling_verb")


def _verb_in(tok: Token, verbs) -> bool:
    """Is the token one of the verb forms, after a conjunction (و، ف) and the future prefix (س)?
    ووعد is و + وعد, وسيشارك is و + س + يشارك (lstrip would eat the first letter of وعد)."""
    w = tok.norm
    forms = {w}
    if w[:1] in ("و", "ف") and len(w) > 3:
        forms.add(w[1:])
    forms |= {f[1:] for f in forms if f[:1] == "س" and f[1:2] in ("ي", "ت", "ن") and len(f) > 3}
    return any(f in verbs for f in forms)


def _ruling_court(S: Sentence, t):
    """The court whose ruling verb governs the sentence noun t (قضت محكمة في فيينا بالسجن، أصدرت محكمة نمساوية
    أحكاما بالسجن، المحكمة حكمت بإعدام): the actor after the verb (VSO) or right before it (SVO), or None."""
    toks = S.toks
    if not toks[t.ti].norm.lstrip("و").startswith("ب") and not (t.ti and toks[t.ti - 1].norm.lstrip("و").startswith("ب")):
        return None
    hard = S.hard_for(t.ti)
    for v in range(t.ti - 1, max(-1, t.ti - 9), -1):
        if between(v, t.ti, hard):
            return None
        if _verb_in(toks[v], RULING_VERBS):
            after = next((g for g in S.groups if v < g[0].ti < t.ti and not g[0].prep and not all_adj(g)), None)
            if after is not None:
                return after
            return next((g for g in S.groups if g[-1].tj == v - 1 and not g[0].prep and not all_adj(g)), None)
    return None


def _pronoun_fits(S: Sentence, t, ids: tuple) -> bool:
    """Can t's pronoun suffix (ه / ها) stand for the actor ids? A person is never ها, a feminine body never ه."""
    g = next((g for g in S.groups if set(_ids(g)) & set(ids)), None)
    if g is not None and t.reading.suf in ("هم", "هما") and len(g) == 1 and g[0].etype == "PER":
        return False  # انسحابهم: "their" is never one person
    if g is None or t.reading.suf not in ("ه", "ها"):
        return True
    gender = "m" if g[0].etype == "PER" else actor_gender(g[0], S.text, S.masculine)
    return not gender or gender == "p" or gender == {"ه": "m", "ها": "f"}[t.reading.suf] or g[0].etype == "GPE"


# the words before an attack noun that name what someone was killed or hurt in (في غارة، جراء القصف)
ATTACK_MARKERS = ("في", "اثر", "جراء", "خلال")


def _kill_verb(t) -> bool:
    """Is t a kill verb (قتل، قتلوا), not its noun?"""
    return t.row["type"] == "ASSAULT" and t.row.get("mode") == "kill" and t.kind == "v"


def _counted_victims(t, S: Sentence):
    """The من-group of a count right before a plural kill verb (390 مقاتلا كرديا من حزب العمال قتلوا), or None."""
    if not _kill_verb(t) or t.sources or not t.reading.stem.endswith("وا"):
        return None
    g = next((g for g in S.groups if g[-1].tj == t.ti - 1 and g[0].prep == "من"), None)
    if g is None:
        return None
    k0 = g[0].ti - 1  # من
    if any(is_count(S.toks[k].norm) for k in range(max(0, k0 - 4), k0)):
        return g
    return None


def _counted_killed(t, S: Sentence):
    """The counted group right before a plural perfect kill verb with no object after it (خمسة مدنيين قتلوا
    أمس، 20 جنديا قتلوا في الهجوم): the ones killed (قُتلوا), not the killers; None otherwise."""
    if not _kill_verb(t) or t.reading.suf:
        return None
    g = next((g for g in S.groups if g[-1].tj == t.ti - 1 and not g[0].prep), None)
    if g is None or any(h[0].ti == t.tj + 1 and not h[0].prep for h in S.groups):
        return None
    k = g[0].ti - 1
    if not t.reading.stem.endswith("وا"):
        # أن مدنيا قتل في انفجار: one indefinite accusative after أن, no object after the verb: he was killed
        first = S.toks[g[0].ti]
        return g if (len(g) == 1 and k >= 0 and S.toks[k].norm.lstrip("و") in ("ان", "لان")
                     and first.norm.endswith("ا") and not first.norm.startswith("ال")) else None
    return g if k >= 0 and is_count(S.toks[k].norm.lstrip("و")) else None


def _verbs_describing_acts(trigs: list, S: Sentence) -> None:
    """نفذوا 29 ضربة جوية يوم الأحد استهدفت تنظيم داعش: an attack verb right after an indefinite attack noun (only
    its adjectives and time words between) is a relative clause without الذي describing it. The noun is its
    subject, so the actor after the verb is the object, and the noun's doer is the verb's."""
    toks = S.toks
    for v in trigs:
        if v.kind != "v" or v.row["type"] != "ASSAULT" or v.reading.pre[:1] in ("و", "ف") or v.governor is not None:
            continue
        u = next((u for u in reversed(trigs) if u.kind == "n" and u.row["type"] == "ASSAULT" and 0 < v.ti - u.tj <= 4
                  and "ال" not in u.reading.pre and not toks[u.ti].norm.lstrip("وفبل").startswith("ال")), None)
        if u is None or between(u.tj, v.ti, S.hard_for(v.ti)) or any(u.tj < g[0].ti < v.ti for g in S.groups):
            continue
        obj = next((g for g in S.groups if g[0].ti > v.tj and S.dist(v.tj, g[0].ti) <= 1 and not g[0].prep
                    and not all_adj(g)), None)
        if obj is None:
            continue
        # نفذوا 29 ضربة …: the verb that does the noun (before it, its count between) gives the doer
        w = next((w for w in trigs if w.kind in ("v", "i") and w.row["type"] == "ASSAULT" and w.tj < u.ti
                  and u.ti - w.tj <= 3 and w.sources), None)
        doer = u.sources or (w.sources if w is not None else ())
        v.targets = tuple(x for x in _ids(obj) if x not in doer)
        v.sources, v.inherited = doer, u.inherited
        for x in (u, w):
            if x is not None and not x.targets:
                x.targets = v.targets


def _victims_of_attacks(trigs: list, S: Sentence) -> None:
    """وقتل 19 شخصا من القوات التركية بهجمات نسبت إلى حزب العمال: the ones a passive kill verb names were hit by the
    attack named after it (بـ، في، جراء، إثر), when that attack has a doer and no target of its own."""
    for t in trigs:
        if t.sources:
            continue
        killed = _passive_kill(t, S)
        if killed is None:
            continue
        for u in trigs:
            if (u.kind in ("n", "a") and u.row["type"] == "ASSAULT" and 0 < u.ti - t.tj <= 10 and u.sources
                    and not u.targets and _after_attack_marker(S, u) and not between(t.tj, u.ti, S.hard_for(t.ti))):
                u.targets = tuple(x for x in _ids(killed) if x not in u.sources)
                break


def _outcome_victims(trigs: list, S: Sentence, units) -> None:
    """شن X هجوما أسفر عن مقتل ثلاثة جنود، في غارة للتحالف أدت إلى مقتل …، قصفت X مواقع …، ما أسفر عن مقتل …: the
    ones an attack killed or hurt, named after a verb of outcome, are its target (when it has none)."""
    if units is None:
        return
    for n, t in enumerate(trigs):
        if t.row["type"] != "ASSAULT" or t.targets or t.governor is not None:
            continue
        doing = _doing_verbs(S, t, trigs[:n]) if t.sources else []
        if t.kind in ("n", "a") and t.sources and not (doing or _after_attack_marker(S, t)):
            # an attack noun told as what happened (في هجوم لحزب العمال أسفر عن …، شن X هجوما أدى إلى …), not the
            # object of another verb (أفشلت الطائرات هجوما للميليشيات مما أدى إلى مقتل …: the foiling killed them)
            continue
        if t.kind in ("n", "a") and not t.sources:
            # شنت طائرات التحالف غارات …، ما أدى إلى …: the noun is the object of the verb of attack before it
            w = next((w for w in reversed(trigs[:n]) if w.kind in ("v", "i") and w.row["type"] == "ASSAULT"
                      and w.sources and not w.targets and 0 < t.ti - w.tj <= 3), None)
            hit = _victim_after(S, t, units) if w is not None else ()
            if w is not None:
                w.targets = tuple(x for x in hit if x not in w.sources)
            continue
        if not t.sources:
            continue
        hit = _victim_after(S, t, units)
        t.targets = tuple(x for x in hit if x not in t.sources)
        for w in doing:  # شن X هجوما أسفر عن مقتل …: the verb that does it hit them too
            if not w.targets:
                w.targets = t.targets


def _condemned_by(S: Sentence, t, u) -> bool:
    """Is act noun u the object of t, a verb that condemns, rejects or backs it (أدانت دمشق الغارات، أدانت X
    اختطاف Y)? Its source was then taken from t's subject, who did not commit the act."""
    return (t.row["type"] in ("ACCUSE", "REJECT", "PROTEST", "SUPPORT") and t.kind in ("v", "i") and u.kind == "n"
            and u.row["type"] in ("ASSAULT", "COERCE") and bool(u.sources) and u.sources == t.sources
            and (S.toks[u.ti].norm.lstrip("وف").startswith(("ال", "بال"))
                 or any(0 < g[0].ti - u.tj <= 2 and not g[0].prep for g in S.groups))  # أدانت X اختطاف (الصحفي) Y
            and (0 < u.ti - t.tj <= 3 or any(  # أدانت منظمة العفو الدولية اختطاف: right after a long subject
                set(_ids(g)) <= set(t.sources) and 0 < u.ti - g[-1].tj <= 2 and g[0].ti > t.tj for g in S.groups)))


def _helper_genitive(S: Sentence, t):
    """The actor in construct right after بـ + a help noun without the article (بمساندة طيران التحالف،
    بدعم الجيش), or None: the helper, whoever the noun's row would take its genitive to be."""
    if t.kind not in ("n", "a") or t.row["type"] not in ("AID", "SUPPORT") or t.reading.pre.lstrip("و") != "ب":
        return None
    g = next((g for g in S.groups if g[0].ti == t.tj + 1 and not g[0].prep and not all_adj(g)), None)
    # the one helped stands right before (تقدمت القوات بمساندة X; not الاتهامات لبلاده بدعم التنظيم: the charge)
    return g if g is not None and _helped(S, t) is not None else None


def _helped(S: Sentence, t):
    """The bare actor right before a help noun (القوات العراقية بمساندة …), or None."""
    return next((g for g in S.groups if g[-1].tj == t.ti - 1 and not g[0].prep and not all_adj(g)), None)


def _passive_kill(t, S: Sentence):
    """The ones killed when a perfect kill verb with no subject suffix reads as a passive (قُتل): a count
    right after it (وقتل مئات من قوات الأمن)، or a plural in -ون after it with no object after that (قتل في
    الهجمات شرطيون وجنود); else None."""
    if not _kill_verb(t) or t.reading.suf:
        return None
    toks = S.toks
    after = [g for g in S.groups if t.tj < g[0].ti <= t.tj + 6 and g[0].prep in ("", "من")
             and not between(t.tj, g[0].ti, S.hard_for(t.ti))]
    if not after:
        return None
    g = after[0]
    nxt = toks[t.tj + 1].norm if t.tj + 1 < len(toks) else ""
    if is_count(nxt):
        return g
    first = toks[g[0].ti].norm.lstrip("و")
    if not g[0].prep and first.endswith("ون") and not any(h[0].ti > g[-1].tj and not h[0].prep for h in after[1:]):
        return g
    return None


def _in_time_phrase(S: Sentence, t) -> bool:
    """Is noun t the last word of a time phrase (خلال قرابة عامين من المحادثات): a during word at most four
    words before it, no actor between?"""
    toks = S.toks
    for k in range(t.ti - 1, max(-1, t.ti - 5), -1):
        if any(g[0].ti <= k <= g[-1].tj for g in S.groups) or k in S.hard_for(t.ti):
            return False
        if toks[k].norm.lstrip("و") in DURING_WORDS:
            return True
    return False


def _future_carrier(t, S: Sentence, verbs: frozenset) -> bool:
    """Is t told in the future by a verb before it (the future prefix is on that verb, not on t)?

    A noun done by a future "do" verb (سيعقد اجتماعا، سيجري محادثات); an imperfect joined by و to a future verb
    of the same clause (سيزور الولايات المتحدة ويلتقي بالرئيس).
    """
    toks, hard = S.toks, S.hard_for(t.ti)

    def future(k: int, forms: frozenset) -> bool:  # سيعقد، ستجري، سيزور: the future prefix on an imperfect of forms
        w = toks[k].norm.lstrip("و")
        return w[:1] == "س" and w[1:2] in ("ي", "ت", "ن") and w[1:] in forms

    if t.kind in ("n", "a"):
        for k in range(t.ti - 1, max(-1, t.ti - 5), -1):
            if k in hard:
                return False
            if future(k, DO_VERBS):
                return True
            if k < t.ti - 1 and not any(g[0].ti <= k <= g[-1].tj for g in S.groups):
                return False  # only the verb or its subject between
        return False
    if t.kind == "i" and t.reading.pre[:1] == "و":
        return any(future(k, verbs) for k in range(t.ti - 1, max(-1, t.ti - 9), -1)
                   if not any(h in hard for h in range(k, t.ti)))
    return False


def _is_kin(tok: Token) -> bool:
    """A kinship noun, with or without one proclitic (والد is no و + الد; ولابن is و + لابن)."""
    w = tok.norm
    return w in KIN_WORDS or (w[:1] in "وفبل" and w[1:] in KIN_WORDS) or (w[:2] in ("ول", "وب") and w[2:] in KIN_WORDS)


def _after_comma(S: Sentence, t) -> bool:
    return t.ti >= 1 and "،" in S.text[S.toks[t.ti - 1].end:S.toks[t.ti].start]


def _opening_subject(S: Sentence, k: int, vg: str, comma: bool = True):
    """The bare actor right after the word opening the sentence (VSO), when a comma separates it from the
    verb at token k (``comma=False``: an adverbial participle describes that subject with or without one)."""
    toks = S.toks
    if comma and "،" not in S.text[toks[k - 1].end:toks[k].start]:
        return None
    # the opening word is the clause's verb (وقالت X، اعتبرت X …، وأدانت), not a preposition or particle
    if toks[0].norm in PREP_WORDS or toks[0].norm.lstrip("وف") in OPENING_NOT_VERB:
        return None
    g = next((g for g in S.groups if g[0].ti == 1 and not g[0].prep and not all(x.is_adj for x in g)), None)
    if g is None or g[-1].tj >= k or between(g[-1].tj, k, S.hard_for(k)) or not agrees(vg, g, S):
        return None
    return g


def _region_party(t: Trig, toks: list[Token], pslots: list[Slot], hard: set, units) -> tuple:
    """وقعت إثيوبيا مذكرة مع إقليم أرض الصومال: a region that signs or talks is the other party.

    Places are no actors; only an agreement or a meeting with a region named after مع (or مع إقليم …) makes one a party.
    """
    if t.row["type"] not in ("AGREE", "CONSULT") or not t.sources:
        return ()
    for p in pslots:
        if p.etype != "GPE" or not t.tj < p.ti <= t.tj + 8 or between(t.tj, p.ti, hard):
            continue
        if p.prep == "مع" and p.ti >= 2 and toks[p.ti - 2].norm.lstrip("وبل") in WITH_NOUNS:
            continue  # الحدود مع سوريا، العلاقات مع إيران: the noun's other party
        if p.prep == "مع" or (p.ti >= 2 and units.is_("region", toks[p.ti - 1]) and toks[p.ti - 2].norm == "مع"):
            return (p.ent,)
    return ()


def _indefinite_object(tok: Token) -> bool:
    """An indefinite accusative noun (قرارا، بيانا، مشروعا): -ا without the article; not ما-words (بينما)."""
    w = tok.norm
    return (len(w) >= 4 and w.endswith("ا") and not w.startswith(("ال", "وال", "بال", "فال", "لل"))
            and not w.endswith(("ما", "يضا", "جدا")))


def _expressed(S: Sentence, k: int, units) -> bool:
    """أعربت الجامعة عن تضامنها: a stance noun after عن that an "express" verb of the clause governs."""
    if units is None or k < 2 or S.toks[k - 1].norm != "عن":
        return False
    lo = max(0, k - 9)
    ws = units.words.get("express", ())

    def verb(tok: Token) -> bool:  # أعربت، وأعربوا، عبرت: a perfect with its subject suffix
        w = tok.norm.lstrip("وف")
        return any(w.startswith(x) and len(w) - len(x) <= 2 for x in ws)
    return any(verb(S.toks[i]) and not between(i, k, S.hard_for(k)) for i in range(lo, k - 1))


def _own_unit(tok: Token, units) -> bool:
    """مقاتلاتها، قواته: a force or platform with a possessive pronoun (its owner is named before)."""
    w = tok.norm.lstrip("وف")
    for suf in ("هما", "ها", "هم", "ه"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            stem = w[: -len(suf)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") and stem + "ه" not in units.words.get("unit", ()) and not stem.endswith("ات") else stem
            if stem in units.words.get("unit", ()) or stem in ("قوات", "قواته", "جيش", "جنود", "عناصر"):
                return True
    return False


def _fill_arguments(trigs: list[Trig], S: Sentence, si: int, qspeakers: list, memo: dict, units=None,
                    speakers: tuple = ()) -> None:
    """Sources and targets of a sentence's triggers, with subjects carried over and recipients."""
    toks = S.toks
    prev_src: tuple = ()
    prev_pos, prev_type, prev_tgt = -1, "", ()
    recv: tuple = (-99, ())
    claim: tuple = (-99, ())  # (token after the accused, accused): اتهم X Y بإرسال …
    talk: tuple = (-99, (), ())  # (end, first party, other parties) of the sentence's talks
    rel_subject: tuple = (-99, None)  # (end of the subject, antecedent) of a relative clause without الذي
    for t in trigs:
        if _victim_list(t, toks) or _whoever(t, toks):
            continue  # قتل كل من X وY: passive, the list is the killed; كل من يعارضه: anyone, no actor
        src, tgt = arguments(t, S, prev_pos, bool(prev_src), prev_tgt)
        if t.row.get("flags") == "pp":
            # الميليشيات المدعومة من إيران، حماس المدعومة إيرانيا: the noun described is the target
            t.sources, t.targets = _participle_args(t, S)
            t.asserted = True  # the backing is a state, not the clause's plan or request
            continue
        ante = _indefinite_antecedent(t, S)
        if ante is not None:
            # جماعات مسلحة تؤيدها هذه الجهات: a verb with an object pronoun right after an indefinite actor
            # describes it (a relative clause without الذي); the actor is its object, its subject follows
            after = next((g for g in S.groups if g[0].ti == t.tj + 1 and not g[0].prep and not all_adj(g)), None)
            if after is None:
                continue  # هذه الجهات: a subject that names no actor
            src, tgt = after, ante
            rel_subject = (after[-1].tj, ante)
        elif (t.kind in ("v", "i") and src is not None and rel_subject[0] == t.ti - 1
              and src[-1].tj == rel_subject[0]):
            src = rel_subject[1]  # ميليشيات تدعمها إيران هاجمت القاعدة: the militias attacked, not Iran
        carrier = _asyndetic_head(t, trigs, S)
        if carrier is not None:
            # في عمليات استهدفت تنظيم داعش، بغارات استهدفت مواقع: the verb describes the indefinite act noun
            # before it (a relative clause without الذي); its subject is that act, the actor after its object
            obj = next((g for g in S.groups if g[0].ti == t.tj + 1 and not g[0].prep and not all_adj(g)), None)
            src, tgt = (None, obj) if src is not None and obj is src else (None, tgt)
        pair_before = _dual(t) and next((g for g in S.groups if len(g) >= 2 and g[-1].tj < t.ti and not g[0].prep
                                         and _svo_adjacent(S, g, t)), None)
        if pair_before:
            src, tgt = pair_before[:1], pair_before[1:]  # أن أوباما ونظيره التركي أردوغان اتفقا: the pair before
        elif _dual(t) and memo["last_pair"] and not any(g[0].ti == t.tj + 1 and not g[0].prep for g in S.groups):
            src, tgt = None, None  # اتفقا خلاله: the two parties of the event before (below)
        if (claim[1] and t.kind in ("n", "a") and 0 <= t.ti - claim[0] <= 5 and t.governor is None
                and (t.reading.pre.lstrip("وف")[:1] == "ب"
                     or (t.ti >= 1 and toks[t.ti - 1].norm.lstrip("وف").startswith(RESPONSIBILITY)))):
            # اتهم X Y بشن …، حمل X Y مسؤولية شن …
            # the content of an accusation is done by the accused, and only claimed
            t.sources, t.claimed = claim[1], True
            t.targets = tuple(x for x in _ids(tgt) if x not in claim[1])
            claim = (-99, ())
            continue
        sources, targets = _ids(src), _ids(tgt)
        if src is None and _dual(t) and memo["last_pair"]:
            sources = memo["last_pair"]
        pk = _pair_subject(S, t, units) if not sources else ""
        if pk == "two" and memo["last_two"]:
            sources = memo["last_two"]  # وجدد الجانبان الدعوة، واتفق الطرفان: the two parties of the event before
        elif pk in ("ORG", "PER") and memo["coord"].get(pk):
            sources = memo["coord"][pk]  # وتدين الحركتان، ناقش الزعيمان: the last two of that kind named together
        if pk and sources and not targets and t.kind in ("v", "i") and "obj" in t.row["_tprep"]:
            targets = _ids(_object_after_pair(S, t))  # وتدين الحركتان الإسلاميتان … باستمرار تنظيم داعش
        if t.row.get("flags") == "cons" and src and tgt and src[0].prep == "بين":
            t.cons = _ids(src + tgt)
        if t.row["type"] == "RECEIVE":  # تلقى حفتر دعما، يتمتع حفتر … بدعم: Haftar is the recipient
            # (ضغوط تتعرض لها الحكومة: "لها" points back, what is undergone came before the verb)
            back_ref = t.tj + 1 < len(toks) and toks[t.tj + 1].norm in ("له", "لها", "لهم", "لهما")
            recv = (t.tj, sources) if not back_ref else (-99, ())
            t.sources = sources  # the recipient (no event of its own; see _deliveries)
            continue
        if not targets and recv[1] and S.dist(recv[0], t.ti) <= 8 and not between(recv[0], t.ti, S.hard_for(t.ti)):
            if not sources and t.kind in ("n", "a"):
                # تلقى السيسي برقية تهنئة من نظيره الجزائري: what is received comes from the من-actor
                giver = next((g for g in S.groups if 0 < g[0].ti - t.tj <= 4 and not between(t.tj, g[0].ti, S.hard_for(t.ti))
                              and (g[0].prep == "من" or "من" in (toks[g[0].ti - 1].norm, toks[g[0].ti - 2].norm))), None)
                sources = _ids(giver) if giver else ()
            targets = tuple(x for x in recv[1] if x not in sources)
            recv = (t.tj, recv[1])  # فضلا عن غطاء دبلوماسي من فرنسا: the next noun too
        allowed = _permitted(S, t) if t.kind in ("n", "a") and not sources else None
        if allowed is not None:
            # وافقت تركيا على السماح للجيش الأمريكي بشن ضربات: the one allowed does the act, and is
            # the one the permission (the governing agreement) is given to
            sources = _ids(allowed)
            if t.governor is not None and t.governor.sources:
                t.governor.targets = tuple(x for x in sources if x not in t.governor.sources)
        g = t.governor
        if g is not None and not allowed:
            if g.row["type"] == "REQUEST":
                sources = sources or g.targets
                # the one who asks benefits from an aid or a meeting, not from a veto, and not
                # when the text names another beneficiary (دعم الولايات المتحدة لقائد الجيش …)
                if t.row["type"] in BENEFICIARY_TYPES and not _names_beneficiary(toks, t.tj):
                    targets = targets or g.sources
            elif pronoun_agent(t, S) and not _pronoun_fits(S, t, g.sources):
                pass  # قضت المحكمة بسجنه … عقب سفره: "his" travel is not the court's
            else:
                sources = sources or g.sources
        if not sources and t.kind in ("n", "a") and units is not None:
            sources = _ids(_director(S, t, units))  # إنفاذا لتوجيهات الملك … لتقديم المساعدات: the king's aid
        if not sources and t.kind in ("n", "a") and t.row["type"] in HOSTILE_TYPES:
            # أن داعش يقف وراء الاعتداء / هجوم نسب إلى داعش، تبنى التنظيم المسؤولية عن الهجوم: its author
            by = _behind(S, t) or _ascribed(S, t)
            sources = _ids(by or _claimed_by(S, t))
            # a speaker's claim about the author (يقف وراء، من تنفيذ), not the narrator's passive (نسب إلى)
            t.ascribed = by is not None and not _ascribed(S, t, passive_only=True)
            t.alleged = by is not None  # who did it is a claim, not a fact the text asserts
        if (not sources and t.kind in ("v", "i") and t.row["type"] in HOSTILE_TYPES and memo.get("last_attacker")
                and not t.row["_obj"]  # نفذت الهجوم، شن الهجوم: the act noun is the light verb's object
                and any(u.kind in ("n", "a") and u.ti == t.tj + 1 and u.row["type"] == t.row["type"]
                        and toks[u.ti].norm.lstrip("وف").startswith("ال") for u in trigs)):
            # واستهدف الاعتداء حديقة: the attack told before is the subject; its author did it
            sources = memo["last_attacker"]
            for u in trigs:
                if u.ti == t.tj + 1:
                    u.sources = ()  # and the noun is no new attack
        if not sources and t.kind in ("v", "i") and t.ti >= 2 and toks[t.ti - 1].norm in RELATIVE_WORDS:
            # الاعتداء الذي استهدف المدينة: a relative verb telling an act noun again is that act
            n_t = trigs.index(t)
            noun = next((u for u in reversed(trigs[:n_t]) if u.kind in ("n", "a") and u.sources
                         and u.row["type"] == t.row["type"] and 0 <= t.ti - 1 - u.tj <= 2), None)
            # (not دانت مصر التفجير الذي استهدف: the condemner is not the bomber)
            if noun is not None and not any(_condemned_by(S, u, noun) for u in trigs[:n_t]):
                sources, t.ascribed, t.alleged = noun.sources, noun.ascribed, noun.alleged
                if targets:
                    noun.sources, noun.ascribed = (), False
        if t.kind in ("n", "a"):
            # التفجير الذي نفذه تنظيم داعش، هجوما شنه مسلحون، اللقاء الذي جمعه مع كارتر: a relative clause
            # naming the doer outranks the clause subject the noun would otherwise take
            doer = _relative_doer(S, t)
            if doer is not None:
                sources = _ids(doer[0])
                targets = _ids(doer[1]) or tuple(x for x in targets if x not in sources)
                if not targets:
                    # الضربات التي تقودها الولايات المتحدة ضد داعش: the noun's marked target after the clause
                    end, marks = doer[0][-1].tj, [p for p in t.row["_tprep"] if p not in ("في", "ب", "obj", "gen")]
                    tgt = next((g for g in S.groups if 0 < g[0].ti - end <= 3
                                and (g[0].prep in marks or any(toks[k].norm in marks for k in range(end + 1, g[0].ti)))
                                and not between(end, g[0].ti, S.hard_for(t.ti))), None)
                    targets = tuple(x for x in _ids(tgt) if x not in sources)
        if (not sources and t.kind == "n" and t.governor is None and t.reading.pre.lstrip("و") == "ب"
                and t.ti >= 2 and prev_type not in REACTIONS):
            # خصصه المركز بتقديم مواد إغاثية، بدأ الجيش الأمريكي بشن غارات: the verb's subject right before a
            # بـ verbal noun does it (not after a reaction: رحبت مصر بالانسحاب is someone else's; not a لـ
            # purpose: المبادرة التي طرحها السيسي لوقف إطلاق النار)
            subj = next((g for g in S.groups if g[-1].tj == t.ti - 1 and not g[0].prep and not all(x.is_adj for x in g)
                         and g[0].ti >= 1 and g[0].ti - 1 not in S.hard), None)
            if subj is not None and not any(u.tj < t.ti and u.row["type"] in REACTIONS and subj[0].ti - u.tj <= 3
                                            for u in trigs if u is not t):
                sources = _ids(subj)
        if not sources and t.kind in ("n", "a") and prev_src and _by_means(toks, t.ti) and prev_type not in SPEECH_ACTS:
            sources = prev_src  # … من خلال إرسال وفد: the means share the agent
        if (not sources and not targets and t.governor is None and t.kind in ("n", "a") and t.row["type"] in TALK_TOPICS
                and talk[1] and t.ti - talk[0] <= 25
                and not between(talk[0], t.ti, S.hard_for(t.ti))):
            # بحث أوباما ونظيره التركي … التعاون، التقى X Y وبحث معه تعزيز التنسيق: the talk's parties cooperate
            sources, targets = talk[1], talk[2]
        if (not sources and t.kind in ("n", "a") and t.row["type"] == "CONSULT" and memo.get("last_event_pair")
                and _joins_the_pair(S, t, units)):
            # جاء ذلك خلال لقاء جمع بين الطرفين: the meeting joined the two of the event just told
            sources, targets = memo["last_event_pair"][:1], memo["last_event_pair"][1:]
        if not sources and t.kind in ("n", "a") and t.reading.pre.lstrip("و") == "ل":
            # الجهود التي يبذلها الجنرال كامبل … لمحاربة القاعدة: the purpose is the effort's doer's
            sources = _ids(_effort_doer(S, t))
        if (not sources and t.kind in ("n", "a") and prev_src and prev_type == "CONSULT" and t.ti - prev_pos <= 12
                and (t.reading.pre.lstrip("و") == "ل" or toks[t.ti - 1].norm == "في")):
            sources = prev_src  # يزور موسكو لبحث …، بحث … في اتصال هاتفي: the purpose or channel of the visit
        if (not sources and pronoun_agent(t, S) and not prev_src and not t.reading.pre.lstrip("وف")
                and (toks[t.ti - 1].norm not in NOUN_GOVERNORS or _expressed(S, t.ti, units))):
            subj = _ids(_clause_subject(S, t.ti))  # أعلنت الحكومة رفضها: her = the clause's subject
            sources = subj if subj and _pronoun_fits(S, t, subj) else ()
        if not sources and t.row["type"] == "COERCE" and t.kind in ("n", "a"):
            sources = _ids(_ruling_court(S, t))  # قضت محكمة في فيينا بالسجن على …
        if not sources and t.kind in ("n", "a") and t.governor is None:
            stance, obj = _stance_subject(S, t)
            if obj is not None and not targets:
                targets = tuple(x for x in _ids(obj) if x not in _ids(stance))  # وعد كارتر إسرائيل بالمساعدة
            if isinstance(stance, int):
                # كما أعلنت تخصيص …، وأجرى اتصالا: the verb has no subject of its own; the clause's before it
                opener = _opening_subject(S, stance, "")
                sources = (prev_src or _ids(opener)
                           or (memo["last_source"] if si - memo["last_sent"] <= 1 and t.ti <= 4 else ()))
            elif stance is not None:
                sources = _ids(stance)  # أعلنت حكومة الوفاق، اليوم، رفضها المبادرة
        if (not sources and t.kind in ("n", "a") and t.row["type"] == "CONSULT" and t.ti >= 1
                and (toks[t.ti - 1].norm.lstrip("و") in DURING_WORDS or _in_time_phrase(S, t))
                and t.governor is None and (pronoun_agent(t, S) or not _genitive_after(S, t))):
            # وأكد الملك سلمان خلال لقائه الرئيس الفرنسي، وقال أردوغان خلال زيارة إلى قبرص، وافقت عليها إيران خلال
            # عامين من المحادثات: the one who speaks or acts during a meeting, a visit or talks holds them
            sources = _ids(_clause_subject(S, t.ti))
        if t.row.get("flags") == "adv":
            if t.governor is not None:
                if t.governor.sources and sources == t.governor.sources:
                    sources = ()
                t.governor = None  # an adverbial participle is no complement of the noun before it
            # وقال أردوغان إن …، داعيا إلى …: an adverbial participle after a comma describes the main clause's
            # subject, the speaker when there is one; else the clause's subject (…، متهما الرباط بـ)
            said = next((ids for k, ids in reversed(speakers) if k < t.ti and _after_comma(S, t)), None)
            # else the subject right after the verb opening the sentence (تجمع متظاهرون …، داعين), or that of
            # the sentence's first verb event (في المقابل، اتهم المسماري تركيا بإرسال …، مطالبا)
            said = said or _ids(_opening_subject(S, t.ti, "", comma=False)) or next(
                (u.sources for u in trigs[:trigs.index(t)] if u.kind in ("v", "i") and u.sources
                 and not u.inherited and _after_comma(S, t)), ())
            if said:
                sources = tuple(said)
                targets = tuple(x for x in targets if x not in sources)
            elif not sources:
                sources = _ids(_clause_subject(S, t.ti))
        if not sources and t.kind in ("v", "i") and t.ti >= 1 and toks[t.ti - 1].norm.lstrip("وب") in SUBJECT_PRONOUNS:
            g = _clause_subject(S, t.ti - 1, hard_ok=True)  # أعلنت الجماعة أنها استهدفت
            if not (g is not None and ((toks[t.ti - 1].norm.endswith(("هم", "هما")) and len(g) == 1 and g[0].etype == "PER")
                                       or genitive_of_noun(S, g))):
                # (not قال النائب شيرمان "إنهم يدعمون": they are not he; nor استنكروا مزاعم المالكي مؤكدين أنها:
                # a noun's genitive is no subject)
                sources = _ids(g)
        if (not sources and units is not None and t.kind in ("v", "i") and t.ti >= 2
                and toks[t.ti - 2].norm.lstrip("وب") in ("ان", "لان") and _own_unit(toks[t.ti - 1], units)):
            sources = _ids(_clause_subject(S, t.ti - 2, hard_ok=True))  # أعلنت الوزارة أن مقاتلاتها شنت
        if (not sources and pronoun_agent(t, S) and prev_src and (targets or "gen" not in t.row["_tprep"])
                and _pronoun_fits(S, t, prev_src)):
            sources = prev_src  # قتاله ضد الحكومة: his = the clause's subject (not قضت المحكمة … عقب سفره)
        inq = next((w for a, b, w in qspeakers if a <= toks[t.ti].start < b), "")  # the speaker of a quote around t
        if not sources:
            vg = verb_gender(t.kind, norm(t.row["form"]).split()[0], t.reading.stem)
            if inq and (toks[t.ti].norm.endswith("نا") or (t.kind == "i" and t.reading.stem[:1] == "ن")):
                sources = (inq,)  # first person plural inside a quote: the speaker's side
            elif t.kind == "i" and not t.reading.pre and t.ti >= 2 and _indefinite_object(toks[t.ti - 1]):
                # تبنى المجلس قرارا يدين إيران: a clause describing an indefinite object; the resolution
                # condemns on behalf of the one who adopted it (the clause's subject)
                sources = _ids(_clause_subject(S, t.ti - 1))
            elif prev_src and t.kind in ("v", "i") and (t.reading.pre[:1] in ("و", "ف") or _after_kama(toks, t.ti)):
                sources, t.inherited = prev_src, True
            elif (t.kind in ("v", "i") and t.reading.pre[:1] == "و" and t.ti > 3
                  and (opener := _opening_subject(S, t.ti, vg))):
                # ونفت قوات سوريا الديمقراطية أي صلة …، وهددت بالرد: the subject of the verb opening the sentence
                sources, t.inherited = _ids(opener), True
            elif (memo["last_source"] and si - memo["last_sent"] <= 1 and t.kind in ("v", "i")
                  and ((t.ti <= 1 and t.reading.pre[:1] in ("و", "ف")) or (t.ti == 1 and toks[0].norm.lstrip("و") == "كما"))
                  and vg != "p" and not _noun_follows(toks, t.tj)):
                sources, t.inherited = memo["last_source"], True  # a new sentence that opens وطلب …
        if not sources and t.kind in ("n", "a") and t.reading.pre[:1] == "و":
            # تمكنت القوات من قتل 28 مسلحا وتدمير ثمانية مدافع: a verbal noun joined by و to the one before
            # shares its doer
            u = next((u for u in reversed(trigs[:trigs.index(t)]) if u.kind in ("n", "a") and u.sources), None)
            if u is not None and 0 < t.ti - u.tj <= 6 and not between(u.tj, t.ti, S.hard_for(t.ti)) and not any(
                    w.kind in ("v", "i") and u.tj < w.ti < t.ti for w in trigs) and not any(
                    g[0].ti > t.tj and set(_ids(g)) & set(u.sources) for g in S.groups):
                # (not a doer named after both: دعم الشرعية، ومحاربة المتمردين المدعومين من إيران)
                sources = u.sources
                if t.governor is None and u.governor is not None:
                    t.governor = u.governor  # دعا إلى تقديم المساعدة والدعم: both are asked for
        killed = _passive_kill(t, S) if t.inherited else None
        if killed is not None:
            # وقتل مئات من قوات الأمن في هجمات …، كما قتل في الهجمات شرطيون: "were killed"; the ones killed
            # are named, the killer is not the subject carried over
            sources, t.inherited = (), False
            targets = targets or _ids(killed)
            # … في الهجوم الذي …: killed in the attack told before, by its known authors
            u = next((u for u in trigs if u.kind in ("n", "a") and u.row["type"] == "ASSAULT" and 0 < u.ti - t.tj <= 10
                      and toks[u.ti - 1].norm.lstrip("و") in ATTACK_MARKERS), None)
            if u is not None and toks[u.ti].norm.startswith("ال"):  # (u comes later: it has no sources yet)
                sources = tuple(x for x in memo["last_assault"] if x not in targets)
        if t.kind == "i" and t.reading.stem[:1] == "ن" and t.reading.pre.lstrip("وف") in ("", "س"):
            # ونطالب، سنواصل: "we" is the speaker's side (inside a quote), never the actor named before
            if not targets and src is not None and src[0].ti > t.tj and "obj" in t.row["_tprep"]:
                targets = tuple(x for x in _ids(src) if x != inq)  # سنطالب مجلس الأمن: the actor after is the object
            sources = (inq,) if inq else ()
        if not targets and sources and t.kind in ("n", "a"):
            said_to, back = _pronoun_target(S, t, sources)  # أجرى اتصالا هاتفيا معه
            targets = _ids(back)
            if said_to and back is None:
                # هنأ تبون نظيره التونسي …، كما أجرى اتصالا معه: no actor named, the one acted on before
                targets = next((u.targets for u in reversed(trigs[:trigs.index(t)]) if u.targets and u.sources == sources), ())
        if (not targets and sources and t.kind in ("n", "a") and t.row["type"] in ("AID", "SUPPORT")
                and t.reading.pre.lstrip("و")[:1] == "ب"
                and any(g[0].prep == "من" and 0 < g[0].ti - t.tj <= 4 and set(_ids(g)) == set(sources) for g in S.groups)):
            # تقدمت قوات المقاومة بدعم جوي من طيران التحالف: the help is given to the clause's subject
            targets = tuple(x for x in _ids(_clause_subject(S, t.ti)) if x not in sources)
        helper = _helper_genitive(S, t)
        if helper is not None and set(targets) <= set(_ids(helper)):  # (not نددت بدعم إيران للحوثيين)
            # تقدمت القوات العراقية بمساندة طيران التحالف: "with the support of X" — X helps the clause's subject
            sources = _ids(helper)
            targets = tuple(x for x in _ids(_helped(S, t)) if x not in sources)
        if not targets and sources and t.kind in ("n", "a") and t.row["type"] in STANCE_TYPES:
            # رفضها المبادرة التي طرحها السيسي: the owner past the relative pronoun (beyond the noun's own window)
            targets = _ids(possessor_target(t, S, [g for g in S.groups if not set(_ids(g)) & set(sources)
                                                   and not of_inner_noun(S, t, g)], t.tj))
        if not targets and t.row["type"] == "ASSAULT":
            targets = _ids(_wrested_from(S, t))  # هجوما لانتزاع السيطرة على المنطقة من قوات المعارضة
        if not targets and sources and t.row["type"] == "ASSAULT":
            # لتطهير مدن اليمن، من كافة الميليشيات الحوثية: the one hit, named past the noun's window
            targets = tuple(x for x in _ids(_far_target(S, t)) if x not in sources)
        if not targets and sources and t.row["type"] == "ASSAULT":
            targets = tuple(x for x in _ids(_aimed_at(S, t)) if x not in sources)  # غارات مستهدفة مقاتلي داعش
        t.sources, t.targets = sources, tuple(x for x in targets if x not in sources) or targets
        if not sources:
            continue
        if t.row["type"] == "ASSAULT" and not t.claimed and t.governor is None:
            memo["last_attacker"] = sources  # the author of the attack a later الهجوم may name
        if t.row["type"] == "CONSULT" and t.governor is None and not t.claimed:
            parties = t.cons or (sources + t.targets)
            if len(parties) >= 2:
                talk = (t.tj, parties[:1], parties[1:])
        if t.row["type"] == "ACCUSE" and t.kind in ("v", "i") and t.targets:
            last = max((g[-1].tj for g in S.groups for sl in g if sl.ent in t.targets and g[0].ti > t.tj), default=-99)
            claim = (last + 1, t.targets)
        if t.targets and t.row["type"] in PAIR_TYPES and not t.claimed:
            memo["last_pair"] = (sources[0], t.targets[0])  # الطرفين later in this sentence too
        if t.governor is None:
            prev_src, prev_pos, prev_type, prev_tgt = sources, t.tj, t.row["type"], targets
            # the next sentence's subject carries over from a verb's subject, not from a noun's agent
            # (وأدانت الغارات الإسرائيلية. كما أدانت …: the condemner, not Israel)
            if t.kind in ("v", "i") or memo["last_sent"] != si:
                memo["last_source"], memo["last_sent"] = sources, si
                memo["verb_source"] = t.kind in ("v", "i")
            elif not memo.get("verb_source"):
                memo["last_source"] = sources


# events whose two actors are "the two sides" a later الطرفين refers to
RELATIVE_WORDS = word_list("relative")
# prepositions a finite verb never follows
AFTER_PREP = word_list("after_prep")
MANNER_HEADS = word_list("manner_head")
# nouns that, as the topic of talks, are a relation between the talking parties (بحث الجانبان التعاون)
# reactions to someone else's act: the noun after them is not their subject's (رحبت مصر بالانسحاب)
REACTIONS = {"SUPPORT", "ACCUSE", "REJECT", "PROTEST", "THREATEN", "REQUEST"}
TALK_TOPICS = {"COOPERATE", "AGREE"}
HOSTILE_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
PAIR_TYPES = {"AGREE", "CONSULT", "ASSAULT", "COOPERATE", "RETREAT", "COERCE", "SANCTION", "AID", "CONCEDE"}
# sentence openers that are not verbs: the actor after them is no subject of a later و-verb
OPENING_NOT_VERB = word_list("opening_not_verb")


def _victim_list(t: Trig, toks: list[Token]) -> bool:
    """A masculine killing verb followed by كل من is passive (قُتل كل من …): the list is the victims."""
    if t.row["type"] != "ASSAULT" or t.kind != "v" or t.tj + 2 >= len(toks):
        return False
    lemma = norm(t.row["form"]).split()[0]
    return (verb_gender("v", lemma, t.reading.stem) == "m" and toks[t.tj + 1].norm == "كل"
            and toks[t.tj + 2].norm == "من")


def _whoever(t: Trig, toks: list[Token]) -> bool:
    """كل من يستهدف …: a verb right after كل من has "whoever" as subject, no named actor."""
    if t.kind not in ("v", "i") or t.ti < 2 or toks[t.ti - 1].norm != "من":
        return False
    return toks[t.ti - 2].norm.lstrip("وف") in ("كل", "لكل", "بكل")


def _svo_adjacent(S: Sentence, g, t: Trig) -> bool:
    """Does group g end right before verb t (only time words between)?"""
    gap = range(g[-1].tj + 1, t.ti)
    return all(S.is_adverb(k) for k in gap) and not between(
        g[-1].tj, t.ti, S.hard_for(t.ti))


PAIR_KINDS = {"pair": "two", "pairstate": "two", "pairorg": "ORG", "pairper": "PER"}


def _object_after_pair(S: Sentence, t: Trig):
    """The object of a verb whose subject is a pair word right after it: past the pair, its adjectives and
    a relative clause closed by a comma (الحركتان الإسلاميتان اللتان تشكلان …، باستمرار الحركات المتطرفة)."""
    toks, k = S.toks, t.tj + 2
    while k < len(toks) and toks[k].norm.endswith(("ي", "يه", "يان", "يتان", "يين", "يتين")):
        k += 1
    if k < len(toks) and toks[k].norm in RELATIVE_WORDS:
        end = next((j for j in range(k + 1, min(k + 16, len(toks)))
                    if set("،,") & set(S.text[toks[j - 1].end:toks[j].start])), None)
        if end is None:
            return None
        k = end
    hard = S.hard_for(t.ti)
    return next((g for g in S.groups if g[0].ti >= k and g[0].ti - k <= 2 and not g[0].prep
                 and not between(t.tj, g[0].ti, hard) and not any(sl.ent in t.sources for sl in g)), None)


def _pair_word(tok: Token, units) -> str:
    """'two' for الجانبان/الطرفان/البلدان, 'ORG' for الحركتان/الجماعتان, 'PER' for الزعيمان/الرئيسان, else ''."""
    return next((v for k, v in PAIR_KINDS.items() if units.is_(k, tok)), "")


def _pair_subject(S: Sentence, t: Trig, units) -> str:
    """Which pair (see ``_pair_word``) is the subject of t, right after the verb or right before it ('' if none)."""
    if units is None:
        return ""
    toks, k = S.toks, t.tj + 1
    if t.kind in ("n", "a"):
        # وجدد الجانبان الدعوة: a nominative dual (-ان) right before the noun is the subject of its light verb
        w = toks[t.ti - 1].norm.lstrip("و") if t.ti >= 2 else ""
        return _pair_word(toks[t.ti - 1], units) if w.startswith("ال") and w.endswith("ان") else ""
    while k < len(toks) and S.is_adverb(k):
        k += 1
    if k < len(toks) and k not in S.hard_for(t.ti) and toks[k].norm.lstrip("و").startswith("ال"):
        kind = _pair_word(toks[k], units)
        if kind:
            return kind
    if t.ti >= 1 and toks[t.ti - 1].norm.startswith("ال"):
        return _pair_word(toks[t.ti - 1], units)
    return ""


def _dual(t: Trig) -> bool:
    """اتفقا، التقيا، يتفقان: a dual verb of meeting or agreeing (سعيا is a verbal noun, not a dual)."""
    if t.row.get("flags") != "cons":
        return False
    lemma = norm(t.row["form"]).split()[0]
    if t.kind == "v":
        return t.reading.stem in (lemma + "ا", lemma[:-1] + "يا")
    return t.kind == "i" and t.reading.stem.endswith("ان") and t.reading.stem[:1] in ("ي", "ت")


# time words a meeting noun follows when the clause subject held it: خلال لقائه، عقب اجتماعه، أثناء زيارة
DURING_WORDS = word_list("during_word")


def _genitive_after(S: Sentence, t: Trig) -> bool:
    """Is an actor the genitive right after the noun (زيارة الرئيس الروسي)?"""
    return any(g[0].ti == t.tj + 1 and not g[0].prep for g in S.groups)


STANCE_VERBS = word_list("stance_verb") | word_list("do_verb")
DO_NOUNS = word_list("do_noun")
ASIDE_WORDS = word_list("aside_word")
CONTROL_VERBS = word_list("control_verb")
STANCE_OR_CONTROL = STANCE_VERBS | CONTROL_VERBS
CONTROL_PREPS = {"من", "في", "الي", "علي"}
EXPRESS_VERBS = word_list("express_verb")  # أعرب عن دعمه: the noun after عن


def _stance_subject(S: Sentence, t):
    """(subject, object) of an announcing, doing or control verb whose object is the verbal noun t.

    أعلنت حكومة الوفاق، اليوم الاثنين، رفضها المبادرة (VSO)، الحكومة أعلنت رفضها (SVO)، نفذت الشرطة عمليات
    اعتقال: the verb's subject does what the noun names.  When the verb has no subject of its own (كما أعلنت
    تخصيص …، وأجرى اتصالا), the token where its clause opens (an int) instead: the subject of the clause before.
    Not for a death announced (أعلن الجيش مقتل جنديين: the army did not kill them).
    """
    toks = S.toks
    # أكد دعم مصر للسودان: the genitive after the noun is its agent (but تمكن من دحر الحوثيين: its patient)
    gen_after = any(g[0].ti == t.tj + 1 and not g[0].prep for g in S.groups)

    def skip(k: int) -> int:
        while k >= 0 and (S.is_adverb(k) or S.aside_of(k) not in (None, S.aside_of(t.ti))
                          or toks[k].norm in ASIDE_WORDS):
            k -= 1  # اليوم، من جهته، بدورها: time words and asides between the verb and its object
            if k >= 0 and toks[k + 1].norm in ASIDE_WORDS and toks[k].norm == "من":
                k -= 1
        return k

    def ending_at(k: int):
        return next((g for g in S.groups if g[-1].tj == k and not g[0].prep), None)

    k = skip(t.ti - 1)
    if k >= 1 and toks[k].norm.lstrip("وف") in DO_NOUNS and not t.reading.pre:
        k = skip(k - 1)  # أعلنت تقديم مساعدات، نفذت الشرطة عمليات اعتقال: the carrier noun between
    verbs = STANCE_OR_CONTROL  # أعلنت رفضها، يحاول ابتزاز واشنطن
    if k >= 1 and toks[k].norm == "عن":
        k, verbs = skip(k - 1), EXPRESS_VERBS  # أعرب الوزير عن رفضه، أعربت عن دعمها
    elif k >= 1 and toks[k].norm in CONTROL_PREPS:
        k, verbs = skip(k - 1), CONTROL_VERBS  # تمكنت القوات من دحر، شارك الوزير في المناقشات
    elif t.reading.pre.lstrip("و")[:1] in ("ب", "ل"):
        verbs = CONTROL_VERBS  # وعد كارتر بالمساعدة، سعت الحكومة لتعزيز
    if t.row.get("mode") == "kill" and verbs is not CONTROL_VERBS:
        return None, None  # (تمكنت القوات من قتل 28 مسلحا: the subject kills)
    g = ending_at(k)
    while g is not None and all_adj(g):  # حكومة الوفاق الوطني الليبية: the actor's own nisba
        k = g[0].ti - 1
        g = ending_at(k)
    subj = None
    if g is not None:
        subj, k = g, skip(g[0].ti - 1)
        while k >= 0 and S.units is not None and S.units.is_("unit", toks[k]):
            k -= 1  # تمكن مقاتلو المقاومة من دحر: the unit word belongs to the subject
        if k >= 0 and toks[k].norm.lstrip("وفبل") in DO_NOUNS and verbs is STANCE_OR_CONTROL:
            return subj, None  # تنفيذ الاستخبارات العراقية عمليات اعتقال: the carrier noun's genitive does the act
        g2 = ending_at(k) if k >= 0 and not _verb_in(toks[k], verbs) else None
        if g2 is not None and not all_adj(g2) and verbs is CONTROL_VERBS:
            k = skip(g2[0].ti - 1)  # ووعد كارتر إسرائيل بالمساعدة: subject and object between
            if k >= 0 and _verb_in(toks[k], verbs) and not between(k, t.ti, S.hard_for(t.ti)):
                return g2, subj
    if k < 0 or not _verb_in(toks[k], verbs) or between(k, t.ti, S.hard_for(t.ti)):
        return None, None
    if gen_after and not (_verb_in(toks[k], CONTROL_VERBS) and "gen" in t.row["_tprep"]):
        return None, None
    if subj is not None:
        # ووعد كارتر إسرائيل بالمساعدة: with an object too, the subject is the first actor after the verb
        return next((g for g in S.groups if k < g[0].ti and not g[0].prep and not all_adj(g)), subj), None
    j = k - 1
    while j >= 0 and toks[j].norm in AUXILIARIES:
        j -= 1  # الأمم المتحدة قد قدمت
    before = next((g for g in S.groups if g[-1].tj == j and not g[0].prep and not all_adj(g)
                   and not between(j, k, S.hard)), None)
    if before is not None:
        return before, None  # SVO: الحكومة أعلنت رفضها
    if k >= 1 and toks[k - 1].norm.lstrip("و") == "كما":
        return k - 1, None  # كما أعلنت: the clause opens at كما
    return (k if toks[k].norm[:1] in ("و", "ف") else None), None


# events about someone's proposal, decision or deal: the stance targets its author
STANCE_TYPES = {"REJECT", "SUPPORT", "ACCUSE", "PROTEST", "AGREE"}


PRONOUN_GENDER = {"ه": "m", "ها": "f"}


def _pronoun_target(S: Sentence, t, sources: tuple):
    """(is there a preposition with a pronoun after t, the actor it points back to or None): أجرى اتصالا
    هاتفيا معه، اجتمع بها، وجه رسالة إليه — the nearest actor before t whose gender the pronoun has."""
    toks = S.toks
    preps = [p for p in t.row["_tprep"] if p not in ("obj", "gen")]
    hard = S.hard_for(t.ti)
    for k in range(t.tj + 1, min(t.tj + 4, len(toks))):
        if between(t.tj, k, hard):
            return False, None
        w = toks[k].norm.lstrip("و")
        hit = next((suf for p in preps for suf in PRONOUN_GENDER
                    if w == p + suf or (p == "الي" and w == "اليه" + suf[1:]) or (p == "علي" and w == "عليه" + suf[1:])), None)
        places = False
        if hit is None and w in preps and k + 1 < len(toks):
            # غارات على مواقعه، ضد معاقلها: the places of the one the pronoun points back to (named with or
            # without a preposition: ألقيت المسؤولية على حزب العمال … بشن غارات على مواقعه)
            w2 = toks[k + 1].norm.lstrip("و")
            hit = next((suf for suf in PRONOUN_GENDER if w2.endswith(suf) and w2[:-len(suf)] in ACTOR_PLACES), None)
            places = hit is not None
        if hit is None:
            continue
        want = PRONOUN_GENDER[hit]

        def fits(g) -> bool:
            if want == "f":  # a state is "her" whatever its name's gender (والعراق إبان الغزو الأميركي لها)
                return g[0].etype == "GPE" or (g[0].etype != "PER" and actor_gender(g[0], S.text, S.masculine) != "m")
            gender = actor_gender(g[0], S.text, S.masculine)
            # (a body of unknown gender may own "his" places: حزب العمال … مواقعه)
            return g[0].etype == "PER" or gender == "m" or (places and g[0].etype == "ORG" and gender == "")

        back = [g for g in S.groups if g[-1].tj < t.ti and (places or not g[0].prep) and not all_adj(g)
                and not set(_ids(g)) & set(sources) and fits(g)]
        return True, (back[-1] if back else None)
    return False, None


def _clause_subject(S: Sentence, k: int, hard_ok: bool = False):
    """The last bare actor before token k in the clause (the subject of the verb that governs k)."""
    marks = set() if hard_ok else S.hard_for(k)
    back = [g for g in S.groups if g[-1].tj < k and not g[0].prep and not all(x.is_adj for x in g)
            and S.dist(g[-1].tj, k) <= 8 and not between(g[-1].tj, k, marks)]
    return back[-1] if back else None


def _trim_fragments(S: Sentence, trigs: list, toks: list[Token]) -> None:
    """A learned (NER) mention that swallowed a trigger verb (طالب شكري) starts after it."""
    spans = {k: t for t in trigs for k in range(t.ti, t.tj + 1)}
    for g in S.groups:
        for sl in list(g):
            if sl.msource != "ner" or sl.ti not in spans:
                continue
            sl.ti = spans[sl.ti].tj + 1
            if sl.ti > sl.tj:
                g.remove(sl)
            else:
                sl.start, sl.prep = toks[sl.ti].start, ""
    S.groups[:] = [g for g in S.groups if g]


# the content of an accusation or a threat is done by its target, not by the speaker
SPEECH_ACTS = {"ACCUSE", "THREATEN", "REJECT", "PROTEST"}
REPORTER_TYPES = {"ACCUSE", "THREATEN", "REJECT"}  # what unnamed sources may do


# heads of a construct that names a beneficiary after لـ (لقائد الجيش، لرئيس الحكومة)
BENEFICIARY_HEADS = tuple(norm(w) for w in ("قائد", "رئيس", "زعيم", "وزير", "حكوم", "جيش", "قوات", "نظام", "سلطات"))


def _names_beneficiary(toks: list[Token], k: int) -> bool:
    """A لـ-phrase within two words after token k (دعم أمريكا لقائد الجيش)."""
    for j in range(k + 1, min(k + 4, len(toks))):
        w = toks[j].norm.lstrip("و")
        if w.endswith(("ه", "ها", "هم")) and w[:1] == "ل":
            continue  # لقواته: his own, i.e. the one who asks
        if w.startswith("لل") or (w[:1] == "ل" and w[1:].startswith(BENEFICIARY_HEADS)):
            return True
    return False


def _by_means(toks: list[Token], k: int) -> bool:
    """من خلال / عبر + verbal noun: the means of the event before."""
    return (k >= 2 and (toks[k - 2].norm.lstrip("و"), toks[k - 1].norm) == ("من", "خلال")) or (
        k >= 1 and toks[k - 1].norm.lstrip("و") == "عبر")


def _noun_follows(toks: list[Token], k: int) -> bool:
    """وطلب النواب …: a definite noun right after the verb is likely its own (unknown) subject."""
    return k + 1 < len(toks) and toks[k + 1].norm.startswith("ال") and len(toks[k + 1].norm) > 4


def _after_kama(toks: list[Token], k: int) -> bool:
    """كما اتهم …: the verb continues the previous clause's subject."""
    return k > 0 and toks[k - 1].norm in ("كما", "وكما", "ثم", "وقد", "فقد")


def _targets_from_neighbours(trigs: list[Trig], S: Sentence, memo: dict | None = None, units=None) -> None:
    """Targets a trigger takes from the trigger next to it.

    - شكوى حفتر من تحذير واشنطن: a complaint/warning/refusal whose marked complement
      is another event is aimed at that event's agent;
    - سافر حفتر إلى موسكو وطلب أسلحة: a request without a target after a visit or a
      meeting of the same actor asks the one visited.
    """
    for n, t in enumerate(trigs[:-1]):
        # نفذت قوات التحالف 20 غارة ضد أهداف لداعش في العراق، أطلقت تركيا حملة لقصف مواقع لداعش في سورية:
        # the light verb's act is its object noun's; the actor the noun names outranks a place after في
        if (t.row["_obj"] and (t.kind in ("v", "i") and _only_places(S, t.targets) if t.targets
                               else t.row["type"] == "ASSAULT")):
            # (and شنت 16 غارة في العراق وسبع غارات في سوريا ضد أهداف تابعة لداعش: the last of its coordinated
            # objects names the target for all)
            u = next((u for u in trigs[n + 1:] if u.kind in ("n", "a") and u.row["type"] == t.row["type"]
                      and 0 < u.ti - t.tj <= (6 if t.targets else 10) and u.targets and not _only_places(S, u.targets)
                      and not between(t.tj, u.ti, S.hard_for(t.ti))), None)
            if u is not None:
                t.targets = u.targets
    for n, t in enumerate(trigs[:-1]):
        nxt = trigs[n + 1]
        # أدانت دمشق الغارات: the attack noun condemned is not the condemner's own attack
        if _condemned_by(S, t, nxt):
            nxt.sources = ()
        # أدانت الحكومة الغارات الإسرائيلية: the act condemned is told again, not a new one; its author is the target
        elif (t.row["type"] in ("ACCUSE", "REJECT", "PROTEST", "SUPPORT") and t.kind in ("v", "i") and nxt.kind == "n"
                and nxt.row["type"] in ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION") and nxt.sources
                and not nxt.targets and t.targets and set(t.targets) <= set(nxt.sources)
                and _right_after_subject(S, t, nxt.ti)):
            nxt.sources = ()
    for n, t in enumerate(trigs[:-1]):
        nxt = trigs[n + 1]
        victims = _counted_victims(t, S)
        if victims is not None:
            # نحو 390 مقاتلا كرديا من حزب العمال قتلوا … من الغارات التركية: the count's group was killed by the raids
            u = next((u for u in trigs[n + 1:] if u.kind in ("n", "a") and u.row["type"] == "ASSAULT" and u.sources
                      and not u.targets and 0 < u.ti - t.tj <= 12 and not between(t.tj, u.ti, S.hard_for(t.ti))), None)
            if u is not None:
                u.targets = tuple(x for x in _ids(victims) if x not in u.sources)
        # تسعة متمردين قتلوا في غارة جوية: the killed are named before a passive verb; the raid did it
        # وقتل جندي تركي … في هجوم شنه مسلحون: an indefinite soldier right after the verb was killed too
        kill = (t.row["type"] == "ASSAULT" and t.row.get("mode") == "kill" and t.kind in ("v", "i") and t.sources
                and nxt.row["type"] == "ASSAULT" and nxt.kind == "n")
        vso_victim = kill and any(g[0].ti == t.tj + 1 and g[0].etype == "GENERIC"
                                  and not S.toks[g[0].ti].norm.startswith("ال")
                                  and any(sl.ent in t.sources for sl in g) for g in S.groups)
        if (kill and 0 < nxt.ti - t.tj <= (10 if vso_victim else 4)
                and (S.toks[nxt.ti - 1].norm in ATTACK_MARKERS or nxt.reading.pre.lstrip("و") == "ب")
                and (vso_victim or any(g[-1].tj < t.ti and any(sl.ent in t.sources for sl in g) for g in S.groups))):
            if not nxt.targets:
                nxt.targets = tuple(x for x in t.sources if x not in nxt.sources)
            t.sources = ()
        if (t.row["type"] == "REJECT" and t.kind in ("v", "i") and nxt.kind == "n" and nxt.row["type"] == "ACCUSE"
                and nxt.targets and set(nxt.sources) == set(t.sources) and _right_after_subject(S, t, nxt.ti)):
            # نفت أنقرة اتهامات وحدات الحماية بقصف …: the accusations denied are the genitive's, made
            # against the one who denies them
            nxt.sources, nxt.targets = nxt.targets, t.sources
            t.targets = nxt.sources
            nxt.governor = None  # the accusation was made; what is denied is its content
    for t in trigs:
        killed = _counted_killed(t, S)
        if killed is not None and set(t.sources) <= set(_ids(killed)):
            t.sources, t.targets = (), tuple(_ids(killed))
    deal_ref: tuple = ()
    for n, t in enumerate(trigs):
        if t.targets or not t.sources:
            continue
        nxt = trigs[n + 1] if n + 1 < len(trigs) else None
        if (t.row["type"] in ("ACCUSE", "REJECT", "PROTEST", "THREATEN") and nxt is not None and nxt.kind in ("n", "a")
                and nxt.sources and nxt.ti - t.tj <= 4 and _marked_by(S.toks, nxt.ti, t.row["_tprep"])):
            t.targets = tuple(x for x in nxt.sources if x not in t.sources)
            continue
        if (t.row["type"] == "ASSAULT" and t.kind in ("v", "i") and nxt is not None and nxt.kind == "n"
                and nxt.row["type"] == "ASSAULT" and nxt.sources and not set(nxt.sources) & set(t.sources)
                and 0 < nxt.ti - t.tj <= 6 and (_marked_by(S.toks, nxt.ti, t.row["_tprep"])
                                               or ("obj" in t.row["_tprep"] and _right_after_subject(S, t, nxt.ti)))):
            # تصدت المقاومة لهجوم شنه الحوثيون، أحبطت القوات هجوما شنه مسلحون: the attackers are fought back,
            # and their attack was on the ones who repelled it
            t.targets = tuple(nxt.sources)
            if not nxt.targets:
                nxt.targets = tuple(t.sources)
            continue
        if (t.row["type"] == "SUPPORT" and t.kind in ("v", "i") and not t.targets and nxt is not None
                and nxt.kind == "n" and nxt.row["type"] in ("SUPPORT", "AID", "COOPERATE") and nxt.sources
                and nxt.reading.pre.lstrip("و").startswith("ب") and _right_after_subject(S, t, nxt.ti)):
            # أشاد الأحمدي بالدعم الذي تقدمه قوات التحالف: praise for a help is support for the helper
            t.targets = tuple(x for x in nxt.sources if x not in t.sources)
            continue
        if (t.row["type"] in ("ACCUSE", "REJECT", "PROTEST", "SUPPORT") and t.kind in ("v", "i") and nxt is not None
                and nxt.kind == "n" and nxt.row["type"] in ("ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION")
                and nxt.sources and "obj" in t.row["_tprep"] and _right_after_subject(S, t, nxt.ti)):
            # أدانت الحكومة اللبنانية الغارات الإسرائيلية / نفت الوزارة الاتهامات المصرية: the object names an
            # act already told; its author is the target, and the noun makes no second event of its own
            t.targets = tuple(x for x in nxt.sources if x not in t.sources)
            if t.targets and not nxt.targets:
                nxt.sources = ()
            continue
        if memo is not None and units is not None:
            ana = _anaphor_after(S, t, units)
            if ana in ("pair", "pairstate") and (deal_ref or memo["last_pair"] or memo.get("last_hostile")):
                # دعت الأمم المتحدة الطرفين; after رحبت بالاتفاق in the same sentence, the deal's parties;
                # دعت فرنسا الطرفين إلى ضبط النفس: restraint is asked of the last two hostile parties
                pair = deal_ref or memo["last_pair"]
                if t.row["type"] == "REQUEST" and memo.get("last_hostile") and _calm_after(S, t, units):
                    pair = memo["last_hostile"]
                state_of = memo.get("state_of", {})
                mine = set(t.sources) | {state_of.get(x, x) for x in t.sources}
                pair = tuple(x for x in pair if x not in mine and state_of.get(x, x) not in mine)
                if ana == "pairstate":  # البلدين: the two parties' states (two ministers → their countries)
                    pair = tuple(dict.fromkeys(state_of.get(x, x) for x in pair))
                t.targets = pair
                continue
            if ana == "event" and memo["last_assault"] and t.row["type"] in ("ACCUSE", "SUPPORT", "REJECT", "PROTEST"):
                t.targets = tuple(x for x in memo["last_assault"] if x not in t.sources)  # أدانت روسيا الضربات
                continue
            if ana == "deal" and memo.get("last_deal") and t.row["type"] in ("ACCUSE", "SUPPORT", "REJECT", "PROTEST"):
                t.targets = tuple(x for x in memo["last_deal"] if x not in t.sources)  # رحبت الإمارات بالاتفاق
                deal_ref = memo["last_deal"]
                continue
        if (t.row["type"] == "ACCUSE" and t.kind in ("v", "i") and nxt is not None and nxt.kind == "n"
                and nxt.row["type"] == "ASSAULT" and not nxt.sources
                and (_right_after_subject(S, t, nxt.ti) or _marked_by(S.toks, nxt.ti, t.row["_tprep"]))):
            # ندد أردوغان بالهجوم الانتحاري الذي أوقع 30 قتيلا: an attack condemned with no author named is
            # aimed at its unknown perpetrators; "the attack" told before is aimed at its known authors
            known = memo["last_assault"] if S.toks[nxt.ti].norm.lstrip("وفب").startswith("ال") else ()
            t.targets = tuple(x for x in known if x not in t.sources) or (UNKNOWN_ASSAILANTS,)
            continue
        if t.row["type"] == "ASSAULT" and t.kind in ("n", "a") and units is not None:
            hit = _victim_before(S, t, units)
            if hit:
                t.targets = tuple(x for x in hit if x not in t.sources)  # مقتل الفضلي في غارة أمريكية
                continue
        if t.row["type"] == "REQUEST" and units is not None:
            body = _session_body(S, t, units)
            if body:
                t.targets = tuple(x for x in body if x not in t.sources)  # دعت إلى عقد جلسة لمجلس الأمن
                continue
        if t.row["type"] == "REQUEST" and t.governor is None:
            prev = next((u for u in reversed(trigs[:n]) if u.row["type"] == "CONSULT" and u.targets
                         and u.sources == t.sources), None)
            if prev is not None:
                t.targets = prev.targets


def _only_places(S: Sentence, ids: tuple) -> bool:
    """Are all these actors named only after في (a state as the place of the act: في العراق)?"""
    marks = [g[0].prep for g in S.groups for sl in g if sl.ent in ids]
    return bool(marks) and all(p == "في" for p in marks)


def _right_after_subject(S: Sentence, t: Trig, k: int) -> bool:
    """Is token k the first word after the verb t and its subject (أدانت الحكومة اللبنانية | الغارات)?"""
    subj = {i for g in S.groups if any(sl.ent in t.sources for sl in g) for i in range(g[0].ti, g[-1].tj + 1)}
    last = max((i for i in subj if i > t.tj), default=t.tj)  # a long title counts as the subject
    if not t.tj < k <= max(t.tj + 6, last + 3) or between(t.tj, k, S.hard_for(t.ti)):
        return False
    return all(i in subj or S.is_adverb(i) for i in range(t.tj + 1, k))


def _calm_after(S: Sentence, t: Trig, units) -> bool:
    """دعت الطرفين إلى ضبط النفس / التهدئة: a de-escalation word (``_calm`` rows) in the request's clause."""
    hard = S.hard_for(t.ti)
    end = next((k for k in sorted(hard) if k > t.tj), len(S.toks))
    words = [tk.norm for tk in S.toks[t.tj + 1:min(end, t.tj + 12)]]
    words = [w[1:] if w[:1] in "وفبل" and len(w) > 4 and w[1:].startswith(("ال", "ضبط", "خفض", "وقف", "تهد", "عدم"))
             else w for w in words]
    joined = f" {' '.join(words)} "
    return any(f" {p} " in joined for p in units.words.get("calm", ()))


# a relative clause whose verb carries the act of the noun before it: الهجوم الذي نفذه X، الغارة التي شنها X
DOER_VERBS = word_list("doer_verb")
# a relative clause whose verb brings the parties of a meeting together: اللقاء الذي جمعه مع X، الذي جمع X وY
MEET_VERBS = word_list("meet_verb")
# a relative clause whose verb names the parties to an agreement: الاتفاق الذي وقعته X وY / X مع Y
SIGN_VERBS = word_list("sign_verb")


EFFORT_NOUNS = word_list("effort_noun")


def _stem_of(verb: str, stems) -> str | None:
    """The stem of ``stems`` this verb form is written on (تقودها on تقود: a stem + up to three letters)."""
    return next((v for v in stems if verb.startswith(v) and len(verb) - len(v) <= 3), None)


def _joins_the_pair(S: Sentence, t: Trig, units) -> bool:
    """لقاء جمع (بين) الطرفين / الجانبين: a meeting noun whose joining verb names "the two sides"."""
    toks, k = S.toks, t.tj + 1
    if units is None or k >= len(toks) or not any(toks[k].norm.startswith(v) for v in MEET_VERBS):
        return False
    k += 1
    if k < len(toks) and toks[k].norm == "بين":
        k += 1
    return k < len(toks) and _pair_word(toks[k], units) == "two"


def _effort_doer(S: Sentence, t: Trig):
    """The subject of a doer relative clause (التي يبذلها X، الذي تقوده X) shortly before a purpose noun."""
    toks, hard = S.toks, S.hard_for(t.ti)
    for k in range(t.ti - 2, max(-1, t.ti - 16), -1):
        if toks[k].norm not in RELATIVE_WORDS and k in hard:
            return None  # (the relative pronoun itself opens a clause)
        if toks[k].norm in RELATIVE_WORDS and k + 1 < t.ti:
            verb = toks[k + 1].norm
            # the antecedent is an effort or a campaign (الجهود التي يبذلها), not an actor (الائتلاف الذي
            # تقوده الولايات المتحدة … لاستعادة الرمادي: the soldiers retake it, not the coalition's leader)
            effort = k >= 1 and toks[k - 1].norm.lstrip("وف") in EFFORT_NOUNS
            if effort and _stem_of(verb, DOER_VERBS):
                return next((g for g in S.groups if 0 < g[0].ti - (k + 1) <= 3 and g[-1].tj < t.ti
                             and not g[0].prep and not all(x.is_adj for x in g)), None)
            return None
    return None


def _relative_doer(S: Sentence, t: Trig):
    """(doer group, other party group or None) from a relative clause right after the noun, or None."""
    toks = S.toks
    k = t.tj + 1
    while (k < len(toks) and k <= t.tj + 3 and toks[k].norm not in RELATIVE_WORDS
           and (toks[k].norm.startswith("ال") or toks[k].norm.endswith(("يه", "ي")))):
        k += 1  # adjectives of the noun: التفجير الانتحاري الذي، ضربات جوية شنتها
    if k < len(toks) and toks[k].norm not in RELATIVE_WORDS and t.kind == "n" and not toks[k].norm.startswith("ال"):
        verb = toks[k].norm  # an indefinite noun takes a relative clause without الذي: ضربات شنتها مقاتلات التحالف
        k -= 1
    elif k + 1 >= len(toks) or toks[k].norm not in RELATIVE_WORDS:
        return None
    else:
        verb = toks[k + 1].norm
    stem = _stem_of(verb, DOER_VERBS | MEET_VERBS | SIGN_VERBS)
    if stem is None:
        return None
    after = [g for g in S.groups if g[0].ti > k + 1 and g[0].ti - (k + 1) <= 3]
    if stem in SIGN_VERBS:
        # الاتفاق الذي وقعته إيران ومجموعة 5+1، الذي وقعته إيران مع القوى الكبرى: the parties that signed it
        if t.row["type"] != "AGREE" or not after or after[0][0].prep:
            return None
        if len(after[0]) > 1:
            return (after[0][:1], after[0][1:])
        other = next((g for g in S.groups if g[0].prep == "مع" and 0 < g[0].ti - after[0][-1].tj <= 2), None)
        return (after[0], other) if other is not None else None
    if stem in MEET_VERBS:
        suffix = verb[len(stem):].lstrip("ت")
        if suffix and after and after[0][0].prep == "مع":
            # اللقاء الذي جمعه مع كارتر: "him" is the actor before the noun
            before = [g for g in S.groups if g[-1].tj < t.ti and not g[0].prep]
            return (before[-1], after[0]) if before else None
        if after and not after[0][0].prep and len(after[0]) > 1:
            return (after[0][:1], after[0][1:])  # اللقاء الذي جمع السيسي وأردوغان
        if after and not after[0][0].prep:
            # التحالف الذي يجمع عون بحزب الله: X with (بـ) Y
            other = next((g for g in S.groups if g[0].prep == "ب" and 0 < g[0].ti - after[0][-1].tj <= 1), None)
            return (after[0], other) if other is not None else None
        return None
    if after and not after[0][0].prep and not all(x.is_adj for x in after[0]):
        return (after[0], None)
    return None


# X يقف وراء الهجوم: the one who stands behind an act did it
BEHIND_VERBS = word_list("behind_verb")
BEHIND = {"وراء", "خلف"}


def _behind(S: Sentence, t: Trig):
    """The subject of يقف/وقف right before وراء + the act noun t (SVO or VSO), or None."""
    toks = S.toks
    if t.ti < 3 or toks[t.ti - 1].norm not in BEHIND:
        return None
    k = t.ti - 2
    if toks[k].norm.lstrip("وف") in BEHIND_VERBS:  # أن داعش يقف وراء: the actor right before the verb
        return next((g for g in S.groups if g[-1].tj == k - 1 and not g[0].prep and not all_adj(g)), None)
    g = next((g for g in S.groups if g[-1].tj == k and not g[0].prep and not all_adj(g)), None)
    if g is not None and g[0].ti >= 1 and toks[g[0].ti - 1].norm.lstrip("وف") in BEHIND_VERBS:
        return g  # وقفت جماعة X وراء الهجوم
    return None


def _deliveries(trigs: list[Trig], S: Sentence, wslots: list, lexicon) -> list[Trig]:
    """تسلمت مصر أول ثلاث طائرات رافال من فرنسا: a receipt of weapons from a named giver is military aid
    from the giver to the receiver (when no aid noun of its own tells it)."""
    row = lexicon.delivery_row
    out = []
    for t in trigs:
        if t.row["type"] != "RECEIVE" or t.kind not in ("v", "i") or not t.sources or row is None:
            continue
        hard = S.hard_for(t.ti)
        if any(u.row["type"] in ("AID", "SUPPORT") and t.tj < u.ti <= t.tj + 8 for u in trigs):
            continue  # تلقى دعما من …: the noun is the event
        if not any(t.tj < w.ti <= t.tj + 12 and not between(t.tj, w.ti, hard) for w in wslots):
            continue
        giver = next((g for g in S.groups if g[0].prep == "من" and 0 < g[0].ti - t.tj <= 20
                      and not between(t.tj, g[0].ti, hard) and not set(_ids(g)) & set(t.sources)), None)
        if giver is not None:
            out.append(Trig(t.ti, t.tj, row, t.kind, t.reading, sources=_ids(giver), targets=t.sources))
    return out


def _ascriptions(trigs: list[Trig], spk: list, lexicon) -> list[Trig]:
    """أعلن داود أوغلو أن داعش يقف وراء الاعتداء: a speaker who names the author of an attack accuses him
    (not the author's own claim, and not when the outlet alone tells it)."""
    row = lexicon.accuse_row
    out = []
    for t in trigs:
        if not t.ascribed or not t.sources or row is None:
            continue
        who = next((ids for k, ids in reversed(spk) if 0 < t.ti - k <= 20), None)
        accusers = tuple(x for x in (who or ()) if x not in t.sources)
        if accusers:
            out.append(Trig(t.ti, t.tj, row, "n", t.reading, sources=accusers, targets=t.sources, asserted=True))
    return out


CHARGE_WORDS = word_list("charge_word")


def _charges(trigs: list[Trig], S: Sentence, lexicon) -> list[Trig]:
    """اعتقلت الشرطة X بتهمة التجسس، قضت المحكمة بسجنه بتهمة …: the one who arrests or sentences on a
    charge accuses the one arrested."""
    row, toks = lexicon.accuse_row, S.toks
    out = []
    for t in trigs:
        if t.row["type"] != "COERCE" or not t.sources or not t.targets or row is None:
            continue
        hard = S.hard_for(t.ti)
        for k in range(t.tj + 1, min(t.tj + 12, len(toks))):
            if between(t.tj, k, hard):
                break
            two = f"{toks[k - 1].norm} {toks[k].norm}"
            if toks[k].norm.lstrip("و") in CHARGE_WORDS or two in CHARGE_WORDS:
                out.append(Trig(k, k, row, "n", t.reading, governor=t.governor, sources=t.sources, targets=t.targets))
                break
    return out


# the entity an attack with no named author is ascribed to: unnamed assailants of no known state
# (the id resolution gives the key generic:UAF:)
UNKNOWN_ASSAILANTS = stable_id("ent", "generic", "UAF", "")
PERMIT_WORDS = word_list("permit_word")
WREST_WORDS = word_list("wrest_word")


def _wrested_from(S: Sentence, t: Trig):
    """The من-actor an attack's purpose takes something from: هجوما لانتزاع السيطرة على X من Y، لاستعادة
    المدينة من داعش، لطرد المسلحين من …  (Y, or None)."""
    toks = S.toks
    hard = S.hard_for(t.ti)
    for k in range(t.tj + 1, min(t.tj + 13, len(toks))):
        if k in hard:
            return None
        w = toks[k].norm.lstrip("و")
        if w[:1] in ("ل", "ب") and w[1:] in WREST_WORDS or w in WREST_WORDS:
            return next((g for g in S.groups if g[0].prep == "من" and 0 < g[0].ti - k <= 7
                         and not between(k, g[0].ti, hard) and not _other_verbs_prep(S, g)),
                        None)  # (not حصلت عليها من X: another verb's من, after its own pronoun)
    return None


def _other_verbs_prep(S: Sentence, g) -> bool:
    """Is g's preposition right after a preposition with a pronoun (مدرعات حصلت عليها من التحالف)? Both belong
    to a verb of their own, not to an act named further back."""
    k = g[0].ti - 1
    if k >= 0 and S.toks[k].norm.lstrip("و") == g[0].prep:
        k -= 1  # the preposition written as its own word
    return k >= 0 and prep_pronoun(S.toks[k].norm.lstrip("و"))


HELD_BY = word_list("held_by")  # من أيدي X، من قبضة X: taken from X


def _far_target(S: Sentence, t: Trig):
    """The actor an attack hits, named further on in its clause: a group marked by one of the trigger's
    prepositions (ضد، على، من), one after من أيدي/من قبضة, or the ل-owner of the places hit (مواقع للحوثيين),
    within 18 words and no clause boundary (asides skipped); or None."""
    toks = S.toks
    # a clause ends at a hard boundary or a comma that opens no aside (، بدأ فنيون من دولة الإمارات …)
    stops = S.hard_for(t.ti) | {k for k in S.soft if S.aside_of(k) is None}
    preps = [p for p in t.row["_tprep"] if p not in ("obj", "gen", "في", "ب")]
    for g in S.groups:
        k = g[0].ti
        if k <= t.tj or S.dist(t.tj, k) > 18 or between(t.tj, k, stops) or all_adj(g):
            continue
        if g[0].prep in preps and (g[0].prep != "ل" or S.dist(t.tj, k) <= 1) and not _other_verbs_prep(S, g):
            # (a far ل is too often a purpose or a beneficiary: دون مراعاة للسكان; مدرعات حصلت عليها من
            # التحالف: the من of another verb, after its own pronoun)
            return g
        if k >= 2 and toks[k - 1].norm.lstrip("و") in HELD_BY and toks[k - 2].norm.lstrip("و") == "من":
            return g
        if g[0].prep == "ل" and k >= 2 and _place_of_actor(toks[k - 1]):
            return g
    return None


def _aimed_at(S: Sentence, t: Trig):
    """The actor after "targeting" (مستهدفة، مستهدفا) a few words after an attack: شنت الحكومة غارات جوية
    مستهدفة مقاتلي داعش; or None."""
    toks = S.toks
    for k in range(t.tj + 1, min(t.tj + 8, len(toks))):
        if k in S.hard_for(t.ti):
            break
        if toks[k].norm.lstrip("و") in AIM_WORDS:
            return next((g for g in S.groups if 0 < g[0].ti - k <= 2 and g[0].prep in ("", "من")
                         and not all_adj(g) and not between(k, g[0].ti, S.hard_for(k))), None)
    return None


AIM_WORDS = word_list("aim_word")


def _place_of_actor(tok: Token) -> bool:
    """A noun of places an actor holds (مواقع، أهداف، معاقل، مقرات، تجمعات) right before its ل-owner."""
    return tok.norm.lstrip("وفب").lstrip("ل") in ACTOR_PLACES




def _permitted(S: Sentence, t: Trig):
    """The ل-actor of سمح/السماح right before the act noun t (السماح للجيش الأمريكي بشن), or None."""
    toks = S.toks
    if not t.reading.pre.lstrip("وف").startswith("ب"):
        return None
    hard = S.hard_for(t.ti)
    for k in range(t.ti - 1, max(-1, t.ti - 7), -1):
        if k in hard:
            return None
        if toks[k].norm.lstrip("وف") in PERMIT_WORDS:
            return next((g for g in S.groups if g[0].prep == "ل" and k < g[0].ti and g[-1].tj < t.ti), None)
    return None


ASCRIBED = word_list("ascribed_word")
RESPONSIBILITY = tuple(norm(w) for w in ("مسؤولي", "المسؤولي"))  # مسؤوليته / المسؤولية عن: responsibility for


def _ascribed(S: Sentence, t: Trig, passive_only: bool = False):
    """The one an act is ascribed to, or None: هجوم انتحاري نسب إلى داعش، أن يكون الهجوم من تنفيذ داعش."""
    toks, hard = S.toks, S.hard_for(t.ti)
    k = t.tj + 1
    while k < len(toks) and k <= t.tj + 3 and toks[k].norm.endswith(("ي", "يه")) and toks[k].norm not in ASCRIBED:
        k += 1  # adjectives: هجوم انتحاري نسب
    if k < len(toks) and toks[k].norm.lstrip("و") in ASCRIBED:
        return next((g for g in S.groups if g[0].prep == "الي" and 0 < g[0].ti - k <= 2
                     and not between(k, g[0].ti, hard)), None)
    if passive_only:
        return None
    if k + 2 < len(toks) and toks[k].norm == "من" and toks[k + 1].norm == norm("تنفيذ"):
        return next((g for g in S.groups if g[0].ti == k + 2 and not g[0].prep and not all_adj(g)), None)
    return None


def _claimed_by(S: Sentence, t: Trig):
    """The one who claimed an act (أعلن التنظيم مسؤوليته عن الهجوم، تبنت الجماعة المسؤولية عن التفجير), or None."""
    toks = S.toks
    if t.ti >= 2 and toks[t.ti - 1].norm == "عن" and toks[t.ti - 2].norm.lstrip("و").startswith(RESPONSIBILITY):
        return _clause_subject(S, t.ti - 2)
    return None


def _director(S: Sentence, t: Trig, units):
    """The actor whose order (توجيهات، أوامر، قرار + genitive) the noun t carries out, or None."""
    toks = S.toks
    hard = S.hard_for(t.ti)
    for d in range(t.ti - 1, max(-1, t.ti - 16), -1):
        if between(d, t.ti, hard):
            return None
        if units.is_("directive", toks[d]):
            # the genitive, possibly after an honorific title (لتوجيهات خادم الحرمين الشريفين الملك سلمان)
            g = next((g for g in S.groups if 0 < g[0].ti - d <= 4 and not g[0].prep and g[-1].tj < t.ti
                      and not all(x.is_adj for x in g)
                      and not any(_prep_word(toks[k]) for k in range(d + 1, g[0].ti))), None)
            if g is None:
                return None
            # the ordered act follows the order: لتقديم المساعدات، بإرسال، بتأمين
            rest = range(g[-1].tj + 1, t.ti)
            return g if all(not _prep_word(toks[k]) or toks[k].norm.startswith(("ل", "ب")) for k in rest) else None
    return None


def _prep_word(tok) -> bool:
    return tok.norm in PREP_WORDS


def _victim_before(S: Sentence, t: Trig, units) -> tuple:
    """مقتل X في غارة / إصابة X بقصف: the one killed or hurt by the attack named right after."""
    toks = S.toks
    k = t.ti - 1
    if not (t.reading.pre.lstrip("وف") in ("ب", "ف") or (k >= 0 and toks[k].norm in ATTACK_MARKERS)):
        return ()
    hard = S.hard_for(t.ti)
    for v in range(t.ti - 1, max(-1, t.ti - 10), -1):
        if v + 1 <= t.ti and between(v, t.ti, hard):
            return ()
        if units.is_("victim", toks[v]) or toks[v].norm.lstrip("و").startswith("مصرع"):
            g = _victim_group(S, v)
            if g is None and toks[v].norm.startswith("مصرع"):
                # لقي عشرات من عناصر داعش مصرعهم في ضربات: the one who met his death is named before
                g = next((g for g in reversed(S.groups) if g[-1].tj < v and v - g[-1].tj <= 2
                          and not between(g[-1].tj, v, hard)), None)
                return _ids(g) if g is not None else ()
            return _ids(g) if g is not None and g[-1].tj < t.ti else ()
    return ()


def _victim_group(S: Sentence, v: int):
    """The actor named by the death or injury noun at token v: its genitive, after a count (مقتل ثلاثة جنود
    أتراك، إصابة 5 من عناصر الشرطة), or None."""
    k = v + 1
    while k + 1 < len(S.toks) and S.toks[k].norm in ABOUT_WORDS:
        k += 1 + (S.toks[k + 1].norm == "من")  # مقتل أكثر من 20، نحو 30
    if k < len(S.toks) and is_count(S.toks[k].norm):
        k += 1
        if k < len(S.toks) and S.toks[k].norm == "من":
            k += 1
    return next((g for g in S.groups if g[0].ti == k and g[0].prep in ("", "من" if k > v + 1 else "")), None)


def _victim_after(S: Sentence, t: Trig, units) -> tuple:
    """هجوم لحزب العمال أسفر عن مقتل ثلاثة جنود، غارة أدت إلى مقتل X: the one killed or hurt by the attack
    that a verb of outcome (أسفر عن، أدى إلى، أوقع) links to a death or injury noun after it."""
    toks = S.toks
    # (the outcome clause may open with ما، مما، الذي: غارات …، ما أدى إلى مقتل …)
    hard = {k for k in S.hard_for(t.ti) if toks[k].norm.lstrip("و") not in OUTCOME_OPENERS}
    for k in range(t.tj + 1, min(t.tj + 12, len(toks) - 1)):
        if k in hard:
            return ()
        if units.is_("outcome", toks[k]):
            v = k + 1 + (toks[k + 1].norm in ("عن", "الي", "في"))
            if v < len(toks) and units.is_("victim", toks[v]):
                return _ids(_victim_group(S, v))
            return ()
    return ()


def _after_attack_marker(S: Sentence, t: Trig) -> bool:
    """Is attack noun t introduced by في، إثر، جراء، خلال or بـ (قتل … في هجوم، بهجمات)?"""
    return t.reading.pre.lstrip("و") == "ب" or (t.ti >= 1 and S.toks[t.ti - 1].norm.lstrip("و") in ATTACK_MARKERS)


def _doing_verbs(S: Sentence, t: Trig, before: list) -> list:
    """The verbs of attack before attack noun t, of the same doer, that do it (شن X هجوما)."""
    return [w for w in before if w.kind in ("v", "i") and w.row["type"] == "ASSAULT" and w.sources == t.sources
            and 0 < t.ti - w.tj <= 8 and not between(w.tj, t.ti, S.hard_for(t.ti))]


ABOUT_WORDS = word_list("about_word")  # أكثر من 20، نحو 30: an approximate count
OUTCOME_OPENERS = word_list("outcome_opener")  # …، ما أدى إلى مقتل: the outcome clause may open after a boundary


def _session_body(S: Sentence, t: Trig, units) -> tuple:
    """دعت إلى عقد جلسة طارئة لمجلس الأمن: the body whose meeting is asked for (a لـ-actor after a meeting noun)."""
    hard = S.hard_for(t.ti)
    for k in range(t.tj + 1, min(t.tj + 10, len(S.toks))):
        if k in hard:
            return ()
        if units.is_("session", S.toks[k]) and S.toks[k - 1].norm.lstrip("و") in ("عقد", "لعقد", "انعقاد", "الي"):
            g = next((g for g in S.groups if 0 < g[0].ti - k <= 3 and g[0].prep == "ل"
                      and not between(k, g[0].ti, hard)), None)
            return _ids(g) if g else ()
    return ()


def _anaphor_after(S: Sentence, t: Trig, units) -> str:
    """'pair' / 'event' when the trigger's object is الطرفين or an attack noun (الضربات), else ''."""
    hard = S.hard_for(t.ti)
    for k in range(t.tj + 1, min(t.tj + 6, len(S.toks))):
        if k in hard or any(g[0].ti <= k <= g[-1].tj and not g[0].prep for g in S.groups if g[0].ti > t.tj
                            and not any(sl.ent in t.sources for sl in g)):
            return ""  # another actor comes first
        tok = S.toks[k]
        if units.is_("pair", tok):
            return "pair"
        if units.is_("pairstate", tok):
            return "pairstate"
        if units.is_("event", tok) and (tok.norm.startswith(("ال", "بال", "لل", "وال")) or tok.norm in units.words["event"]):
            return "event"
        if units.is_("deal", tok) and tok.norm.lstrip("وف").startswith(("ال", "بال", "لل")) and not (
                k + 1 < len(S.toks) and S.toks[k + 1].norm.startswith("ال") and len(S.toks[k + 1].norm) > 4
                and S.toks[k + 1].norm.endswith(("يه", "ي"))):
            return "deal"  # بالاتفاق, not الاتفاق النووي (a named deal: its parties are not the last ones)
    return ""


def _marked_by(toks: list[Token], k: int, preps: list) -> bool:
    """Is token k introduced by one of the prepositions (a word before it or a clitic on it)?"""
    prev = toks[k - 1].norm.lstrip("وف") if k else ""
    return prev in preps or any(toks[k].norm.lstrip("وف").startswith(p) for p in preps if len(p) == 1)


_ANNIVERSARY = re.compile(r"ذكر[ىي]\s|ذكر[ىي]$|الذكر[ىي]")
_SINCE = re.compile(r"(?:^|\s)منذ\s+$")


def _told_again(t: Trig, trigs: list[Trig], toks: list[Token]) -> bool:
    """Is t a definite attack noun (الهجوم), or a verb whose subject is one (واستهدف الاعتداء)?"""
    return (t.kind in ("n", "a") and toks[t.ti].norm.lstrip("وفب").startswith("ال")) or any(
        u.kind in ("n", "a") and u.ti == t.tj + 1 and u.row["type"] == "ASSAULT"
        and toks[u.ti].norm.lstrip("وف").startswith("ال") for u in trigs)


def _time_for(times: list[DateValue], s: int, e: int, pos: int, published: DateValue | None, text: str = ""):
    # the date of what is commemorated is not the event's: احتفال مصر بالذكرى الـ63 لثورة 23 يوليو 1952
    # nor is the start of a span: لأول مرة منذ عام 2001 (منذ ثلاثة أيام is an "ago", its own time)
    inside = [d for d in times if d.start is not None and s <= d.start < e
              and not (text and _ANNIVERSARY.search(text[max(s, d.start - 30):d.start]))
              and not (text and _SINCE.search(text[max(s, d.start - 40):d.start]))]
    if inside:
        return min(inside, key=lambda d: abs(d.start - pos))
    if published is not None:
        # an event is dated to the day at most: the minute of publication is not the event's
        if published.precision == "minute" and published.value:
            return dataclasses.replace(published, value=published.value[:10], precision="day", assumed=True)
        return dataclasses.replace(published, assumed=True)
    return None


def extract_events(text: str, doc_id: str, sentences: list[tuple[int, int]], entities: list[Entity],
                   times: list[DateValue], published: DateValue | None, lexicon: EventLexicon,
                   outlet_id: str = "", state_of: dict | None = None) -> tuple[list[Event], list[Quote]]:
    """Events and quotes of one document (pure).

    ``state_of``: entity id -> the entity id of its state (a minister → his country),
    for anaphors that name countries (البلدين).
    """
    actor_m, media_m, weapon_m, place_m = [], [], [], []
    for ent in entities:
        for m in ent.mentions:
            if ent.type in ACTOR_TYPES and not _place_only(ent, m):
                actor_m.append((m, ent))
            elif ent.type == "MEDIA":
                media_m.append((m, ent))
            elif ent.type == "WEAPON":
                weapon_m.append((m, ent))
            if ent.type in ("GPE", "LOC"):
                place_m.append((m, ent))
    actor_m += org_anaphors(text, actor_m, lexicon.units)
    # a person or an unnamed body does not act on its own state (an armed group's country is no owner)
    vague = {e.id for e in entities if e.type == "GENERIC" and not e.country}
    etype = {e.id: e.type for e in entities}
    # unnamed sources (مصادر، مصدر عسكري) tell; they do nothing but say, deny or warn (أكدت مصادر أنها قتلت …)
    # (and unnamed media: نقلت وسائل إعلام عن أوباما قوله خلال اجتماع)
    reporters = {e.id for e in entities if e.type == "GENERIC" and e.sectors in (["SRC"], ["MED"])}
    own_state = {e.id: (state_of or {})[e.id] for e in entities if e.type in ("PER", "GENERIC") and e.id in (state_of or {})}
    marbuta = "ة" in text  # a text that writes ة: a final ه is a pronoun
    memory = attr.MediaMemory()
    memo = {"last_source": (), "last_sent": -10, "last_pair": (), "last_two": (), "coord": {}, "last_assault": (), "last_deal": (),
            "last_hostile": (), "state_of": state_of or {}}
    seen: set = set()
    doc_base: list[str] = []
    events: dict[str, Event] = {}
    quotes: list[Quote] = []
    for si, (s, e) in enumerate(sentences):
        toks = tokenize(text[s:e], offset=s)
        if not toks:
            continue
        slots = place_actors(text, toks, actor_m, lexicon.units)
        slots = [sl for sl in slots if not in_title(sl, toks, slots, lexicon.units)]  # اتفاق فيينا
        # زار والد عماد مغنية، عائلة صالح: a person's relative is not the person
        # (زوجة أبو سياف الذي قتل: a relative clause after the name is about him, who stays)
        slots = [sl for sl in slots if not (sl.etype == "PER" and sl.ti >= 1 and _is_kin(toks[sl.ti - 1])
                                            and not (sl.tj + 1 < len(toks) and toks[sl.tj + 1].norm in RELATIVE_WORDS))]
        own_slots(text, toks, slots, lexicon.units)
        aslots = place_actors(text, toks, actor_m + media_m, lexicon.units)
        wslots = place_actors(text, toks, weapon_m)
        pslots = place_actors(text, toks, place_m)
        hard, soft = bounds(text, toks)
        qspans = quote_spans(text, s, e)
        qtok = {k for k, tk in enumerate(toks) for a, b in qspans if a <= tk.start < b}
        # --- attribution
        for sl in aslots:
            if sl.etype == "MEDIA":
                memory.see(sl.ent)
        acues = attr.find_attr_cues(toks, lexicon.attr_index, lexicon.attribution)
        spk = attr.speakers(toks, aslots, acues, memory, qtok)
        media_ids = {sl.ent for sl in aslots if sl.etype == "MEDIA"}
        if si < 3 or toks[0].norm == "المصدر":
            for c in acues:
                if c.kind in ("say", "report", "according"):
                    ids = next((i for k, i in spk if k == c.k), [])
                    ids = [i for i in ids if i in media_ids]
                    if c.verb == "ترجم":
                        doc_base[:0] = [i for i in ids if i not in doc_base]
                    else:
                        doc_base += [i for i in ids if i not in doc_base]
        sent_chain = attr.chain(*(ids for _, ids in spk))
        # --- quotes
        qspeakers = []
        for a, b in qspans:
            qk = next((k for k, tk in enumerate(toks) if tk.start >= a), len(toks))
            who, cued = _quote_speaker(toks, slots, acues, spk, qk, qspeakers, quotes)
            n = word_count(text[a:b])
            if (cued and n >= MIN_WORDS_WITH_CUE) or n >= MIN_WORDS_NO_CUE:
                quotes.append(Quote(stable_id("quo", doc_id, a, b), doc_id, who, text[a:b], a, b))
                qspeakers.append((a, b, who))
        # --- events
        S = Sentence(text, toks, groups_of(slots, hard), hard, soft, asides(text, toks, soft), lexicon.masculine,
                     lexicon.units)
        cues = find_cues(toks, lexicon.mod_index, lexicon.modality, lambda tok: _bare_text(tok) in lexicon.function_words)
        # a hedge or plan reaches into its أن-clause: يرجح أن …، من المتوقع أن …
        mod_bounds = {h for h in hard if toks[h].norm.lstrip("وب") not in ("ان",)}
        starts = frozenset(k for k in range(1, len(toks)) if ":" in text[toks[k - 1].end:toks[k].start])
        trigs = _pick_triggers(toks, lexicon, wslots, starts, tuple(slots), marbuta)
        _trim_fragments(S, trigs, toks)
        _attach_complements(trigs, S)
        _fill_arguments(trigs, S, si, qspeakers, memo, lexicon.units, tuple(spk))
        _verbs_describing_acts(trigs, S)
        _victims_of_attacks(trigs, S)
        _outcome_victims(trigs, S, lexicon.units)
        for g in S.groups:  # حركتي حماس والجهاد، أوباما ونظيره التركي أردوغان: a later "the two" of that kind
            kinds = {sl.etype for sl in g}
            if len(g) >= 2 and len(kinds) == 1 and kinds <= {"ORG", "PER"}:
                memo["coord"][next(iter(kinds))] = tuple(dict.fromkeys(sl.ent for sl in g))
        for t in trigs:  # a request with no target asks the complement's agent (سعى لنيل دعم أمريكا)
            if t.row.get("comp") and not t.targets:
                emb = next((u for u in trigs if u.governor is t), None)
                if emb is None and t.row["type"] == "AGREE":
                    emb = t.talks  # the parties to the talks during which it was agreed
                if emb is not None:
                    src2, _ = arguments(emb, S)
                    if t.row["type"] == "REQUEST" and src2:
                        t.targets = tuple(x for x in _ids(src2) if x not in t.sources)
                    elif t.row["type"] != "REQUEST" and emb.targets and not (
                            t.row.get("flags") == "cons" and len(t.sources) > 1):
                        t.targets = emb.targets  # (not X وY متفقتان على العمل لتطهير …: the two agree with each other)
        _targets_from_neighbours(trigs, S, memo, lexicon.units)
        trigs += _deliveries(trigs, S, wslots, lexicon)
        trigs += _ascriptions(trigs, spk, lexicon)
        trigs += _charges(trigs, S, lexicon)
        for t in trigs:
            if t.row["type"] not in REPORTER_TYPES and set(t.sources) & reporters:
                t.sources = tuple(x for x in t.sources if x not in reporters)
            if not t.sources or t.row["type"] == "RECEIVE":
                continue
            row = t.row
            plo = lexicon.plover.get(row["type"], {})
            # a targetless event only where the trigger takes no object (تظاهر، قتال)، not حارب الإرهاب
            bare_ok = plo.get("needs_target") == "no" and "obj" not in row["_tprep"] and "gen" not in row["_tprep"]
            # قصف الجيش بلدات في جنوب لبنان: an attack on a place names no actor hit, but the attacker is news
            bare_ok = bare_ok or (row["type"] == "ASSAULT" and (t.kind in ("v", "i") or _after_light_verb(t, toks)) and any(
                t.tj < p.ti <= t.tj + 8 and not between(t.tj, p.ti, hard) for p in pslots))
            if (row.get("mode") == "mediate" and t.sources and memo["last_deal"] and memo.get("deal_sent") == si
                    and (not t.targets or t.reading.suf in ("ه", "ها"))):
                # بعد وساطة قادتها مصر، اتفاق رعته الصين: the sides are the parties to the deal just named
                t.targets = tuple(x for x in memo["last_deal"] if x not in t.sources)
            # فرضت الخزانة عقوبات على شبكة …: an asserted sanctions verb whose على-target is no actor is still news
            bare_ok = bare_ok or (row["type"] == "SANCTION" and row.get("mode") == "embargo" and t.kind in ("v", "i")
                                  and any(toks[k].norm == "علي" and not between(t.tj, k, hard) for k in range(t.tj + 1, min(t.tj + 9, len(toks)))))
            targets = t.targets or _region_party(t, toks, pslots, hard, lexicon.units) or (("",) if bare_ok else ())
            embedded = t.governor.row.get("comp", "") if t.governor is not None else ""
            embedded = embedded or ("hedged" if t.claimed or t.alleged else "")
            embedded = embedded or ("planned" if _future_carrier(t, S, lexicon.verbs) else "")
            # ونفت X أي صلة …، وهددت بالرد على الهجمات: a coordinated main verb after a comma starts its own
            # clause; a cue before it reaches neither that verb nor the nouns it governs
            cut = max((u.ti for u in trigs if u.kind in ("v", "i") and 0 < u.ti <= t.ti and u.reading.pre[:1] == "و"
                       and "،" in text[toks[u.ti - 1].end:toks[u.ti].start]), default=-1)
            tcues = [c for c in cues if c.k >= cut] if cut >= 0 else cues
            # اتهم X Y بـ …، فيما نفت Y الاتهامات: a cue after the trigger beyond a new clause (not a relative
            # clause: الأمر الذي نفته) belongs to that clause
            tcues = [c for c in tcues if not (c.k > t.tj and any(
                t.tj < b <= c.k and toks[b].norm.lstrip("و") not in RELATIVE_WORDS for b in hard))]
            mod = modality_for(t.ti, t.tj, t.reading, t.kind, tcues, mod_bounds, embedded) if not t.asserted else "asserted"
            ts, te = toks[t.ti].start, toks[t.tj].end
            inq = next((w for a, b, w in qspeakers if a <= ts < b), "")
            chain = attr.chain([outlet_id], doc_base, sent_chain, [inq])
            date = _time_for(times, s, e, ts, published, text)
            if (date is not None and date.assumed and row["type"] == "ASSAULT" and memo.get("assault_date") is not None
                    and _told_again(t, trigs, toks)):
                date = memo["assault_date"]  # الهجوم، واستهدف الاعتداء …: the attack told before, on its own day
            if (row["type"] == "ASSAULT" and date is not None and not date.assumed and date.precision == "day"
                    and not t.claimed):
                memo["assault_date"] = date  # a day, not a year of background (سيطر عليها منذ 2014)
            instrument = next((w.ent for w in wslots if t.tj < w.ti <= t.tj + 8), "")
            tgt_set = set(targets)
            place = next((p.ent for p in pslots if t.tj < p.ti <= t.tj + 8 and p.prep == "في" and p.ent not in tgt_set), "")
            pairs = []
            if row.get("flags") == "cons" and t.cons:
                # talks between A, B and C: every pair (up to four parties)
                ps = t.cons[:4]
                pairs = [(ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps))]
            elif row.get("flags") == "cons" and len(t.sources) > 1 and not t.targets:
                ps = t.sources[:4]
                pairs = [(ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps))]
            else:
                pairs = [(a, b) for a in t.sources for b in targets]
            for a, b in pairs:
                row = t.row
                if (row.get("flags") == "verbal" and etype.get(a) == "PER" and etype.get(b) == "PER"
                        and lexicon.accuse_row is not None):
                    row = lexicon.accuse_row  # هاجم النائب X رئيس الوزراء Y: one named man "attacks" another in words
                if a in vague and b in vague and row["type"] in ("CONSULT", "COOPERATE", "AGREE"):
                    continue  # خبراء ومسؤولون يبحثون: talks among unnamed actors of no state tell nothing
                    # (an attack by unknown gunmen on security forces still does)
                if a == b or not a or (b and (own_state.get(a) == b or own_state.get(b) == a)):
                    continue  # nor between a person and his own state (نفى أوغلو الاتهامات الموجهة لبلاده)
                seen_key = (s, row["type"], a, b, mod)
                if seen_key in seen or (row.get("flags") == "cons" and (s, row["type"], b, a, mod) in seen):
                    continue  # one sentence, one event per pair and type (بحث … في اتصال هاتفي مع …)
                seen.add(seen_key)
                conf_e = 0.8 - (0.3 if t.inherited else 0) - (0.1 if t.governor is not None else 0)
                eid = stable_id("evt", doc_id, ts, row["type"], a, b)
                if a and b and t.governor is None:
                    memo["last_event_pair"] = (a, b)  # لقاء جمع بين الطرفين: who acted on whom in the last main event
                if a and b and (row["type"] in PAIR_TYPES or row.get("mode") == "agreement"):
                    memo["last_pair"] = memo["last_two"] = (a, b)  # not a side remark (an accusation, a call by a third party)
                elif len(t.sources) == 2 and a and not t.inherited:
                    memo["last_two"] = tuple(t.sources)  # حذر X وY …، وجدد الجانبان: two who acted together
                if a and b and row["type"] in HOSTILE_TYPES and mod == "asserted":
                    memo["last_hostile"] = (a, b)
                if a and b and mod in ("asserted", "planned") and (row["type"] == "AGREE" or row.get("mode") in (
                        "agreement", "ceasefire")):
                    memo["last_deal"] = (a, b)  # رحبت الإمارات بالاتفاق: the parties of the last agreement
                    memo["deal_sent"] = si
                # شنت X ضربات …، ردا على هجمات Y: a nominal attack in the same sentence is background and
                # does not replace the verb's attackers as the referent of a later الهجوم
                if (row["type"] == "ASSAULT" and t.governor is None and not t.claimed and mod == "asserted"
                        and not (t.kind in ("n", "a") and memo.get("assault_verb") == s)):
                    if t.kind in ("v", "i"):
                        memo["assault_verb"] = s
                    memo["last_assault"] = tuple(dict.fromkeys(memo["last_assault"] + (a,))) if memo.get(
                        "assault_trig") == (s, ts) else (a,)
                    memo["assault_trig"] = (s, ts)
                events[eid] = Event(
                    id=eid, doc_id=doc_id, type=row["type"], mode=row.get("mode", ""), cameo=row["cameo"],
                    source=a, target=b, instrument=instrument, place=place, date=date, modality=mod,
                    attributed_to=chain, trigger=text[ts:te], start=s, end=e, trigger_start=ts,
                    trigger_end=te, confidence=round(max(conf_e, 0.1), 2),
                )
    return list(events.values()), quotes


def _quote_speaker(toks, slots, acues, spk, qk, qspeakers, quotes) -> tuple[str, bool]:
    """The speaker of a quote starting at token qk, and whether a speech cue introduced it."""
    before = [c for c in acues if c.kj < qk and qk - c.kj <= 12]
    if not before:
        return "", False
    c = before[-1]
    if c.kind == "say":
        ids = next((i for k, i in spk if k == c.k), [])
        if ids:
            return ids[-1], True
        back = [s for s in slots if s.tj < c.k and not s.is_adj]
        return (back[-1].ent if back else ""), True
    if c.kind == "quote":
        back = [s for s in slots if s.tj < c.k and not s.is_adj]
        return (back[-1].ent if back else ""), True
    if c.kind == "adv":
        people = [s for s in slots if s.tj < c.k and not s.is_adj and s.etype == "PER"]
        others = [s for s in slots if s.tj < c.k and not s.is_adj]
        if people:
            return people[0].ent, True
        if others:
            return others[0].ent, True
        if qspeakers:
            return qspeakers[-1][2], True
        return (quotes[-1].speaker if quotes else ""), True
    if c.kind == "according":
        ids = next((i for k, i in spk if k == c.k), [])
        return (ids[-1] if ids else ""), True
    return "", False
