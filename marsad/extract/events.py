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
from dataclasses import dataclass

from ..arabic.normalize import norm
from ..arabic.tokens import Token, tokenize
from ..records import DateValue, Entity, Event, Quote, stable_id
from . import attribution as attr
from .actors import ACTOR_TYPES, GenericLexicon, Slot, place_actors
from .modality import find_cues, modality_for
from .quotes import MIN_WORDS_NO_CUE, MIN_WORDS_WITH_CUE, quote_spans, word_count
from .triggers import FormIndex, Reading, build_index, load_rows, split_cell

HARD_WORDS = {
    "ان", "انه", "انها", "انهم", "الذي", "التي", "الذين", "اللذين", "اللتين", "حيث", "عندما", "بينما",
    "لكن", "لكنه", "الا", "كي", "لان", "فيما", "مما", "حين", "اذ", "اذا", "رغم", "برغم",
}
HARD_PUNCT = set(':؛;"“”«»()')
SOFT_PUNCT = set("،,")
NOUN_GOVERNORS = {"علي", "من", "في", "الي", "عن", "بعد", "قبل", "حول", "بشان", "خلال", "بسبب", "اجل", "نحو"}
VERB_OPENERS = {"قد", "لم", "لن", "ثم", "كما", "وقد", "فقد", "ولم", "ولن", "لقد", "وكما"}
WINDOW = 10


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

    @classmethod
    def load(cls) -> "EventLexicon":
        trig = load_rows("triggers.tsv", ["form", "pos", "type", "cameo"],
                         ["impf", "mode", "sprep", "tprep", "comp", "obj", "flags", "note"])
        plo = {r["type"]: r for r in load_rows("plover.tsv", ["type", "cameo", "needs_target"], ["modes", "description"])}
        for r in trig:
            r["_tprep"] = [norm(p) for p in split_cell(r.get("tprep", ""))]
            r["_sprep"] = [norm(p) for p in split_cell(r.get("sprep", ""))]
            r["_obj"] = [tuple(norm(w).split()) for w in split_cell(r.get("obj", ""))]
        mod = load_rows("modality.tsv", ["cue", "pos", "modality", "scope"], ["impf", "window", "requires", "note"])
        att = load_rows("attribution.tsv", ["cue", "pos", "kind"], ["impf", "note"])
        return cls(trig, build_index(trig), plo, mod, build_index(mod, "cue"), att, build_index(att, "cue"),
                   GenericLexicon.load())


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


def _bounds(text: str, toks: list[Token]) -> tuple[set, set]:
    """Token indices k with a clause boundary just before token k (hard, soft)."""
    hard, soft = set(), set()
    for k in range(1, len(toks)):
        gap = text[toks[k - 1].end:toks[k].start]
        w = toks[k].norm
        w2 = w[1:] if w[:1] in ("و", "ف") else w
        if any(c in HARD_PUNCT for c in gap) or w in HARD_WORDS or w2 in HARD_WORDS:
            hard.add(k)
        elif any(c in SOFT_PUNCT for c in gap):
            soft.add(k)
    return hard, soft


def _stems(tok: Token) -> list[str]:
    from .triggers import analyses
    out = []
    for rd in analyses(tok.norm):
        s = rd.stem[2:] if rd.stem.startswith("ال") and len(rd.stem) > 3 else rd.stem
        out.append(s)
    return out


def _obj_ok(row: dict, toks: list[Token], j: int, wslots: list[Slot]) -> bool:
    if not row["_obj"]:
        return True
    end = min(len(toks), j + 7)
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


def _pick_triggers(toks: list[Token], lex: EventLexicon, wslots: list[Slot]) -> list[Trig]:
    out: list[Trig] = []
    k = 0
    while k < len(toks):
        matches = lex.trig_index.match(toks, k)
        if not matches:
            k += 1
            continue
        kinds = {m[1] for m in matches}
        prev = toks[k - 1].norm if k else ""
        noun_ctx = any(m[1] in ("n", "a") and (m[3].pre.endswith(("ال", "لل", "ب", "ل")) or prev in NOUN_GOVERNORS)
                       for m in matches)
        verbal = kinds & {"v", "i"}
        if verbal and (not (kinds & {"n", "a"}) or (not noun_ctx and (k == 0 or prev in VERB_OPENERS or toks[k].norm[:1] in ("و", "ف")))):
            fam = ("v", "i")
        else:
            fam = ("n", "a") if kinds & {"n", "a"} else ("v", "i")
        cands = sorted((m for m in matches if m[1] in fam), key=lambda m: (-(m[2] - k), len(m[3].pre), m[0]))
        best = None
        for row_i, kind, j, rd in cands:
            if _obj_ok(lex.triggers[row_i], toks, j, wslots):
                best = Trig(k, j, lex.triggers[row_i], kind, rd)
                break
        if best:
            out.append(best)
            k = best.tj + 1
        else:
            k += 1
    return out


def _groups(slots: list[Slot], hard: set) -> list[list[Slot]]:
    """Actors joined by و (روسيا والإمارات ومصر) form one group."""
    groups: list[list[Slot]] = []
    for s in slots:
        if groups and s.conj and s.ti <= groups[-1][-1].tj + 2 and not any(groups[-1][-1].tj < b <= s.ti for b in hard):
            groups[-1].append(s)
        else:
            groups.append([s])
    return groups


def _between(a: int, b: int, bounds: set) -> bool:
    return any(a < x <= b for x in bounds)


def _ids(g) -> tuple:
    return tuple(s.ent for s in g) if g else ()


# light verbs that carry a verbal noun's agent after it: زيارة يقوم بها حفتر
LIGHT_VERBS = {"قام", "يقوم", "تقوم", "قامت", "اجراها", "يجريها", "اجراه", "يجريه"}


def _arguments(t: Trig, groups: list[list[Slot]], hard: set, soft: set, toks: list[Token], has_prev: bool = False):
    """(sources, targets) groups for a trigger, each a list of Slots or None."""
    row = t.row
    tprep, sprep = row["_tprep"], row["_sprep"]
    fwd = [g for g in groups if g[0].ti > t.tj and g[0].ti - t.tj <= WINDOW and not _between(t.tj, g[0].ti, hard)]
    bwd = [g for g in groups if g[-1].tj < t.ti and t.ti - g[-1].tj <= 8 and not _between(g[-1].tj, t.ti, hard | soft)]
    src = tgt = None
    prep_t = [g for g in fwd if g[0].prep and g[0].prep in tprep]
    agent = [g for g in fwd if g[0].prep == "agent" or (g[0].prep and g[0].prep in sprep)]
    if t.kind in ("v", "i"):
        bare = [g for g in fwd if not g[0].prep and not all(s.is_adj for s in g)]
        clause = [g for g in groups if g[-1].tj < t.ti and not _between(g[-1].tj, t.ti, hard)
                  and not g[0].prep and not all(s.is_adj for s in g)]
        wa = toks[t.ti].norm[:1] in ("و", "ف")
        svo = bool(clause) and ((clause[-1][-1].tj == t.ti - 1 and not wa) or (
            wa and len(bare) == 1 and "obj" in tprep and not has_prev))
        if svo:
            src = clause[-1]
            rest = [g for g in fwd if not g[0].prep]
        elif bare and bare[0][0].ti - t.tj <= 5:
            src = bare[0]
            rest = bare[1:]
        elif has_prev and toks[t.ti].norm[:1] in ("و", "ف"):
            rest = [g for g in fwd if not g[0].prep]  # وطلب ...: the subject of the verb before
        else:
            back = [g for g in bwd if not g[0].prep and not all(s.is_adj for s in g)]
            src = back[-1] if back else None
            rest = [g for g in fwd if not g[0].prep]
        if agent and not src:
            src = agent[0]
        tgt = _first_real(prep_t)
        if tgt is None and "obj" in tprep and rest:
            tgt = rest[0]
    else:
        gen = None
        for g in fwd:
            gap = g[0].ti - t.tj - 1
            if g[0].prep:
                continue
            if gap == 0 or (gap <= 2 and all(s.is_adj for s in g)) or (gap == 1 and _nisba_like(toks[t.tj + 1])):
                gen = g
            break
        if t.row.get("flags") == "cons" and fwd and fwd[0][0].prep == "بين":
            return fwd[0][:1], fwd[0][1:2] or None
        explicit = _first_real(prep_t)
        if gen is not None and explicit is not None and t.governor is None:
            src, tgt = gen, explicit  # تحذير واشنطن للقاهرة: with a marked target the genitive is the agent
        elif gen is not None and ("gen" in tprep or (t.governor is not None and "obj" in tprep)) and not all(s.is_adj for s in gen):
            tgt = gen
            src = agent[0] if agent else None
        else:
            src = gen or (agent[0] if agent else None)
            tgt = _first_real(prep_t)
        if src is None:
            lv = next((k for k in range(t.tj + 1, min(t.tj + 4, len(toks))) if toks[k].norm.lstrip("و") in LIGHT_VERBS), None)
            if lv is not None:
                after = [g for g in fwd if g[0].ti > lv and not g[0].prep]
                src = after[0] if after and after[0][0].ti - lv <= 3 else None
        if src is None and t.governor is None:
            # a verbal noun without an agent is done by the subject of the verb before it
            # (نفت روسيا إرسال أسلحة، قرر حفتر إرسال قوات)
            back = [g for g in bwd if not g[0].prep and not all(s.is_adj for s in g) and t.ti - g[-1].tj <= 3]
            if back:
                src = back[-1]
    return src, tgt


def _first_real(groups):
    for g in groups:
        if not all(s.is_adj for s in g):
            return g
    return groups[0] if groups else None


def _nisba_like(tok: Token) -> bool:
    return tok.norm.startswith("ال") and tok.norm.endswith(("ي", "يه", "يين", "يون"))


def _time_for(times: list[DateValue], s: int, e: int, pos: int, published: DateValue | None):
    inside = [d for d in times if d.start is not None and s <= d.start < e]
    if inside:
        return min(inside, key=lambda d: abs(d.start - pos))
    if published is not None:
        return dataclasses.replace(published, assumed=True)
    return None


def extract_events(text: str, doc_id: str, sentences: list[tuple[int, int]], entities: list[Entity],
                   times: list[DateValue], published: DateValue | None, lexicon: EventLexicon,
                   outlet_id: str = "") -> tuple[list[Event], list[Quote]]:
    """Events and quotes of one document (pure)."""
    actor_m, media_m, weapon_m, place_m = [], [], [], []
    for ent in entities:
        for m in ent.mentions:
            if ent.type in ACTOR_TYPES:
                actor_m.append((m, ent))
            elif ent.type == "MEDIA":
                media_m.append((m, ent))
            elif ent.type == "WEAPON":
                weapon_m.append((m, ent))
            if ent.type in ("GPE", "LOC"):
                place_m.append((m, ent))
    memory = attr.MediaMemory()
    doc_base: list[str] = []
    events: dict[str, Event] = {}
    quotes: list[Quote] = []
    last_source: tuple = ()
    last_sent = -10
    for si, (s, e) in enumerate(sentences):
        toks = tokenize(text[s:e], offset=s)
        if not toks:
            continue
        slots = place_actors(text, toks, actor_m)
        aslots = place_actors(text, toks, actor_m + media_m)
        wslots = place_actors(text, toks, weapon_m)
        pslots = place_actors(text, toks, place_m)
        hard, soft = _bounds(text, toks)
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
        groups = _groups(slots, hard)
        cues = find_cues(toks, lexicon.mod_index, lexicon.modality)
        # a hedge or plan reaches into its أن-clause: يرجح أن …، من المتوقع أن …
        mod_bounds = {h for h in hard if toks[h].norm.lstrip("وب") not in ("ان",)}
        trigs = _pick_triggers(toks, lexicon, wslots)
        for n, t in enumerate(trigs):  # complements: طلب ... إرسال
            if t.row.get("comp"):
                for u in trigs[n + 1:]:
                    if u.ti - t.tj > 8 or _between(t.tj, u.ti, {h for h in hard if toks[h].norm not in ("ان",)}):
                        break
                    if u.kind in ("n", "a") or toks[u.ti - 1].norm in ("ان", "بان"):
                        u.governor = t
                        break
        prev_src: tuple = ()
        recv: tuple = (-99, ())
        for t in trigs:
            src, tgt = _arguments(t, groups, hard, soft, toks, bool(prev_src))
            sources, targets = _ids(src), _ids(tgt)
            if t.row["type"] == "RECEIVE":  # تلقى حفتر دعما: Haftar is the recipient
                recv = (t.tj, sources)
                continue
            if not targets and recv[1] and t.ti - recv[0] <= 6:
                targets = tuple(x for x in recv[1] if x not in sources)
            conf = 0.8
            g = t.governor
            if g is not None:
                if g.row["type"] == "REQUEST":
                    sources = sources or g.targets
                    targets = targets or g.sources
                else:
                    sources = sources or g.sources
                conf -= 0.1
            if not sources:
                inq = next((w for a, b, w in qspeakers if a <= toks[t.ti].start < b), "")
                if inq and (toks[t.ti].norm.endswith("نا") or (t.kind == "i" and t.reading.stem[:1] == "ن")):
                    sources = (inq,)  # first person plural inside a quote: the speaker's side
                elif prev_src and toks[t.ti].norm[:1] in ("و", "ف"):
                    sources, t.inherited = prev_src, True
                elif last_source and si - last_sent <= 1 and t.kind in ("v", "i"):
                    sources, t.inherited = last_source, True
                    conf -= 0.3
            t.sources, t.targets = sources, targets
            if not sources:
                continue
            prev_src = sources
            if t.governor is None:
                last_source, last_sent = sources, si
        for t in trigs:  # a request with no target asks the complement's agent (سعى لنيل دعم أمريكا)
            if t.row.get("comp") and not t.targets:
                emb = next((u for u in trigs if u.governor is t), None)
                if emb is not None:
                    src2, tgt2 = _arguments(emb, groups, hard, soft, toks)
                    if t.row["type"] == "REQUEST" and src2:
                        t.targets = _ids(src2)
                    elif t.row["type"] != "REQUEST" and emb.targets:
                        t.targets = emb.targets
        for t in trigs:
            if not t.sources or t.row["type"] == "RECEIVE":
                continue
            row = t.row
            plo = lexicon.plover.get(row["type"], {})
            targets = t.targets or (("",) if plo.get("needs_target") == "no" else ())
            embedded = t.governor.row.get("comp", "") if t.governor is not None else ""
            mod = modality_for(t.ti, t.tj, t.reading, t.kind, cues, mod_bounds, embedded)
            ts, te = toks[t.ti].start, toks[t.tj].end
            inq = next((w for a, b, w in qspeakers if a <= ts < b), "")
            chain = attr.chain([outlet_id], doc_base, sent_chain, [inq])
            date = _time_for(times, s, e, ts, published)
            instrument = next((w.ent for w in wslots if t.tj < w.ti <= t.tj + 8), "")
            tgt_set = set(targets)
            place = next((p.ent for p in pslots if t.tj < p.ti <= t.tj + 8 and p.prep == "في" and p.ent not in tgt_set), "")
            pairs = []
            if row.get("flags") == "cons" and len(t.sources) > 1 and not t.targets:
                pairs = [(t.sources[0], t.sources[1])]
            else:
                pairs = [(a, b) for a in t.sources for b in targets]
            for a, b in pairs:
                if a == b or not a:
                    continue
                conf_e = 0.8 - (0.3 if t.inherited else 0) - (0.1 if t.governor is not None else 0)
                eid = stable_id("evt", doc_id, ts, row["type"], a, b)
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
